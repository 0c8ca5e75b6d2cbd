package main

import (
	"strconv"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// release is the Mayor of London's press release of 28 November 2016. The
// text as stored gives no address of its own, so the record has none.
var release = funding.Source{
	Title:     "Mayor invests £4 million to help tackle sexual violence",
	Publisher: "Mayor of London",
	Published: funding.MustDate(2016, 11, 28),
}

// The release's first sentence, which states the money as "more than £4
// million"; its headline, release.Title, says "£4 million".
const firstSentence = "The Mayor of London, Sadiq Khan, has today announced an investment of more than £4 million to help tackle sexual abuse in London, meeting a manifesto commitment to improve support for victims."

// packageID is the identifier of the 2016 package in the record.
const packageID = "mopac-sv-2016"

// record returns the 2016 release as a claims.Record: the package as the
// release's notes to editors itemise it, and the two ways the release
// states its size.
func record() claims.Record {
	// "extended funding ... for an additional year until March 2018": the
	// financial year 2017-18.
	fy := funding.MustParseFiscalYear("2017-18").Period()
	rcc := funding.Org{Name: "London Rape Crisis Centres"}
	pkg := funding.Package{
		ID:          packageID,
		Title:       "Funding for sexual violence services in London",
		Funder:      funding.Org{Name: "Mayor's Office for Policing And Crime"},
		AnnouncedBy: funding.Person{Name: "Sadiq Khan", Role: "Mayor of London"},
		Announced:   release.Published,
		Headline:    currency.MustParseFigure("more than £4 million"),
		Period:      fy,
		Novelty:     funding.Extension, // "for services already supporting abuse victims"
		Kind:        funding.Services,
		Purposes:    []string{"support for survivors of sexual abuse"},
		Sources:     []funding.Source{release},
		// Note 2 to editors; each Description is its words.
		Allocations: []funding.Allocation{
			{ID: "rcc", Title: "Four London Rape Crisis Centres",
				Description: "MOPAC is providing £1,260,000 for the four Rape Crisis Centres in London",
				Recipients:  []funding.Org{rcc}, Count: funding.MustCount(currency.Exact, 4),
				Amount: currency.Pounds(1_260_000), Kind: funding.Services, Period: fy, Novelty: funding.Extension},
			{ID: "sarc", Title: "Three London Sexual Assault Referral Centres (the Havens)",
				Description: "£2,165,000 for the three London Sexual Assault Referral Centres",
				Recipients:  []funding.Org{{Name: "London Sexual Assault Referral Centres (the Havens)"}}, Count: funding.MustCount(currency.Exact, 3),
				Amount: currency.Pounds(2_165_000), Kind: funding.Services, Period: fy, Novelty: funding.Extension},
			// "In addition a £100,000 development budget": the release
			// says neither for when nor whether it is new.
			{ID: "rcc-development", Title: "Development budget for the four London Rape Crisis Centres",
				Description: "In addition a £100,000 development budget is being provided to the four London Rape Crisis Centres",
				Recipients:  []funding.Org{rcc}, Count: funding.MustCount(currency.Exact, 4),
				Amount: currency.Pounds(100_000), Kind: funding.Development},
			// "to support the extension of an interpreter service for
			// another year": the release does not name the provider.
			{ID: "interpreters", Title: "Extension of an interpreter service for another year",
				Description: "£70,000 to support the extension of an interpreter service for another year",
				Recipients:  []funding.Org{{Name: "Interpreter service (provider not named in the release)"}},
				Amount:      currency.Pounds(70_000), Kind: funding.Services, Novelty: funding.Extension},
		},
		Measures: []funding.Measure{
			{Count: funding.MustParseCount("around 24,000"), Noun: "adults in London who experience serious sexual assault or rape",
				Unit: "adult", Note: "each year"},
		},
		Milestones: []funding.Milestone{
			{Event: "the new integrated service model in place", Date: funding.MustDate(2018, 3, 31), Wording: "by March 2018"},
		},
	}
	khan := funding.Person{Name: "Sadiq Khan", Role: "Mayor of London", Party: "Labour"}
	return claims.Record{
		Packages: []funding.Package{pkg},
		Events: []claims.Event{
			{ID: "release-2016", Title: "the Mayor announced the funding", Date: release.Published, Package: packageID, Source: release},
		},
		Claims: []claims.Claim{
			{
				ID: "mopac-2016-release", Speaker: khan, When: release.Published, Source: release,
				Quote: firstSentence, About: packageID,
				Summary:    "The Mayor is investing more than £4 million against sexual abuse",
				Assertions: claims.Assertions{mustStated(firstSentence, "more than £4 million")},
			},
			{
				ID: "mopac-2016-headline", Speaker: khan, When: release.Published, Source: release,
				Quote: release.Title, About: packageID,
				Assertions: claims.Assertions{mustStated(release.Title, "£4 million")},
			},
		},
	}
}

// mustStated returns the stated amount that claims.FromQuote finds in quote
// with the given words. It panics if there is none, which for the constant
// quotes of this program would be a bug.
func mustStated(quote, words string) claims.StatedAmount {
	for _, s := range claims.FromQuote(quote) {
		if s.Span.In(quote) == words {
			return s
		}
	}
	panic("mopac2016: FromQuote finds no " + strconv.Quote(words) + " in " + strconv.Quote(quote))
}
