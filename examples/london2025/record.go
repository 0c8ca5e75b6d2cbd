package main

import (
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// bbc is the only source of the 2025 story: a BBC News article. As stored it
// gives no publication date ("Published" with the date lost) and no address,
// so the record has neither: nothing is invented.
var bbc = funding.Source{
	Title:     "London gets £2.4m for child exploitation support",
	Publisher: "BBC News",
}

// The quotes, verbatim from the article. Sir Mark Rowley's words are the
// article's report of what he told the London Assembly, and Commander
// Kelland's are the words it quotes.
const (
	mayorQuote    = "As the Met carries out its vital work to re-examine cases over the past 15 years, I'm announcing a new £2.4m package of support for victims and survivors to ensure they have the care, attention and specialist support services they deserve."
	hallQuote     = "City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months of trying to avoid talking about it just rings hollow"
	hallSoundbite = "too little, too late"
	waxmanWords   = "victims and survivors first"
	metQuote      = "An initial data search by the Met identified about 9,000 historic cases that could fall under the broad national criteria."
	rowleyQuote   = "after reviewing 2,200 of them only about 1,200 remained in scope"
	kellandQuote  = "threefold increase in solved cases over the past year"
)

// packageID is the identifier of the £2.4m package in the record.
const packageID = "london-cse-2025"

// record returns the 2025 story as a claims.Record: the £2.4m package as the
// mayor's office announced it, with the Met's case counts as its measures;
// the events that "too late" refers to; and the claims, as a thread
// answering the mayor's announcement.
func record() claims.Record {
	pkg := funding.Package{
		ID:          packageID,
		Title:       "Support for victims and survivors of child sexual exploitation",
		Funder:      funding.Org{Name: "Mayor of London"},
		AnnouncedBy: funding.Person{Name: "Sir Sadiq Khan", Role: "Mayor of London"},
		Headline:    currency.MustParseFigure("£2.4m"),
		Novelty:     funding.New, // "a new £2.4m package of support"
		Kind:        funding.Services,
		// "advocacy, counselling, and therapeutic interventions": new
		// independent sexual violence advocates and more counselling.
		Purposes: []string{"advocacy", "counselling", "therapeutic support"},
		Sources:  []funding.Source{bbc},
		// The article gives no itemisation of the £2.4m, so the package
		// has no allocations. Its counts are the Met's; only the cases
		// in scope name a unit to work out money per case.
		Measures: []funding.Measure{
			{Count: funding.MustParseCount("about 9,000"), Noun: "historic cases",
				Note: "identified by an initial data search as possibly within the broad national criteria"},
			{Count: funding.MustParseCount("2,200"), Noun: "cases reviewed"},
			{Count: funding.MustParseCount("about 1,200"), Noun: "cases in scope", Unit: "case in scope",
				Note: "remained in scope after review"},
		},
	}
	events := []claims.Event{
		{ID: "met-reexamination", Title: "the Met announced it would re-examine CSE cases from the past 15 years", Source: bbc},
		{ID: "rowley-assembly", Title: "Sir Mark Rowley told the London Assembly that about 1,200 of 2,200 cases reviewed remained in scope",
			Wording: "earlier this month", Source: bbc},
		{ID: "announcement", Title: "the mayor announced the £2.4m package", Package: packageID,
			After: []string{"met-reexamination"}, Source: bbc}, // "It comes after the Met announced ..."
	}

	// The figures in Susan Hall's words, found by FromQuote.
	inquiry := mustStated(hallQuote, "£4.5m")
	coughingUp := mustStated(hallQuote, "£2m") // "the mayor coughing up £2m"

	hallSpeaker := funding.Person{Name: "Susan Hall", Role: "leader of the Conservative Group in the London Assembly", Party: "Conservative"}
	met := funding.Person{Org: "Metropolitan Police Service"}

	return claims.Record{
		Packages: []funding.Package{pkg},
		Events:   events,
		Claims: []claims.Claim{
			{
				ID:         "mayor-2025",
				Speaker:    funding.Person{Name: "Sir Sadiq Khan", Role: "Mayor of London", Party: "Labour"},
				Source:     bbc,
				Quote:      mayorQuote,
				Summary:    "I'm announcing a new £2.4m package of support for victims and survivors",
				About:      packageID,
				Assertions: claims.Assertions{mustStated(mayorQuote, "£2.4m")},
			},
			{
				ID:         "hall-too-little",
				Speaker:    hallSpeaker,
				Source:     bbc,
				Quote:      hallSoundbite,
				Summary:    "The mayor's £2.4m for CSE victims is too little, too late",
				About:      packageID,
				RespondsTo: "mayor-2025",
				Stance:     claims.Disputes,
				Assertions: claims.Assertions{
					claims.Insufficiency{Against: "hall-inquiry", MeasuredAgainst: "a fully-costed proposal for a £4.5m inquiry",
						Span: span(hallSoundbite, "too little")},
					claims.Lateness{Events: []string{"met-reexamination"}, Span: span(hallSoundbite, "too late")},
				},
			},
			{
				ID:         "hall-inquiry",
				Speaker:    hallSpeaker,
				Source:     bbc,
				Quote:      hallQuote,
				Summary:    "Conservatives proposed a £4.5m inquiry; the mayor is coughing up £2m",
				About:      packageID,
				RespondsTo: "mayor-2025",
				Stance:     claims.Disputes,
				Assertions: claims.Assertions{
					claims.Counterproposal{
						Proposer: "City Hall Conservatives",
						Purpose:  "inquiry",
						Spending: funding.Inquiry,
						Cost:     inquiry.Figure,
						Costed:   true, // "fully-costed"
						Span:     span(hallQuote, "a fully-costed proposal for a £4.5m inquiry"),
					},
					coughingUp,
					claims.Lateness{Events: []string{"met-reexamination"}, Span: span(hallQuote, "after months of trying to avoid talking about it")},
				},
			},
			{
				ID:         "waxman-2025",
				Speaker:    funding.Person{Name: "Claire Waxman", Role: "London's independent Victims' Commissioner"},
				Source:     bbc,
				Quote:      waxmanWords,
				Summary:    "The £2.4m package puts victims and survivors first",
				About:      packageID,
				RespondsTo: "mayor-2025",
				Stance:     claims.Supports,
				Assertions: claims.Assertions{claims.Endorsement{Span: span(waxmanWords, waxmanWords)}},
			},
			{
				ID:      "met-9000",
				Speaker: met,
				Source:  bbc,
				Quote:   metQuote,
				About:   packageID,
				Assertions: claims.Assertions{claims.CountClaim{
					Count: funding.MustParseCount("about 9,000"), Noun: "historic cases", Measure: "historic cases",
					Span: span(metQuote, "about 9,000 historic cases"),
				}},
			},
			{
				ID:      "rowley-in-scope",
				Speaker: funding.Person{Name: "Sir Mark Rowley", Role: "Commissioner", Org: "Metropolitan Police Service"},
				Source:  bbc,
				Quote:   rowleyQuote,
				About:   packageID,
				Assertions: claims.Assertions{claims.RatioClaim{
					Numerator:   claims.Quantity{Count: funding.MustParseCount("about 1,200"), Noun: "cases in scope", Measure: "cases in scope"},
					Denominator: claims.Quantity{Count: funding.MustParseCount("2,200"), Noun: "cases reviewed", Measure: "cases reviewed"},
					Span:        span(rowleyQuote, rowleyQuote),
				}},
			},
			{
				ID:         "kelland-threefold",
				Speaker:    funding.Person{Name: "Commander Clair Kelland", Role: "public protection lead", Org: "Metropolitan Police Service"},
				Source:     bbc,
				Quote:      kellandQuote,
				About:      packageID,
				Assertions: claims.Assertions{threefold()},
			},
		},
	}
}

// threefold returns Commander Kelland's "threefold increase in solved
// cases": a ratio of 3 between two counts that neither the article nor the
// record gives.
func threefold() claims.RatioClaim {
	r := claims.RatioClaim{
		Numerator:   claims.Quantity{Noun: "solved cases over the past year"},
		Denominator: claims.Quantity{Noun: "solved cases in the year before"},
		Span:        span(kellandQuote, "threefold increase in solved cases"),
	}
	// Stated is a shopspring decimal; its UnmarshalText sets it without
	// this program naming the type. "3" always parses.
	_ = r.Stated.UnmarshalText([]byte("3"))
	return r
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
	panic("london2025: FromQuote finds no " + strconv.Quote(words) + " in " + strconv.Quote(quote))
}

// span returns the span of the first occurrence of words in quote, or the
// zero Span if quote does not contain them.
func span(quote, words string) claims.Span {
	i := strings.Index(quote, words)
	if i < 0 {
		return claims.Span{}
	}
	return claims.Span{Start: i, End: i + len(words)}
}
