package claims

import "testing"

// TestCriticisedFor checks that a criticism of someone for an act, or of
// a thing whose relative clause holds the money, money and all, is no
// statement of the critic's, only its quotations are claims, and that an
// accusation and a criticism with no "for" are still read as before.
func TestCriticisedFor(t *testing.T) {
	tests := []saidCase{
		{"criticised for raising, no marks",
			"Council leader Tim Oliver has criticised the police and crime commissioner (PCC) for raising the policing element of the Council Tax by 5.5%, or £15.",
			nil},
		{"attacked for, a quotation inside",
			"Labour have attacked David Cameron for a “shameless attempt to buy votes” after it is claimed 83 per cent of the cash will go to Tory councils.",
			[]said{{"shameless attempt to buy votes", "", "Labour"}}},
		{"criticised, the money in a relative clause",
			"Green councillors have criticised spending plans by the ruling group which would cut £4 million from buses.",
			nil},
		{"accused of, an assertion",
			"Jo Bell accused the council of sitting on more than 90% of the promised £4.8 billion.",
			[]said{{"the council of sitting on more than 90% of the promised £4.8 billion", "Jo Bell", ""}}},
	}
	checkSaid(t, tests)
}
