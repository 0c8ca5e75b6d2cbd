package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftSharedInNext checks that a count of recipients in the sentence
// after the headline's, which opens on the money, is the allocation of the
// whole when the headline's sentence gives the money to the same noun,
// with the sums named among them as its parts; a count in a sentence that
// opens otherwise, or of another noun than the one given the money, stays
// a measure.
func TestDraftSharedInNext(t *testing.T) {
	const title = "£4.2m for projects across the county\n\n"
	const named = " Projects approved include the Millbrook Theatre, which will receive £85,000 to mend its roof.\n"
	tests := []struct {
		name, article string
		allocations   []string // as checkAllocations gives them
		parts         []string // the first allocation's, each as its figure
	}{
		{"the count in the next sentence, opening on the money",
			title + "£4.2m has been awarded to arts, heritage and sports projects across the county.\n\nThe funding will support at least 90 jobs in over 120 projects." + named,
			[]string{"over 120 projects £4.2m"},
			[]string{"£85,000"}},
		{"the next sentence opening otherwise",
			title + "£4.2m has been awarded to arts, heritage and sports projects across the county.\n\nMinisters expect at least 90 jobs in over 120 projects." + named,
			[]string{"mend its roof £85,000"},
			nil},
		{"the money given to another noun",
			title + "£4.2m has been awarded to councils across the county.\n\nThe funding will support at least 90 jobs in over 120 projects." + named,
			[]string{"mend its roof £85,000"},
			nil},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.article, tt.allocations)
		d := checkedDraft(t, tt.article)
		var parts []string
		for _, a := range d.Record.Packages[0].Allocations[0].Allocations {
			parts = append(parts, a.Figure().Text())
		}
		if diff := cmp.Diff(tt.parts, parts); diff != "" {
			t.Errorf("%s: parts of DraftRecord(%q) (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
