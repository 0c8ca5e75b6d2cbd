package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRelativeNameSpeaker checks that a relative clause set off by a
// comma whose subject is a name ("…, which Mr Jones blamed on a “…”") is
// that person's words, as one whose subject is a pronoun is, and that a
// quotation in the clause it refers to, before the relative pronoun, is
// no one's (a title in ‘…’ is then no claim); an aside of more than a
// name ("The LGA, which represents councils, said") leaves the subject
// before it the speaker.
func TestRelativeNameSpeaker(t *testing.T) {
	const jones = "Council leader Bob Jones spoke.\n\n"
	type said struct{ Quote, Speaker string }
	tests := []struct {
		name, article string
		want          []said
	}{
		{"which and a name, blamed on",
			jones + "The council's grant will fall by 2 per cent, which Mr Jones blamed on a “cut imposed by ministers”.",
			[]said{{"cut imposed by ministers", "Bob Jones"}}},
		{"which and a name, a title before it no claim",
			jones + "The council’s ‘Green Streets Plan’ will cost less this year, which Bob Jones praised as a “sensible step for the town”.",
			[]said{{"sensible step for the town", "Bob Jones"}}},
		{"which and a pronoun, a title before it no claim",
			"Sir John Doe spoke.\n\nThe ‘Better Roads Fund’ will close, which he described as a “terrible mistake for the county”.",
			[]said{{"terrible mistake for the county", "Sir John Doe"}}},
		{"an aside of more than a name",
			"The LGA, which represents councils, said the sum was “far too little for the work”.",
			[]said{{"far too little for the work", ""}}},
	}
	for _, tt := range tests {
		var got []said
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, said{q.claim.Quote, q.claim.Speaker.Name})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
