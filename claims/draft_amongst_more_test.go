package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAmongstMore checks that a quoted sum of the article's
// recipients, who are "amongst" a larger count the money is announced
// for, is their allocation, with their sums as its parts, and that the
// package then has no headline; without such a sentence the quoted sum
// stays the headline.
func TestDraftAmongstMore(t *testing.T) {
	const items = "Millbrook Academy will receive £4.5 million to rebuild its science block.\n\n" +
		"Oakfield School will receive £3.2 million to replace its roof.\n\n" +
		"Riverside College will receive £2.1 million to build a sports hall.\n\n" +
		"Head of region Jo Marsh said: “The £10m received by three schools is a welcome start for our pupils.”\n"
	tests := []struct {
		name, article string
		headline      string
		allocations   []string // as checkAllocations gives them
		parts         int      // of the first allocation
	}{
		{"a few amongst more",
			"Three Wessex schools benefit from new buildings\n\nThree Wessex schools are amongst 30 where projects have been approved:\n\n" + items,
			"",
			[]string{"Three Wessex schools £10m"},
			3},
		{"no larger count",
			"Three Wessex schools benefit from new buildings\n\nThree Wessex schools will get new buildings:\n\n" + items,
			"£10m",
			[]string{"rebuild its science block £4.5 million", "replace its roof £3.2 million", "build a sports hall £2.1 million"},
			0},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.article, tt.allocations)
		d := checkedDraft(t, tt.article)
		p := d.Record.Packages[0]
		if got := p.Headline.Text(); got != tt.headline {
			t.Errorf("%s: DraftRecord(%q) headline = %q, want %q", tt.name, tt.article, got, tt.headline)
		}
		if diff := cmp.Diff(tt.parts, len(p.Allocations[0].Allocations)); diff != "" {
			t.Errorf("%s: parts of DraftRecord(%q) (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
