package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAwardsFor checks that a sentence stating no money whose
// "funding contracts" (or grants, awards) are for a count of recipients
// (4ni-2008) gives the package's whole to that count, its qualifier kept;
// and that a count of time, or awards not named as funding, gives none:
// invented articles.
func TestDraftAwardsFor(t *testing.T) {
	const lede = "Minister's £4m for projects\n\nThe Minister Jane Smith has announced £4m for community projects.\n\n"
	type alloc struct{ Title, Count, Amount string }
	for _, tc := range []struct {
		name, text string
		want       []alloc
	}{
		{"up to a count",
			lede + "She said funding contracts for up to 50 projects in the region would be issued soon.\n",
			[]alloc{{"up to 50 projects in the region", "up to 50", "£4m"}}},
		{"grants to a count",
			lede + "Funding grants to 12 groups will follow in the spring.\n",
			[]alloc{{"12 groups", "12", "£4m"}}},
		{"a count of time",
			lede + "Funding contracts for three years will be issued soon.\n",
			nil},
		{"not funding",
			lede + "Building contracts for 50 projects will be issued soon.\n",
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
