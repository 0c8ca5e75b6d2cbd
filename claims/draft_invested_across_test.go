package claims

import "testing"

// TestDraftInvestedAcross drafts money "invested" or "spent" across what
// follows ("Another £6.5 million will be invested across the wider
// justice system") as a part for it, as money allocated or shared across
// is.
func TestDraftInvestedAcross(t *testing.T) {
	const lede = "Services budget\n\nThe county council will be investing an additional £10 million in its services this year.\n\n"
	for i, tc := range []struct {
		text string
		want []string
	}{
		{
			text: lede + "An extra £4 million will be spent on libraries this year.\n\nAnother £3 million will be invested across the county’s care homes.\n",
			want: []string{"package £10m; share £4m; share £3m"},
		},
		{
			text: lede + "An extra £4 million will be spent on libraries this year.\n\nAnother £3 million will be spent across the county’s care homes.\n",
			want: []string{"package £10m; share £4m; share £3m"},
		},
	} {
		checkMoney(t, i, tc.text, tc.want)
	}
}
