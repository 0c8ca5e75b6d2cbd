package claims

import "testing"

// TestQuotationsClaimVerb checks that "claim" after a plural subject or a
// capitalised one is a verb of speech that reports the clause after it,
// and that the noun ("a claim", "the council's claim", "a pay claim")
// reports none.
func TestQuotationsClaimVerb(t *testing.T) {
	checkSaid(t, []saidCase{
		{"a party", "The Liberal Democrats claim the county will lose £8m of bus funding next year.\n",
			[]said{{"the county will lose £8m of bus funding next year", "", "Liberal Democrats"}}},
		{"a body named by a capitalised word", "Labour claim the scheme will cost £4m more than planned.\n",
			[]said{{"the scheme will cost £4m more than planned", "", "Labour"}}},
		{"the noun after a determiner", "Nurses lodged a claim for £3m of back pay last year.\n", nil},
		{"the noun after a noun", "The union's pay claim of £3m was turned down by the board.\n", nil},
	})
}
