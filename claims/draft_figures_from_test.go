package claims

import "testing"

// TestQuotationsFiguresFrom checks that a statement "according to new
// figures", or one whose subject is the figures or the data ("The data
// suggests …"), is the claim of the body the article elsewhere says the
// figures are from ("The figures from the Bus Users Alliance …"), and that
// with no such body named it is no one's.
func TestQuotationsFiguresFrom(t *testing.T) {
	checkSaid(t, []saidCase{
		{"the body named after", "Bus routes in the county could lose £2m next year, according to new figures.\n\nThe figures from the Bus Users Alliance, a passenger group, cover every route.\n",
			[]said{{"Bus routes in the county could lose £2m next year", "", "Bus Users Alliance"}}},
		{"the body named before", "The latest data published by Transport Focus covers every route.\n\nBus routes could lose £2m next year, according to the latest data.\n",
			[]said{{"Bus routes could lose £2m next year", "", "Transport Focus"}}},
		{"no body named", "Bus routes in the county could lose £2m next year, according to new figures.\n", nil},
		// The document as the subject of a verb of finding, by another of
		// the names of numbers.
		{"the data suggests", "The figures from the Bus Users Alliance cover every route.\n\nThe data suggests 30 of 40 routes will lose £2m.\n",
			[]said{{"30 of 40 routes will lose £2m", "", "Bus Users Alliance"}}},
		{"the report found, with no body named", "The report found 30 of 40 routes will lose £2m.\n", nil},
	})
}
