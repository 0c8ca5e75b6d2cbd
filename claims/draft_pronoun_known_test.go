package claims

import "testing"

// TestPronounKnownGender checks that a pronoun no speaker before it fits is
// the person named last whom the article has not already called by the
// other pronoun: "Bob Jones … He added" makes him no "she", though he is
// named after Jane Smith; with no pronoun yet, the one named last is taken.
func TestPronounKnownGender(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"a he is no she",
			"Title\nLabour pressed Jane Smith on the £5m.\nBob Jones said: \"We need money.\"\nHe added: \"More money.\"\nThe row went on into the night.\nShe said: \"Right now there could be millions more.\"\n",
			[]string{"Bob Jones | We need money.", "Bob Jones | More money.", "Jane Smith | Right now there could be millions more."}},
		{"a she is no he",
			"Title\nLabour pressed Bob Jones on the £5m.\nJane Smith said: \"We need money.\"\nShe added: \"More money.\"\nThe row went on into the night.\nHe said: \"Right now there could be millions more.\"\n",
			[]string{"Jane Smith | We need money.", "Jane Smith | More money.", "Bob Jones | Right now there could be millions more."}},
		{"no pronoun yet, the one named last",
			"Title\nLabour pressed Jane Smith on the £5m.\nBob Jones said: \"We need money.\"\nThe row went on into the night.\nShe said: \"Right now there could be millions more.\"\n",
			[]string{"Bob Jones | We need money.", "Bob Jones | Right now there could be millions more."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
