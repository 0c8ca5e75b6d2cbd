package claims

import "testing"

// TestParticipleAfterClause checks that a participle of speech
// ("describing") has the subject of the clause before it, with its comma
// or, after a verb, without ("… doubled down on the move describing …"):
// the name opening the clause speaks, not the clause taken whole as a
// body's name.
func TestParticipleAfterClause(t *testing.T) {
	tests := []saidCase{
		{"describing after a comma",
			"Council leader Jo Bell hit back at the plan, describing it as “a scandal of the first order”.",
			[]said{{"a scandal of the first order", "Jo Bell", ""}}},
		{"describing after a verb, no comma",
			"But Jo Smith stood firm on the cut describing it as “a fair share for all”.",
			[]said{{"a fair share for all", "Jo Smith", ""}}},
		{"describing the claims, no comma",
			"But Welsh Secretary Simon Hart doubled down on the move describing the claims as ‘unhelpful and untrue’.",
			[]said{{"unhelpful and untrue", "Simon Hart", ""}}},
	}
	checkSaid(t, tests)
}

// TestActedAfterName checks which clauses before a participle have a verb
// after a name, so that the participle takes the clause's subject.
func TestActedAfterName(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Simon Hart doubled down on the move ", true},
		{"But Jo Smith stood firm on the cut ", true},
		{"Council leader Jo Bell ", false},
		{"Jo Bell, the leader, hit back ", false},
		{"Head of Finance Jo Bell ", false},
		{"the council ", false},
		{"The party brought forward a motion ", false},
	}
	for _, tt := range tests {
		if got := actedAfterName(tt.s, 0, len(tt.s)); got != tt.want {
			t.Errorf("actedAfterName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
