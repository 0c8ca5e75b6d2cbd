package currency

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// mustNew is New for values a test knows to be in range.
func mustNew(d decimal.Decimal, c Code) Amount {
	a, err := New(d, c)
	if err != nil {
		panic(err)
	}
	return a
}

func TestZeroAmount(t *testing.T) {
	var zero Amount
	if !zero.IsZero() || zero.Sign() != 0 || !zero.Currency().IsZero() {
		t.Fatalf("zero Amount = %+v, want 0 in XXX", zero)
	}
	// The zero Amount is the identity for Add and Sum in any currency.
	for _, a := range []Amount{Pounds(5), FromMinor(250, EUR), Pence(-3), mustNew(dec("1e30"), USD)} {
		got, err := zero.Add(a)
		if err != nil || !got.Equal(a) {
			t.Errorf("Amount{}.Add(%v) = %v, %v; want %v", a, got, err, a)
		}
		got, err = a.Add(zero)
		if err != nil || !got.Equal(a) {
			t.Errorf("%v.Add(Amount{}) = %v, %v; want %v", a, got, err, a)
		}
		got, err = Sum(zero, a, zero)
		if err != nil || !got.Equal(a) {
			t.Errorf("Sum(0, %v, 0) = %v, %v; want %v", a, got, err, a)
		}
	}
	if got, err := Sum(); err != nil || !got.Equal(zero) {
		t.Errorf("Sum() = %v, %v; want the zero Amount", got, err)
	}
}

func TestArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  func() (Amount, error)
		want Amount
	}{
		{"add", func() (Amount, error) { return Pounds(2_000_000).Add(Pounds(400_000)) }, Pounds(2_400_000)},
		{"add scales", func() (Amount, error) { return MustParse("£1.5").Add(MustParse("£0.25")) }, MustParse("£1.75")},
		{"sub", func() (Amount, error) { return Pounds(2_400_000).Sub(Pounds(2_000_000)) }, Pounds(400_000)},
		{"sub below zero", func() (Amount, error) { return Pounds(2).Sub(Pence(250)) }, Pence(-50)},
		{"add overflow goes wide", func() (Amount, error) { return Amount{coef: math.MaxInt64, code: GBP}.Add(Pounds(1)) },
			mustNew(dec("9223372036854775808"), GBP)},
		{"sub overflow goes wide", func() (Amount, error) { return Amount{coef: math.MaxInt64, code: GBP}.Sub(Pounds(-1)) },
			mustNew(dec("9223372036854775808"), GBP)},
		{"sub of the least coefficient goes wide", func() (Amount, error) { return Pounds(0).Sub(Amount{coef: math.MinInt64, code: GBP}) },
			mustNew(dec("9223372036854775808"), GBP)},
		{"add exponents too far apart", func() (Amount, error) { return mustNew(dec("1e30"), GBP).Add(Pence(1)) },
			mustNew(dec("1000000000000000000000000000000.01"), GBP)},
		{"sum itemisation", func() (Amount, error) {
			return Sum(Pounds(1_260_000), Pounds(2_165_000), Pounds(100_000), Pounds(70_000))
		}, Pounds(3_595_000)},
		{"sum overflow", func() (Amount, error) {
			return Sum(Amount{coef: math.MaxInt64, code: GBP}, Amount{coef: math.MaxInt64, code: GBP}, Pence(1))
		}, mustNew(dec("18446744073709551614.01"), GBP)},
		{"div per adult", func() (Amount, error) { return Pounds(4_000_000).DivInt(24_000, 2, HalfUp) }, MustParse("£166.67")},
		{"div per case", func() (Amount, error) { return Pounds(2_400_000).Div(dec("1200"), 2, HalfEven) }, Pounds(2000)},
		{"mul", func() (Amount, error) { return MustParse("£2.40").Mul(dec("1.5")) }, MustParse("£3.6")},
		{"mul int", func() (Amount, error) { return Pounds(315_000).MulInt(4) }, Pounds(1_260_000)},
		{"mul int overflow", func() (Amount, error) { return Amount{coef: math.MaxInt64, code: GBP}.MulInt(10) },
			mustNew(dec("92233720368547758070"), GBP)},
		{"neg min int64", func() (Amount, error) { return Amount{coef: math.MinInt64, code: GBP}.Neg(), nil },
			mustNew(dec("9223372036854775808"), GBP)},
		{"abs", func() (Amount, error) { return Pounds(-400_000).Abs(), nil }, Pounds(400_000)},
	}
	for _, tt := range tests {
		got, err := tt.got()
		if err != nil {
			t.Errorf("%s: unexpected error %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: (-want +got)\n%s", tt.name, diff)
		}
	}
}

