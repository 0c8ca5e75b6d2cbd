package claims_test

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// fromQuoteRecord returns a record of one package with the given headline
// and one claim about it whose assertions are FromQuote's proposals for
// quote, as a new user would write one.
func fromQuoteRecord(headline, quote string) claims.Record {
	var as claims.Assertions
	for _, s := range claims.FromQuote(quote) {
		as = append(as, s)
	}
	return claims.Record{
		Packages: []funding.Package{{ID: "p", Funder: funding.Org{Name: "HM Government"}, Headline: currency.MustParseFigure(headline)}},
		Claims:   []claims.Claim{{ID: "c", Speaker: claims.Speaker{Name: "A Speaker"}, Quote: quote, About: "p", Assertions: as}},
	}
}

// TestFromQuoteRoles holds the wrong verdicts FromQuote's proposals used to
// get, figures of other roles weighed against the headline, as regression
// tests: each figure now gets the role its words give, and only the
// package's own figure gets a verdict against the headline.
func TestFromQuoteRoles(t *testing.T) {
	type want struct {
		words   string
		role    claims.Role
		verdict claims.Verdict
		says    string
	}
	tests := []struct {
		name     string
		headline string
		quote    string
		want     []want
	}{
		{"needed, was overstated", "£450m",
			"The Local Government Association said councils needed £1.2bn to stand still.",
			[]want{{"£1.2bn", claims.RoleNeeded, claims.NotAssessed, "the £450m package is £750m less, 37.5% of it"}}},
		{"from … to, was understated", "£53.9bn",
			"Core spending power rises from £50.1bn to £53.9bn next year.",
			[]want{
				{"£50.1bn", claims.RolePrevious, claims.NotAssessed, "the level before a change"},
				{"£53.9bn", claims.RoleLevel, claims.Accurate, "matches the £53.9bn package"},
			}},
		{"a change a year, was understated by 97%", "£20m",
			"It is a 9% increase, £600,000 more a year.",
			[]want{{"£600,000", claims.RoleChange, claims.NotAssessed, "a change from an earlier level"}}},
		{"a share, was understated by 98%", "£300m",
			"Bristol will get between £4m and £5m of it.",
			[]want{{"between £4m and £5m", claims.RoleShare, claims.NotAssessed, "a share of the package"}}},
		{"the package itself", "£2.4m",
			"I'm announcing a new £2.4m package of support for victims and survivors.",
			[]want{{"£2.4m", claims.RolePackage, claims.Accurate, "matches the £2.4m package"}}},
		{"no role in the words", "£2.4m",
			"£2m.",
			[]want{{"£2m", claims.RoleUnknown, claims.NotAssessed, "set its role"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := claims.Assess(fromQuoteRecord(tt.headline, tt.quote), claims.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Findings) != len(tt.want) {
				t.Fatalf("Assess(%q) gave %d findings, want %d", tt.quote, len(a.Findings), len(tt.want))
			}
			for i, w := range tt.want {
				f := a.Findings[i]
				if f.Words != w.words || f.Role != w.role || f.Verdict != w.verdict {
					t.Errorf("finding %d on %q = %q, role %v, %v; want %q, role %v, %v\n%s",
						i, tt.quote, f.Words, f.Role, f.Verdict, w.words, w.role, w.verdict, f.Explanation)
				}
				if !strings.Contains(f.Explanation, w.says) {
					t.Errorf("finding %d on %q: explanation %q does not say %q", i, tt.quote, f.Explanation, w.says)
				}
			}
		})
	}
}
