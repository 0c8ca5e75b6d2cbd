package claims_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// Two sources give different figures for one package: £4.4bn, which
// rounds from £4.35bn up to £4.45bn, cannot be the £4.5bn of the other,
// and each finding says who said what.
func ExampleAssess_twoSources() {
	stated := func(figure string) claims.Assertions {
		return claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure(figure), Role: claims.RolePackage}}
	}
	r := claims.Record{
		Packages: []funding.Package{{ID: "roads", Funder: funding.Org{Name: "Department for Transport"}}},
		Claims: []claims.Claim{
			{ID: "paper", Speaker: funding.Person{Org: "The Daily Bugle"}, Quote: "a £4.4bn roads fund", About: "roads", Assertions: stated("£4.4bn")},
			{ID: "dft", Speaker: funding.Person{Org: "Department for Transport"}, Source: funding.Source{Title: "Roads fund announced"},
				Quote: "£4.5bn for local roads", About: "roads", Assertions: stated("£4.5bn")},
		},
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.Findings {
		fmt.Printf("%s: %v %v\n  %s\n", f.Claim, f.Verdict, f.Disagrees, f.Explanation)
	}
	// Output:
	// paper: not supported [dft]
	//   The record has no amount for the package “roads”: no headline and no itemisation to check “£4.4bn” against. It cannot agree with what another source gives for the same item: Department for Transport (Roads fund announced) said “£4.5bn”.
	// dft: not supported [paper]
	//   The record has no amount for the package “roads”: no headline and no itemisation to check “£4.5bn” against. It cannot agree with what another source gives for the same item: The Daily Bugle said “£4.4bn”.
}
