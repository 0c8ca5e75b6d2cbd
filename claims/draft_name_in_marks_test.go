package claims

import "testing"

// TestNameInMarks checks that one capitalised word in marks after a
// preposition, inside a speaker's statement, is a name and no quotation,
// and that after "as" it is still the speaker's words.
func TestNameInMarks(t *testing.T) {
	tests := []saidCase{
		{"a report on a name",
			"Jo Bell said the £5m came just a day after the report on 'Partygate' was published.",
			[]said{{"the £5m came just a day after the report on 'Partygate' was published", "Jo Bell", ""}}},
		{"a capital word after as",
			"Jo Bell described the £5m grant as “Dickensian”.",
			[]said{{"Dickensian", "Jo Bell", ""}}},
		{"two words after on, a quotation",
			"Jo Bell said the report on “shocking failures” cost £5m.",
			[]said{{"the report on “shocking failures” cost £5m", "Jo Bell", ""}, {"shocking failures", "Jo Bell", ""}}},
	}
	checkSaid(t, tests)
}
