package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftFarBelowPackage checks the role drafted for a quoted figure the
// words make the package's: a tenth of the headline or less is other
// money, not an understated statement of the package, unless it is money
// for a shorter term (a week's), while a figure nearer the headline stays
// the package's, to be weighed against it.
func TestDraftFarBelowPackage(t *testing.T) {
	const lead = "Arts fund\n\nCulture Secretary Jane Hutt has announced a £1.4bn fund for the arts.\n\n"
	tests := []struct {
		quote string
		want  map[string]Role // each figure's text and its role
	}{
		{"Tom Price said: “This is made worse by the removal of £60m of annual arts funding.”",
			map[string]Role{"£1.4bn": RolePackage, "£60m": RoleOther}},
		{"Tom Price said: “This is made worse by the removal of £1.2bn of annual arts funding.”",
			map[string]Role{"£1.4bn": RolePackage, "£1.2bn": RolePackage}},
		{"Tom Price said: “The fund gives just £3m a week to the arts.”",
			map[string]Role{"£1.4bn": RolePackage, "£3m a week": RolePackage}},
		{"Tom Price said: “It is investing £3m a week in the arts.”",
			map[string]Role{"£1.4bn": RolePackage, "£3m a week": RolePackage}},
	}
	for _, tt := range tests {
		article := lead + tt.quote
		d := checkedDraft(t, article)
		got := map[string]Role{}
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok {
					got[sa.Figure.Text()] = sa.Role
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("DraftRecord(%q): roles mismatch (-want +got):\n%s", article, diff)
		}
	}
}
