package claims

import "testing"

// TestDraftTitleNamesPart checks that a lede's part of larger money is the
// headline when the title, stating no money, names it by its words, and
// that the larger money stays the headline when the title does not.
func TestDraftTitleNamesPart(t *testing.T) {
	const body = "\n\nThe council has agreed a new capital plan which includes a further £3.2m investment in town centre parks – spread across play areas and paths.\n\n" +
		"The new capital plan will invest £95m between 2024/25 and 2026/27."
	tests := []struct {
		title, want string
	}{
		{"More investment for town centre parks agreed", "£3.2m"},
		{"Council agrees its capital plan", "£95m"},
	}
	for _, tt := range tests {
		article := tt.title + body
		p, ok := draftedPackage(t, article)
		if !ok {
			continue
		}
		if got := p.Headline.Text(); got != tt.want {
			t.Errorf("DraftRecord(%q): headline %q, want %q", article, got, tt.want)
		}
	}
}
