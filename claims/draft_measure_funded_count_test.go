package claims

import (
	"strings"
	"testing"
)

// TestDraftFundedCount checks that a count the subject of a passive of
// funding ending its clause, opening the sentence or a reported clause,
// is the allocation of the whole, and that a claim stating it states the
// allocation's count; a count funded for something named after, or of
// what the money makes, stays a measure.
func TestDraftFundedCount(t *testing.T) {
	const lede = "£2m for village halls\n\nThe council has set aside £2m for village halls across the district.\n\n"
	tests := []struct {
		name, article string
		allocations   []string // as checkAllocations gives them
		counts        []string // each claim's counts and the allocation each states
	}{
		{"a reported count of those funded",
			lede + "On Monday, Cllr Ann Wood said 40 halls would be funded.\n",
			[]string{"40 halls £2m"},
			[]string{"40 halls 40-halls"}},
		{"a count funded for what follows",
			lede + "On Monday, Cllr Ann Wood said 40 halls would be funded to mend their roofs.\n",
			nil,
			[]string{"40 halls "}},
		{"a count of what the money makes",
			lede + "On Monday, Cllr Ann Wood said 40 jobs would be created.\n",
			nil,
			[]string{"40 jobs "}},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.article, tt.allocations)
		checkClaimsAs(t, tt.name, tt.article, func(c Claim) string {
			var out []string
			for _, a := range c.Assertions {
				if n, ok := a.(CountClaim); ok {
					out = append(out, n.Count.String()+" "+n.Noun+" "+n.Allocation)
				}
			}
			return strings.Join(out, "; ")
		}, tt.counts)
	}
}
