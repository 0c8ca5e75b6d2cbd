package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteAlongShare checks that a sum joined by "along with" or
// "together with" to a share a recipient receives just before it is a
// share too, and that without an active verb of receiving, or with "and"
// instead, the second sum keeps the role its own words give.
func TestFromQuoteAlongShare(t *testing.T) {
	type want struct {
		words string
		role  claims.Role
	}
	tests := []struct {
		quote string
		want  []want
	}{
		{"Schools will receive £3m along with £1m for repairs.",
			[]want{{"£3m", claims.RoleShare}, {"£1m", claims.RoleShare}}},
		{"The college gets £200,000 of revenue funding together with £50,000 of capital.",
			[]want{{"£200,000", claims.RoleShare}, {"£50,000", claims.RoleShare}}},
		{"Departments would get a total of £40m resource spending along with £6 million of capital that will fund new roads.",
			[]want{{"£40m", claims.RoleShare}, {"£6 million", claims.RoleShare}}},
		// A giver's verb, or "and", leaves the second sum as it was.
		{"The council awarded £3m along with £1m for repairs.",
			[]want{{"£3m", claims.RolePackage}, {"£1m", claims.RolePackage}}},
		{"Schools will receive £3m and £1m for repairs.",
			[]want{{"£3m", claims.RoleShare}, {"£1m", claims.RolePackage}}},
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
