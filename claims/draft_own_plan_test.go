package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAnnouncerOwnPlan checks the announcer read from the sentence
// announcing the package when its figure is what beneficiaries "benefit
// from" ("Schools will benefit from more than £2 billion …, Education
// Secretary Jo Hart has announced"), and what that announcer's quotation
// then asserts: a plan proposed at the package's sum is the package, not a
// counterproposal, and no response to the announcement; a larger sum is
// other money of the speaker's, while one the headline's bound allows
// ("£2.7 million" beside "nearly £3 million") is the package stated again.
// Invented sentences, with ones where the rules must not fire.
func TestDraftAnnouncerOwnPlan(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // moneyOf, then the stances of the claims
	}{
		{
			name: "the announcer's plan at the package's sum",
			text: "Extra £2 billion for schools\n\nSchools and colleges will benefit from more than £2 billion of extra spending, Education Secretary Jo Hart has announced.\n\n" +
				"Ms Hart said: “The Budget proposes an additional £2 billion of investment. It gives a vital boost to our economy through a £6 billion building programme.”\n",
			want: []string{"package more than £2bn", "claim more than £2bn package", "claim £2bn package, £6bn other", "stance unknown", "stance unknown"},
		},
		{
			name: "a rival's proposal stays one",
			text: "Extra £2 billion for schools\n\nSchools and colleges will benefit from more than £2 billion of extra spending, Education Secretary Jo Hart has announced.\n\n" +
				"Labour's Sam Reed said: “Our plan proposes an extra £3 billion of investment.”\n",
			want: []string{"package more than £2bn", "claim more than £2bn package", "claim £3bn proposal", "stance unknown", "stance disputes"},
		},
		{
			name: "a sum within the headline's bound",
			text: "Nearly £3m for towns\n\nTowns across the county will benefit from nearly £3 million of community funding, Communities Minister Ann Price has announced.\n\n" +
				"Ms Price said: “The fund will distribute £2.7 million to local groups this year.”\n",
			want: []string{"package nearly £3m", "claim nearly £3m package", "claim £2.7m package", "stance unknown", "stance unknown"},
		},
	} {
		d := checkedDraft(t, tc.text)
		got := moneyOf(d.Record)
		for _, c := range d.Record.Claims {
			got = append(got, "stance "+c.Stance.String())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) money and stances (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}
