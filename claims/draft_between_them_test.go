package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftBetweenThem checks that recipients' allocations a sentence
// sums "between them" become the parts of one allocation of the sum, and
// that a sum they do not make leaves them as they are.
func TestDraftBetweenThem(t *testing.T) {
	const items = "Minister welcomes funding for buses and ferries\n\n" +
		"Funding for safer roads this winter has been announced today by Transport Minister, Jane Hollis.\n\n" +
		"She said:\n\n“I have also funded a £1m scheme for gully emptying.”\n\n" +
		"In addition, almost £2m is being allocated for road gritting.\n\n" +
		"Wessex Buses is receiving an extra £8m in total, while Isle Ferries will receive almost £5m.\n\nThe Minister said:\n\n"
	tests := []struct {
		name, article string
		allocations   []string // as checkAllocations gives them
		parts         []string // of the allocations, each as its title
	}{
		{"the sum the two make",
			items + "“Isle Ferries and Wessex Buses will benefit from a total of £13m between them.”\n",
			[]string{"gully emptying £1m", "road gritting almost £2m", "Isle Ferries and Wessex Buses £13m"},
			[]string{"Wessex Buses", "Isle Ferries"}},
		{"a sum they do not make",
			items + "“Isle Ferries and Wessex Buses will benefit from a total of £20m between them.”\n",
			[]string{"gully emptying £1m", "road gritting almost £2m", "Wessex Buses £8m", "Isle Ferries almost £5m"},
			nil},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.article, tt.allocations)
		d := checkedDraft(t, tt.article)
		var parts []string
		for _, a := range d.Record.Packages[0].Allocations {
			for _, p := range a.Allocations {
				parts = append(parts, p.Title)
			}
		}
		if diff := cmp.Diff(tt.parts, parts); diff != "" {
			t.Errorf("%s: parts of DraftRecord(%q) (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
