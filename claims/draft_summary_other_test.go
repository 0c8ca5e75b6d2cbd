package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftSummaryOthers checks that money a summary line under the title
// sets apart from the package ("on top of the £2.5 million already
// awarded") is a package of its own, while a summary restating the
// package's money, or stating money with no such words, adds none.
func TestDraftSummaryOthers(t *testing.T) {
	const body = "\n\nCouncils across the region are to receive £4 million to improve parks and play areas.\n"
	tests := []struct {
		name, article string
		headlines     []string
	}{
		{"on top of money already awarded",
			"Councils given £4m for parks\n\nCouncils across the region to receive £4 million on top of the £2.5 million already awarded last year" + body,
			[]string{"£4 million", "£2.5 million"}},
		{"in addition to money announced before",
			"Councils given £4m for parks\n\nThe money comes in addition to £1.2 million announced in March for playgrounds" + body,
			[]string{"£4 million", "£1.2 million"}},
		{"a summary restating the package",
			"Councils given £4m for parks\n\nCouncils across the region to receive £4 million for parks and play areas" + body,
			[]string{"£4 million"}},
		{"a summary's other money with no words setting it apart",
			"Councils given £4m for parks\n\nThe biggest councils to receive up to £500,000 each for parks and play areas" + body,
			[]string{"£4 million"}},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var got []string
		for _, p := range d.Record.Packages {
			got = append(got, p.Headline.Text())
		}
		if diff := cmp.Diff(tt.headlines, got); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
