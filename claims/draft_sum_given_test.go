package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftSumGiven checks that a lede opening on its sum, then the
// funding noun and a passive of giving ("More than £50,000 of grants from
// the Parks Fund were awarded …"), is the release's own claim, as "Grants
// of £750 are being paid …" is, and that the sum after a determiner, with
// no passive, or with the verb in another clause is not: invented
// articles.
func TestDraftSumGiven(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each claim's quote
	}{
		{"sum, grants and the fund, then the passive",
			"Parks grants\n\nMore than £50,000 of grants from the Town Parks Fund were awarded at last night's cabinet meeting.\n\nJo Hart said: “Parks matter.”\n",
			[]string{"More than £50,000 of grants from the Town Parks Fund were awarded at last night's cabinet meeting.", "Parks matter."}},
		{"an adjective before the noun",
			"Road repairs\n\n£2m of new funding has been allocated to councils for road repairs.\n\nJo Hart said: “Roads matter.”\n",
			[]string{"£2m of new funding has been allocated to councils for road repairs.", "Roads matter."}},
		{"a determiner before the noun",
			"Road repairs\n\n£2m of this funding has been allocated to councils for road repairs.\n\nJo Hart said: “Roads matter.”\n",
			[]string{"Roads matter."}},
		{"no passive of giving",
			"Parks grants\n\nMore than £50,000 of grants from the Town Parks Fund went to six parks last year.\n\nJo Hart said: “Parks matter.”\n",
			[]string{"Parks matter."}},
		{"the verb in another clause",
			"Parks grants\n\nMore than £50,000 of grants from the fund, opened in May, were awarded last night.\n\nJo Hart said: “Parks matter.”\n",
			[]string{"Parks matter."}},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.text)
		if err != nil {
			t.Fatalf("%s: DraftRecord: %v", tt.name, err)
		}
		checkDraft(t, tt.text, d)
		var got []string
		for _, c := range d.Record.Claims {
			got = append(got, c.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: DraftRecord(%q) claims (-want +got):\n%s", tt.name, tt.text, diff)
		}
	}
}
