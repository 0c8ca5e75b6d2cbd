package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestDraftWelcomedLede checks that a release's lead in which a minister
// "has welcomed" the package's money, with no quotation, is the release's
// own claim, its publisher's, not the minister's, and that one welcoming
// "news that" money comes stays the minister's reported statement.
func TestDraftWelcomedLede(t *testing.T) {
	const quote = "\n\nThe Minister said:\n\n“This will help every school.”\n"
	tests := []struct {
		name, text, publisher string
		want                  []string // the claims' speakers, in order
	}{
		{"the thing welcomed, in a release",
			"Minister Jo Hart has welcomed allocations totalling £12 million for the Department of Culture." + quote,
			"Department of Culture",
			[]string{"Department of Culture", "Jo Hart"}},
		{"news that money comes, in a release",
			"Minister Jo Hart has welcomed news that the Department of Culture will receive £12 million." + quote,
			"Department of Culture",
			[]string{"Jo Hart", "Jo Hart"}},
	}
	for _, tt := range tests {
		d, err := DraftRecordFrom(tt.text, funding.Source{URL: "https://example.org/news/1", Publisher: tt.publisher})
		if err != nil {
			t.Fatalf("%s: DraftRecordFrom: %v", tt.name, err)
		}
		checkDraft(t, tt.text, d)
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.Who())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecordFrom(%q) speakers (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}
