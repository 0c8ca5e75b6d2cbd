package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftGivenBefore checks that money the narrative says another was
// given at a time before the news ("last year") is a package of its own,
// and that money given with no such time, or with one but no verb of
// giving in the past before it, is not.
func TestDraftGivenBefore(t *testing.T) {
	const lede = "County gets £2.5m for buses\n\nDerbyshire County Council has been given £2.5m by the government to improve rural bus services.\n\n"
	tests := []struct {
		name, article string
		want          []string // the headlines, the package's first
	}{
		{"given last year",
			lede + "While Derbyshire has now received £2.5m, neighbouring Nottinghamshire won its bid last year and was given £31m to improve its buses.\n",
			[]string{"£2.5m", "£31m"}},
		{"awarded previously",
			lede + "Leicestershire, which bid previously, was awarded £12m for its buses.\n",
			[]string{"£2.5m", "£12m"}},
		{"a time before the news, no verb of giving",
			lede + "Last year the county spent £31m on its buses.\n",
			[]string{"£2.5m"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: DraftRecord(%q) headlines mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
