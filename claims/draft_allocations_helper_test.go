package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// checkAllocations drafts text and compares the allocations of its first
// package, each as its title and figure ("Leeds £2m"), with want; the
// allocation-table tests of the drafter's rules share it.
func checkAllocations(t *testing.T, name, text string, want []string) {
	t.Helper()
	p, ok := draftedPackage(t, text)
	if !ok {
		return
	}
	got := allocationsAs(p, func(a funding.Allocation) string { return a.Title + " " + a.Figure().Text() })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: allocations of DraftRecord(%q) (-want +got):\n%s", name, text, diff)
	}
}

// allocationsAs returns the allocations of p, each as of gives it, for the
// tests that compare one part of each, such as its title or figure.
func allocationsAs(p funding.Package, of func(funding.Allocation) string) []string {
	var out []string
	for _, a := range p.Allocations {
		out = append(out, of(a))
	}
	return out
}
