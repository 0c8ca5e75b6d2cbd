package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// TestBecomeRecipients checks that where no sentence announces money, a
// lede naming the recipients of a grant scheme by their places, then each
// one's sum, gives the package those parts and no headline; and that with
// one place named, the first sum is still taken for the headline.
func TestBecomeRecipients(t *testing.T) {
	const sums = "The Leeds Bike Project has received £25,487. The grant will pay for bike lessons.\n\n" +
		"The Green Homes initiative in York received funding of £4,200 to support a heating project.\n"
	tests := []struct {
		name, text string
		headline   string
		allocs     []string
	}{
		{"two places named",
			"Grants to projects\n\nProjects in Leeds and York have become the first recipients of the new grant scheme for green living.\n\n" + sums,
			"", []string{"£25,487", "£4,200"}},
		{"one place named",
			"Grants to projects\n\nProjects in Leeds have become the first recipients of the new grant scheme for green living.\n\n" + sums,
			"£25,487", []string{"£4,200"}},
	}
	for _, tt := range tests {
		p, ok := checkAllocationsAs(t, tt.name, tt.text, func(a funding.Allocation) string { return a.Figure().Text() }, tt.allocs)
		if !ok {
			continue
		}
		if h := p.Headline.Text(); h != tt.headline {
			t.Errorf("%s: headline of DraftRecord(%q) = %q, want %q", tt.name, tt.text, h, tt.headline)
		}
	}
}
