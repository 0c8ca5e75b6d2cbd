package claims

import "testing"

// TestDraftRoundWorth checks that a round of the fund "worth" a sum less
// than the whole is its allocation, titled from the round's ordinal, and
// that a sum "worth" with no round noun before it is not read so.
func TestDraftRoundWorth(t *testing.T) {
	const lede = "Growth fund opens\n\nA new growth fund will distribute £1bn to businesses across the region.\n\n"
	tests := []struct {
		name, article string
		want          []string // as checkAllocations gives them
	}{
		{"a round worth a part",
			lede + "Ten firms were turned away in the first round of grants worth £300m.\n",
			[]string{"first round of grants £300m"}},
		{"a tranche worth a part",
			lede + "Ten firms were turned away in a tranche worth £300m.\n",
			[]string{"tranche £300m"}},
		{"no round",
			lede + "Ten firms were turned away from grants worth £300m.\n",
			nil},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.article, tt.want)
	}
}
