package claims

import "testing"

// TestDraftAnnouncedReceipt drafts what a sentence that "also" announces
// says a named recipient is to receive ("The minister also announced that
// the Grand Theatre would receive around £4 million …") as the package's
// share, and money named as more ("… will also receive an extra £15
// million …") or announced with no recipient as a package of its own:
// invented articles.
func TestDraftAnnouncedReceipt(t *testing.T) {
	const lede = "Arts money\n\nThe arts budget of over £30 million over the next three years has been hailed as \"good news\" by Arts Minister Jo Smith.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "The minister also announced that the Grand Theatre would receive around £4 million for its repairs.\n",
			want: []string{"package more than £30m over 3 years", "claim about £4m share"},
		},
		{
			text: lede + "The minister also announced that the Grand Theatre will also receive an extra £4 million for its repairs.\n",
			want: []string{"package more than £30m over 3 years", "package £4m", "claim £4m package"},
		},
		{
			text: lede + "The minister also announced around £4 million for theatre repairs.\n",
			want: []string{"package more than £30m over 3 years", "package about £4m", "claim about £4m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
