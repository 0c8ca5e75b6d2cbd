package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftSliceOfAnnounced checks that a sum the title and lede give one
// body, which a later sentence calls that body's "slice" or "share", is
// not the package when a sentence between announces a larger sum in so
// many words: the announced sum is the headline. With no such slice, or
// no larger sum announced, the lede's sum stays the headline.
func TestDraftSliceOfAnnounced(t *testing.T) {
	const (
		title    = "£2m lifeline for Kirkby Council\n\n"
		lede     = "The government has given Kirkby Council an extra £2m to spend over the next two years.\n\n"
		announce = "On Tuesday the Housing Secretary announced that struggling councils would get £150m of support funding.\n\n"
		lost     = "Councils have lost £150m of support funding since 2010.\n\n"
		slice    = "But the opposition says Kirkby Council’s extra £2m slice is a fraction of what others get."
		share    = "But the opposition says the council’s £2m share is a fraction of what others get."
		plain    = "But the opposition says the £2m is a fraction of what others get."
	)
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a slice of announced money", title + lede + announce + slice, []string{"£150m"}},
		{"a share of announced money", title + lede + announce + share, []string{"£150m"}},
		{"no slice: the lede's sum", title + lede + announce + plain, []string{"£2m"}},
		{"no money announced: the lede's sum", title + lede + lost + slice, []string{"£2m"}},
	}
	for _, tt := range tests {
		hs := draftHeadlines(t, tt.article)
		if len(hs) > 1 {
			hs = hs[:1]
		}
		if diff := cmp.Diff(tt.want, hs); diff != "" {
			t.Errorf("%s: headline of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
