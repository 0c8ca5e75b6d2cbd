package claims_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// FromQuote reads each figure's role from the words around it, and Assess
// weighs only the package's own figures against its headline: an amount
// needed, a level before a change and a change are not assessed, with the
// reason.
func ExampleRole() {
	quote := "Councils needed £1.2bn; the settlement rises from £50.1bn to £53.9bn, £600,000 more a year for Bristol."
	r := claims.Record{
		Packages: []funding.Package{{ID: "settlement", Funder: funding.Org{Name: "MHCLG"}, Headline: currency.MustParseFigure("£53.9bn")}},
		Claims:   []claims.Claim{{ID: "c", Speaker: funding.Person{Org: "LGA"}, Quote: quote, About: "settlement"}},
	}
	for _, s := range claims.FromQuote(quote) {
		r.Claims[0].Assertions = append(r.Claims[0].Assertions, s)
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.Findings {
		fmt.Printf("%s, %v: %v\n  %s\n", f.Words, f.Role, f.Verdict, f.Explanation)
	}
	// Output:
	// £1.2bn, needed: not assessed
	//   “£1.2bn” is an amount said to be needed or asked for (read from “needed”), not the package, so it is not weighed against the £53.9bn package. By the record, the £53.9bn package is £52.7bn more.
	// £50.1bn, previous: not assessed
	//   “£50.1bn” is the level before a change (read from “from … to”), not the package, so it is not weighed against the £53.9bn package; the record holds no earlier level to check it against.
	// £53.9bn, level: accurate
	//   “£53.9bn” matches the £53.9bn package. The record has the headline as announced, with no itemisation. It is the level after a change (read from “from … to”), weighed against the package as its total.
	// £600,000, change: not assessed
	//   “£600,000” is a change from an earlier level (read from “more”), not the package, so it is not weighed against the £53.9bn package; the record holds no earlier level to check it against.
}

// A counterproposal of several items is compared with the package by its
// total, and the total the speaker gives is checked against its items.
func ExampleCounterproposal() {
	item := func(cost, purpose string) claims.Counterproposal {
		return claims.Counterproposal{Purpose: purpose, Cost: currency.MustParseFigure(cost)}
	}
	r := claims.Record{
		Packages: []funding.Package{{ID: "nhs", Funder: funding.Org{Name: "DHSC"}, Headline: currency.MustParseFigure("£2bn")}},
		Claims: []claims.Claim{{ID: "rival", Speaker: funding.Person{Name: "A Spokesperson"}, About: "nhs",
			Quote: "We would spend £1bn on social care, £500m on mental health and £300m on dentistry: £2.1bn in all.",
			Assertions: claims.Assertions{claims.Counterproposal{Proposer: "The opposition", Cost: currency.MustParseFigure("£2.1bn"),
				Items: []claims.Counterproposal{item("£1bn", "social care"), item("£500m", "mental health"), item("£300m", "dentistry")}}}}},
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Findings[0].Verdict)
	fmt.Println(a.Findings[0].Explanation)
	// Output:
	// inconsistent
	// The opposition’s proposed £2.1bn proposal is 1.05 times the £2bn package and £100m more; the record does not show whether the two are like for like. A proposal is a position, not a fact the record can check. The record has the headline as announced, with no itemisation. Its three items (£1bn for social care, £500m for mental health, £300m for dentistry) add up to £1.8bn, not the total “£2.1bn” stated: the claim’s own figures disagree.
}
