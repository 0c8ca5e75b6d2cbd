package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotationsEmerged checks that news set beside a reported statement
// by "as it emerged", "after it was revealed" and the like is the
// narrator's: the reported clause ends before it, so a welcome of a thing
// with the money only in that news is no claim, while money in the
// clause before it stays the speaker's.
func TestQuotationsEmerged(t *testing.T) {
	tests := []struct {
		text string
		want []string // the claims' quotes, in order
	}{
		{"Local MP Jo Hart has welcomed the investment in local schools, as it emerged that Leeds had been granted an additional £2m.\n",
			nil},
		{"Tom Reid said the council would spend £4m on roads, after it was revealed that Leeds had been granted £2m.\n",
			[]string{"the council would spend £4m on roads"}},
		{"Tom Reid said the council would spend £4m on roads as it became clear that the fund was empty.\n",
			[]string{"the council would spend £4m on roads"}},
		{"Tom Reid said the £4m had emerged as the council's best hope.\n",
			[]string{"the £4m had emerged as the council's best hope"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quotations(tt.text) {
			got = append(got, q.claim.Quote)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("quotations(%q) quotes (-want +got):\n%s", tt.text, diff)
		}
	}
}
