package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestWithoutCurrencyWord checks that a figure naming its currency by a
// symbol and again by a word after it ("£3.5 million pound boost") states
// the figure before the word, in a quotation's stated amounts and in a
// drafted package's headline, with its value kept; and that a figure
// naming its currency only by the word ("3 million pounds") keeps it.
func TestWithoutCurrencyWord(t *testing.T) {
	tests := []struct {
		quote string
		want  []string // each stated amount's words and value
	}{
		{"the parks are getting a £3.5 million pound boost from the council", []string{"£3.5 million = £3.5m"}},
		{"there will be an extra £40m pounds of funding for libraries", []string{"£40m = £40m"}},
		{"up to £250,000 pounds for each town", []string{"up to £250,000 = up to £250,000"}},
		{"the council will spend 3 million pounds on roads", []string{"3 million pounds = £3m"}},
		{"£2m for roads and £1m for parks", []string{"£2m = £2m", "£1m = £1m"}},
	}
	for _, tt := range tests {
		var got []string
		for _, sa := range FromQuote(tt.quote) {
			got = append(got, sa.Span.In(tt.quote)+" = "+sa.Figure.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FromQuote(%q) mismatch (-want +got):\n%s", tt.quote, diff)
		}
	}
	article := "Parks boost\n\nLeeds City Council has announced a £3.5 million pound boost for its parks."
	if diff := cmp.Diff([]string{"£3.5 million"}, draftHeadlines(t, article)); diff != "" {
		t.Errorf("headlines of DraftRecord(%q) mismatch (-want +got):\n%s", article, diff)
	}
}
