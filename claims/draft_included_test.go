package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftIncludedAnnounced checks that a figure after "including" that
// a participle of announcing and its time follow ("including an additional
// £40 million announced on 2 March") is a part of the package named by its
// own words, up to "and" or the end of its clause, beside the parts
// after it that name their purpose.
func TestDraftIncludedAnnounced(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // the allocations' titles
	}{
		{"announced before, then a purpose",
			"£2.1bn for schools\n\nSchools will receive a total funding package of £2.1 billion for 2026-27, Education Secretary Ann Price said today.\n\n" +
				"The package consists of:\n\nThe schools grant, including an additional £40 million announced on 2 March and £30m to repair buildings\n\nSupport from local taxes.",
			[]string{"an additional £40 million announced on 2 March", "repair buildings"}},
		{"confirmed last week, alone",
			"£2.1bn for schools\n\nSchools will receive a total funding package of £2.1 billion for 2026-27, Education Secretary Ann Price said today.\n\n" +
				"The package consists of:\n\nThe schools grant, including £40 million confirmed last week\n\nSupport from local taxes.",
			[]string{"£40 million confirmed last week"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftAllocationTitles(t, tt.article)); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
