package claims

import "testing"

// TestDraftFundingGoesOn checks that a release's sentence straight after
// its announcing sentence, opening on "The funding is" or "The funding
// will" and stating a count, is the release's claim too, and that one
// telling what the money did, after a clause set off by commas, is not.
func TestDraftFundingGoesOn(t *testing.T) {
	const lede = "Grants for harbours\n\n£4.2m has been awarded to harbour projects on the west coast.\n\n"
	const quote = "\n\nCouncillor Ann Lowe said:\n\n“It is welcome.”\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the funding will, with a count",
			lede + "The funding will help create or safeguard at least 200 jobs in more than 40 projects." + quote,
			[]string{"unknown speaker | £4.2m has been awarded to harbour projects on the west coast.",
				"unknown speaker | The funding will help create or safeguard at least 200 jobs in more than 40 projects.",
				"Ann Lowe | It is welcome."}},
		{"what the funding did",
			lede + "The funding, which has gone to six harbours, has supported 40 projects." + quote,
			[]string{"unknown speaker | £4.2m has been awarded to harbour projects on the west coast.",
				"Ann Lowe | It is welcome."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
