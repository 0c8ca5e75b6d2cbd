package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftItProvides checks that a quotation's sentence opening on "It
// provides" after one stating the package's whole gives out that whole
// sum by sum, an increase for a purpose among them (scotgov-2019): each is
// an allocation, and the claim states it as a share; and that the same
// words after a sentence stating other money, or with "It" opening a
// sentence that gives nothing out, draft no allocation: invented articles.
func TestDraftItProvides(t *testing.T) {
	const lede = "County budget\n\nThe county will spend more than £500 million of extra money, Council Leader Jane Smith has announced.\n\n"
	type stated struct{ Figure, Role string }
	for _, tc := range []struct {
		name, text string
		titles     []string
		want       []stated
	}{
		{"gives out the whole",
			lede + "Ms Smith said:\n\n“The budget proposes an extra £500 million of investment. It provides an increase of almost £90 million for adult social care and more than £40 million to repair our roads.”\n",
			[]string{"adult social care", "repair our roads"},
			[]stated{{"more than £500 million", "package"}, {"£500 million", "package"}, {"almost £90 million", "share"}, {"more than £40 million", "share"}}},
		{"after other money",
			lede + "Ms Smith said:\n\n“We have already saved £30 million this year. It provides an increase of almost £90 million for adult social care and more than £40 million to repair our roads.”\n",
			nil,
			[]stated{{"more than £500 million", "package"}, {"£30 million", "unknown"}, {"almost £90 million", "change"}, {"more than £40 million", "unknown"}}},
		{"no verb of giving",
			lede + "Ms Smith said:\n\n“The budget proposes an extra £500 million of investment. It means an increase of almost £90 million for adult social care and more than £40 million to repair our roads.”\n",
			nil,
			[]stated{{"more than £500 million", "package"}, {"£500 million", "package"}, {"almost £90 million", "change"}, {"more than £40 million", "unknown"}}},
	} {
		d := checkedDraft(t, tc.text)
		var titles []string
		for _, a := range d.Record.Packages[0].Allocations {
			titles = append(titles, a.Title)
		}
		if diff := cmp.Diff(tc.titles, titles); diff != "" {
			t.Errorf("%s: allocations of DraftRecord(%q) (-want +got):\n%s", tc.name, tc.text, diff)
		}
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
