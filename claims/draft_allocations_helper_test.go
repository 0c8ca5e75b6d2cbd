package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkAllocations drafts text and compares the allocations of its first
// package, each as its title and figure ("Leeds £2m"), with want; the
// allocation-table tests of the drafter's rules share it.
func checkAllocations(t *testing.T, name, text string, want []string) {
	t.Helper()
	d := checkedDraft(t, text)
	var got []string
	for _, a := range d.Record.Packages[0].Allocations {
		got = append(got, a.Title+" "+a.Figure().Text())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: allocations of DraftRecord(%q) (-want +got):\n%s", name, text, diff)
	}
}
