package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/funding"
)

// TestQuotationAgentNoDate checks that a month or a day after "by" in the
// passive ("will be announced by March") names when, not who: no speaker
// and no funder is drafted from it, while a body after "by" still is.
func TestQuotationAgentNoDate(t *testing.T) {
	tests := []struct {
		name, article string
		speaker       funding.Person
		funder        string
	}{
		{"a month after by, from the brief", "A £3m fund for parks will be announced by March.", funding.Person{}, unknownFunder},
		{"a day after by", "A £2m grant for roads will be confirmed by Friday.", funding.Person{}, unknownFunder},
		{"a month in three letters", "A £4m fund for libraries will be announced by Dec.", funding.Person{}, unknownFunder},
		{"a body after by is still the agent", "A £3m fund for parks was announced by the Scottish Government.",
			funding.Person{Org: "Scottish Government"}, "Scottish Government"},
	}
	for _, tt := range tests {
		var got funding.Person
		for _, q := range quotations(tt.article) {
			checkQuoted(t, tt.article, q)
			got = q.claim.Speaker
		}
		if diff := cmp.Diff(tt.speaker, got); diff != "" {
			t.Errorf("%s: speaker of quotations(%q) mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("DraftRecord(%q): %v", tt.article, err)
		}
		if len(d.Record.Packages) != 1 {
			t.Fatalf("DraftRecord(%q) drafted %d packages, want 1", tt.article, len(d.Record.Packages))
		}
		if f := d.Record.Packages[0].Funder.Name; f != tt.funder {
			t.Errorf("%s: DraftRecord(%q).Packages[0].Funder = %q, want %q", tt.name, tt.article, f, tt.funder)
		}
	}
}
