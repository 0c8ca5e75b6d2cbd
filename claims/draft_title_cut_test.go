package claims

import "testing"

// TestDraftTitleCut drafts an article whose only figure before the body's
// is the title's, restated by the body as a cut, as a package with no
// headline, and one whose body restates it as money given with it as the
// headline: invented articles.
func TestDraftTitleCut(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Opposition blasts £4 million council cuts\n\nThe county's budget proposals would cut more than £4 million from libraries over two years.\n",
			want: []string{"package "},
		},
		{
			text: "Joy at £4 million library plan\n\nThe county's libraries are to get more than £4 million over two years.\n",
			want: []string{"package more than £4m over 2 years"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
