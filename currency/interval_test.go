package currency_test

import (
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

func TestIntervalAdd(t *testing.T) {
	iv := func(s string) currency.Interval { return currency.MustParseFigure(s).Interval() }
	tests := []struct {
		a, b currency.Interval
		want string
	}{
		{iv("more than £20bn"), iv("up to £9bn"), "(£20,000,000,000, ∞)"},
		{iv("between £6m and £7m"), iv("£2m"), "[£7,000,000, £10,000,000)"},
		{iv("up to £9bn"), iv("up to £1bn"), "[£0, £10,000,000,000]"},
		{iv("less than £1m"), iv("at least £2m"), "[£2,000,000, ∞)"},
		{iv("nearly £4m"), iv("about £10m"), "[£12,600,000, £15,000,000)"},
		{iv("£2.4m"), currency.Interval{}, "∅"},
		{currency.Interval{}, iv("£2.4m"), "∅"},
	}
	for _, tt := range tests {
		got, err := tt.a.Add(tt.b)
		if err != nil || got.String() != tt.want {
			t.Errorf("%v.Add(%v) = %v, %v; want %s", tt.a, tt.b, got, err, tt.want)
		}
	}
	if _, err := iv("£2m").Add(iv("€2m")); !errors.Is(err, currency.ErrMismatch) {
		t.Errorf("Add across currencies: err = %v, want ErrMismatch", err)
	}
}

func TestIntervalShift(t *testing.T) {
	iv := func(s string) currency.Interval { return currency.MustParseFigure(s).Interval() }
	tests := []struct {
		iv   currency.Interval
		by   currency.Amount
		want string
	}{
		{iv("more than £4m"), currency.Pounds(1_500_000), "(£5,500,000, ∞)"},
		{iv("up to £10m"), currency.Pounds(-1_000_000), "[-£1,000,000, £9,000,000]"},
		{iv("£2.4m"), currency.Amount{}, "[£2,350,000, £2,450,000)"},
		{currency.Interval{}, currency.Pounds(5), "∅"},
	}
	for _, tt := range tests {
		got, err := tt.iv.Shift(tt.by)
		if err != nil || got.String() != tt.want {
			t.Errorf("%v.Shift(%v) = %v, %v; want %s", tt.iv, tt.by, got, err, tt.want)
		}
	}
	if _, err := iv("£2m").Shift(currency.FromMinor(100, currency.EUR)); !errors.Is(err, currency.ErrMismatch) {
		t.Errorf("Shift across currencies: err = %v, want ErrMismatch", err)
	}
}
