package claims

import "testing"

// TestDraftWeInvest drafts money more than the package's whole that the
// narrative says "we" invest or spend ("as we invest £1 billion in
// modernising services", beside a £52 million package) as a programme of
// its own, and leaves such money no verb of "we" puts as before.
func TestDraftWeInvest(t *testing.T) {
	const lede = "Roads budget\n\nThe county council will be investing an additional £10 million in its roads this year.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "The work will keep the roads safe as we invest £50 million in the network over ten years.\n",
			want: []string{"package £10m", "package £50m"},
		},
		{
			text: lede + "Over the decade we will be spending £80 million on the network.\n",
			want: []string{"package £10m", "package £80m"},
		},
		{
			// The council, not "we": no programme the release puts.
			text: lede + "The work will keep the roads safe as the network needs £50 million over ten years.\n",
			want: []string{"package £10m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
