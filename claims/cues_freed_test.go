package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteFreedUp checks that money a body frees up from its own
// spending ("efficiency gains which could free up £4.9 billion") is no
// money given, as money it raises is not, whatever the approximator or
// tense; money given to free something up, with the words after the
// figure, and "free" without "up" keep the role their verb gives.
func TestFromQuoteFreedUp(t *testing.T) {
	type want struct {
		words string
		role  claims.Role
	}
	tests := []struct {
		quote string
		want  []want
	}{
		{"Councils must make efficiency gains, which could free up as much as £2 billion.",
			[]want{{"as much as £2 billion", claims.RoleOther}}},
		{"Selling the old depot freed up £1.5 million for the authority.", []want{{"£1.5 million", claims.RoleOther}}},
		{"Merging the two back offices is freeing up about £300,000 a year.",
			[]want{{"about £300,000 a year", claims.RoleOther}}},
		{"The new rota frees up £40,000 for the wards.", []want{{"£40,000", claims.RoleOther}}},
		{"The government has given £3m to free up hospital beds.", []want{{"£3m", claims.RolePackage}}},
		{"The council will provide free school meals worth £2m.", []want{{"£2m", claims.RolePackage}}},
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
