package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAnnounceMarks checks that quotation marks inside the words a
// named announcer announces, in the clause of the money ("Ministers
// announced £1.2bn … in “bus service improvement plans”"), leave the sentence the
// announcer's claim and are no claim of their own, and that marks after a
// verb of speech or before the money are still a quotation: invented
// articles.
func TestDraftAnnounceMarks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each claim as "speaker | quote | figures"
	}{
		{"marks in the money's clause",
			"Bus cash\n\nMinisters announced £1.2bn for 34 areas to cut fares in “bus service improvement plans”.\n\nJo Hart said: “Buses matter.”\n",
			[]string{
				"Ministers | Ministers announced £1.2bn for 34 areas to cut fares in “bus service improvement plans”. | £1.2bn package",
				"Jo Hart | Buses matter. | ",
			}},
		{"marks after a verb of speech",
			"Bus cash\n\nMinisters announced £1.2bn for 34 areas and said “buses matter to every town”.\n\nJo Hart said: “Fares matter.”\n",
			[]string{
				"Ministers | buses matter to every town | ",
				"Jo Hart | Fares matter. | ",
			}},
		{"marks before the money",
			"Bus cash\n\nMinisters announced a “bus revolution for every town” worth £1.2bn.\n\nJo Hart said: “Fares matter.”\n",
			[]string{
				"Ministers | bus revolution for every town | ",
				"Jo Hart | Fares matter. | ",
			}},
		{"marks after a comma",
			"Bus cash\n\nMinisters announced £1.2bn for 34 areas, “a bus revolution for every town”.\n\nJo Hart said: “Fares matter.”\n",
			[]string{
				"Ministers | a bus revolution for every town | ",
				"Jo Hart | Fares matter. | ",
			}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.text)
		if err != nil {
			t.Fatalf("%s: DraftRecord: %v", tt.name, err)
		}
		checkDraft(t, tt.text, d)
		var got []string
		for _, c := range d.Record.Claims {
			fs := ""
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok {
					fs += sa.Figure.Text() + " " + sa.Role.String()
				}
			}
			got = append(got, c.Speaker.Who()+" | "+c.Quote+" | "+fs)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) claims (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}
