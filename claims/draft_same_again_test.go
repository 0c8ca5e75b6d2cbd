package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftSameAgain checks that a speaker's sum "this year and the same
// again next year", half the headline, states the package a year at a
// time, and that a sum so worded that is not half the headline does not.
func TestDraftSameAgain(t *testing.T) {
	const lede = "Councils get grant\n\nHousing Secretary Jane Smith has announced a £400 million fund to help struggling councils.\n\n"
	type stated struct{ Figure, Role string }
	tests := []struct {
		name, article string
		want          []stated
	}{
		{"half the headline, the same again",
			lede + "Ms Smith said she would distribute £200 million this year and the same again next year to councils hit by cuts.\n",
			[]stated{{"£400 million", "package"}, {"£200 million", "package"}}},
		{"not half the headline",
			lede + "Ms Smith said she would distribute £150 million this year and the same again next year to councils hit by cuts.\n",
			[]stated{{"£400 million", "package"}, {"£150 million", "other"}}},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var got []stated
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok {
					got = append(got, stated{sa.Figure.Text(), sa.Role.String()})
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) stated amounts mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
