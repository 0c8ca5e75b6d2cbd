package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestCountSharedHead checks the noun a count names when "and" joins two
// words qualifying one plural noun: it runs on to that noun, while "and"
// after a plural noun, or before no plural, ends it.
func TestCountSharedHead(t *testing.T) {
	count := funding.MustParseCount
	tests := []struct {
		quote string
		want  func(q string) Assertions
	}{
		{"We are funding 25 community and voluntary sector organisations this year.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("25"), Noun: "community and voluntary sector organisations",
				Span: at(q, "25 community and voluntary sector organisations")}}
		}},
		{"We are funding 25 charities and their volunteers this year.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("25"), Noun: "charities", Span: at(q, "25 charities")}}
		}},
	}
	for _, tt := range tests {
		article := "Jane Smith said: “" + tt.quote + "”"
		qs := quotations(article)
		if len(qs) != 1 {
			t.Errorf("quotations(%q) = %d claims, want 1", article, len(qs))
			continue
		}
		if diff := cmp.Diff(tt.want(tt.quote), qs[0].claim.Assertions); diff != "" {
			t.Errorf("quotations(%q) assertions mismatch (-want +got):\n%s", article, diff)
		}
	}
}
