package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftRiseOnLevel checks that further money a speaker states beside
// a headline given as the level money rises to is the package's change,
// and that it is no change when the headline is no such level (then it
// is the announcer's other money).
func TestDraftRiseOnLevel(t *testing.T) {
	const quote = "\n\nShe added: 'An additional £40m is being provided to help schools meet local needs.'\n"
	type stated struct{ Figure, Role string }
	tests := []struct {
		name, article string
		want          []stated
	}{
		{"a rise to the headline's level",
			"Schools to get £2bn\n\nFunding for schools in Wales is to rise to £2bn over the next year, Education Secretary Jane Smith has announced." + quote,
			[]stated{{"£2bn over the next year", "level"}, {"£40m", "change"}}},
		{"a headline given as money, no level",
			"Schools to get £2bn\n\nSchools in Wales will get £2bn over the next year, Education Secretary Jane Smith has announced." + quote,
			[]stated{{"£2bn over the next year", "package"}, {"£40m", "other"}}},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var got []stated
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok {
					got = append(got, stated{sa.Figure.Text(), sa.Role.String()})
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) stated amounts mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
