package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAnnouncedEarlier checks that money a relative clause says "was
// announced" at a time before the article's is a package of its own,
// however far the clause is from the figure, and that money "announced
// today" is not.
func TestDraftAnnouncedEarlier(t *testing.T) {
	const lede = "More for libraries\n\nA £40m package of support for libraries has been confirmed today by the Welsh Government.\n\n"
	tests := []struct {
		name, article string
		want          []string // the headlines, the package's first
	}{
		{"announced at the beginning of the week",
			lede + "Part of this money was already counted in the £95m for the culture strategy, which was announced at the beginning of the week.\n",
			[]string{"£40m", "£95m"}},
		{"announced last month",
			lede + "It comes on top of work paid for from the £12m for museums and galleries, which was announced last month.\n",
			[]string{"£40m", "£12m"}},
		{"announced today",
			lede + "Some of it will come from the £12m for museums and galleries, which was announced today.\n",
			[]string{"£40m"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: DraftRecord(%q) headlines mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
