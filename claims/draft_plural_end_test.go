package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// TestCountPluralEnd checks that the noun a count names ends at its
// plural head: the lower-case words after it ("adults basic training",
// "applications submitted") are no part of what is counted, while the
// words before it are ("youth clubs").
func TestCountPluralEnd(t *testing.T) {
	count := funding.MustParseCount
	checkQuoteAssertions(t, []quoteAssertionsCase{
		{"It would give up to 50,000 adults basic training.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("up to 50,000"), Noun: "adults", Span: at(q, "up to 50,000 adults")}}
		}},
		{"With 259 applications submitted, demand is high.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("259"), Noun: "applications", Span: at(q, "259 applications")}}
		}},
		{"We will fund 150 youth clubs this year.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("150"), Noun: "youth clubs", Span: at(q, "150 youth clubs")}}
		}},
	})
}
