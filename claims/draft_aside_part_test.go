package claims

import "testing"

// TestDraftAsidePart drafts a figure that an aside in brackets opens with
// "including", straight after money drafted as a package of its own
// ("previous awards of £440,579 from … (including £47,909 match funding
// from the Council)"), as a part of that package, and a bracketed figure
// with no "including" as before.
func TestDraftAsidePart(t *testing.T) {
	const lede = "Museum award\n\nThe museum trust will be investing an additional £100,000 in its galleries this year.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "This follows previous grants of £60,000 from the Arts Fund (including £5,000 match funding from the trust) and £30,000 from the Heritage Fund.\n",
			want: []string{"package £100,000", "package £60,000; share £5,000", "package £30,000"},
		},
		{
			text: lede + "This follows previous grants of £60,000 from the Arts Fund (including £5,000 match funding from the trust).\n",
			want: []string{"package £100,000", "package £60,000; share £5,000"},
		},
		{
			text: lede + "This follows previous grants of £60,000 from the Arts Fund (£5,000 of it from the trust).\n",
			want: []string{"package £100,000", "package £60,000"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
