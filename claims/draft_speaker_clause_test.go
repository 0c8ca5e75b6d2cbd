package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestQuotationRelativeClause checks that a relative clause between a
// speaker's name and the verb ("John Todd who represents … said") leaves
// the name the speaker's, and that the clause's own words name no one.
func TestQuotationRelativeClause(t *testing.T) {
	tests := []struct {
		name, article string
		want          []speakerView
	}{
		{"who, with a ward in the clause",
			`Jane Smith who represents Park ward said: "It is welcome news."`,
			[]speakerView{{"It is welcome news.", funding.Person{Name: "Jane Smith"}, "Jane Smith", Explicit}}},
		{"whose, with a body in the clause",
			`John Doe whose group runs the Town Council said "it is far too little".`,
			[]speakerView{{"it is far too little", funding.Person{Name: "John Doe"}, "John Doe", Explicit}}},
		{"the article's own sentence, from chiswickw4-2018",
			`Cllr John Todd who represents Chiswick Homefields ward said, "Of course our Conservative group are delighted to see Hounslow Council receiving £63,252,000 of government funds."`,
			[]speakerView{{"Of course our Conservative group are delighted to see Hounslow Council receiving £63,252,000 of government funds.",
				funding.Person{Name: "John Todd", Role: "Cllr"}, "Cllr John Todd", Explicit}}},
	}
	for _, tt := range tests {
		var got []speakerView
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, speakerView{q.claim.Quote, q.claim.Speaker, tt.article[q.speaker.Start:q.speaker.End], q.sure})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
