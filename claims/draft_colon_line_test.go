package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftColonLine checks that the lines of a list a line ending in a
// colon introduces, each a name, a colon and a sum ("Leeds City Council:
// £1.2 million per year"), are allocations to the names, while the same
// line with no such introduction, or with words after its sum, is not.
func TestDraftColonLine(t *testing.T) {
	const lede = "The government has announced £3 million over two years to repair roads.\n\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"lines under an introduction",
			lede + "They are:\n\nLeeds City Council: £1.2 million per year\n\nYork Council: £300,000 per year\n",
			[]string{"Leeds City Council", "York Council"}},
		{"no introduction",
			lede + "Leeds City Council: £1.2 million per year\n",
			nil},
		{"words after the sum",
			lede + "They are:\n\nLeeds City Council: £1.2 million, the most of any council in the region\n",
			nil},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var got []string
		for _, a := range d.Record.Packages[0].Allocations {
			got = append(got, a.Title)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
