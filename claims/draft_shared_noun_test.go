package claims

import "testing"

// TestDraftSharedNoun checks that a pair of sums whose funding noun is
// written once, after the second ("£3.1 million revenue and £0.9 million
// capital funding"), drafts the first with the noun too, and that a word
// after the first sum that leads to no such pair gives it no title.
func TestDraftSharedNoun(t *testing.T) {
	const lede = "Parks money\n\nThe Minister has announced £4 million for parks.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the noun written once for both",
			lede + "The Minister said: “The allocation includes £3.1 million revenue and £0.9 million capital funding, which will help.”\n",
			[]string{"revenue funding £3.1 million", "capital funding £0.9 million"}},
		{"no funding noun after the second",
			lede + "The Minister said: “The allocation includes £3.1 million revenue and £0.9 million for capital works, which will help.”\n",
			[]string{"capital works £0.9 million"}},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.text, tt.want)
	}
}
