package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftPopulationShare checks that a share of a population in a
// quotation ("72 per cent of local residents", "half of the community")
// is not drafted as a ratio, since the record holds no population to
// weigh it against, while a share of money or of the things it goes to
// ("half of the money", "a third of the schools") still is.
func TestDraftPopulationShare(t *testing.T) {
	const lede = "Parks fund\n\nCulture Minister Jane Hutt has announced £3m for town parks.\n\nCouncillor Tom Price said: \""
	tests := []struct {
		quote string
		want  []string // the words of each ratio drafted
	}{
		{"The plan has the backing of 72 per cent of local residents.", nil},
		{"He is only listening to half of the community.", nil},
		{"Nearly a third of the workforce at the parks service is on short contracts.", nil},
		{"Around 40 per cent of the money will be spent on play areas.", []string{"Around 40 per cent of the money"}},
		{"Only a third of the schools in the town have a park nearby.", []string{"a third of the schools in the town"}},
	}
	for _, tt := range tests {
		article := lede + tt.quote + "\""
		d := checkedDraft(t, article)
		var got []string
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if r, ok := a.(RatioClaim); ok {
					got = append(got, r.Span.In(c.Quote))
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("DraftRecord(%q) ratios mismatch (-want +got):\n%s", article, diff)
		}
	}
}
