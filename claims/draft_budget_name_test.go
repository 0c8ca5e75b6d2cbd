package claims

import "testing"

// TestBudgetNoName checks that a budget's capitalised name ("the Scottish
// Budget", "next month's Budget") is no person's, whom a pronoun might
// otherwise take up as the one named last.
func TestBudgetNoName(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"a budget named after the person",
			"Title\nLabour pressed Jane Smith on the £5m.\nBob Jones said: \"We need money.\"\nHe added: \"More money.\"\nThe row went on over the Scottish Budget.\nShe said: \"Right now there could be millions more.\"\n",
			[]string{"Bob Jones | We need money.", "Bob Jones | More money.", "Jane Smith | Right now there could be millions more."}},
		{"next month's Budget",
			"Title\nLabour pressed Jane Smith on the £5m.\nBob Jones said: \"We need money.\"\nHe added: \"More money.\"\nThe row will go on until next month's Autumn Budget.\nShe said: \"Right now there could be millions more.\"\n",
			[]string{"Bob Jones | We need money.", "Bob Jones | More money.", "Jane Smith | Right now there could be millions more."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
