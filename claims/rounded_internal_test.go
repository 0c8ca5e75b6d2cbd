package claims

import (
	"math/rand/v2"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

func TestAppendRounded(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cases := []decimal.Decimal{
		decimal.RequireFromString("-16.66666666666667"), decimal.RequireFromString("87.5"), decimal.RequireFromString("0.05"),
		decimal.RequireFromString("-0.04"), decimal.RequireFromString("1e3"), decimal.RequireFromString("12345678901234567890123"),
		decimal.RequireFromString("0.8333333333333333"), decimal.Decimal{}, decimal.RequireFromString("-0.0005"),
	}
	for range 5000 {
		cases = append(cases, decimal.New(r.Int64N(2e15)-1e15, -int32(r.IntN(20))+2))
	}
	for _, d := range cases {
		for _, places := range []int32{0, 1, 3} {
			if got, want := string(appendRounded(nil, d, places, false)), d.Round(places).String(); got != want {
				t.Fatalf("appendRounded(%v, %d) = %q, want %q", d, places, got, want)
			}
			if got, want := string(appendRounded(nil, d, places, true)), d.Abs().Round(places).String(); got != want {
				t.Fatalf("appendRounded(%v, %d, abs) = %q, want %q", d, places, got, want)
			}
		}
	}
}

func TestAppendBrief(t *testing.T) {
	for _, tt := range []struct {
		a    currency.Amount
		want string
	}{
		{currency.Pounds(2_400_000), "£2.4m"},
		{currency.Pounds(2_000_000), "£2m"},
		{currency.Pounds(-400_000), "-£400,000"},
		{currency.Pounds(3_595_000), "£3,595,000"},
		{currency.Pounds(2_100_000), "£2.1m"},
		{currency.Pounds(1_500_000_000), "£1.5bn"},
		{currency.Pounds(1_550_000_000), "£1,550,000,000"},
		{currency.MustParse("£2,400,000.50"), "£2,400,000.50"},
		{currency.MustParse("£166.67"), "£166.67"},
		{currency.Pounds(0), "£0"},
		{currency.MustParse("€2,000,000"), "€2m"},
		{currency.Pounds(999_999), "£999,999"},
		{currency.Pounds(1_000_000), "£1m"},
		{currency.Pounds(-2_400_000), "-£2.4m"},
		{currency.MustParse("£2,000,000.00"), "£2m"},
		{currency.Pounds(999_900_000), "£999.9m"},
		{currency.Pounds(999_950_000), "£999,950,000"},
		{currency.Pounds(12_300_000_000), "£12.3bn"},
		{currency.Pounds(2_000_000_000_000), "£2tn"},
		{currency.Pounds(1_200_000_000_000), "£1.2tn"},
		{currency.Pounds(1_250_000_000_000), "£1,250,000,000,000"},
		{currency.MustParse("£1,000,000.01"), "£1,000,000.01"},
		{currency.Pounds(900_000), "£900,000"},
		{currency.Pounds(-1_500_000_000), "-£1.5bn"},
		{currency.Pounds(999_950_000_000), "£999,950,000,000"},
		{currency.Pounds(999_900_000_000), "£999.9bn"},
		{currency.MustParse("¥300,000,000"), "¥300m"},
		{currency.MustParse("£1,000,000,000,000,000,000,000"), "£1,000,000,000tn"},
	} {
		if got := string(appendBrief(nil, tt.a)); got != tt.want {
			t.Errorf("appendBrief(%v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}
