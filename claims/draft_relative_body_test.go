package claims

import "testing"

// TestRelativeBodySubject checks that a relative clause whose subject is
// "they" or "it" alone ("…, that they say ‘…’") quotes the body or the
// kind of speakers opening the sentence, and that a person opening it, or a
// kind taken up by "it", is no such subject.
func TestRelativeBodySubject(t *testing.T) {
	tests := []saidCase{
		{"ministers, that they say",
			"Ministers will today inject a further £130m of funding in key capital projects, that they say ‘underlines confidence in Wales’.",
			[]said{{"underlines confidence in Wales", "", "Ministers"}}},
		{"a body, which it says",
			"Kent County Council will spend £5m on roads, which it says “will fix every pothole in the county”.",
			[]said{{"will fix every pothole in the county", "", "Kent County Council"}}},
		{"a person, which they say",
			"Jo Bell will spend £5m on roads, which they say “will fix every pothole in the county”.",
			[]said{{"will fix every pothole in the county", "", ""}}},
		{"ministers, which it says",
			"Ministers will spend £5m on roads, which it says “will fix every pothole in the county”.",
			[]said{{"will fix every pothole in the county", "", ""}}},
	}
	checkSaid(t, tests)
}
