package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotationReportBeforePronoun checks that a reported statement ending
// ", she said" is the claim of the speaker the pronoun names, its quote
// the clause before the pronoun, as one ending ", Jane Hill said" is.
func TestQuotationReportBeforePronoun(t *testing.T) {
	tests := []struct {
		name, article string
		quotes        []string
	}{
		{"she said after money",
			"Transport Secretary Jane Hill said: \"We are backing buses.\"\n\nA further £3 million will go to rural routes, she said.",
			[]string{"We are backing buses.", "A further £3 million will go to rural routes"}},
		{"a name, as before",
			"Transport Secretary Jane Hill said: \"We are backing buses.\"\n\nA further £3 million will go to rural routes, Jane Hill said.",
			[]string{"We are backing buses.", "A further £3 million will go to rural routes"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			if q.claim.Speaker.Name != "Jane Hill" {
				t.Errorf("%s: speaker of %q = %v, want Jane Hill", tt.name, q.claim.Quote, q.claim.Speaker)
			}
			got = append(got, q.claim.Quote)
		}
		if diff := cmp.Diff(tt.quotes, got); diff != "" {
			t.Errorf("%s: quotes of quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
