package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftWhichBenefited checks that a fund's whole that a relative
// clause says went to a count of recipients ("an overall £500,000 fund,
// which this year benefitted 25 projects", scotgov-2023) is an
// allocation to that count; and that a clause with another verb, a count
// of years or no "which" gives none: invented articles.
func TestDraftWhichBenefited(t *testing.T) {
	type alloc struct{ Title, Count, Amount string }
	for _, tc := range []struct {
		name, text string
		want       []alloc
	}{
		{"benefited a count",
			"Charities get grants\n\nThe county has set up a £2m community fund, which this year benefited 40 charities across the county.\n",
			[]alloc{{"40 charities across the county", "40", "£2m"}}},
		{"supported, no time words",
			"Charities get grants\n\nThe county has set up a £2m community fund, which supported 40 charities.\n",
			[]alloc{{"40 charities", "40", "£2m"}}},
		{"another verb",
			"Charities get grants\n\nThe county has set up a £2m community fund, which this year paid for 40 new roofs.\n",
			nil},
		{"a count of years",
			"Charities get grants\n\nThe county has set up a £2m community fund, which has funded 12 years of work.\n",
			nil},
		{"no which",
			"Charities get grants\n\nThe county has set up a £2m community fund and it benefited 40 charities.\n",
			nil},
	} {
		d := checkedDraft(t, tc.text)
		var got []alloc
		for _, a := range d.Record.Packages[0].Allocations {
			got = append(got, alloc{a.Title, a.Count.String(), a.Figure().Text()})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}
