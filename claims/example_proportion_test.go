package claims_test

import (
	"fmt"
	"math/big"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

func ExampleParseProportion() {
	for _, s := range []string{"9%", "0.1 per cent", "a 9% increase", "a cut of 5%", "two thirds", "more than doubled", "nearly quadruple"} {
		p, err := claims.ParseProportion(s)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-18s %-9v %s\n", p, p.Bound(), p.Ratio().RatString())
	}
	_, err := claims.ParseProportion("9% of the budget")
	fmt.Println(err)
	// Output:
	// 9%                 exact     9/100
	// 0.1 per cent       exact     1/1000
	// a 9% increase      exact     109/100
	// a cut of 5%        exact     19/20
	// two thirds         exact     2/3
	// more than doubled  more than 2
	// nearly quadruple   nearly    4
	// claims: ParseProportion("9% of the budget"): invalid syntax: unexpected "of"
}

// The precision of the words decides what they admit: "9%" is 8.5% up to
// but not including 9.5%.
func ExampleProportion_Admits() {
	nine := claims.MustParseProportion("9%")
	for _, r := range []string{"0.085", "0.0949", "0.095"} {
		x, _ := new(big.Rat).SetString(r)
		fmt.Println(r, nine.Admits(x))
	}
	doubled := claims.MustParseProportion("more than doubled")
	fmt.Println(doubled.Admits(big.NewRat(2, 1)), doubled.Admits(big.NewRat(21, 10)))
	// Output:
	// 0.085 true
	// 0.0949 true
	// 0.095 false
	// false true
}

// A claim that gives a change both in per cent and in money is checked
// against itself: with the budget at £20m, "a 9% increase" is from
// £18,348,624 and "£600,000 more" from £19.4m.
func ExampleRatioClaim() {
	quote := "The budget rises to £20m next year, a 9% increase, £600,000 more a year."
	r := claims.Record{
		Packages: []funding.Package{{ID: "budget", Funder: funding.Org{Name: "Anytown Council"}, Headline: currency.MustParseFigure("£20m")}},
		Claims: []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Councillor"}, Quote: quote, About: "budget",
			Assertions: claims.Assertions{
				claims.RatioClaim{
					Numerator:   claims.Quantity{Noun: "the budget", Package: "budget"},
					Denominator: claims.Quantity{Noun: "this year's budget"},
					Stated:      claims.MustParseProportion("a 9% increase"),
					Span:        span(quote, "a 9% increase"),
				},
				claims.StatedAmount{Figure: currency.MustParseFigure("£600,000"), Span: span(quote, "£600,000")},
			}}},
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.Findings {
		fmt.Printf("%s: %v\n  %s\n", f.Words, f.Verdict, f.Explanation)
	}
	// Output:
	// a 9% increase: inconsistent
	//   “a 9% increase” cannot be checked without base figures: the record has no amount for this year's budget. The claim’s own figures disagree: a 9% increase to £20m is from £18,348,624, but £600,000 makes it from £19.4m: the bases they imply are £1,051,376 apart.
	// £600,000: not assessed
	//   “£600,000” is a change from an earlier level (read from “more”), not the package, so it is not weighed against the £20m package; the record holds no earlier level to check it against.
}
