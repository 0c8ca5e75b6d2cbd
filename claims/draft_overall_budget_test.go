package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftOverallBudget checks that the total of an overall budget the
// package adds up to is a package of its own, and that a larger sum not
// so named is not.
func TestDraftOverallBudget(t *testing.T) {
	const lede = "Boards to get £6bn\n\nFunding for health boards in Wales is to rise to £6bn next year, the health minister has announced.\n\n"
	tests := []struct {
		name, article string
		want          []string // the headlines, the package's first
	}{
		{"an overall budget that will total",
			lede + "The £6bn will be shared by seven health boards, adding up to an overall health budget that will total £8.2bn.\n",
			[]string{"£6bn", "£8.2bn"}},
		{"the total budget of",
			lede + "The £6bn will be shared by seven health boards within the total NHS budget of £8.2bn.\n",
			[]string{"£6bn", "£8.2bn"}},
		{"a budget named neither overall nor total",
			lede + "The £6bn will be shared by seven health boards, within a health budget that will total £8.2bn.\n",
			[]string{"£6bn"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: DraftRecord(%q) headlines mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
