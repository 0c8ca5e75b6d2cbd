package claims

import "testing"

// TestDraftGapBetween drafts a shortfall a speaker names that is exactly
// the difference between the package's headline and another level the
// headline's sentence states as the cut between them, a change, and one
// that is not, or that only a sum elsewhere differs from the headline by,
// as money lacking, needed: invented articles.
func TestDraftGapBetween(t *testing.T) {
	const lede = "Farm budget cut\n\nThe farming budget was expected to be £337 million, but next year's budget will now be £242 million.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Union president Jo Bloggs said: “The £95 million shortfall is a bitter blow for farmers.”\n",
			want: []string{"package £242m", "claim £95m change"},
		},
		{
			text: lede + "Union president Jo Bloggs said: “The £60 million shortfall is a bitter blow for farmers.”\n",
			want: []string{"package £242m", "claim £60m needed"},
		},
		{
			text: "Farm budget\n\nNext year's farming budget will be £242 million.\n\nThe fund for rural roads is £337 million.\n\n" +
				"Union president Jo Bloggs said: “The £95 million shortfall is a bitter blow for farmers.”\n",
			want: []string{"package £242m", "claim £95m needed"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
