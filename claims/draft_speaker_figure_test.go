package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotationVerbAfterFigure checks that a verb of announcing straight
// after a sum ("Together with the £2m announced in May") names the money,
// a noun phrase recalling an announcement, and drafts no claim, so that the
// word opening the sentence is taken for no speaker, while a subject
// before the verb still speaks.
func TestQuotationVerbAfterFigure(t *testing.T) {
	tests := []struct {
		name, article string
		speakers      []string
	}{
		{"a sum announced before",
			"The county council has announced £5 million for bus shelters.\n\nTogether with the £2m announced in May, this is the most it has spent on buses.",
			[]string{"county council"}},
		{"a sum in words announced before",
			"The county council has announced £5 million for bus shelters.\n\nAlong with the £2 million unveiled in May, it will fund new routes.",
			[]string{"county council"}},
		{"a subject before the verb",
			"The county council has announced £5 million for bus shelters.\n\nIn May, the Transport Secretary Jane Hill announced £2m for trams.",
			[]string{"county council", "Jane Hill, Transport Secretary"}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.article, err)
		}
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.String())
		}
		if diff := cmp.Diff(tt.speakers, got); diff != "" {
			t.Errorf("%s: speakers of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
