package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestCountPluralEnd checks that the noun a count names ends at its
// plural head: the lower-case words after it ("adults basic training",
// "applications submitted") are no part of what is counted, while the
// words before it are ("youth clubs").
func TestCountPluralEnd(t *testing.T) {
	count := funding.MustParseCount
	tests := []struct {
		quote string
		want  func(q string) Assertions
	}{
		{"It would give up to 50,000 adults basic training.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("up to 50,000"), Noun: "adults", Span: at(q, "up to 50,000 adults")}}
		}},
		{"With 259 applications submitted, demand is high.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("259"), Noun: "applications", Span: at(q, "259 applications")}}
		}},
		{"We will fund 150 youth clubs this year.", func(q string) Assertions {
			return Assertions{CountClaim{Count: count("150"), Noun: "youth clubs", Span: at(q, "150 youth clubs")}}
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
