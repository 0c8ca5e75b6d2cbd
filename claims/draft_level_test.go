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

// TestDraftNamedFundRaisedTo checks that the level the narrative says
// another budget, named after "the", is raised to ("increases to the
// general capital funding for councils to £150m") is a package of its
// own, beside the package announced; and that a total raised is not.
func TestDraftNamedFundRaisedTo(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // the packages' headlines
	}{
		{"increases to the named funding to",
			"Councils to get £4.2bn\n\nThe Minister for Local Government, Ann Price, has announced that councils will receive £4.2bn next year.\n\nThe spending plans also set out increases to the general capital funding for councils to £150m.",
			[]string{"£4.2bn", "£150m"}},
		{"increased the named grant to",
			"Schools to get £80m\n\nThe Education Secretary, Tom Hale, has announced that schools will receive £80m for repairs.\n\nLast month ministers increased the school meals grant to £12m.",
			[]string{"£80m", "£12m"}},
		{"a total raised is no other budget",
			"Schools to get £80m\n\nThe Education Secretary, Tom Hale, has announced that schools will receive £80m for repairs.\n\nThe package raised the total funding for repairs to £200m.",
			[]string{"£80m"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
