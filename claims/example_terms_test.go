package claims_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// A rise in cash is not a rise in real terms: with a price index in the
// record, "a real-terms increase" is weighed in real terms. The sentence
// is the Henley Standard's of 24 December 2018
// (https://www.henleystandard.co.uk/news/community-news--all-districts-/134296/mp-welcomes-council-funding-increase.html);
// the index levels are invented, with 3.5% inflation.
func ExampleTerms() {
	quote := "The provisional local government finance settlement gives councils a real-terms increase in core spending power for 2019/2020 from £45.1 billion to £46.4 billion."
	gov := funding.Org{Name: "MHCLG"}
	fy := func(s string) funding.FiscalYear { return funding.MustParseFiscalYear(s) }
	r := claims.Record{
		Packages: []funding.Package{
			{ID: "csp-2018-19", Funder: gov, Headline: currency.MustParseFigure("£45.1bn"), Period: fy("2018-19").Period()},
			{ID: "csp-2019-20", Funder: gov, Headline: currency.MustParseFigure("£46.4bn"), Period: fy("2019-20").Period()},
		},
		Prices: map[funding.Year]decimal.Decimal{
			fy("2018-19").Year(): decimal.NewFromInt(100),
			fy("2019-20").Year(): decimal.RequireFromString("103.5"),
		},
		PriceSource: funding.Source{Title: "an invented deflator"},
		Claims: []claims.Claim{{ID: "henley", Speaker: funding.Person{Org: "Henley Standard"}, Quote: quote,
			Assertions: claims.Assertions{claims.RatioClaim{
				Numerator:   claims.Quantity{Noun: "core spending power in 2019-20", Package: "csp-2019-20"},
				Denominator: claims.Quantity{Noun: "core spending power in 2018-19", Package: "csp-2018-19"},
				Stated:      claims.MustParseProportion("an increase"),
				Span:        span(quote, "a real-terms increase"),
			}}}},
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f := a.Findings[0]
	fmt.Println(f.Verdict)
	fmt.Println(f.Explanation)
	// Output:
	// overstated
	// The £46.4bn package against the £45.1bn package, in 2019-20 prices by an invented deflator, is a 0.6% cut, not an increase: “a real-terms increase” overstated it.
}
