package claims

import "testing"

// TestPassiveUnspoken checks that a quotation after a verb of speech in
// the passive with no agent is no claim, and that one with its agent after
// it, or one after no verb of speech, still is.
func TestPassiveUnspoken(t *testing.T) {
	tests := []saidCase{
		{"described as, the stop inside the marks",
			"An extra £40m to rebuild flood defences has been described as a “sticking plaster.”",
			nil},
		{"were told, a clause of words",
			"The news was met with anger by council figures, who were told the decision was “deeply offensive to the people of this city”.",
			nil},
		{"the agent after the quotation",
			"The £5m fund was described as “a sticking plaster for the county” by Jo Bell.",
			[]said{{"a sticking plaster for the county", "Jo Bell", ""}}},
		{"no verb of speech",
			"The plan is “not what the county needs at all”.",
			[]said{{"not what the county needs at all", "", ""}}},
	}
	checkSaid(t, tests)
}
