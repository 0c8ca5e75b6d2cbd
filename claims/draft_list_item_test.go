package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftListItemIn checks that a list's line opening on its money with
// "in" and what it is put into ("£19m in active travel", deeside-2019) is
// an allocation, as a line with "for" is, when a line ending in a colon
// leads the list; and that "in" a place's name, or such a line with no
// lead, is not: invented articles.
func TestDraftListItemIn(t *testing.T) {
	const lead = "£40m for county projects\n\nThe county council will invest £40m in projects this year, including:\n\n£20m for school repairs\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // the allocations' titles
	}{
		{"in what it is put into", lead + "£12m in cycle paths and safer junctions\n", []string{"school repairs", "cycle paths and safer junctions"}},
		{"in a place", lead + "£12m in Leeds\n", []string{"school repairs"}},
		{"no lead", "£40m for county projects\n\nThe county council will invest £40m in projects this year.\n\n£12m in cycle paths and safer junctions\n", nil},
	} {
		if diff := cmp.Diff(tc.want, draftAllocationTitles(t, tc.text)); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}