func TestMismatch(t *testing.T) {
	gbp, eur := Pounds(1), FromMinor(100, EUR)
	var me *MismatchError
	ops := map[string]func() error{
		"Add":     func() error { _, err := gbp.Add(eur); return err },
		"Sub":     func() error { _, err := gbp.Sub(eur); return err },
		"Sum":     func() error { _, err := Sum(gbp, Pounds(2), eur); return err },
		"Compare": func() error { _, err := gbp.Compare(eur); return err },
		"Ratio":   func() error { _, err := gbp.Ratio(eur); return err },
	}
	for op, f := range ops {
		err := f()
		if !errors.As(err, &me) || !errors.Is(err, ErrMismatch) {
			t.Errorf("%s(GBP, EUR) error = %v, want *MismatchError", op, err)
			continue
		}
		if me.Op != op || me.A != GBP || me.B != EUR {
			t.Errorf("%s(GBP, EUR) error = %+v, want Op %s, A GBP, B EUR", op, me, op)
		}
	}
	if got := (&MismatchError{Op: "Add", A: GBP, B: EUR}).Error(); got != "currency: Add: GBP and EUR do not mix" {
		t.Errorf("MismatchError.Error() = %q", got)
	}
	// An amount with no currency that is not zero does not mix either.
	if _, err := mustNew(dec("5"), Code{}).Add(gbp); !errors.Is(err, ErrMismatch) {
		t.Errorf("XXX 5 + £1 error = %v, want ErrMismatch", err)
	}
}

func TestDivideByZero(t *testing.T) {
	if _, err := Pounds(1).Div(decimal.Zero, 2, HalfUp); !errors.Is(err, ErrDivideByZero) {
		t.Errorf("Div(0) error = %v, want ErrDivideByZero", err)
	}
	if _, err := Pounds(1).DivInt(0, 2, HalfUp); !errors.Is(err, ErrDivideByZero) {
		t.Errorf("DivInt(0) error = %v, want ErrDivideByZero", err)
	}
	if _, err := Pounds(1).Ratio(Pence(0)); !errors.Is(err, ErrDivideByZero) {
		t.Errorf("Ratio(£0) error = %v, want ErrDivideByZero", err)
	}
}

func TestCompareEqual(t *testing.T) {
	tests := []struct {
		a, b  Amount
		cmp   int
		equal bool
	}{
		{MustParse("£2.4"), MustParse("£2.40"), 0, true},
		{Pounds(2_000_000), Pounds(2_400_000), -1, false},
		{Pounds(4_500_000), Pounds(2_400_000), 1, false},
		{Pence(-1), Pounds(0), -1, false},
		{mustNew(dec("1e30"), GBP), Pounds(math.MaxInt64), 1, false},
		{mustNew(dec("1e30"), GBP), mustNew(dec("1000000000000000000000000000000.00"), GBP), 0, true},
		{Amount{}, Pounds(0), 0, false}, // same value, different currency
	}
	for _, tt := range tests {
		got, err := tt.a.Compare(tt.b)
		if err != nil || got != tt.cmp {
			t.Errorf("%v.Compare(%v) = %d, %v; want %d", tt.a, tt.b, got, err, tt.cmp)
		}
		if got := tt.a.Equal(tt.b); got != tt.equal {
			t.Errorf("%v.Equal(%v) = %t, want %t", tt.a, tt.b, got, tt.equal)
		}
	}
}

