package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftGivenOut checks that the whole of the money a phrasal verb
// with "out" gives to a count of a class of recipients is their
// allocation, and that a count of what it pays for, a name or a clause
// break before the count gives none.
func TestDraftGivenOut(t *testing.T) {
	type alloc struct{ Title, Count, Money string }
	tests := []struct {
		name, article string
		want          []alloc
	}{
		{"doled out to a lucky count",
			"Arts money for theatres\n\nAn extra £4 million will be doled out to a lucky 60 theatre organisations, the Arts Board announced today.\n",
			[]alloc{{"60 theatre organisations", "60", "£4 million"}}},
		{"handed out to a count, to be",
			"Grants for charities\n\nA new £2m fund is to be handed out to 40 local charities, the county council said on Monday.\n",
			[]alloc{{"40 local charities", "40", "£2m"}}},
		{"paid out to a count of what it pays for",
			"Homes money\n\nA £9m grant will be paid out to 300 new homes across the district, the council said.\n",
			nil},
		{"a name before the count",
			"Grants for charities\n\nA £2m fund will be handed out to Leeds 40 charities, the council said.\n",
			nil},
		{"a clause break before the count",
			"Grants for charities\n\nA £2m fund will be handed out to charities, 40 of them, the council said.\n",
			nil},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		if len(d.Record.Packages) == 0 {
			t.Fatalf("%s: DraftRecord(%q) drafted no package", tt.name, tt.article)
		}
		var got []alloc
		for _, a := range d.Record.Packages[0].Allocations {
			got = append(got, alloc{a.Title, a.Count.String(), a.Figure().Text()})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) allocations mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
