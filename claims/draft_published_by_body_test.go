package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestPublishedByBody checks that a release a public body publishes makes
// its own sentence announcing money its claim even when it sets its
// quotations with no "X said:" line, and that a news outlet's article
// does not.
func TestPublishedByBody(t *testing.T) {
	const text = "Safer streets\n\nPolice forces across England will receive £23.5 million to make streets safer.\n\n" +
		"The Minister, Jo Bell, said: “This will help.”\n"
	tests := []struct {
		name, publisher string
		want            []string
	}{
		{"a public body", "Home Office", []string{
			"Home Office | Police forces across England will receive £23.5 million to make streets safer.",
			"Jo Bell | This will help.",
		}},
		{"a news outlet", "The Penford Post", []string{"Jo Bell | This will help."}},
	}
	for _, tt := range tests {
		d, err := DraftRecordFrom(text, funding.Source{Publisher: tt.publisher})
		if err != nil {
			t.Fatalf("%s: DraftRecordFrom: %v", tt.name, err)
		}
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Speaker.Who()+" | "+c.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecordFrom(%q) claims (-want +got):\n%s", tt.name, text, diff)
		}
	}
}
