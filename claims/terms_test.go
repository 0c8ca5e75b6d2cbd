package claims_test

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// levels returns a price index of the given levels by financial year.
func levels(kv ...string) map[funding.Year]decimal.Decimal {
	m := map[funding.Year]decimal.Decimal{}
	for i := 0; i < len(kv); i += 2 {
		m[funding.MustParseFiscalYear(kv[i]).Year()] = decimal.RequireFromString(kv[i+1])
	}
	return m
}

// TestAssessRealTerms checks that a figure or a rise in real terms is
// weighed only with a price index, through funding.RealTerms, and never
// taken for cash.
func TestAssessRealTerms(t *testing.T) {
	gov := funding.Org{Name: "HM Government"}
	fy := func(s string) funding.Period { return funding.MustParseFiscalYear(s).Period() }
	pkgs := []funding.Package{
		{ID: "p2016", Funder: gov, Headline: currency.MustParseFigure("£2m"), Period: fy("2016-17")},
		// https://www.henleystandard.co.uk/news/community-news--all-districts-/134296/mp-welcomes-council-funding-increase.html
		{ID: "csp2018", Funder: gov, Headline: currency.MustParseFigure("£45.1bn"), Period: fy("2018-19")},
		{ID: "csp2019", Funder: gov, Headline: currency.MustParseFigure("£46.4bn"), Period: fy("2019-20")},
	}
	henley := "The provisional local government finance settlement gives councils a real-terms increase in core spending power for 2019/2020 from £45.1 billion to £46.4 billion."
	rise := claims.RatioClaim{
		Numerator:   claims.Quantity{Noun: "core spending power in 2019-20", Package: "csp2019"},
		Denominator: claims.Quantity{Noun: "core spending power in 2018-19", Package: "csp2018"},
		Stated:      claims.MustParseProportion("an increase"),
		Span:        span(henley, "a real-terms increase"),
	}
	tests := []struct {
		name   string
		prices map[funding.Year]decimal.Decimal
		when   funding.Date
		quote  string
		a      claims.Assertion
		want   claims.Verdict
		says   string
	}{
		// £2m in 2016-17 prices is £2m × 130 ÷ 100 = £2.6m in 2025-26.
		{"a sum in real terms", levels("2016-17", "100", "2025-26", "130"), funding.MustDate(2025, 7, 1), "worth £2.6m in today's prices",
			claims.StatedAmount{Figure: currency.MustParseFigure("£2.6m"), Package: "p2016", Role: claims.RolePackage, Terms: claims.RealTerms},
			claims.Accurate, "matches the £2m package in 2025-26 prices (£2.6m)"},
		{"a sum in real terms, understated", levels("2016-17", "100", "2025-26", "130"), funding.MustDate(2025, 7, 1), "worth £2m in today's prices",
			claims.StatedAmount{Figure: currency.MustParseFigure("£2m"), Package: "p2016", Role: claims.RolePackage, Terms: claims.RealTerms},
			claims.Understated, "by £600,000 (23.1%)"},
		{"a sum in real terms, no index", nil, funding.MustDate(2025, 7, 1), "worth £2.6m in today's prices",
			claims.StatedAmount{Figure: currency.MustParseFigure("£2.6m"), Package: "p2016", Role: claims.RolePackage, Terms: claims.RealTerms},
			claims.NotAssessed, "is stated in real terms, and the record has no price index"},
		{"a sum in real terms, undated", levels("2016-17", "100", "2025-26", "130"), funding.Date{}, "worth £2.6m in today's prices",
			claims.StatedAmount{Figure: currency.MustParseFigure("£2.6m"), Package: "p2016", Role: claims.RolePackage, Terms: claims.RealTerms},
			claims.NotAssessed, "the claim is not dated"},
		// The terms are read from the words when not set.
		{"real terms read from the words", nil, funding.MustDate(2025, 7, 1), "worth £2.6m in today's prices",
			claims.StatedAmount{Figure: currency.MustParseFigure("£2.6m"), Package: "p2016", Span: claims.Span{Start: 6, End: 12}},
			claims.NotAssessed, "is stated in real terms"},
		// Invented levels: £45.1bn × 1.02 = £46.002bn in 2019-20 prices,
		// and £46.4bn is 0.87% more: a real-terms increase.
		{"a real-terms rise", levels("2018-19", "100", "2019-20", "102"), funding.Date{}, henley, rise,
			claims.Accurate, "in 2019-20 prices, is a 0.9% increase, as “a real-terms increase” says."},
		// With 3.5% inflation, £45.1bn is £46.6785bn in 2019-20 prices: the
		// cash rise of 2.9% is a real-terms cut of 0.6%.
		{"a cash rise called a real-terms rise", levels("2018-19", "100", "2019-20", "103.5"), funding.Date{}, henley, rise,
			claims.Overstated, "is a 0.6% cut, not an increase: “a real-terms increase” overstated it."},
		{"a real-terms rise, no index", nil, funding.Date{}, henley, rise,
			claims.NotAssessed, "the record has no price index to adjust for inflation, so it is not assessed: a rise in cash is not a rise in real terms."},
		{"a cash rise, with an index", levels("2018-19", "100", "2019-20", "103.5"), funding.Date{}, "a 2.9% increase in cash terms",
			claims.RatioClaim{Numerator: rise.Numerator, Denominator: rise.Denominator, Stated: claims.MustParseProportion("a 2.9% increase")},
			claims.Rounded, "That is in cash; in 2019-20 prices it is a 0.6% cut, not an increase."},
	}
	for _, tt := range tests {
		r := claims.Record{Packages: pkgs, Prices: tt.prices,
			Claims: []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A"}, When: tt.when, Quote: tt.quote, Assertions: claims.Assertions{tt.a}}}}
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		f := a.Findings[0]
		if f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%s: %v, %q; want %v, saying %q", tt.name, f.Verdict, f.Explanation, tt.want, tt.says)
		}
	}
}
