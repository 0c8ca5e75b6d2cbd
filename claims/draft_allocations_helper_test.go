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
	checkAllocationsAs(t, name, text, func(a funding.Allocation) string { return a.Title + " " + a.Figure().Text() }, want)
}

// checkAllocationsAs is checkAllocations with each allocation viewed as of
// gives it, for the tests that compare one part of each, such as its title
// or stated amount. It returns the drafted package, for the tests that
// check more of it, and false if none was drafted.
func checkAllocationsAs(t *testing.T, name, text string, of func(funding.Allocation) string, want []string) (funding.Package, bool) {
	t.Helper()
	p, ok := draftedPackage(t, text)
	if !ok {
		return p, false
	}
	var got []string
	for _, a := range p.Allocations {
		got = append(got, of(a))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: allocations of DraftRecord(%q) (-want +got):\n%s", name, text, diff)
	}
	return p, true
}
