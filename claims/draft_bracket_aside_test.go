package claims

import "testing"

// TestDraftListPastAside drafts the next item of a list of money given
// apart from the package as a package of its own past an aside in
// brackets with a figure of its own between them ("previous awards of
// £440,579 from … (including £47,909 match funding from the Council) and
// £750,000 from Arts Council England"), as it does with no aside.
func TestDraftListPastAside(t *testing.T) {
	const lede = "Museum award\n\nThe museum trust will be investing an additional £100,000 in its galleries this year.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "This follows previous grants of £60,000 from the Arts Fund (£5,000 of it from the trust) and £30,000 from the Heritage Fund.\n",
			want: []string{"package £100,000", "package £60,000", "package £30,000"},
		},
		{
			text: lede + "This follows previous grants of £60,000 from the Arts Fund and £30,000 from the Heritage Fund.\n",
			want: []string{"package £100,000", "package £60,000", "package £30,000"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
