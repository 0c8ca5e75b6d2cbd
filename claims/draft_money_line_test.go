package claims

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestMoneyLine checks that a release's headline-style line opening on
// its money is not drafted as the release's own claim, where a sentence
// with a subject and a verb stating the same money is.
func TestMoneyLine(t *testing.T) {
	const said = "Mr Jones said:\n\n“This will help.”\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a line opening on money",
			"Grants for charities\n\nMore than £60 million for pilot projects across the country.\n\n" + said,
			[]string{"This will help."}},
		{"a sentence stating money",
			"Grants for charities\n\nThe agreed budget includes £60 million for pilot projects across the country.\n\n" + said,
			[]string{"The agreed budget includes £60 million for pilot projects across the country.", "This will help."}},
	}
	for _, tt := range tests {
		d, err := DraftRecordFrom(tt.article, funding.Source{Publisher: "Scottish Government"})
		if err != nil {
			t.Fatalf("%s: DraftRecordFrom: %v", tt.name, err)
		}
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecordFrom(%q) quotes (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
