package claims_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// smallRecord is the £2.4m package and one claim about it: "the mayor
// coughing up £2m".
func smallRecord() claims.Record {
	quote := "the mayor coughing up £2m"
	return claims.Record{
		Packages: []funding.Package{{
			ID:       "cse-2025",
			Funder:   funding.Org{Name: "Mayor of London"},
			Headline: currency.MustParseFigure("£2.4m"),
			Novelty:  funding.New,
		}},
		Claims: []claims.Claim{{
			ID:         "hall",
			Speaker:    funding.Person{Name: "Susan Hall", Party: "Conservative"},
			Quote:      quote,
			About:      "cse-2025",
			Assertions: claims.Assertions{claims.FromQuote(quote)[0]},
		}},
	}
}

func ExampleAssess() {
	a, err := claims.Assess(smallRecord(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	f := a.Findings[0]
	fmt.Println(f.Verdict)
	fmt.Println(f.Difference.Format(currency.Whole), f.Percent.Round(1), f.Ratio.Round(3))
	fmt.Println(f.Explanation)
	// Output:
	// understated
	// -£400,000 -16.7 0.833
	// “£2m” understates the £2.4m package by £400,000 (16.7%), though it is what £2.4m rounds to at the nearest £1m; rounding allows an error of up to 10%. The record has the headline as announced, with no itemisation, and describes it as new money.
}

func ExampleOptions() {
	// With a tolerance of 20%, "£2m" for £2.4m (16.7% out) is rounded.
	a, err := claims.Assess(smallRecord(), claims.Options{Tolerance: decimalOf("20")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Findings[0].Verdict)
	fmt.Println(a.Findings[0].Explanation)
	// Output:
	// rounded
	// “£2m” is the £2.4m package rounded: it understates it by £400,000 (16.7%), within the 20% that rounding allows. The record has the headline as announced, with no itemisation, and describes it as new money.
}

func ExampleFromQuote() {
	quote := "City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry - the mayor coughing up £2m after months"
	for _, s := range claims.FromQuote(quote) {
		fmt.Printf("%d-%d %q %v, %v\n", s.Span.Start, s.Span.End, quote[s.Span.Start:s.Span.End], s.Figure.Bound(), s.Role)
	}
	fmt.Println(claims.FromQuote("an investment of more than £4 million")[0].Figure)
	// Output:
	// 58-64 "£4.5m" exact, proposal
	// 97-101 "£2m" exact, package
	// more than £4m
}

func ExampleSpan_In() {
	s := claims.Span{Start: 22, End: 26}
	fmt.Println(s.In("the mayor coughing up £2m"))
	fmt.Println(s.Valid("too late"))
	// Output:
	// £2m
	// false
}

func ExampleWriteText() {
	a, err := claims.Assess(smallRecord(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := claims.WriteText(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
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

func ExampleWriteMarkdown() {
	a, err := claims.Assess(smallRecord(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := claims.WriteMarkdown(os.Stdout, a); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Fact check
	//
	// 1 finding on 1 claim: 1 understated. Rounding tolerance: 10%.
	//
	// ## The record: cse-2025
	//
	// - Funder: Mayor of London
	// - Headline: “£2.4m”
	// - Novelty: new money
	// - Itemisation: none in the record
	//
	// ## Susan Hall (Conservative)
	//
	// > the mayor coughing up £2m
	//
	// Claim `hall`. Said: date not recorded.
	//
	// ### “£2m”: understated
	//
	// | Stated | Recorded | Difference | Ratio |
	// | --- | --- | --- | --- |
	// | £2m | £2.4m (headline) | -£400,000 (-16.7%) | 0.833 |
	//
	// “£2m” understates the £2.4m package by £400,000 (16.7%), though it is what £2.4m rounds to at the nearest £1m; rounding allows an error of up to 10%. The record has the headline as announced, with no itemisation, and describes it as new money.
}

func ExampleWriteClaimReviews() {
	a, err := claims.Assess(smallRecord(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	err = claims.WriteClaimReviews(os.Stdout, a, claims.ReviewOptions{
		Publisher: "Example Fact Check",
		URL:       "https://factcheck.example.org/cse-funding",
		Published: funding.MustDate(2025, 7, 21),
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// [
	//   {
	//     "@context": "https://schema.org",
	//     "@type": "ClaimReview",
	//     "url": "https://factcheck.example.org/cse-funding#claim-hall",
	//     "claimReviewed": "the mayor coughing up £2m",
	//     "datePublished": "2025-07-21",
	//     "author": {
	//       "@type": "Organization",
	//       "name": "Example Fact Check"
	//     },
	//     "itemReviewed": {
	//       "@type": "Claim",
	//       "author": {
	//         "@type": "Person",
	//         "name": "Susan Hall",
	//         "affiliation": {
	//           "@type": "Organization",
	//           "name": "Conservative"
	//         }
	//       }
	//     },
	//     "reviewRating": {
	//       "@type": "Rating",
	//       "ratingValue": 2,
	//       "bestRating": 5,
	//       "worstRating": 1,
	//       "alternateName": "Understated"
	//     },
	//     "reviewBody": "Understated: “£2m” understates the £2.4m package by £400,000 (16.7%), though it is what £2.4m rounds to at the nearest £1m; rounding allows an error of up to 10%. The record has the headline as announced, with no itemisation, and describes it as new money."
	//   }
	// ]
}

func ExampleClaim_Anchor() {
	a, err := claims.Assess(smallRecord(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A page gives the claim's section and each finding these ids, and
	// the url of the claim's review from WriteClaimReviews is the page's
	// with the claim's id as its fragment.
	c := a.Claims[0]
	fmt.Println(c.Anchor(), a.Findings[0].Anchor())
	// Output:
	// claim-hall finding-hall-1
}

func ExampleVerdict_Rating() {
	for v := claims.Accurate; v <= claims.Opinion; v++ {
		fmt.Printf("%-18s %d  %s\n", v, v.Rating(), v.Label())
	}
	// Output:
	// accurate           5  Accurate
	// rounded            4  Rounded
	// understated        2  Understated
	// overstated         2  Overstated
	// not supported      1  Not supported by the record
	// not like for like  3  Not like for like
	// inconsistent       2  Inconsistent: its own figures disagree
	// not assessed       0  Not assessed
	// opinion            0  Opinion: no true or false verdict
}

func ExampleParseVerdict() {
	v, err := claims.ParseVerdict("Not like for like")
	fmt.Println(v == claims.NotLikeForLike, err)
	_, err = claims.ParseVerdict("pants on fire")
	fmt.Println(errors.Is(err, claims.ErrSyntax))
	// Output:
	// true <nil>
	// true
}

func ExampleRecord_Validate() {
	r := smallRecord()
	r.Claims[0].RespondsTo = "hall" // a rebuttal of itself
	r.Claims[0].Stance = claims.Disputes
	r.Claims = append(r.Claims, claims.Claim{
		ID: "cheap", Speaker: funding.Person{Name: "A Critic"}, Quote: "we would do it for less",
		Assertions: claims.Assertions{claims.Counterproposal{Purpose: "inquiry"}}, // no cost
	})
	err := r.Validate()
	fmt.Println(errors.Is(err, claims.ErrSelfResponse), errors.Is(err, claims.ErrNoCost))
	fmt.Println(err)
	// Output:
	// true true
	// claims: claim "hall": claims[0].respondsTo: claim responds to itself
	// claims: claim "cheap": claims[1].assertions[0].cost: counterproposal has no cost
}

func ExampleAssertions() {
	c := smallRecord().Claims[0]
	b, _ := json.Marshal(c.Assertions)
	fmt.Println(string(b))
	var back claims.Assertions
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%T %s\n", back[0], back[0].(claims.StatedAmount).Figure)
	// Output:
	// [{"kind":"stated-amount","figure":"£2m","role":"package","span":{"start":22,"end":26}}]
	// claims.StatedAmount £2m
}

func ExampleWriteClaimReviews_ratings() {
	a, err := claims.Assess(london2025(), claims.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	// One review a claim, rated by its lowest-rated finding; the claims
	// of opinion alone (Susan Hall's "too little, too late", Baroness
	// Waxman's welcome) have none. A page reads the ratings back from the
	// JSON-LD it embeds, so that what it shows and its markup agree.
	var ld bytes.Buffer
	if err := claims.WriteClaimReviews(&ld, a, claims.ReviewOptions{Publisher: "Example Fact Check", URL: "https://factcheck.example.org/cse"}); err != nil {
		fmt.Println(err)
		return
	}
	var rs []struct {
		ClaimReviewed string
		ReviewRating  struct {
			RatingValue   int
			AlternateName string
		}
	}
	if err := json.Unmarshal(ld.Bytes(), &rs); err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range rs {
		fmt.Printf("%d %-34s %s\n", r.ReviewRating.RatingValue, r.ReviewRating.AlternateName, r.ClaimReviewed)
	}
	// Output:
	// 5 Accurate                           …15 years, I'm announcing a new £2.4m package of support for victims…
	// 2 Understated                        Conservatives proposed a £4.5m inquiry; the mayor is coughing up £2m
	// 5 Accurate                           …by the Met identified about 9,000 historic cases that could fall under…
	// 5 Accurate                           after reviewing 2,200 of them only about 1,200 remained in scope
	// 1 Not supported by the record        threefold increase in solved cases over the past year
}
