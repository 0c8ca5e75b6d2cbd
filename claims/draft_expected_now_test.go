package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftExpectedThenNow checks that of a sum money "was expected to
// have been" and the sum a later "but … will now be" gives instead ("was
// expected to have been £8m, but the budget will now be £6m"), the second
// is the package's headline, since the first is a level that did not come
// about, while a sum expected with no such "now" is read as before.
func TestDraftExpectedThenNow(t *testing.T) {
	const title = "Rivers budget\n\n"
	const after = " Anglers said the cut would hurt the county's rivers."
	tests := []struct {
		name, article string
		want          []string
	}{
		{"expected to have been, but will now be",
			title + "Under last year's pledge, the county's rivers budget was expected to have been £8m, but the 2025-26 budget will now be £6m – a cut of a quarter." + after,
			[]string{"£6m"}},
		{"due to be, but is now",
			title + "The county's rivers budget was due to be £8m, but it is now £6m." + after,
			[]string{"£6m"}},
		{"meant to be, but will now be",
			title + "The county's rivers budget was meant to be £8m, but next year's will now be £6m." + after,
			[]string{"£6m"}},
		{"expected with no now: the expected sum",
			title + "The county's rivers budget is expected to be £8m next year." + after,
			[]string{"£8m"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
