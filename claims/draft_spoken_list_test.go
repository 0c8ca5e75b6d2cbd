package claims

import "testing"

// TestDraftSpokenListGoesOn checks that a share a speaker gives in the
// quoted paragraph after one itemising the package ("A further allocation
// of £1.4 million …") is the list's next allocation, its parts up to what
// the headline's words admit (£10.1 million of "£10 million"), and that a
// quoted sum after a paragraph itemising nothing is not.
func TestDraftSpokenListGoesOn(t *testing.T) {
	const lede = "Parks money\n\nThe council has announced £10 million for parks.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the next paragraph of the list",
			lede + "The Leader said: “The money includes £6.3 million for play areas and £2.4 million for new paths.\n\n“A further allocation of £1.4 million for benches in every park, will help.”\n",
			[]string{"play areas £6.3 million", "new paths £2.4 million", "benches in every park £1.4 million"}},
		{"after a paragraph itemising nothing",
			lede + "The Leader said: “The money is very welcome.\n\n“A further allocation of £1.4 million for benches in every park, will help.”\n",
			nil},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.text, tt.want)
	}
}
