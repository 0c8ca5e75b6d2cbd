package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteWriteOff checks that a debt written off, with the verb
// before the figure or after it, is no money given, and that money given
// "to write off" a debt, the purpose straight after the figure, is.
func TestFromQuoteWriteOff(t *testing.T) {
	type want struct {
		words string
		role  claims.Role
	}
	tests := []struct {
		quote string
		want  []want
	}{
		{"Overspending would put at risk the £300 million which the Treasury has agreed to write-off.",
			[]want{{"£300 million", claims.RoleOther}}},
		{"The Treasury has agreed to write off £40 million of the council's debt.",
			[]want{{"£40 million", claims.RoleOther}}},
		{"Ministers wrote off £50m owed by the trust.", []want{{"£50m", claims.RoleOther}}},
		{"A write-off of £12m was agreed last year.", []want{{"£12m", claims.RoleOther}}},
		{"Some £8m of old loans will be written off.", []want{{"Some £8m", claims.RoleOther}}},
		// The money's purpose: given, whatever it is given for.
		{"The council has been given £5m to write off the debt.", []want{{"£5m", claims.RolePackage}}},
	}
	for _, tt := range tests {
		got := claims.FromQuote(tt.quote)
		if len(got) != len(tt.want) {
			t.Errorf("FromQuote(%q) = %d figures, want %d", tt.quote, len(got), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			words := tt.quote[got[i].Span.Start:got[i].Span.End]
			if words != w.words || got[i].Role != w.role {
				t.Errorf("FromQuote(%q)[%d] = %q, %v; want %q, %v", tt.quote, i, words, got[i].Role, w.words, w.role)
			}
		}
	}
}
