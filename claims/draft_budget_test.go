package claims

import "testing"

// TestDraftCouncilBudget drafts a council's budget release: what a council
// tax band pays is no allocation; money "into" what it pays for, straight
// after the figure or after "investment", is a part; of two figures of the
// announcing sentence, the one named as a programme's is the headline,
// though the first has no role; a cut in the title is no headline; and
// money announced before is a package of its own: invented articles.
func TestDraftCouncilBudget(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Budget approved\n\nThe council has announced £3m for the town's roads.\n\n" +
				"Council tax will rise by £1.20 a week for a Band D home (80p for Band A).\n",
			want: []string{"package £3m", "claim £3m package"},
		},
		{
			text: "Budget approved\n\nThe budget includes a range of investments, most notably over £2m into adult social care and £1m into libraries, " +
				"along with a capital programme of £30m for new schools.\n\nThis includes £4m investment into new council housing.\n",
			want: []string{"package £30m; share more than £2m; share £1m; share £4m"},
		},
		{
			text: "Anytown Council faces £20 million further cuts\n\nThe council's leader warned of hard choices ahead for the town.\n",
			want: []string{"package "},
		},
		{
			text: "Help for councils\n\nThe minister has agreed to give councils an extra £20m.\n\n" +
				"The government previously announced £90m to freeze council tax.\n",
			want: []string{"package £20m", "package £90m", "claim £20m package", "claim £90m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
