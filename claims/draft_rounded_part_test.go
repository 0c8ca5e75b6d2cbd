package claims

import "testing"

// TestDraftRoundedPart drafts a lede that gives one recipient's part in
// round words ("Leeds City Council will receive close to an extra £5
// million …"), when a later sentence gives the same recipient the exact
// sum ("… is set to receive £4,969,536") and one between them announces a
// larger sum, as that part, its claim stating the allocation rounded, and
// the announced sum as the headline; with the exact sum another
// recipient's, the lede's sum stays the headline: invented articles.
func TestDraftRoundedPart(t *testing.T) {
	const lede = "Leeds cash\n\nLeeds City Council will receive close to an extra £5 million in emergency funding, the Government has said.\n\n" +
		"The Government has announced £900 million in emergency funding for councils in England.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Leeds City Council is set to receive £4,969,536 in the latest round.\n",
			want: []string{"package £900m; share £4,969,536", "claim £5m share", "claim £900m package"},
		},
		{
			text: lede + "Bradford City Council is set to receive £4,969,536 in the latest round.\n",
			want: []string{"package £5m; share £4,969,536", "package £900m", "claim £5m package", "claim £900m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
