package claims_test

import (
	"fmt"
	"os"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// Example_tour is the README's tour of fundclaims, kept here so that it
// cannot rot: parse what people write, share money exactly, model a
// package, assess a claim about it and print the report.
func Example_tour() {
	// Parse an exact amount and a figure as someone stated it.
	pkg := currency.MustParse("£2,400,000")
	said := currency.MustParseFigure("£2m")
	fmt.Println(pkg, said, said.Precision().Format(currency.Short), said.Admits(pkg))

	// Share money without losing a penny.
	parts, _ := currency.Pounds(2_165_000).Split(3)
	fmt.Println(parts)

	// Model a funding package and a claim made about it.
	record := claims.Record{
		Packages: []funding.Package{{
			ID:       "cse-2025",
			Title:    "Support for victims and survivors of child sexual exploitation",
			Funder:   funding.Org{Name: "Mayor of London"},
			Headline: currency.MustParseFigure("£2.4m"),
			Novelty:  funding.New,
		}},
		Claims: []claims.Claim{{
			ID:      "hall",
			Speaker: funding.Person{Name: "Susan Hall", Party: "Conservative"},
			Quote:   "the mayor coughing up £2m",
			About:   "cse-2025",
			// FromQuote finds "£2m" in the quote, with its byte offsets.
			Assertions: claims.Assertions{claims.FromQuote("the mayor coughing up £2m")[0]},
		}},
	}

	// Weigh the claim against the record and print the report.
	assessment, err := claims.Assess(record, claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f := assessment.Findings[0]
	fmt.Println(f.Verdict, f.Difference, f.Percent.StringFixed(1)+"%")
	claims.WriteText(os.Stdout, assessment)
	// Output:
	// £2,400,000.00 £2m £1m true
	// [£721,666.67 £721,666.67 £721,666.66]
	// understated -£400,000.00 -16.7%
	// FACT CHECK: 1 finding on 1 claim: 1 understated. Rounding tolerance: 10%.
	//
	// CLAIM hall
	// Susan Hall (Conservative)
	// “the mayor coughing up £2m”
	// Said: date not recorded.
	//
	// Finding 1: “£2m”
	// Verdict: understated
	// Figures: stated £2m; recorded £2.4m (headline); difference -£400,000 (-16.7%); ratio 0.833.
	// “£2m” understates the £2.4m package by £400,000 (16.7%), though it is what £2.4m rounds to at the nearest £1m; rounding allows an error of up to 10%. The record has the headline as announced, with no itemisation, and describes it as new money.
}
