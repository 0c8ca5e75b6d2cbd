package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAlreadyBudgeted checks that money "already budgeted" after an
// extra sum is the level the extra tops up, not a package of its own,
// while money "already provided" is still another package's.
func TestDraftAlreadyBudgeted(t *testing.T) {
	tests := []struct {
		name, article string
		headlines     []string
	}{
		{"already budgeted",
			"The county council will invest £20m in roads.\n\nIt includes £3m extra for potholes, in addition to £7m already budgeted to March 2026.",
			[]string{"£20m"}},
		{"budgeted for",
			"The county council will invest £20m in roads.\n\nIt includes £3m extra for potholes, on top of £7m budgeted for this year.",
			[]string{"£20m"}},
		{"already provided is another package",
			"The county council will invest £20m in roads.\n\nThis is in addition to £7m already provided this year.",
			[]string{"£20m", "£7m"}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.article, err)
		}
		var got []string
		for _, p := range d.Record.Packages {
			got = append(got, p.Headline.String())
		}
		if diff := cmp.Diff(tt.headlines, got); diff != "" {
			t.Errorf("%s: package headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
