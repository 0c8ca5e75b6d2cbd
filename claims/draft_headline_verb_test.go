package claims

import "testing"

// TestQuotationsLongTitle checks that a first line of more than 120 bytes
// with no closing punctuation is a title, no claim, when it reports speech
// in a headline's simple present, and a lede that lost its full stop when
// it reports speech as prose does, after an auxiliary or in the past.
func TestQuotationsLongTitle(t *testing.T) {
	const body = "\nThe county will get £2m less next year than it had been told it would, said council leader Ann Lowe.\n"
	checkSaid(t, []saidCase{
		{"a headline's present", "Council leader warns that the county's grant from the Government will be £2 million smaller than it had been told it would be" + body,
			[]said{{"The county will get £2m less next year than it had been told it would", "Ann Lowe", ""}}},
		{"a lede after an auxiliary", "The county's council leader has claimed that its grant from the Government will be £2 million smaller than it had been told\n" + body,
			[]said{{"its grant from the Government will be £2 million smaller than it had been told", "", "county's council leader"},
				{"The county will get £2m less next year than it had been told it would", "Ann Lowe", ""}}},
	})
}
