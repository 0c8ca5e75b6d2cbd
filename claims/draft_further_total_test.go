package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"

	"github.com/google/go-cmp/cmp"
)

// TestDraftFurtherTotal checks that further money a package of its own
// ("a further £3m for 2026/27") whose next sentence says the total it
// makes ("This will mean a record £40m settlement") is that total's
// package, topped up by the further sum, and that a next sentence of
// another shape, or a total no larger than the sum, leaves it as before;
// and that a next sentence opening on words of summing ("Taken together
// this package offers up to £8m") states the whole the further sum is a
// part of.
func TestDraftFurtherTotal(t *testing.T) {
	const lead = "Parks fund\n\nThe county council has set out a £20m offer to the district’s parks.\n\n"
	tests := []struct {
		name, article string
		want          []string
		by            string   // the further money's package's change, "" for none
		parts         []string // the amounts of that package's allocations
	}{
		{"this will mean a settlement",
			lead + "The council also confirmed a further £3m for 2026/27. This will mean a record £40m settlement in 2026/27.",
			[]string{"£20m", "£40m"}, "£3m", nil},
		{"that brings a budget",
			lead + "Ministers also gave an additional £5m for play areas. That brings a £60m fund for the year.",
			[]string{"£20m", "£60m"}, "£5m", nil},
		{"another verb: the further sum's own package",
			lead + "The council also confirmed a further £3m for 2026/27. This follows a record £40m settlement in 2025/26.",
			[]string{"£20m", "£3m", "£40m"}, "", nil},
		{"no noun of money after the total",
			lead + "The council also confirmed a further £3m for 2026/27. This will mean £40m in all.",
			[]string{"£20m", "£3m"}, "", nil},
		// Words of summing open the next sentence: the whole the further
		// sum is a part of.
		{"taken together, a package",
			lead + "The council also confirmed an additional £3m to support play areas. Taken together this enhanced package offers up to £8m of funding and flexibility to parks.",
			[]string{"£20m", "up to £8m"}, "", []string{"£3m"}},
		{"in total, with a comma",
			lead + "Ministers also gave an extra £2m for new benches. In total, the scheme is worth £5m.",
			[]string{"£20m", "£5m"}, "", []string{"£2m"}},
		{"together with one more sum: not the whole",
			lead + "The council also confirmed an additional £3m to support play areas. Together with the £15m of the city’s grant, it will pay for new paths.",
			[]string{"£20m", "£3m"}, "", nil},
		{"taken together, the total too far off",
			lead + "The council also confirmed an additional £3m to support play areas. Taken together with the city’s own plans for its many parks, spending will reach £8m.",
			[]string{"£20m", "£3m"}, "", nil},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var hs []string
		for _, p := range d.Record.Packages {
			hs = append(hs, p.Headline.Text())
		}
		if diff := cmp.Diff(tt.want, hs); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		var parts []string
		for _, a := range d.Record.Packages[1].Allocations {
			parts = append(parts, a.Figure().Text())
		}
		if diff := cmp.Diff(tt.parts, parts); diff != "" {
			t.Errorf("%s: allocations of packages[1] of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		c := d.Record.Packages[1].Change
		if got := c.By.Text(); got != tt.by || tt.by != "" && c.Relation != funding.TopsUp {
			t.Errorf("%s: change of packages[1] of DraftRecord(%q) = %v, want by %q, tops up", tt.name, tt.article, c, tt.by)
		}
	}
}

// TestDraftFurtherTotalPartClaim checks that a claim stating the further
// sum that the record holds as a part of a package announced apart states
// that package's share.
func TestDraftFurtherTotalPartClaim(t *testing.T) {
	const article = "Parks fund\n\nThe county council has set out a £20m offer to the district’s parks, council leader Jo Hart has announced.\n\n" +
		"Ms Hart also confirmed the council will provide an additional £3m to support play areas. Taken together this enhanced package offers up to £8m of funding and flexibility to parks."
	d := checkedDraft(t, article)
	if len(d.Record.Packages) < 2 {
		t.Fatalf("DraftRecord(%q) drafted %d packages, want 2", article, len(d.Record.Packages))
	}
	var got []StatedAmount
	for _, c := range d.Record.Claims {
		for _, a := range c.Assertions {
			if s, ok := a.(StatedAmount); ok && s.Figure.Text() == "£3m" {
				got = append(got, s)
			}
		}
	}
	if len(got) != 1 || got[0].Role != RoleShare || got[0].Package != d.Record.Packages[1].ID {
		t.Errorf("assertions of £3m in DraftRecord(%q) = %+v, want one share of %s", article, got, d.Record.Packages[1].ID)
	}
}
