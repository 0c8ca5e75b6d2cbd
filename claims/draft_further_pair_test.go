package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftFurtherPair checks that the second sum of a pair "a further"
// leads ("a further £2m in revenue and £1.5m in capital") is further
// money as the first is, each a package of its own beside the package
// announced, while a sum after "and" that "a further" does not lead
// is left as before.
func TestDraftFurtherPair(t *testing.T) {
	const lead = "Parks fund\n\nThe county council has set out a £20m offer to the district’s parks.\n\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a further pair in",
			lead + "The offer is backed by a further £2m in revenue and £1.5m in capital grants.",
			[]string{"£20m", "£2m", "£1.5m"}},
		{"an extra pair of",
			lead + "The offer comes with an extra £4m of revenue and £2m of capital.",
			[]string{"£20m", "£4m", "£2m"}},
		{"no word of further: no package of its own",
			lead + "The offer is backed by £2m in revenue and £1.5m in capital grants.",
			[]string{"£20m"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
