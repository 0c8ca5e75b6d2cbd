package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftRefusedBid checks that money bid for that the sentence says
// was refused is no package, while a bid not refused, or refused only
// as another bid, stays a package of its own.
func TestDraftRefusedBid(t *testing.T) {
	const lede = "Arts fund opens\n\nA new arts fund will distribute £3m to theatres across the region.\n\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a bid refused",
			lede + "The Millbrook Theatre had put forward a bid for £400,000 to mend its roof, but this was refused.\n",
			[]string{"£3m"}},
		{"a bid rejected",
			lede + "The Millbrook Theatre applied for £400,000 to mend its roof and was rejected.\n",
			[]string{"£3m"}},
		{"another bid turned down",
			lede + "The Millbrook Theatre will bid for £400,000 next year after its first bid was turned down.\n",
			[]string{"£3m", "£400,000"}},
		{"a bid not refused",
			lede + "The Millbrook Theatre had put forward a bid for £400,000 to mend its roof.\n",
			[]string{"£3m", "£400,000"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
