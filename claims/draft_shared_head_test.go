package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// TestCountSharedHead checks the noun a count names when "and" joins two
// words qualifying one plural noun: it runs on to that noun, while "and"
// after a plural noun, or before no plural, ends it.
func TestCountSharedHead(t *testing.T) {
	count := funding.MustParseCount
	checkQuoteAssertions(t, []quoteAssertionsCase{
		{"We are funding 25 community and voluntary sector organisations this year.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("25"), Noun: "community and voluntary sector organisations",
				Span: at(q, "25 community and voluntary sector organisations")}}
		}},
		{"We are funding 25 charities and their volunteers this year.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("25"), Noun: "charities", Span: at(q, "25 charities")}}
		}},
	})
}
