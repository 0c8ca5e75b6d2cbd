package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRelativeBodySubject checks that a relative clause whose subject is
// "they" or "it" alone ("…, that they say ‘…’") quotes the body or the
// kind of speakers opening the sentence, and that a person opening it, or a
// kind taken up by "it", is no such subject.
func TestRelativeBodySubject(t *testing.T) {
	type said struct{ Quote, Name, Org string }
	tests := []struct {
		name, article string
		want          []said
	}{
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
	for _, tt := range tests {
		var got []said
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, said{q.claim.Quote, q.claim.Speaker.Name, q.claim.Speaker.Org})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
