package funding_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// london2025 is the record of the BBC's report "London gets £2.4m for child
// exploitation support", with every number in it. The report gives no date
// for the announcement and no itemisation or period for the money, so those
// stay unknown.
func london2025() funding.Package {
	return funding.Package{
		ID:          "london-2025-cse-support",
		Title:       "Support for victims and survivors of child sexual exploitation",
		Funder:      funding.Org{Name: "Mayor of London"},
		AnnouncedBy: funding.Person{Name: "Sir Sadiq Khan", Role: "Mayor of London"},
		Headline:    currency.MustParseFigure("£2.4m"),
		Novelty:     funding.New, // "I'm announcing a new £2.4m package"
		Kind:        funding.Services,
		Purposes:    []string{"advocacy", "counselling", "therapeutic support"},
		Sources: []funding.Source{
			{Title: "London gets £2.4m for child exploitation support", Publisher: "BBC News"},
		},
		Measures: []funding.Measure{{
			Count: funding.MustParseCount("about 9,000"),
			Noun:  "historic cases that could fall under the broad national criteria",
			Unit:  "historic case",
			Note:  "identified by an initial data search by the Met",
		}, {
			Count: funding.MustParseCount("2,200"),
			Noun:  "cases reviewed",
			Unit:  "case reviewed",
		}, {
			Count: funding.MustParseCount("about 1,200"),
			Noun:  "cases in scope",
			Unit:  "case in scope",
			Note:  "remained in scope after review, Sir Mark Rowley told the London Assembly earlier this month",
		}},
		Milestones: []funding.Milestone{
			{Event: "the Met re-examines cases of CSE in a national re-investigation", Wording: "over the past 15 years"},
			{Event: "the Met strengthened its approach to child sexual exploitation", Wording: "since 2022"},
		},
	}
}

// The 2025 package per case in scope, and the £4.5m inquiry proposed
// against it: more money, but not for the same thing.
func Example_london2025() {
	p := london2025()
	if err := p.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %s, novelty %s\n", p.Title, p.Headline, p.Novelty)
	fmt.Printf("announced: %q, period: %q (not in the source)\n", p.Announced, p.Period)

	inScope := p.Measures[2]
	rate, _ := inScope.Rate(p.Headline.Nominal())
	fmt.Printf("%s: %s (exact: %t)\n", inScope, rate, rate.IsExact())

	pkg, _ := p.Spend()
	pkg.Label = "support package"
	inquiry := funding.Spend{
		Label:    "inquiry (Conservative proposal)",
		Amount:   currency.MustParseFigure("£4.5m").Nominal(),
		Purposes: []string{"inquiry into child sexual exploitation"},
		Kind:     funding.Inquiry,
	}
	c, err := funding.Compare(inquiry, pkg)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("difference: %s more (%s)\n", c.Difference.Format(currency.Whole), c.Difference.Format(currency.Short))
	fmt.Println("ratio:", c.Ratio, "times")
	fmt.Printf("change: +%s%%\n", c.Change)
	fmt.Println("like for like:", c.LikeForLike(), "-", c.Overall())
	fmt.Println("currency:", c.Currency, "purpose:", c.Purpose, "kind:", c.Kind, "period:", c.Period)
	for _, r := range c.Reasons() {
		fmt.Println("  ", r)
	}
	fmt.Println(c)
	// Output:
	// Support for victims and survivors of child sexual exploitation: £2.4m, novelty new
	// announced: "", period: "" (not in the source)
	// about 1,200 cases in scope: about £2,000 per case in scope (exact: true)
	// difference: £2,100,000 more (£2.1m)
	// ratio: 1.875 times
	// change: +87.5%
	// like for like: false - unlike
	// currency: alike purpose: unlike kind: unlike period: unknown
	//    different purposes: inquiry into child sexual exploitation vs advocacy, counselling, therapeutic support
	//    different kinds of spending: inquiry vs services
	// £4,500,000 inquiry (Conservative proposal) vs £2,400,000 support package: £2,100,000 more, 1.875 times (+87.5%); not like for like: different purposes: inquiry into child sexual exploitation vs advocacy, counselling, therapeutic support; different kinds of spending: inquiry vs services
}
