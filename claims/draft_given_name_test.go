package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGivenNameSpeaker checks that a given name alone before a verb of
// speech names the one person given in full with it ("Andrew said" after
// "Andrew Percy"), and that a given name two people share, or one no full
// name opens, names no person.
func TestGivenNameSpeaker(t *testing.T) {
	type said struct{ Quote, Speaker, Org string }
	tests := []struct {
		name, article string
		want          []said
	}{
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
