package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftAnotherFrom checks that money opening a sentence with
// "Another" or "A further" and "from" a funder the announcing sentence
// does not name is a package of its own, that funder's, while more from
// the package's own funder, or more with no funder named, is not.
func TestDraftAnotherFrom(t *testing.T) {
	const lede = "Grants for Millbrook theatre\n\nA £40,000 grant has been awarded by the Arts Council to the Millbrook Theatre.\n\n"
	tests := []struct {
		name, article string
		headlines     []string
		funders       []string // of each package after the first
	}{
		{"another funder",
			lede + "Another £25,000 from the Wessex Heritage Trust will go towards new seating.\n",
			[]string{"£40,000", "£25,000"},
			[]string{"Wessex Heritage Trust"}},
		{"the package's own funder",
			lede + "A further £25,000 from the Arts Council will go towards new seating.\n",
			[]string{"£40,000"},
			nil},
		{"no funder named",
			lede + "Another £25,000 will go towards new seating.\n",
			[]string{"£40,000"},
			nil},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var heads, funders []string
		for i, p := range d.Record.Packages {
			heads = append(heads, p.Headline.Text())
			if i > 0 {
				funders = append(funders, p.Funder.Name)
			}
		}
		if diff := cmp.Diff(tt.headlines, heads); diff != "" {
			t.Errorf("%s: headlines of DraftRecord(%q) (-want +got):\n%s", tt.name, tt.article, diff)
		}
		if diff := cmp.Diff(tt.funders, funders); diff != "" {
			t.Errorf("%s: funders of DraftRecord(%q) (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
