package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftPaperSetsOut drafts a sentence in which a document or a fiscal
// event "sets out" money ("The Budget sets out extra NHS funding of
// £550m") as no one's claim, since it has no agent, and the same verb
// after a body or a person as theirs: invented articles.
func TestDraftPaperSetsOut(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string // the drafted claims' speakers, by name, post or body
	}{
		{
			text: "Hospitals to get more\n\nThe Spending Review sets out £2bn for hospital repairs over the next year.\n",
			want: nil,
		},
		{
			text: "Hospitals to get more\n\nThe new strategy set out £40m for rural bus routes last week.\n",
			want: nil,
		},
		{
			text: "Hospitals to get more\n\nThe Health Secretary sets out £2bn for hospital repairs over the next year.\n",
			want: []string{"Health Secretary"},
		},
		{
			text: "Hospitals to get more\n\nThe Scottish Government has set out £2bn for hospital repairs over the next year.\n",
			want: []string{"Scottish Government"},
		},
	} {
		d := checkedDraft(t, tc.text)
		var got []string
		for _, c := range d.Record.Claims {
			who := c.Speaker.Name
			if who == "" {
				who = c.Speaker.Role
			}
			if who == "" {
				who = c.Speaker.Org
			}
			got = append(got, who)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("case %d: DraftRecord(%q) speakers (-want +got):\n%s", i, tc.text, diff)
		}
	}
}
