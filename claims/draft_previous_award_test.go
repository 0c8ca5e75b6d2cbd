package claims

import "testing"

// TestDraftPreviousAward drafts money named as a previous award or grant
// ("This funding follows previous awards of £440,579 from the
// government’s Community Renewal Fund") as money given apart from the
// package, a package of its own, and money with no word placing it before
// the package as before.
func TestDraftPreviousAward(t *testing.T) {
	const lede = "Museum award\n\nThe museum trust will be investing an additional £100,000 in its galleries this year.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "The galleries have had previous grants of £60,000 from the Arts Fund.\n",
			want: []string{"package £100,000", "package £60,000"},
		},
		{
			text: lede + "The trust thanked the Arts Fund for its previous £25,000 grant.\n",
			want: []string{"package £100,000", "package £25,000"},
		},
		{
			text: lede + "The galleries have had grants of £60,000 from the Arts Fund.\n",
			want: []string{"package £100,000"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
