package claims

import "testing"

// TestQuotationsEmerged checks that news set beside a reported statement
// by "as it emerged", "after it was revealed" and the like is the
// narrator's: the reported clause ends before it, so a welcome of a thing
// with the money only in that news is no claim, while money in the
// clause before it stays the speaker's.
func TestQuotationsEmerged(t *testing.T) {
	checkQuotes(t, []quotesCase{
		{"Local MP Jo Hart has welcomed the investment in local schools, as it emerged that Leeds had been granted an additional £2m.\n",
			nil},
		{"Tom Reid said the council would spend £4m on roads, after it was revealed that Leeds had been granted £2m.\n",
			[]string{"the council would spend £4m on roads"}},
		{"Tom Reid said the council would spend £4m on roads as it became clear that the fund was empty.\n",
			[]string{"the council would spend £4m on roads"}},
		{"Tom Reid said the £4m had emerged as the council's best hope.\n",
			[]string{"the £4m had emerged as the council's best hope"}},
	})
}
