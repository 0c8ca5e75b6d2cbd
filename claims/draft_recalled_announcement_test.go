package claims

import "testing"

// TestDraftRecalledAnnouncement checks that a release's sentence naming
// its announcer only as the agent of "announcement" ("… forms part of a £9
// million national announcement by Roads Minister Jo Hart") is no claim of
// the announcer's, the release's opening sentence stating money being its
// own claim instead, and that a sentence in which the announcer announces
// stays the announcer's claim.
func TestDraftRecalledAnnouncement(t *testing.T) {
	const quote = "\n\nCouncillor Ann Lowe said:\n\n“It is welcome.”\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a noun phrase recalling the announcement",
			"Harbour gets £300,000\n\nPorthleven Harbour will receive £300,000 from the Government to repair its wall.\n\nThe money forms part of a £9 million national funding announcement by Roads Minister Jo Hart for coastal works." + quote,
			[]string{"unknown speaker | Porthleven Harbour will receive £300,000 from the Government to repair its wall.",
				"Ann Lowe | It is welcome."}},
		{"the announcer announcing",
			"Harbour wall to be mended\n\nRoads Minister Jo Hart announced a £9 million national fund for coastal works." + quote,
			[]string{"Jo Hart | Roads Minister Jo Hart announced a £9 million national fund for coastal works.",
				"Ann Lowe | It is welcome."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
