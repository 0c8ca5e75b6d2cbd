package claims

import "testing"

// TestDraftRelativeAfter drafts a sum a short relative clause describes
// before the verb that gives it ("Just over £3,000 that was unallocated is
// available through the year for …") as a part of the package, as it is
// without the clause, and leaves a sum whose words after it say neither
// whom nor what it is for unplaced: invented articles.
func TestDraftRelativeAfter(t *testing.T) {
	const lede = "The council has announced £90,000 of grants for the town's clubs.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Just over £3,000 that was unallocated is available through the year for projects on public health.\n",
			want: []string{"package £90,000; share more than £3,000", "claim £90,000 package"},
		},
		{
			text: lede + "The £5,000 which is left over will be held in the year's reserve at the town hall.\n",
			want: []string{"package £90,000", "claim £90,000 package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
