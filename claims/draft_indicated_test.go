package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestIndicatedReports checks that "indicated that" reports its clause, a
// count in it, as "said that" does, of the post's holder.
func TestIndicatedReports(t *testing.T) {
	type said struct{ Quote, Speaker string }
	tests := []struct {
		name, article string
		want          []said
	}{
		{"a post's holder indicated that",
			"Social Development Minister Margaret Ritchie said: “This is great news for the groups.”\n\nThe Minister indicated that funding contracts for up to 50 projects would be issued over the coming months.",
			[]said{{"This is great news for the groups.", "Margaret Ritchie"}, {"funding contracts for up to 50 projects would be issued over the coming months", "Margaret Ritchie"}}},
		{"a name, indicates that",
			"Jo Bell indicates that £5m will go to 12 schools in the town.",
			[]said{{"£5m will go to 12 schools in the town", "Jo Bell"}}},
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
