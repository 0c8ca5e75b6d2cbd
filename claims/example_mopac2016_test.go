package claims_test

import (
	"fmt"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// release2016 is the Mayor of London's press release of 28 November 2016.
// The text gives no address of its own, so the record has none.
var release2016 = funding.Source{
	Title:     "Mayor invests £4 million to help tackle sexual violence",
	Publisher: "Mayor of London",
	Published: funding.MustDate(2016, 11, 28),
}

// mopac2016 models the 2016 release: the package as its notes to editors
// itemise it, an extension of existing funding for an additional year until
// March 2018, and the two ways the release states its size, "more than £4
// million" in its first sentence and "£4 million" in its headline.
func mopac2016() claims.Record {
	fy := funding.MustParseFiscalYear("2017-18").Period() // "an additional year until March 2018"
	rcc := funding.Org{Name: "London Rape Crisis Centres"}
	pkg := funding.Package{
		ID:          "mopac-sv-2016",
		Title:       "Funding for sexual violence services in London",
		Funder:      funding.Org{Name: "Mayor's Office for Policing And Crime"},
		AnnouncedBy: funding.Person{Name: "Sadiq Khan", Role: "Mayor of London"},
		Announced:   funding.MustDate(2016, 11, 28),
		Headline:    currency.MustParseFigure("more than £4 million"),
		Period:      fy,
		Novelty:     funding.Extension,
		Kind:        funding.Services,
		Purposes:    []string{"support for survivors of sexual abuse"},
		Sources:     []funding.Source{release2016},
		Allocations: []funding.Allocation{
			{ID: "rcc", Title: "Four London Rape Crisis Centres", Recipients: []funding.Org{rcc}, Count: funding.MustCount(currency.Exact, 4),
				Amount: currency.Pounds(1_260_000), Kind: funding.Services, Period: fy, Novelty: funding.Extension},
			{ID: "sarc", Title: "Three London Sexual Assault Referral Centres (the Havens)", Recipients: []funding.Org{{Name: "London Sexual Assault Referral Centres"}},
				Count: funding.MustCount(currency.Exact, 3), Amount: currency.Pounds(2_165_000), Kind: funding.Services, Period: fy, Novelty: funding.Extension},
			{ID: "rcc-development", Title: "Development budget for the four London Rape Crisis Centres", Recipients: []funding.Org{rcc},
				Count: funding.MustCount(currency.Exact, 4), Amount: currency.Pounds(100_000), Kind: funding.Development},
			{ID: "interpreters", Title: "Extension of an interpreter service for another year", Amount: currency.Pounds(70_000),
				Kind: funding.Services, Novelty: funding.Extension},
		},
		Measures: []funding.Measure{
			{Count: funding.MustParseCount("around 24,000"), Noun: "adults in London who experience serious sexual assault or rape each year", Unit: "adult", Note: "each year"},
		},
		Milestones: []funding.Milestone{
			{Event: "the new integrated service model in place", Date: funding.MustDate(2018, 3, 31), Wording: "by March 2018"},
		},
	}
	first := "The Mayor of London, Sadiq Khan, has today announced an investment of more than £4 million to help tackle sexual abuse in London, meeting a manifesto commitment to improve support for victims."
	headline := release2016.Title
	khan := funding.Person{Name: "Sadiq Khan", Role: "Mayor of London", Party: "Labour"}
	return claims.Record{
		Packages: []funding.Package{pkg},
		Events: []claims.Event{
			{ID: "release-2016", Title: "the Mayor announced the funding", Date: funding.MustDate(2016, 11, 28), Package: pkg.ID, Source: release2016},
		},
		Claims: []claims.Claim{
			{
				ID: "mopac-2016-release", Speaker: khan, When: release2016.Published, Source: release2016,
				Quote: first, About: pkg.ID,
				Summary:    "The Mayor is investing more than £4 million against sexual abuse",
				Assertions: claims.Assertions{claims.FromQuote(first)[0]},
			},
			{
				ID: "mopac-2016-headline", Speaker: khan, When: release2016.Published, Source: release2016,
				Quote: headline, About: pkg.ID,
				Assertions: claims.Assertions{claims.FromQuote(headline)[0]},
			},
		},
	}
}

// This example models the 2016 release and prints its findings: the
// headline figures against the itemisation, and the novelty of the money.
func Example_mopac2016() {
	a, err := claims.Assess(mopac2016(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.Findings {
		fmt.Printf("%s %q: %s\n  %s\n", f.Claim, f.Words, f.Verdict, f.Explanation)
	}
	// Output:
	// mopac-2016-release "more than £4 million": not supported
	//   “more than £4 million” is not supported by the itemised £3,595,000, which is at least £405,000 short of it; the rest of the headline is not itemised. The record itemises the money in four allocations and describes it as an extension of existing funding, not new money, for 2017-18.
	// mopac-2016-headline "£4 million": not supported
	//   “£4 million” is what the itemised £3,595,000 rounds to at the nearest £1m, but it is £405,000 (11.3%) more, beyond the 10% that rounding allows, and the rest of the headline “more than £4 million” is not itemised: the record does not support it. The record itemises the money in four allocations and describes it as an extension of existing funding, not new money, for 2017-18.
}
