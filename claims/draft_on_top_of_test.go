package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftOnTopOf checks that extra money named straight before the
// earlier sum it comes on top of is a package of its own topping up the
// earlier sum's package, while extra money the sentence spends before
// naming the earlier sum stays the package's part.
func TestDraftOnTopOf(t *testing.T) {
	const title = "£90m for rural broadband\n\n"
	tests := []struct {
		name, article string
		headlines     []string
		changes       []string // each package's change: by, relation, of
		allocations   []string // the first package's, as checkAllocations gives them
	}{
		{"an additional sum straight before what it tops up",
			title + "The Department for Digital has awarded £90 million to 14 rural councils for faster broadband. This includes an additional £15 million on top of the previously announced £300 million fund.\n",
			[]string{"£90 million", "£15 million", "£300 million"},
			[]string{"", "£15 million tops up for-rural-broadband-other-2", ""},
			nil},
		{"an extra sum with nothing between",
			title + "The Department for Digital has awarded £90 million to 14 rural councils for faster broadband. It brings an extra £15 million on top of £300 million given since 2019.\n",
			[]string{"£90 million", "£15 million", "£300 million"},
			[]string{"", "£15 million tops up for-rural-broadband-other-2", ""},
			nil},
		{"an extra sum spent before the sum it comes on top of",
			title + "The Department for Digital has awarded £90 million for faster broadband. An extra £15 million will be spent on mobile masts in the hills, on top of the £300 million announced in May.\n",
			[]string{"£90 million", "£300 million"},
			[]string{"", ""},
			[]string{"mobile masts in the hills £15 million"}},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var heads, changes []string
		for _, p := range d.Record.Packages {
			heads = append(heads, p.Headline.Text())
			c := ""
			if !p.Change.IsZero() {
				c = p.Change.By.Text() + " " + p.Change.Relation.String() + " " + p.Change.Of
			}
			changes = append(changes, c)
		}
		if diff := cmp.Diff(tt.headlines, heads); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		if diff := cmp.Diff(tt.changes, changes); diff != "" {
			t.Errorf("%s: changes of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		checkAllocations(t, tt.name, tt.article, tt.allocations)
	}
}
