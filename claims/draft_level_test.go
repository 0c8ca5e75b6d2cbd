package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftBudgetBroughtTo checks that the level a recipient's own budget
// is brought to by its share ("… an extra £4million, bringing the
// council’s budget to £90million") is a package of its own, beside the
// package the share is of.
func TestDraftBudgetBroughtTo(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // the packages' headlines
	}{
		{"bringing the body's budget to",
			"Council funding\n\nMinister Ann Price announced that Leeds City Council was to receive an extra £4million for 2026-27, bringing the council’s budget to more than £90million.",
			[]string{"£4million", "more than £90million"}},
		{"taking a named body's funding to",
			"Council funding\n\nMinister Ann Price announced that Leeds City Council was to receive an extra £4million for 2026-27, taking Leeds City Council's funding to £90million.",
			[]string{"£4million", "£90million"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
