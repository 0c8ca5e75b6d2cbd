package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDraftGivenBy checks that the agent after the money of a passive verb
// of giving, whose subject receives it, announces the package and speaks
// the announcing sentence, with a lower-case possessive placing a post
// left out of the role and a name in apposition read as the name; a time
// after "by" and an agent in lower case name no one.
func TestDraftGivenBy(t *testing.T) {
	tests := []struct {
		name, article string
		want          funding.Person
	}{
		{"a post placed by a possessive, and a name after a comma",
			"Twelve youth clubs in Leeds are being given a £300,000 boost by the city’s Police and Crime Commissioner, Jane Ashdown.",
			funding.Person{Name: "Jane Ashdown", Role: "Police and Crime Commissioner"}},
		{"a council",
			"Community groups across the borough are being given £40,000 by Bury Council.",
			funding.Person{Org: "Bury Council"}},
		{"a post before the name",
			"Schools in Bury were handed a £2m grant by Mayor of Greater Manchester Andy Burnham.",
			funding.Person{Name: "Andy Burnham", Role: "Mayor of Greater Manchester"}},
		{"two words naming the money",
			"Six food banks have been allocated £80,000 in grants by Dorset Council.",
			funding.Person{Org: "Dorset Council"}},
		{"a month after by is a time",
			"Ten charities will be awarded £50,000 by March.",
			funding.Person{}},
		{"an agent in lower case",
			"Ten charities have been awarded £50,000 by the end of the year.",
			funding.Person{}},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		if len(d.Record.Packages) == 0 {
			t.Fatalf("%s: DraftRecord(%q) drafted no package", tt.name, tt.article)
		}
		if diff := cmp.Diff(tt.want, d.Record.Packages[0].AnnouncedBy); diff != "" {
			t.Errorf("%s: DraftRecord(%q).Packages[0].AnnouncedBy mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		var speakers []funding.Person
		for _, c := range d.Record.Claims {
			speakers = append(speakers, c.Speaker)
		}
		var want []funding.Person
		if !tt.want.IsZero() {
			want = []funding.Person{tt.want}
		}
		if diff := cmp.Diff(want, speakers); diff != "" {
			t.Errorf("%s: speakers of DraftRecord(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
