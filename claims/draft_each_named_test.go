package claims

import "testing"

// TestDraftEachNamed checks that a sum "each" of a list of names just
// before it is each named one's allocation (northernecho-2005), in a
// quotation too, and awarded in the passive; and that it is not without
// "each", nor the givers', nor with the names in another clause or more
// than three words away: invented articles.
func TestDraftEachNamed(t *testing.T) {
	const lede = "Towns get grants\n\nHousing Secretary Jane Smith has announced a £20m fund for town centres.\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string // the allocations' titles and amounts
	}{
		{"will receive each",
			lede + "Leeds and York will receive £2m each.\n",
			[]string{"Leeds £2m", "York £2m"}},
		{"quoted, of each",
			lede + "Cllr Tom Brown said: \"Bids were approved for both Witton Gilbert and Sherburn of £50,000 each. We are pleased.\"\n",
			[]string{"Witton Gilbert £50,000", "Sherburn £50,000"}},
		{"awarded, in the passive",
			lede + "Leeds and York were awarded £2m each.\n",
			[]string{"Leeds £2m", "York £2m"}},
		{"givers",
			lede + "Leeds Council and York Council will give £2m each.\n",
			nil},
		{"no each",
			lede + "Leeds and York will receive £2m.\n",
			[]string{"Leeds and York £2m"}},
		{"another clause",
			lede + "Leeds and York, after years of asking, will receive £2m each.\n",
			nil},
		{"too far",
			lede + "Leeds and York are expected to eventually receive £2m each.\n",
			nil},
	} {
		checkAllocations(t, tc.name, tc.text, tc.want)
	}
}
