package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestDraftServiceNumber checks that a public service's telephone number
// before what it names ("999 calls", "the 111 service") is neither a
// measure nor a claim's count, while the same number counting things
// ("999 homes") still is.
func TestDraftServiceNumber(t *testing.T) {
	const lede = "Control room fund\n\nFire Minister Jane Hutt has announced £2m for the county's control room. "
	tests := []struct {
		name, article string
		measures      []string // the measures, count and noun
		counts        []string // the claims' counts, in their words
	}{
		{"999 calls in the narrative", lede + "The room handles all 999 calls for the county.", nil, nil},
		{"the 111 service in a quotation", lede + "\n\nChief Officer Tom Price said: \"Callers to the 111 service will be answered faster.\"", nil, nil},
		{"999 homes", lede + "The fund will also repair 999 homes.", []string{"999 homes"}, nil},
	}
	for _, tt := range tests {
		d := checkedDraft(t, tt.article)
		var measures, counts []string
		for _, p := range d.Record.Packages {
			for _, m := range p.Measures {
				measures = append(measures, m.Count.String()+" "+m.Noun)
			}
		}
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if cc, ok := a.(CountClaim); ok {
					counts = append(counts, cc.Span.In(c.Quote))
				}
			}
		}
		if diff := cmp.Diff(tt.measures, measures); diff != "" {
			t.Errorf("%s: DraftRecord(%q) measures mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
		if diff := cmp.Diff(tt.counts, counts); diff != "" {
			t.Errorf("%s: DraftRecord(%q) counts mismatch (-want +got):\n%s", tt.name, tt.article, diff)
		}
	}
}
