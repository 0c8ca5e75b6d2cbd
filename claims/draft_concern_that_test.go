package claims

import "testing"

// TestQuotationsConcernThat checks that a worry voiced as speech
// ("expressed concern that", "voiced fears that", "raised concerns that")
// reports the clause after "that" as its speaker's statement, and that a
// worry about something ("expressed concern over …") reports none.
func TestQuotationsConcernThat(t *testing.T) {
	checkSaid(t, []saidCase{
		{"expressed concern that", "Green councillor Ruth Cole has expressed concern that £3m for bus stops has been spent on car parks instead.\n",
			[]said{{"£3m for bus stops has been spent on car parks instead", "Ruth Cole", ""}}},
		{"voiced fears that", "Unison voiced fears that the £2m pay fund would run dry by March.\n",
			[]said{{"the £2m pay fund would run dry by March", "", "Unison"}}},
		{"raised concerns that", "Tom Hart raised concerns that only £400,000 of the grant had reached schools.\n",
			[]said{{"only £400,000 of the grant had reached schools", "Tom Hart", ""}}},
		{"a worry about something", "Tom Hart raised concerns over the £2m cut to youth clubs.\n", nil},
	})
}
