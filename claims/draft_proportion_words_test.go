package claims

import "testing"

// TestQuotationsProportionInWords checks that a reported statement whose
// only number is a proportion in words ("nine in ten", "four out of
// five") is a claim, and that "one in the morning" or numbers in digits
// around "in" ("3 in 2019") hold none.
func TestQuotationsProportionInWords(t *testing.T) {
	checkSaid(t, []saidCase{
		{"nine in ten", "Nine in ten bus routes will run less often next year, according to the Bus Users Alliance.\n",
			[]said{{"Nine in ten bus routes will run less often next year", "", "Bus Users Alliance"}}},
		{"four out of five", "Jo Hart said four out of five libraries would close early.\n",
			[]said{{"four out of five libraries would close early", "Jo Hart", ""}}},
		{"one in the morning", "Jo Hart said one in the morning would be enough.\n", nil},
	})
}
