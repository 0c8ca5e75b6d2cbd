package claims

import "testing"

// TestDraftAppliedFor drafts a plain sum applied or bid for ("can then be
// used to apply for a full grant of £3.85 million") as money sought apart
// from the package, a package of its own, and leaves a grant of "up to" a
// sum that groups may apply for, what each may get, as before.
func TestDraftAppliedFor(t *testing.T) {
	const lede = "Museum award\n\nThe museum trust will be investing an additional £100,000 in its galleries this year.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "The plans will then be used to apply for a full grant of £2 million to rebuild the hall.\n",
			want: []string{"package £100,000", "package £2m"},
		},
		{
			text: lede + "The trust will next year bid for £500,000 towards a new wing.\n",
			want: []string{"package £100,000", "package £500,000"},
		},
		{
			text: lede + "Local groups can apply for grants of up to £5,000 to run workshops.\n",
			want: []string{"package £100,000"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
