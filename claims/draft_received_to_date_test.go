package claims

import "testing"

// TestDraftReceivedToDate drafts the money a recipient's part of the
// package brings its total to, said as what it "has received … to date"
// after the part in the same sentence, as a package of its own, as "brings
// its total to" is; money received to date with no part before it, or
// with other words after it, is read as the allocation rules read it, as
// it was before: invented articles.
func TestDraftReceivedToDate(t *testing.T) {
	const lede = "The Government has announced £900 million of emergency grants for councils in England.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "Leeds City Council is set to receive £4,969,536 in the latest round, meaning it has received £20,725,839 to date.\n",
			want: []string{"package £900m; share £4,969,536", "package £20,725,839", "claim £900m package"},
		},
		{
			text: lede + "Leeds City Council is set to receive £4,969,536, meaning it has received £20,725,839 so far.\n",
			want: []string{"package £900m; share £4,969,536", "package £20,725,839", "claim £900m package"},
		},
		{
			text: lede + "Leeds City Council has received £20,725,839 to date.\n",
			want: []string{"package £900m; share £20,725,839", "claim £900m package"},
		},
		{
			text: lede + "Leeds City Council is set to receive £4,969,536, meaning it has received £20,725,839 from the Government.\n",
			want: []string{"package £900m; share £4,969,536; share £20,725,839", "claim £900m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
