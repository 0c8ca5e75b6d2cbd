package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAnnouncedWhole checks that an announcing sentence with quotations
// inside what it announces is one claim, its subject's, from its start to
// the end of the announced clause, quotations and all, and that the
// quotations are no claims of their own; a verb of speech before a
// quotation, or no money outside the marks, leaves the quotation a claim.
func TestAnnouncedWhole(t *testing.T) {
	type said struct{ Quote, Speaker string }
	tests := []struct {
		name, article string
		want          []said
	}{
		{"tabled, a clause after a dash and but",
			"The Welsh Government has tabled a £6.4 billion offer to councils to “protect front-line services” — but Plaid Cymru warned today it could mean job cuts.",
			[]said{{"The Welsh Government has tabled a £6.4 billion offer to councils to “protect front-line services”", "Welsh Government"}}},
		{"announced, a name in marks inside",
			"Local Government Secretary Greg Clark announced that the hardest hit councils would get £300m of “transitional grant” funding.",
			[]said{{"Local Government Secretary Greg Clark announced that the hardest hit councils would get £300m of “transitional grant” funding", "Greg Clark"}}},
		{"a verb of speech before the quotation",
			"The Welsh Government has announced £130m for roads, which it says “shows confidence in Wales and its future”.",
			[]said{{"£130m for roads", "Welsh Government"}, {"shows confidence in Wales and its future", "Welsh Government"}}},
		{"no money outside the marks",
			"The Welsh Government has announced a plan to “protect front-line services for every council”.",
			[]said{{"protect front-line services for every council", "Welsh Government"}}},
	}
	for _, tt := range tests {
		var got []said
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = append(got, said{q.claim.Quote, q.claim.Speaker.Name + q.claim.Speaker.Org})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
