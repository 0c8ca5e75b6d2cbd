package claims

import (
	"math/rand/v2"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

// TestMoneyRatioMatchesCurrency checks that the integer fast path gives
// exactly what currency's Amount.Ratio and decimal arithmetic give.
func TestMoneyRatioMatchesCurrency(t *testing.T) {
	amounts := []currency.Amount{
		currency.Pounds(2_000_000), currency.Pounds(2_400_000), currency.MustParse("£3,595,000.00"),
		currency.Pence(1), currency.Pounds(-400_000), currency.Pounds(3), currency.MustParse("£0.125"),
		currency.Pounds(1 << 62), currency.MustParseFigure("£2m").Nominal(), currency.MustParseFigure("£4.5m").Nominal(),
		currency.MustParseFigure("half a billion pounds").Nominal(), currency.MustParse("£999,999,999,999,999.99"),
		currency.Pounds(7), currency.Pounds(0),
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 400 {
		amounts = append(amounts, currency.New(decimal.New(r.Int64N(1e12)-5e11, -int32(r.IntN(5))), currency.GBP))
	}
	for i, a := range amounts {
		for j, b := range amounts {
			if (i*len(amounts)+j)%7 != 0 && i > 20 && j > 20 {
				continue // a sample of the pairs is enough
			}
			want, werr := a.Ratio(b)
			ratio, pct, _, _, err := moneyRatio(a, coefOf(a), b, coefOf(b))
			if (err != nil) != (werr != nil) {
				t.Fatalf("moneyRatio(%v, %v) error = %v, want %v", a, b, err, werr)
			}
			if err != nil {
				continue
			}
			if !ratio.Equal(want) || ratio.String() != want.String() {
				t.Fatalf("moneyRatio(%v, %v) = %v, want %v", a, b, ratio, want)
			}
			if wp := want.Sub(decimal.New(1, 0)).Mul(hundred); !pct.Equal(wp) {
				t.Fatalf("moneyRatio(%v, %v) percent = %v, want %v", a, b, pct, wp)
			}
		}
	}
}

func TestCoefOf(t *testing.T) {
	for _, a := range []currency.Amount{
		currency.Pounds(0), currency.Pence(-5), currency.MustParse("£2,400,000.00"), currency.FromMinor(2400, currency.JPY),
		currency.MustParse("€2.50"), currency.MustParse("CHF 3.10"), currency.MustParseFigure("£2m").Nominal(),
	} {
		c := coefOf(a)
		if !c.ok || !decimal.New(c.c, c.e).Equal(a.Decimal()) {
			t.Errorf("coefOf(%v) = %+v, want %v", a, c, a.Decimal())
		}
	}
	if c := coefOf(currency.MustParse("£1,000,000,000,000,000,000.00")); c.ok {
		t.Errorf("coefOf(a 22-digit amount) = %+v, want not ok", c)
	}
}

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
	} {
		if got := string(appendBrief(nil, tt.a)); got != tt.want {
			t.Errorf("appendBrief(%v) = %q, want %q", tt.a, got, tt.want)
		}
	}
}

// FuzzMoneyRatio checks the integer fast path against currency's Ratio and
// shopspring's rounding on arbitrary coefficients and scales.
func FuzzMoneyRatio(f *testing.F) {
	f.Add(int64(2_000_000), int8(0), int64(2_400_000), int8(0))
	f.Add(int64(-367_200_661_229), int8(0), int64(398_437_593_007), int8(-3))
	f.Add(int64(1), int8(-18), int64(9_000_000_000_000_000_000), int8(18))
	f.Fuzz(func(t *testing.T, ac int64, ae int8, bc int64, be int8) {
		a := currency.New(decimal.New(ac, int32(ae%40)), currency.GBP)
		b := currency.New(decimal.New(bc, int32(be%40)), currency.GBP)
		want, werr := a.Ratio(b)
		ratio, pct, _, _, err := moneyRatio(a, coefOf(a), b, coefOf(b))
		if (err != nil) != (werr != nil) {
			t.Fatalf("moneyRatio(%v, %v) error = %v, want %v", a, b, err, werr)
		}
		if err != nil {
			return
		}
		if ratio.String() != want.String() {
			t.Fatalf("moneyRatio(%v, %v) = %v, want %v", a, b, ratio, want)
		}
		if wp := want.Sub(decimal.New(1, 0)).Mul(hundred); !pct.Equal(wp) {
			t.Fatalf("moneyRatio(%v, %v) percent = %v, want %v", a, b, pct, wp)
		}
		if got, want := string(appendRounded(nil, pct, 1, true)), pct.Abs().Round(1).String(); got != want {
			t.Fatalf("appendRounded(%v) = %q, want %q", pct, got, want)
		}
	})
}
