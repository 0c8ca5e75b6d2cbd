package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftMakeupShares checks that named recipients' sums in the
// sentences after a headline stated roughly ("almost £20million") are
// its allocations when together they come to it, though each reads as a
// rise ("an extra £12million") or money of its own; that a sentence of
// other money between them does not end the list.
func TestDraftMakeupShares(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // the package's allocations' titles
	}{
		{"two sentences listing the recipients",
			"Council funding\n\nThe minister announced almost £20million of new funding for councils.\n\n" +
				"Leeds City Council is to receive an extra £12million for 2026-27.\n\n" +
				"York Council would receive an additional £4.5million, Hull Council would get an extra £2million and a further £1.2million would go to Selby Council.",
			[]string{"Leeds City Council", "York Council", "Hull Council", "Selby Council"}},
		{"other money between",
			"Council funding\n\nThe minister announced more than £19million of new funding for councils.\n\n" +
				"Leeds City Council is to receive an extra £12million for 2026-27.\n\n" +
				"The £3million announced last year to repair roads will be added to this.\n\n" +
				"York Council would receive an additional £4.5million and Hull Council would get an extra £2.6million.",
			[]string{"Leeds City Council", "York Council", "Hull Council"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftAllocationTitles(t, tt.article)); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
