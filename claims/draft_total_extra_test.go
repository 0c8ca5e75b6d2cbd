package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftTotalExtra checks that "a total of" money "in additional
// funding", less than the package's whole, is stated as the package's
// change (thecourier-2021); and that such a total equal to the whole, or
// not said to be additional, is not: invented articles.
func TestDraftTotalExtra(t *testing.T) {
	const lede = "Council settlement\n\nFinance Secretary Jane Smith has announced a £2 billion settlement for councils.\n\n"
	type stated struct{ Figure, Role string }
	for _, tc := range []struct {
		name, text string
		want       []stated
	}{
		{"less than the whole",
			lede + "There will be a total of £300 million in additional funding for services, she said.\n",
			[]stated{{"£2 billion", "package"}, {"£300 million", "change"}}},
		{"extra money",
			lede + "There will be a total of £300 million of extra money for services, she said.\n",
			[]stated{{"£2 billion", "package"}, {"£300 million", "change"}}},
		{"the whole",
			lede + "There will be a total of £2 billion in additional funding for services, she said.\n",
			[]stated{{"£2 billion", "package"}, {"£2 billion", "package"}}},
		{"not additional",
			lede + "There will be a total of £300 million in funding for services, she said.\n",
			[]stated{{"£2 billion", "package"}, {"£300 million", "share"}}},
	} {
		d := checkedDraft(t, tc.text)
		var got []stated
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok {
					got = append(got, stated{sa.Figure.Text(), sa.Role.String()})
				}
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: stated amounts of DraftRecord(%q) (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}
