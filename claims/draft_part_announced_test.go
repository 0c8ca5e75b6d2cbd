package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftPartAnnounced checks that a title and lede giving one body its
// sum, then a sentence naming that money again as announced "as part of"
// a larger sum of money, make the larger sum the package and the body's
// sum its part, and that a larger sum not so introduced, or after a
// subject that is no money, leaves the lede's sum the headline.
func TestDraftPartAnnounced(t *testing.T) {
	const lede = "Trust gets £1,250,000 for winter\n\nLeeds Teaching Hospitals NHS Trust has been granted £1,250,000 in funding to help cope with winter pressures.\n\n"
	tests := []struct {
		name, article string
		want          []string // the headlines, the package's first
	}{
		{"announced as part of a boost",
			lede + "The extra funding was announced as part of a £400m immediate funding boost for NHS hospitals this winter.\n",
			[]string{"£400m"}},
		{"this money is part of a fund",
			lede + "This money is part of a £90m fund for hospitals across the north.\n",
			[]string{"£90m"}},
		{"a subject that is no money",
			lede + "The trust was named as part of a £400m funding boost for NHS hospitals this winter.\n",
			[]string{"£1,250,000", "£400m"}},
		{"no noun of money after the larger sum",
			lede + "The extra funding was announced as part of a £400m total this winter.\n",
			[]string{"£1,250,000", "£400m"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, draftHeadlines(t, tt.article)); diff != "" {
			t.Errorf("%s: DraftRecord(%q) headlines mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
