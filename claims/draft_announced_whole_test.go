package claims

import "testing"

// TestAnnouncedWhole checks that an announcing sentence with quotations
// inside what it announces is one claim, its subject's, from its start to
// the end of the announced clause, quotations and all, and that the
// quotations are no claims of their own; a verb of speech before a
// quotation, or no money outside the marks, leaves the quotation a claim.
func TestAnnouncedWhole(t *testing.T) {
	tests := []saidCase{
		{"tabled, a clause after a dash and but",
			"The Welsh Government has tabled a £6.4 billion offer to councils to “protect front-line services” — but Plaid Cymru warned today it could mean job cuts.",
			[]said{{"The Welsh Government has tabled a £6.4 billion offer to councils to “protect front-line services”", "", "Welsh Government"}}},
		{"announced, a name in marks inside",
			"Local Government Secretary Greg Clark announced that the hardest hit councils would get £300m of “transitional grant” funding.",
			[]said{{"Local Government Secretary Greg Clark announced that the hardest hit councils would get £300m of “transitional grant” funding", "Greg Clark", ""}}},
		{"a verb of speech before the quotation",
			"The Welsh Government has announced £130m for roads, which it says “shows confidence in Wales and its future”.",
			[]said{{"£130m for roads", "", "Welsh Government"}, {"shows confidence in Wales and its future", "", "Welsh Government"}}},
		{"no money outside the marks",
			"The Welsh Government has announced a plan to “protect front-line services for every council”.",
			[]said{{"protect front-line services for every council", "", "Welsh Government"}}},
	}
	checkSaid(t, tests)
}
