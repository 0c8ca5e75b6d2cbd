package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftTaxProportion checks that a proportion of a tax or of those who
// pay it, in a quotation ("a 12 per cent rise in council tax", "council
// tax up by 4 per cent", "60% of taxpayers"), is not drafted as a ratio,
// since the record holds no tax to weigh it against, while a proportion
// of anything else ("a 12 per cent rise in bus fares", "80 per cent of
// the money") still is.
func TestDraftTaxProportion(t *testing.T) {
	const lede = "Bus fund\n\nTransport Minister Jane Hutt has announced £3m for rural buses.\n\nCouncillor Tom Price said: \""
	tests := []struct {
		quote string
		want  []string // the words of each ratio drafted
	}{
		{"Residents still face a 12 per cent rise in council tax.", nil},
		{"We will be putting council tax up by 4 per cent this year.", nil},
		{"Even so, 60% of taxpayers in the county will pay less.", nil},
		{"Passengers still face a 12 per cent rise in bus fares.", []string{"a 12 per cent rise in bus fares"}},
		{"Around 80 per cent of the money will go to village routes.", []string{"Around 80 per cent of the money"}},
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
