package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestClaimsBy checks that a quotation completing claims given to an agent
// after "by" is the agent's, whoever rejects them: by name, by a post the
// article gives a holder, and no claim for a post it gives no one.
func TestClaimsBy(t *testing.T) {
	type said struct{ Quote, Speaker string }
	tests := []struct {
		name, article string
		want          []said
	}{
		{"a named agent",
			"Jo Bell dismissed claims by Tom Reid that the £5m cut was “a fair share for every council”.",
			[]said{{"a fair share for every council", "Tom Reid"}}},
		{"a post its holder holds",
			"Prime Minister David Cameron spoke on Monday.\n\nCouncil leader Anne Western has rejected claims by the Prime Minister that the cuts facing local councils are ‘relatively modest’.",
			[]said{{"relatively modest", "David Cameron"}}},
		{"a post no one holds",
			"Jo Bell dismissed claims by the Chancellor that the £5m cut was “a fair share for every council”.",
			nil},
	}
	for _, tt := range tests {
		var got []said
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, said{q.claim.Quote, q.claim.Speaker.Name + q.claim.Speaker.Org})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
