package claims

import "testing"

// TestIndicatedReports checks that "indicated that" reports its clause, a
// count in it, as "said that" does, of the post's holder.
func TestIndicatedReports(t *testing.T) {
	tests := []saidCase{
		{"a post's holder indicated that",
			"Social Development Minister Margaret Ritchie said: “This is great news for the groups.”\n\nThe Minister indicated that funding contracts for up to 50 projects would be issued over the coming months.",
			[]said{{"This is great news for the groups.", "Margaret Ritchie", ""}, {"funding contracts for up to 50 projects would be issued over the coming months", "Margaret Ritchie", ""}}},
		{"a name, indicates that",
			"Jo Bell indicates that £5m will go to 12 schools in the town.",
			[]said{{"£5m will go to 12 schools in the town", "Jo Bell", ""}}},
	}
	checkSaid(t, tests)
}