func TestRatio(t *testing.T) {
	tests := []struct {
		a, b Amount
		want string
	}{
		{Pounds(4_500_000), Pounds(2_400_000), "1.875"},
		{Pounds(2_000_000), Pounds(2_400_000), "0.8333333333333333"},
		{Pounds(2), Pounds(3), "0.6666666666666667"},
		{Pounds(-1), Pounds(8), "-0.125"},
		{Amount{}, Pounds(8), "0"},
		{Pence(1), Pounds(math.MaxInt64), "0"},
		{Pounds(math.MaxInt64), Pence(1), "922337203685477580700"},
		{mustNew(dec("1e30"), GBP), Pounds(3), "333333333333333333333333333333.3333333333333333"},
		{MustParse("£2,165,000.00"), Pounds(3), "721666.6666666666666667"},
	}
	for _, tt := range tests {
		got, err := tt.a.Ratio(tt.b)
		if err != nil || got.String() != tt.want {
			t.Errorf("%v.Ratio(%v) = %v, %v; want %s", tt.a, tt.b, got, err, tt.want)
		}
	}
}

func TestRound(t *testing.T) {
	// The rows of Rounding's documentation: 2.5, -2.5, 2.4 to whole units,
	// then finer cases.
	inputs := []string{"2.5", "-2.5", "2.4", "-2.4", "3.5", "2.51", "-2.51", "2"}
	want := map[Rounding][]string{
		HalfUp:          {"3", "-3", "2", "-2", "4", "3", "-3", "2"},
		HalfEven:        {"2", "-2", "2", "-2", "4", "3", "-3", "2"},
		HalfDown:        {"2", "-2", "2", "-2", "3", "3", "-3", "2"},
		Down:            {"2", "-2", "2", "-2", "3", "2", "-2", "2"},
		Up:              {"3", "-3", "3", "-3", "4", "3", "-3", "2"},
		Floor:           {"2", "-3", "2", "-3", "3", "2", "-3", "2"},
		Ceiling:         {"3", "-2", "3", "-2", "4", "3", "-2", "2"},
		RoundingUnknown: {"2", "-2", "2", "-2", "4", "3", "-3", "2"},
	}
	for mode, outs := range want {
		for i, in := range inputs {
			a := mustNew(dec(in), GBP)
			got := a.Round(0, mode)
			if !got.Equal(mustNew(dec(outs[i]), GBP)) {
				t.Errorf("%s.Round(0, %v) = %v, want %s", in, mode, got.Decimal(), outs[i])
			}
			// The exact path must agree with the int64 one.
			if slow := fromDecimal(quo(a.Decimal(), decimal.New(1, 0), 0, mode), GBP); !slow.Equal(got) {
				t.Errorf("%s rounded %v: exact path %v, fast path %v", in, mode, slow.Decimal(), got.Decimal())
			}
		}
	}
	if got := MustParse("£2,449,999").Round(-5, HalfUp); !got.Equal(Pounds(2_400_000)) {
		t.Errorf("Round(-5, HalfUp) = %v, want £2,400,000", got)
	}
	if got := MustParse("£2.4").Round(2, HalfUp); got.exp != -2 {
		t.Errorf("£2.4.Round(2) exponent = %d, want -2 (two places)", got.exp)
	}
	if got := mustNew(dec("166.666666"), GBP).RoundToMinor(HalfUp); !got.Equal(MustParse("£166.67")) {
		t.Errorf("RoundToMinor = %v, want £166.67", got)
	}
	if got := mustNew(dec("1234.5"), JPY).RoundToMinor(HalfEven); !got.Equal(mustNew(dec("1234"), JPY)) {
		t.Errorf("JPY RoundToMinor = %v, want ¥1234", got)
	}
}

