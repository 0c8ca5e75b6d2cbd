package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftYearOnYear checks that a sum compared by "more … than" or
// "less … than" with another year's money ("£4 million more in 2024-25
// than last year") is no package's headline (the package is drafted with none), since it is the rise on a
// level the article does not state, while a top-up with no such
// comparison ("an extra £4 million") is the package as before.
func TestDraftYearOnYear(t *testing.T) {
	const title = "Libraries funding\n\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"more in a year than last year",
			title + "The county's libraries will receive £4 million more in 2024-25 than last year, the council said.",
			[]string{""}},
		{"more than the previous year",
			title + "The county's libraries will receive £4 million more than the previous year.",
			[]string{""}},
		{"more than in a year",
			title + "The county's libraries will receive £4 million more than in 2023.",
			[]string{""}},
		{"more than the year before",
			title + "Between them, the libraries will get more than £4 million more than the year before.",
			[]string{""}},
		{"a top-up with no comparison",
			title + "The county's libraries will receive an extra £4 million, the council said.",
			[]string{"£4 million"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
