package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftShareNamesAllocation checks that a claim's share names the
// allocation of its money, so that Assess weighs it (a share naming none
// is not assessed), and names none where two allocations hold that money.
func TestDraftShareNamesAllocation(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the allocation each share of the claims names
	}{
		{
			"The council has announced £6m for libraries.\n\nThe council is providing £2m for the Leeds Central Library and £4m for branch libraries.\n\nCouncillor Jane Smith said: “The £2m for the Leeds Central Library will keep it open.”\n",
			[]string{"leeds-central-library"},
		},
		{
			"The council has announced £6m for libraries.\n\nThe council is providing £2m for the Leeds Central Library, £2m for the Bradford Library and £2m for the York Library.\n\nCouncillor Jane Smith said: “The £2m for the Leeds Central Library will keep it open.”\n",
			[]string{""},
		},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil {
			t.Errorf("DraftRecord(%q): %v", tc.text, err)
			continue
		}
		var got []string
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok && sa.Role == RoleShare {
					got = append(got, sa.Allocation)
				}
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("allocations the shares of DraftRecord(%q) name (-want +got):\n%s\nallocations: %+v", tc.text, diff, d.Record.Packages[0].Allocations)
		}
	}
}
