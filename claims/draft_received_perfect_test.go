package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftReceivedPerfect checks that money a sentence opening on "Since"
// says others "have benefited from" or "have received" is a package of its
// own, given over a time gone by, and that the same opening with no verb
// of giving or receiving leaves the money as it was.
func TestDraftReceivedPerfect(t *testing.T) {
	const lede = "Cycling money\n\nThe Transport Minister has announced £30 million for cycle lanes in 12 towns.\n\n"
	tests := []struct {
		name, article string
		want          []string // the headlines, the package's first
	}{
		{"have benefitted from, since",
			lede + "Since the fund was set up in 2015, almost 80 towns have benefitted from more than £200 million.\n",
			[]string{"£30 million", "more than £200 million"}},
		{"have already received, since",
			lede + "Since 2015, councils have already received £150 million from the fund.\n",
			[]string{"£30 million", "£150 million"}},
		{"no verb of giving or receiving",
			lede + "Since 2015, cycling in the towns has risen by a third.\n",
			[]string{"£30 million"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: DraftRecord(%q) headlines mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
