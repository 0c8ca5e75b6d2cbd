package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestLedeVenue checks that a news story's venue named by its kind ("the
// venue said", "the theatre said") is the venue whose name opens its lede
// as the subject; a lede opening on no venue's name leaves the words with
// no speaker, and another kind of noun is left as it was.
func TestLedeVenue(t *testing.T) {
	const lede = "Title\nBuxton Opera House has received a grant of more than £174,000 from the Heritage Fund.\n"
	const ledeClaim = "Buxton Opera House | Buxton Opera House has received a grant of more than £174,000 from the Heritage Fund."
	tests := []struct {
		text string
		want []string // "speaker | quote"
	}{
		{lede + "\"This significant funding is a crucial first step,\" the venue said in a statement.\n",
			[]string{ledeClaim, "Buxton Opera House | This significant funding is a crucial first step"}},
		{lede + "\"These studies will help us,\" the theatre said.\n",
			[]string{ledeClaim, "Buxton Opera House | These studies will help us"}},
		{"Title\nThe Heritage Fund has given Buxton Opera House a grant of more than £174,000.\n\"These studies will help us,\" the venue said.\n",
			[]string{"unknown speaker | These studies will help us"}},
		// Another kind of noun is a body of that name, as before.
		{lede + "\"These studies will help us,\" the charity said.\n",
			[]string{ledeClaim, "charity | These studies will help us"}},
	}
	for _, tt := range tests {
		d, err := DraftRecordFrom(tt.text, funding.Source{URL: "https://www.thestage.co.uk/news/x", Publisher: "The Stage"})
		if err != nil {
			t.Fatalf("DraftRecordFrom(%q): %v", tt.text, err)
		}
		checkDraft(t, tt.text, d)
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.Who()+" | "+c.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("DraftRecordFrom(%q) claims (-want +got):\n%s", tt.text, diff)
		}
	}
}
