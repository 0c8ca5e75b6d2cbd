package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftBracketList checks that a list's items whose sums stand in
// brackets after words in lower case are allocations: what the money is
// for ("libraries (£4,000)"), and a count of recipients with the sum each
// gets ("three youth clubs (£2000 each)") as the count times the sum; a
// lone bracketed sum after lower-case words, and a count with no sum
// each, are no such item.
func TestDraftBracketList(t *testing.T) {
	const lede = "Hinckley Council has announced £90,000 in grants for the town this year.\n\n"
	type alloc struct {
		Title  string
		Amount string
		Count  string
	}
	tests := []struct {
		name, article string
		want          []alloc
	}{
		{"purposes in lower case",
			lede + "Grants were awarded for libraries (£4,000), parks (£3,500) and road safety (£1,250).",
			[]alloc{{"libraries", "£4,000.00", ""}, {"parks", "£3,500.00", ""}, {"road safety", "£1,250.00", ""}}},
		{"the first item after to",
			lede + "The grants go to libraries (£4,000) and parks (£3,500).",
			[]alloc{{"libraries", "£4,000.00", ""}, {"parks", "£3,500.00", ""}}},
		{"a count of recipients with the sum each",
			lede + "Among the recipients are Hinckley Foodbank (£6,000) and three youth clubs (£2000 each).",
			[]alloc{{"Hinckley Foodbank", "£6,000.00", ""}, {"three youth clubs", "£6,000.00", "3"}}},
		{"a lone bracketed sum is no list",
			lede + "The money includes a grant for road safety (£1,250) near schools.",
			nil},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var got []alloc
		for _, a := range d.Record.Packages[0].Allocations {
			c := ""
			if !a.Count.IsZero() {
				c = a.Count.String()
			}
			amount := a.Amount.String()
			if a.Amount.IsZero() {
				amount = a.Stated.Text()
			}
			got = append(got, alloc{a.Title, amount, c})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
