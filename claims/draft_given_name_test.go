package claims

import "testing"

// TestGivenNameSpeaker checks that a given name alone before a verb of
// speech names the one person given in full with it ("Andrew said" after
// "Andrew Percy"), and that a given name two people share, or one no full
// name opens, names no person.
func TestGivenNameSpeaker(t *testing.T) {
	tests := []saidCase{
		{"a given name after the full name",
			"Local MP, Andrew Percy, has welcomed the news.\n\nCommenting, Andrew said: “This is great news for the town.”",
			[]said{{"This is great news for the town.", "Andrew Percy", ""}}},
		{"a given name after a post and the full name",
			"Council leader Susan Hart spoke today.\n\n“The money is welcome,” Susan said.",
			[]said{{"The money is welcome", "Susan Hart", ""}}},
		{"a given name two people share",
			"Andrew Percy spoke today.\n\nThen the MP Andrew Jones spoke.\n\nCommenting, Andrew said: “This is great news for the town.”",
			[]said{{"This is great news for the town.", "", "Andrew"}}},
	}
	checkSaid(t, tests)
}
