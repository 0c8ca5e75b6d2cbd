package claims

import "testing"

// TestQuotationsAndClaimed checks that a reported statement joined by
// "and" to a second verb of speech with no subject of its own is two
// statements of the one speaker, and that "and" before a word that is no
// verb of speech joins nothing.
func TestQuotationsAndClaimed(t *testing.T) {
	checkSaid(t, []saidCase{
		{"and claimed", "Jo Hart said the new levy would raise £2 million and claimed the cuts to buses came to £400,000.\n",
			[]said{{"the new levy would raise £2 million", "Jo Hart", ""}, {"the cuts to buses came to £400,000", "Jo Hart", ""}}},
		{"and warned that", "Jo Hart said the fund held £2 million and warned that £500,000 of it would go unspent.\n",
			[]said{{"the fund held £2 million", "Jo Hart", ""}, {"£500,000 of it would go unspent", "Jo Hart", ""}}},
		{"and a noun", "Jo Hart said the fund held £2 million and claims for it were slow.\n",
			[]said{{"the fund held £2 million and claims for it were slow", "Jo Hart", ""}}},
	})
}
