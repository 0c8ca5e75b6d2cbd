package claims_test

import (
	"fmt"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// bbc2025 is the report of the 2025 exchange. The article gives no
// publication date and no address, so the record has neither.
var bbc2025 = funding.Source{Title: "London gets £2.4m for child exploitation support", Publisher: "BBC News"}

// london2025 models the 2025 exchange over the £2.4m package for victims and
// survivors of child sexual exploitation (CSE) in London: the package as the
// mayor's office announced it, with the Met's case counts; the events the
// rebuttal's "too late" refers to; and the claims: the mayor's
// announcement, Susan Hall's rebuttal ("too little, too late" and her
// direct quote), the victims' commissioner's welcome, and the Met's
// figures.
func london2025() claims.Record {
	pkg := funding.Package{
		ID:          "london-cse-2025",
		Title:       "Support for victims and survivors of child sexual exploitation",
		Funder:      funding.Org{Name: "Mayor of London"},
		AnnouncedBy: funding.Person{Name: "Sir Sadiq Khan", Role: "Mayor of London"},
		Headline:    currency.MustParseFigure("£2.4m"),
		Novelty:     funding.New, // "a new £2.4m package of support"
		Kind:        funding.Services,
		Purposes:    []string{"advocacy", "counselling", "therapeutic support"},
		Sources:     []funding.Source{bbc2025},
		Measures: []funding.Measure{
			{Count: funding.MustParseCount("about 9,000"), Noun: "historic cases", Note: "identified by an initial data search as possibly within the national criteria"},
			{Count: funding.MustParseCount("2,200"), Noun: "cases reviewed"},
			{Count: funding.MustParseCount("about 1,200"), Noun: "cases in scope", Unit: "case in scope", Note: "remained in scope after review"},
		},
	}
	events := []claims.Event{
		{ID: "met-reexamination", Title: "the Met announced it would re-examine CSE cases from the past 15 years", Source: bbc2025},
		{ID: "rowley-assembly", Title: "Sir Mark Rowley told the London Assembly that about 1,200 of 2,200 cases reviewed remained in scope", Wording: "earlier this month", Source: bbc2025},
		{ID: "announcement", Title: "the mayor announced the £2.4m package", Package: pkg.ID, After: []string{"met-reexamination"}, Source: bbc2025},
	}

	mayor := "As the Met carries out its vital work to re-examine cases over the past 15 years, I'm announcing a new £2.4m package of support for victims and survivors to ensure they have the care, attention and specialist support services they deserve."
	hall := "City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months of trying to avoid talking about it just rings hollow"
	met := "An initial data search by the Met identified about 9,000 historic cases that could fall under the broad national criteria."
	rowley := "after reviewing 2,200 of them only about 1,200 remained in scope"
	kelland := "threefold increase in solved cases over the past year"

	// The mayor's figure, found by FromQuote.
	mayorSays := claims.Assertions{}
	for _, a := range claims.FromQuote(mayor) {
		mayorSays = append(mayorSays, a)
	}
	// Hall's figures: the proposal's cost and "£2m", in that order.
	found := claims.FromQuote(hall)
	inquiry, twoMillion := found[0], found[1]

	return claims.Record{
		Packages: []funding.Package{pkg},
		Events:   events,
		Claims: []claims.Claim{
			{
				ID:         "mayor-2025",
				Speaker:    funding.Person{Name: "Sir Sadiq Khan", Role: "Mayor of London", Party: "Labour"},
				Source:     bbc2025,
				Quote:      mayor,
				About:      pkg.ID,
				Assertions: mayorSays,
			},
			{
				ID:         "hall-too-little",
				Speaker:    funding.Person{Name: "Susan Hall", Role: "leader of the Conservative Group in the London Assembly", Party: "Conservative"},
				Source:     bbc2025,
				Quote:      "too little, too late",
				Summary:    "The mayor's £2.4m for CSE victims is too little, too late",
				About:      pkg.ID,
				RespondsTo: "mayor-2025",
				Stance:     claims.Disputes,
				Assertions: claims.Assertions{
					claims.Insufficiency{Against: "hall-inquiry", MeasuredAgainst: "a fully-costed proposal for a £4.5m inquiry", Span: span("too little, too late", "too little")},
					claims.Lateness{Events: []string{"met-reexamination"}, Span: span("too little, too late", "too late")},
				},
			},
			{
				ID:         "hall-inquiry",
				Speaker:    funding.Person{Name: "Susan Hall", Role: "leader of the Conservative Group in the London Assembly", Party: "Conservative"},
				Source:     bbc2025,
				Quote:      hall,
				Summary:    "Conservatives proposed a £4.5m inquiry; the mayor is coughing up £2m",
				About:      pkg.ID,
				RespondsTo: "mayor-2025",
				Stance:     claims.Disputes,
				Assertions: claims.Assertions{
					claims.Counterproposal{
						Proposer: "City Hall Conservatives",
						Purpose:  "inquiry",
						Spending: funding.Inquiry,
						Cost:     inquiry.Figure,
						Costed:   true, // "fully-costed"
						Span:     span(hall, "a fully-costed proposal for a £4.5m inquiry"),
					},
					twoMillion, // "the mayor coughing up £2m"
					claims.Lateness{Events: []string{"met-reexamination"}, Span: span(hall, "after months of trying to avoid talking about it")},
				},
			},
			{
				ID:         "waxman-2025",
				Speaker:    funding.Person{Name: "Claire Waxman", Role: "London's independent Victims' Commissioner"},
				Source:     bbc2025,
				Quote:      "victims and survivors first",
				Summary:    "The £2.4m package puts victims and survivors first",
				About:      pkg.ID,
				RespondsTo: "mayor-2025",
				Stance:     claims.Supports,
				Assertions: claims.Assertions{claims.Endorsement{Span: span("victims and survivors first", "victims and survivors first")}},
			},
			{
				ID:      "met-9000",
				Speaker: funding.Person{Org: "Metropolitan Police Service"},
				Source:  bbc2025,
				Quote:   met,
				About:   pkg.ID,
				Assertions: claims.Assertions{claims.CountClaim{
					Count: funding.MustParseCount("about 9,000"), Noun: "historic cases", Measure: "historic cases",
					Span: span(met, "about 9,000 historic cases"),
				}},
			},
			{
				ID:      "rowley-in-scope",
				Speaker: funding.Person{Name: "Sir Mark Rowley", Role: "Commissioner", Org: "Metropolitan Police Service"},
				Source:  bbc2025,
				Quote:   rowley,
				About:   pkg.ID,
				Assertions: claims.Assertions{claims.RatioClaim{
					Numerator:   claims.Quantity{Count: funding.MustParseCount("about 1,200"), Noun: "cases in scope", Measure: "cases in scope"},
					Denominator: claims.Quantity{Count: funding.MustParseCount("2,200"), Noun: "cases reviewed", Measure: "cases reviewed"},
					Span:        span(rowley, rowley),
				}},
			},
			{
				ID:      "kelland-threefold",
				Speaker: funding.Person{Name: "Commander Clair Kelland", Role: "public protection lead", Org: "Metropolitan Police Service"},
				Source:  bbc2025,
				Quote:   kelland,
				About:   pkg.ID,
				Assertions: claims.Assertions{claims.RatioClaim{
					Numerator:   claims.Quantity{Noun: "solved cases over the past year"},
					Denominator: claims.Quantity{Noun: "solved cases in the year before"},
					Stated:      claims.MustParseProportion("3"),
					Span:        span(kelland, "threefold increase in solved cases"),
				}},
			},
		},
	}
}

// span returns the span of the first occurrence of words in quote.
func span(quote, words string) claims.Span {
	i := strings.Index(quote, words)
	if i < 0 {
		return claims.Span{}
	}
	return claims.Span{Start: i, End: i + len(words)}
}

// This example models the whole 2025 exchange and prints each finding's
// verdict and explanation.
func Example_london2025() {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range a.Findings {
		fmt.Printf("%s [%d] %q: %s\n  %s\n", f.Claim, f.Assertion, f.Words, f.Verdict, f.Explanation)
	}
	// Output:
	// mayor-2025 [0] "£2.4m": accurate
	//   “£2.4m” matches the £2.4m package. The record has the headline as announced, with no itemisation, and describes it as new money.
	// hall-too-little [0] "too little": opinion
	//   Whether the £2.4m package is too little is a judgement, not a fact the record can check. It is measured against “a fully-costed proposal for a £4.5m inquiry”. The evidence: City Hall Conservatives’ proposed £4.5m inquiry is £2.1m more (1.875 times), though not like for like; £2.4m over about 1,200 cases in scope is about £2,000 per case in scope. The record has the headline as announced, with no itemisation, and describes it as new money.
	// hall-too-little [1] "too late": opinion
	//   Whether the money came too late is a judgement, not a fact the record can check. The timeline in the record: the Met announced it would re-examine CSE cases from the past 15 years (date not recorded); then the mayor announced the £2.4m package (date not recorded). The record dates none of these, so it cannot say how long anyone waited.
	// hall-inquiry [0] "a fully-costed proposal for a £4.5m inquiry": not like for like
	//   City Hall Conservatives’ proposed £4.5m inquiry is 1.875 times the £2.4m package and £2.1m more, but the two are not like for like: different purposes: inquiry vs advocacy, counselling, therapeutic support; different kinds of spending: inquiry vs services. The proposal is said to be costed; the record holds no costing to check. The record has the headline as announced, with no itemisation, and describes it as new money.
	// hall-inquiry [1] "£2m": understated
	//   “£2m” understates the £2.4m package by £400,000 (16.7%), though it is what £2.4m rounds to at the nearest £1m; rounding allows an error of up to 10%. The record has the headline as announced, with no itemisation, and describes it as new money.
	// hall-inquiry [2] "after months of trying to avoid talking about it": opinion
	//   Whether the money came too late is a judgement, not a fact the record can check. The timeline in the record: the Met announced it would re-examine CSE cases from the past 15 years (date not recorded); then the mayor announced the £2.4m package (date not recorded). The record dates none of these, so it cannot say how long anyone waited.
	// waxman-2025 [0] "victims and survivors first": opinion
	//   Claire Waxman’s endorsement, “victims and survivors first”, is a judgement, not a fact the record can check. The record has the £2.4m package, for advocacy, counselling and therapeutic support, and describes the money as new money.
	// met-9000 [0] "about 9,000 historic cases": accurate
	//   “about 9,000 historic cases” agrees with the record, which has about 9,000 historic cases.
	// rowley-in-scope [0] "after reviewing 2,200 of them only about 1,200 remained in scope": accurate
	//   About 1,200 cases in scope out of 2,200 cases reviewed is about 55%, and the record has both counts.
	// kelland-threefold [0] "threefold increase in solved cases": not supported
	//   “threefold increase in solved cases” cannot be checked without base figures: the record has no count of solved cases in the year before or of solved cases over the past year.
}
