package claims

import "testing"

// TestDraftLeftOverNoHeadline drafts an article that announces no money
// and whose first figure is money left over or a cost (obantimes-2017: "a
// budget surplus of £2.893 million") as a package with no headline, as a
// cut first is, and one whose first figure is money the narrative gives
// as the headline still: invented articles.
func TestDraftLeftOverNoHeadline(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Budget day for the council\n\nThe council's accounts show a surplus of £1.5 million ahead of the vote.\n",
			want: []string{"package "},
		},
		{
			text: "Budget day for the council\n\nThe new library will cost £1.5 million to run.\n",
			want: []string{"package "},
		},
		{
			text: "Budget day for the council\n\nThe county's libraries are to get £1.5 million next year.\n",
			want: []string{"package £1.5m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
