package currency_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/currency"
)

// TestFindTotalBroughtUp checks that "up to" ending a verb that brings a
// total to a level ("bringing the total … up to £4.6 billion") is no
// bound, while "up to" elsewhere, after "to", or past a sentence's end is
// one as before.
func TestFindTotalBroughtUp(t *testing.T) {
	tests := []struct {
		text string
		want []foundFig
	}{
		{"A further £1bn, bringing the total value of such support since March up to £4.6 billion.",
			[]foundFig{{"£1bn", currency.Exact, "£1bn"}, {"£4.6 billion", currency.Exact, "£4.6bn"}}},
		{"This takes the total up to £9m.", []foundFig{{"£9m", currency.Exact, "£9m"}}},
		{"Bringing The Total spent on roads up to £12.5m this year.", []foundFig{{"£12.5m", currency.Exact, "£12.5m"}}},
		{"Councils will get up to £5m each.", []foundFig{{"up to £5m", currency.AtMost, "up to £5m"}}},
		{"It brings the total to up to £5m.", []foundFig{{"up to £5m", currency.AtMost, "up to £5m"}}},
		{"That brought the total down. Schools may get up to £2m.", []foundFig{{"up to £2m", currency.AtMost, "up to £2m"}}},
		{"overbringing the total up to £3m", []foundFig{{"up to £3m", currency.AtMost, "up to £3m"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, findAll(t, tt.text)); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}
