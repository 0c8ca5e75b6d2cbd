package claims

import "testing"

// TestDraftRemainderPart drafts a figure its sentence names only by how it
// stands to the whole, what is left of it ("the remaining £50m") or a
// share set beside it ("Most of this - £150m -"), as a part of the
// package, and not a quantity of other money, the whole again ("All of
// it") or a figure its dash does not close on: invented articles.
func TestDraftRemainderPart(t *testing.T) {
	const lede = "The minister has announced £90m for the county's roads.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Most of this - £60m - will be added to the resurfacing budget. Details of the remaining £30m will follow next month.\n",
			want: []string{"package £90m; share £60m; share £30m", "claim £90m package"},
		},
		{
			text: lede + "Half of it, £45m, is to be added to existing budgets.\n",
			want: []string{"package £90m; share £45m", "claim £90m package"},
		},
		{
			text: lede + "All of it, £90m, is to be added to existing budgets.\n",
			want: []string{"package £90m", "claim £90m package"},
		},
		{
			text: lede + "Most of this - £60m will be added later.\n",
			want: []string{"package £90m", "claim £90m package"},
		},
		{
			// More than the whole is no part of it.
			text: lede + "Plans for the remaining £120m are not known.\n",
			want: []string{"package £90m", "claim £90m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
