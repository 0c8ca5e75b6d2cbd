package claims

import "testing"

// TestDraftAndSaid checks that a reported clause followed by "and" and
// another verb of speech in the past with money after it is two claims of
// the same speaker, and that a second clause with no money, or one joined
// by a verb of no speech, stays in the first.
func TestDraftAndSaid(t *testing.T) {
	const lede = "Councils need £40m, says leader\n\nCouncils need an extra £40m next year, the Labour leader has said.\n\n"
	checkSaid(t, []saidCase{
		{"a second statement with money",
			lede + "Tom Price said a 2% rise in council tax would raise £9m and claimed cuts to schools totalled £25m.\n",
			[]said{{"a 2% rise in council tax would raise £9m", "Tom Price", ""},
				{"cuts to schools totalled £25m", "Tom Price", ""}}},
		{"a second statement with no money",
			lede + "Tom Price said a 2% rise in council tax would raise £9m and claimed the plan would fail.\n",
			[]said{{"a 2% rise in council tax would raise £9m and claimed the plan would fail", "Tom Price", ""}}},
		{"a verb of no speech",
			lede + "Tom Price said the council raised £9m and spent £25m on schools.\n",
			[]said{{"the council raised £9m and spent £25m on schools", "Tom Price", ""}}},
	})
}
