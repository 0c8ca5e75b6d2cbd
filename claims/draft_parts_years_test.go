package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftListedPartsByYear checks that money listed year by year with
// no whole stated is not drafted as the package's parts, while money
// listed by purpose is: that one year's money and the next's make up a
// package is what a stated whole would say, and with none a claim would
// be weighed against allocations drafted from its own words.
func TestDraftListedPartsByYear(t *testing.T) {
	const lead = "Minister makes millions available to colleges\n\n" +
		"Colleges will benefit from further funding over the next two years following a review of the skills budget.\n\n" +
		"Commenting on the allocations the Skills Minister said: “I have always made it clear that I would continue to review my budget " +
		"to ensure that resources are targeted to areas where the most benefit could be achieved. I have now chosen to provide £5million " +
		"in each of the next two years for repairs, which allows me to move funding of "
	tests := []struct {
		article string
		want    []string // the allocations' amounts
	}{
		{lead + "£21million in 2013-14 and £25million in 2014-15 to other priority areas.”", nil},
		{lead + "£21million to colleges and £25million to other priority areas.”", []string{"£21million", "£25million"}},
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		var got []string
		for _, a := range p.Allocations {
			got = append(got, a.Stated.Text())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("DraftRecord(%q): allocations' amounts mismatch (-want +got):\n%s", tt.article, diff)
		}
	}
}
