package claims

import "testing"

// TestDraftReceivedBracketed drafts a figure alone in brackets after money
// a verb of receiving names ("the Trust has been successful in receiving
// the funding for year one (£1.87 million)") as a part of the package,
// the clause's subject its recipient, and leaves a bracketed figure after
// no verb of receiving as before.
func TestDraftReceivedBracketed(t *testing.T) {
	const lede = "Clinics fund\n\nThe government has announced a £20m fund for new clinics.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "As part of the fund, the Northshire Trust has been successful in receiving the funding for its first year (£1.5 million).\n",
			want: []string{"package £20m; share £1.5m", "claim £20m package"},
		},
		{
			text: lede + "The Northshire Trust received a grant for two clinics (£2 million) last week.\n",
			want: []string{"package £20m; share £2m", "claim £20m package"},
		},
		{
			text: lede + "As part of the fund, the Northshire Trust has drawn up plans for its first year (£1.5 million).\n",
			want: []string{"package £20m", "claim £20m package"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
