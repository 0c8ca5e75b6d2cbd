package claims

import "testing"

// TestQuotationsAndClaimed checks that a reported statement joined by
// "and" to a second verb of speech with no subject of its own is two
// statements of the one speaker, of which one with no money is no claim,
// and that "and" before a word that is no verb of speech joins nothing.
func TestQuotationsAndClaimed(t *testing.T) {
	const lede = "Councils need £40m, says leader\n\nCouncils need an extra £40m next year, the Labour leader has said.\n\n"
	checkSaid(t, []saidCase{
		{"a second statement with money",
			lede + "Tom Price said a 2% rise in council tax would raise £9m and claimed cuts to schools totalled £25m.\n",
			[]said{{"a 2% rise in council tax would raise £9m", "Tom Price", ""},
				{"cuts to schools totalled £25m", "Tom Price", ""}}},
		{"a second statement with no money",
			lede + "Tom Price said a 2% rise in council tax would raise £9m and claimed the plan would fail.\n",
			[]said{{"a 2% rise in council tax would raise £9m", "Tom Price", ""}}},
		{"a verb of no speech",
			lede + "Tom Price said the council raised £9m and spent £25m on schools.\n",
			[]said{{"the council raised £9m and spent £25m on schools", "Tom Price", ""}}},
		{"and claimed", "Jo Hart said the new levy would raise £2 million and claimed the cuts to buses came to £400,000.\n",
			[]said{{"the new levy would raise £2 million", "Jo Hart", ""}, {"the cuts to buses came to £400,000", "Jo Hart", ""}}},
		{"and warned that", "Jo Hart said the fund held £2 million and warned that £500,000 of it would go unspent.\n",
			[]said{{"the fund held £2 million", "Jo Hart", ""}, {"£500,000 of it would go unspent", "Jo Hart", ""}}},
		{"and a noun", "Jo Hart said the fund held £2 million and claims for it were slow.\n",
			[]said{{"the fund held £2 million and claims for it were slow", "Jo Hart", ""}}},
	})
}