func TestParseRounding(t *testing.T) {
	for r := HalfUp; r <= Ceiling; r++ {
		got, err := ParseRounding(r.String())
		if err != nil || got != r {
			t.Errorf("ParseRounding(%q) = %v, %v; want %v", r.String(), got, err, r)
		}
	}
	for _, bad := range []string{"", "unknown", "HALF-UP", "nearest"} {
		if _, err := ParseRounding(bad); !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseRounding(%q) error = %v, want ErrSyntax", bad, err)
		}
	}
	if got := Rounding(42).String(); got != "Rounding(42)" {
		t.Errorf("Rounding(42).String() = %q", got)
	}
}

func TestCode(t *testing.T) {
	tests := []struct {
		in    string
		want  Code
		minor int
	}{
		{"GBP", GBP, 2}, {"gbp", GBP, 2}, {"EUR", EUR, 2}, {"JPY", JPY, 0}, {"XXX", Code{}, 0},
	}
	for _, tt := range tests {
		got, err := ParseCode(tt.in)
		if err != nil || got != tt.want || got.MinorUnits() != tt.minor {
			t.Errorf("ParseCode(%q) = %v (minor %d), %v; want %v (minor %d)", tt.in, got, got.MinorUnits(), err, tt.want, tt.minor)
		}
	}
	for in, want := range map[string]error{"": ErrSyntax, "GB": ErrSyntax, "G1P": ErrSyntax, "GBPX": ErrSyntax, "ZZZ": ErrUnknownCurrency} {
		if _, err := ParseCode(in); !errors.Is(err, want) {
			t.Errorf("ParseCode(%q) error = %v, want %v", in, err, want)
		}
	}
	if got := (Code{}).String(); got != "XXX" {
		t.Errorf("Code{}.String() = %q, want XXX", got)
	}
}

// TestSign checks Sign and IsZero on compact amounts at the ends of an
// int64, whose negation overflows, and on wide ones, which answer from
// their decimal.
func TestSign(t *testing.T) {
	tests := []struct {
		a    Amount
		want int
	}{
		{Pounds(0), 0},
		{Pence(1), 1},
		{Pence(-1), -1},
		{Amount{coef: math.MaxInt64, code: GBP}, 1},
		{Amount{coef: math.MinInt64, code: GBP}, -1},
		{mustNew(dec("123456789012345678901234567890"), GBP), 1},
		{mustNew(dec("-123456789012345678901234567890"), GBP), -1},
		{Amount{code: GBP, wide: newWide(decimal.Zero)}, 0},
	}
	for _, tt := range tests {
		if got := tt.a.Sign(); got != tt.want {
			t.Errorf("(%v).Sign() = %d, want %d", tt.a.Decimal(), got, tt.want)
		}
		if got := tt.a.IsZero(); got != (tt.want == 0) {
			t.Errorf("(%v).IsZero() = %v, want %v", tt.a.Decimal(), got, tt.want == 0)
		}
	}
}

// TestAbs checks Abs on the compact amounts it returns in line, on
// negative ones, on the one whose negation no int64 holds, and on wide ones.
func TestAbs(t *testing.T) {
	tests := []struct {
		a, want Amount
	}{
		{Pounds(0), Pounds(0)},
		{Pence(240), Pence(240)},
		{Pence(-240), Pence(240)},
		{Amount{coef: math.MinInt64, code: GBP}, mustNew(dec("9223372036854775808"), GBP)},
		{mustNew(dec("-123456789012345678901234567890"), GBP), mustNew(dec("123456789012345678901234567890"), GBP)},
		{mustNew(dec("123456789012345678901234567890"), GBP), mustNew(dec("123456789012345678901234567890"), GBP)},
	}
	for _, tt := range tests {
		if got := tt.a.Abs(); !got.Equal(tt.want) {
			t.Errorf("(%v).Abs() = %v, want %v", tt.a.Decimal(), got.Decimal(), tt.want.Decimal())
		}
	}
}
