package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftLostPound checks that a figure whose pound sign the stored copy
// lost to a straight quotation mark or a question mark ("over "25m",
// southend-2025) is a stated amount of its quotation, which the mark does
// not close, with no span, stating the package it qualifies though its
// words read as a share; and that a mark before digits with no scale is
// none: invented articles.
func TestDraftLostPound(t *testing.T) {
	const lede = "Council budget\n\nThe council has approved £25m of investment in its services.\n\n"
	type stated struct {
		Figure, Role string
		Span         Span
	}
	for _, tc := range []struct {
		name, text string
		quote      string // the last claim's
		want       []stated
	}{
		{"a quotation mark for the sign",
			lede + "Cllr Tom Brown said: \"This budget includes over \"25m of investment in our services. It is balanced.\"\n",
			"This budget includes over \"25m of investment in our services. It is balanced.",
			[]stated{{"over £25m", "package", Span{}}}},
		{"a question mark for the sign",
			lede + "Cllr Tom Brown said: \"This budget includes over ?25m of investment in our services.\"\n",
			"This budget includes over ?25m of investment in our services.",
			[]stated{{"over £25m", "package", Span{}}}},
		{"no scale",
			lede + "Cllr Tom Brown said: \"This budget hires ?25 more staff for our services.\"\n",
			"This budget hires ?25 more staff for our services.",
			nil},
	} {
		d := checkedDraft(t, tc.text)
		cs := d.Record.Claims
		if len(cs) == 0 || cs[len(cs)-1].Quote != tc.quote {
			t.Errorf("%s: DraftRecord(%q) claims = %v, want the last quoting %q", tc.name, tc.text, cs, tc.quote)
			continue
		}
		var got []stated
		for _, c := range cs {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok {
					got = append(got, stated{sa.Figure.Text(), sa.Role.String(), sa.Span})
				}
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: stated amounts of DraftRecord(%q) (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}
