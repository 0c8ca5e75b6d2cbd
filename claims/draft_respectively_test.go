package claims

import "testing"

// TestDraftRespectively checks that sums "respectively" closes are each
// the allocation of the recipient in the same place of the list of names
// before them (northamptonchron-2016), in a reported statement too; and
// that they are not without the word, nor with a list of names longer
// than the run of sums: invented articles.
func TestDraftRespectively(t *testing.T) {
	const lede = "Councils get grant\n\nHousing Secretary Jane Smith has announced a £50m fund for hard-hit councils.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // the allocations' titles and amounts
	}{
		{"two names, two sums",
			lede + "The opposition says Leeds and Bradford, which are to receive £5.5m and £4m respectively, are not the hardest hit.\n",
			[]string{"Leeds £5.5m", "Bradford £4m"}},
		{"three names, three sums",
			lede + "The fund gives the most to Leeds, York and Hull, which get £5m, £3m and £2m respectively.\n",
			[]string{"Leeds £5m", "York £3m", "Hull £2m"}},
		{"no respectively",
			lede + "The opposition says Leeds and Bradford, which are to receive £5.5m and £4m, are not the hardest hit.\n",
			nil},
		{"more names than sums",
			lede + "The opposition says Leeds, York and Bradford, which are to receive £5.5m and £4m respectively, are not the hardest hit.\n",
			nil},
	} {
		checkAllocations(t, tc.name, tc.text, tc.want)
	}
}
