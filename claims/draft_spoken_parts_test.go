package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDraftSpokenParts checks that the figures the headline's speaker goes
// on to give in quote marks are its allocations when they make it up to
// the pound, and not when they fall short of it.
func TestDraftSpokenParts(t *testing.T) {
	const lead = "Piers fund 'too small'\n\nA Government spokesperson said: \"The Coastal Piers Fund total is £90 million, to repair piers and promenades.\n\n" +
		"\"Councils can show how £60 million extra funding could help them over four years.\n\n"
	tests := []struct {
		article string
		want    []string // the allocations' amounts
	}{
		{lead + "\"A further £30 million is for sea walls to protect the towns.\"", []string{"£60 million", "£30 million"}},
		{lead + "\"A further £20 million is for sea walls to protect the towns.\"", nil},
	}
	for _, tt := range tests {
		checkAllocationsAs(t, "amounts", tt.article, func(a funding.Allocation) string { return a.Stated.Text() }, tt.want)
	}
}
