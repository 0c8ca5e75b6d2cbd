package claims_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// A list introduced by "including" names part of the money: the headline is
// weighed as announced, and the named share and the unnamed remainder are
// given, never "not supported".
func ExampleAssess_partialItemisation() {
	r := claims.Record{
		Packages: []funding.Package{{
			ID: "towns", Funder: funding.Org{Name: "MHCLG"},
			Headline: currency.MustParseFigure("£450m"),
			Partial:  true,
			Allocations: []funding.Allocation{
				{ID: "leeds", Amount: currency.Pounds(100_000_000)},
				{ID: "york", Amount: currency.Pounds(50_000_000)},
			},
		}},
		Claims: []claims.Claim{{
			ID: "minister", Speaker: funding.Person{Name: "A Minister"}, About: "towns",
			Quote:      "£450m for our towns, including £100m for Leeds and £50m for York",
			Assertions: claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure("£450m"), Span: claims.Span{Start: 0, End: 6}}},
		}},
	}
	a, _ := claims.Assess(r, claims.Options{})
	f := a.Findings[0]
	fmt.Println(f.Verdict, f.Basis)
	fmt.Println(f.Explanation)
	// Output:
	// accurate headline
	// “£450m” matches the £450m package. The record has the headline as announced, and allocations that name only part of it: the named parts, £150,000,000, are part of "£450m"; the unnamed remainder is between £299,500,000 and £300,500,000.
}

// A figure a year is weighed against a total over three financial years
// once converted, and the finding says so.
func ExampleAssess_perYear() {
	r := claims.Record{
		Packages: []funding.Package{{
			ID: "buses", Funder: funding.Org{Name: "DfT"},
			Headline: currency.MustParseFigure("£1.2bn"),
			Period:   funding.Period{Start: funding.MustDate(2024, 4, 1), End: funding.MustDate(2027, 3, 31)},
		}},
		Claims: []claims.Claim{{
			ID: "mayor", Speaker: funding.Person{Name: "A Mayor"}, About: "buses",
			Quote:      "£500m a year for buses",
			Assertions: claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure("£500m a year"), Span: claims.Span{Start: 0, End: 14}}},
		}},
	}
	a, _ := claims.Assess(r, claims.Options{})
	f := a.Findings[0]
	fmt.Println(f.Verdict, f.Difference.Format(currency.Whole))
	fmt.Println(f.Explanation)
	// Output:
	// overstated £300,000,000
	// Converted first, like with like: £500,000,000 a year over 3 years is £1,500,000,000. “£500m a year” overstates the £1.2bn package by £300m (25%). The record has the headline as announced, with no itemisation.
}
