package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftBracketWith checks that a list naming each recipient "with" a
// rise whose sum stands in brackets drafts an allocation for each name,
// a place after a comma and all, and that a bracketed sum after words
// that name no rise, or after lower-case words, drafts none so.
func TestDraftBracketWith(t *testing.T) {
	const lede = "Arts board gives theatres £3 million\n\nThe Arts Board has announced £3 million for theatres across the region.\n\n"
	type alloc struct{ Title, Money string }
	tests := []struct {
		name, article string
		want          []alloc
	}{
		{"a list after a colon",
			lede + "Among the winners are: the Grand Theatre, Lancaster with a 40% increase (£120,500); Hull Truck with a 12% rise (£64,000); and the Stables with a 90% uplift (£31,250).\n",
			[]alloc{{"Grand Theatre, Lancaster", "£120,500"}, {"Hull Truck", "£64,000"}, {"Stables", "£31,250"}}},
		{"one item opening the sentence",
			"Arts board gives theatres £3 million\n\nThe Arts Board has announced £3 million for theatres across the region.\n\nNorthern Stage with a record increase (£250,000) tops the list.\n",
			[]alloc{{"Northern Stage", "£250,000"}}},
		{"no rise named before the bracket",
			lede + "The winners include the Grand Theatre with its new studio (£120,500) and Hull Truck with its café (£64,000).\n",
			nil},
		{"lower-case words before with",
			lede + "Many small venues with a 40% increase (£120,500) and touring companies with a 12% rise (£64,000) are among them.\n",
			nil},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		if len(d.Record.Packages) == 0 {
			t.Fatalf("%s: DraftRecord(%q) drafted no package", tt.name, tt.article)
		}
		var got []alloc
		for _, a := range d.Record.Packages[0].Allocations {
			got = append(got, alloc{a.Title, a.Figure().Text()})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) allocations mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
