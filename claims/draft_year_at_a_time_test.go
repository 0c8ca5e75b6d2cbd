package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestYearOfWhole checks that a release's money stated year by year, each
// year's sum reaching the headline's bound alone ("More than £60
// million"), is the package's, a year at a time, and that it stays each
// year's share when the headline is exact or above the year's sum.
func TestYearOfWhole(t *testing.T) {
	const years = "Mr Jones said:\n\n“The funding will have a total value of £61.7 million in 2025-26 and £63.2 million in 2026-27.”\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"each year above the headline's floor",
			"Grants for charities\n\nThe council will spend more than £60 million on grants for charities.\n\n" + years,
			[]string{"package", "package"}},
		{"an exact headline",
			"Grants for charities\n\nThe council will spend £124.9 million on grants for charities.\n\n" + years,
			[]string{"share", "share"}},
		{"a floor above each year",
			"Grants for charities\n\nThe council will spend more than £100 million on grants for charities.\n\n" + years,
			[]string{"share", "share"}},
	}
	for _, tt := range tests {
		d := draftRelease(t, tt.article, "Scottish Government")
		var got []string
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok && (sa.Figure.String() == "£61.7m" || sa.Figure.String() == "£63.2m") {
					got = append(got, sa.Role.String())
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecordFrom(%q) roles of the years' sums (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
