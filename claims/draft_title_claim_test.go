package claims

import "testing"

// TestDraftTitleClaim drafts an article whose title names a sum as a claim
// ("£5m cash claim") with the headline the body's announcement gives, not
// the claimed sum, and one whose title names the sum as money with that
// sum as the headline: invented articles.
func TestDraftTitleClaim(t *testing.T) {
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: "Minister doubts £5m extra cash claim\n\nThe Government announced a £40m fund for ferries.\n\nThe Green Party claims the islands will receive an extra £5m of it.\n",
			want: []string{"package £40m; share £5m", "claim £40m package", "claim £5m share"},
		},
		{
			text: "Islands get £5m extra cash\n\nThe Government announced a £40m fund for ferries.\n\nThe Green Party claims the islands will receive an extra £5m of it.\n",
			want: []string{"package £5m", "package £40m", "claim £40m package", "claim £5m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
