package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDraftListedPartsByYear checks that money listed year by year with
// no whole stated is drafted as neither the package's parts nor its
// headline, each year's money a statement of the package, while money
// listed by purpose is its parts: that one year's money and the next's
// make up a package is what a stated whole would say, and with none a
// claim would be weighed against a record drafted from its own words.
func TestDraftListedPartsByYear(t *testing.T) {
	const lead = "Minister makes millions available to colleges\n\n" +
		"Colleges will benefit from further funding over the next two years following a review of the skills budget.\n\n" +
		"Commenting on the allocations the Skills Minister said: “I have always made it clear that I would continue to review my budget " +
		"to ensure that resources are targeted to areas where the most benefit could be achieved. I have now chosen to provide £5million " +
		"in each of the next two years for repairs, which allows me to move funding of "
	tests := []struct {
		article string
		want    []string // the allocations' amounts
		head    string   // the headline
		roles   []Role   // the roles of the claim's figures after the first
	}{
		{lead + "£21million in 2013-14 and £25million in 2014-15 to other priority areas.”", nil, "",
			[]Role{RolePackage, RolePackage}},
		{lead + "£21million to colleges and £25million to other priority areas.”", []string{"£21million", "£25million"}, "",
			[]Role{RoleShare, RoleShare}},
	}
	for _, tt := range tests {
		p, ok := checkAllocationsAs(t, "amounts", tt.article, func(a funding.Allocation) string { return a.Stated.Text() }, tt.want)
		if !ok {
			continue
		}
		if h := p.Headline.Text(); h != tt.head {
			t.Errorf("DraftRecord(%q): headline %q, want %q", tt.article, h, tt.head)
		}
		d := checkedDraft(t, tt.article)
		var roles []Role
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok && sa.Figure.Text() != "£5million in each of the next two years" {
					roles = append(roles, sa.Role)
				}
			}
		}
		if diff := cmp.Diff(tt.roles, roles); diff != "" {
			t.Errorf("DraftRecord(%q): roles mismatch (-want +got):\n%s", tt.article, diff)
		}
	}
}
