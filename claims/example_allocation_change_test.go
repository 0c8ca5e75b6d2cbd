package claims_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// An allocation's Change holds what a settlement does to one recipient's
// money: a level or change naming the allocation is weighed against it,
// and a change the record does not hold for an allocation is not assessed,
// rather than weighed against the settlement's own rise.
func ExampleAssess_allocationChange() {
	fig := currency.MustParseFigure
	quote := "the council would be allocated £328million in revenue funding, up from £318million in 2014-15"
	r := claims.Record{
		Packages: []funding.Package{{ID: "lg-2015-16", Funder: funding.Org{Name: "Scottish Government"},
			Headline: fig("£10.8billion"), Partial: true,
			Change: funding.Change{By: fig("£300million")},
			Allocations: []funding.Allocation{
				{ID: "aberdeen-city", Title: "Aberdeen City Council", Stated: fig("£328million"),
					Change: funding.Change{From: fig("£318million"), To: fig("£328million"), By: fig("£10million")}},
				{ID: "moray", Title: "Moray Council", Stated: fig("£100million")},
			}}},
		Claims: []claims.Claim{{ID: "swinney", Speaker: funding.Person{Name: "John Swinney"}, Quote: quote, About: "lg-2015-16"}},
	}
	for _, s := range claims.FromQuote(quote) {
		s.Allocation = "aberdeen-city"
		r.Claims[0].Assertions = append(r.Claims[0].Assertions, s)
	}
	r.Claims[0].Assertions = append(r.Claims[0].Assertions,
		claims.StatedAmount{Figure: fig("£10million"), Allocation: "aberdeen-city", Role: claims.RoleChange},
		claims.StatedAmount{Figure: fig("£5million"), Allocation: "moray", Role: claims.RoleChange})
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.Findings {
		fmt.Printf("%s, %v: %v\n  %s\n", f.Stated.Text(), f.Role, f.Verdict, f.Explanation)
	}
	// Output:
	// £328million, share: accurate
	//   “£328million” matches the £328m allocation “Aberdeen City Council”.
	// £318million, previous: accurate
	//   “£318million” matches the record’s level before the change of the allocation “Aberdeen City Council” (£318m). It is the level before a change (read from “from”).
	// £10million, change: accurate
	//   “£10million” matches the record’s change of the allocation “Aberdeen City Council” (£10m). It is a change from an earlier level.
	// £5million, change: not assessed
	//   “£5million” is a change from an earlier level, not the allocation, so it is not weighed against the £100m allocation “Moray Council”; the record holds no change of that allocation to check it against.
}
