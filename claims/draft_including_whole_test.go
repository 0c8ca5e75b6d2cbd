package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftIncludingWhole checks that a sum the next one is a part of,
// after ", including", both less than the package's whole, is an
// allocation with that part its own (thecourier-2021), in a reported
// statement too, where the claim states it as a share; and that a part no
// smaller than it, or a sum named by no words "of" it follows, is not so
// drafted: invented articles.
func TestDraftIncludingWhole(t *testing.T) {
	const lede = "Council settlement\n\nFinance Secretary Jane Smith has announced a £2 billion settlement for councils.\n\n"
	type alloc struct {
		Title, Amount string
		Parts         []string
	}
	for _, tc := range []struct {
		name, text string
		want       []alloc
		role       string // of the sum's first stated amount
	}{
		{"a part of the sum",
			lede + "Ms Smith said councils would see an increase in their revenue spending of £300 million, including £50 million to freeze council tax.\n",
			[]alloc{{"increase in their revenue spending", "£300 million", []string{"£50 million"}}}, "share"},
		{"a part no smaller",
			lede + "Ms Smith said councils would see an increase in their revenue spending of £300 million, including £300 million to freeze council tax.\n",
			[]alloc{{"freeze council tax", "£300 million", nil}}, "change"},
		{"no words of it",
			lede + "Ms Smith said councils would get £300 million, including £50 million to freeze council tax.\n",
			[]alloc{{"councils", "£300 million", nil}, {"freeze council tax", "£50 million", nil}}, "share"},
	} {
		d := checkedDraft(t, tc.text)
		var got []alloc
		for _, a := range d.Record.Packages[0].Allocations {
			var parts []string
			for _, p := range a.Allocations {
				parts = append(parts, p.Figure().Text())
			}
			got = append(got, alloc{a.Title, a.Figure().Text(), parts})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) (-want +got):\n%s", tc.name, tc.text, diff)
		}
		role := ""
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok && sa.Figure.Text() == "£300 million" && role == "" {
					role = sa.Role.String()
				}
			}
		}
		if role != tc.role {
			t.Errorf("%s: DraftRecord(%q) states £300 million as %q, want %q", tc.name, tc.text, role, tc.role)
		}
	}
}
