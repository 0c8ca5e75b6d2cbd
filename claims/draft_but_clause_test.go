package claims

import "testing"

// TestQuotationsButClause checks that a clause after " – but " or ", but
// " with a speaker and a verb of its own is that speaker's, cut from the
// statement before it, and that "but" with no speaker after it leaves the
// statement whole.
func TestQuotationsButClause(t *testing.T) {
	checkSaid(t, []saidCase{
		{"a dash and but", "Tom Reid said the buses needed £2m – but Ruth Cole said only £500,000 was left.\n",
			[]said{{"the buses needed £2m", "Tom Reid", ""}, {"only £500,000 was left", "Ruth Cole", ""}}},
		// A call is the narrator's account (see callsFor), no statement;
		// the announcement after "but" is the council's all the same.
		{"a call, and an announcement after but", "Tom Reid called for £2m for buses, but the council announced £500,000 for trains.\n",
			[]said{{"the council announced £500,000 for trains.", "", "council"}}},
		{"but with no speaker", "Tom Reid said the buses needed £2m, but the trains needed more.\n",
			[]said{{"the buses needed £2m, but the trains needed more", "Tom Reid", ""}}},
	})
}
