package currency

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// Each test here was a crash, a hang or a wrong answer before MaxDigits.

func TestSplitTooManyParts(t *testing.T) {
	// Split(1<<31) used to allocate 2^31 parts and kill the process.
	for _, n := range []int{1 << 31, maxParts + 1, math.MaxInt} {
		if _, err := Pounds(1).Split(n); !errors.Is(err, ErrRange) {
			t.Errorf("Split(%d) error = %v, want ErrRange", n, err)
		}
	}
	if _, err := Pounds(1).Allocate(make([]int64, maxParts+1)...); !errors.Is(err, ErrRange) {
		t.Errorf("Allocate(%d weights) error = %v, want ErrRange", maxParts+1, err)
	}
	parts, err := Pounds(1).Split(maxParts)
	if err != nil || len(parts) != maxParts {
		t.Fatalf("Split(%d) = %d parts, %v; want %d parts", maxParts, len(parts), err, maxParts)
	}
	// £1 is 100 pence: the first hundred parts get a penny, the rest nothing.
	if !parts[99].Equal(Pence(1)) || !parts[100].Equal(Pence(0)) {
		t.Errorf("Split(%d) parts 99, 100 = %v, %v; want £0.01, £0.00", maxParts, parts[99], parts[100])
	}
}

func TestRoundPlacesBeyondLimit(t *testing.T) {
	tests := []struct {
		a      Amount
		places int32
		mode   Rounding
		want   string // the exact value
		exp    int32  // the result's exponent: minus the places kept
	}{
		// Round(math.MinInt32, HalfUp) used to panic inside shopspring.
		{Pounds(5), math.MinInt32, HalfUp, "0", MaxDigits},
		{Pounds(5), math.MinInt32, Up, "1e400", MaxDigits},
		{Pounds(-5), math.MinInt32, Floor, "-1e400", MaxDigits},
		{Pounds(5), -1000, Ceiling, "1e400", MaxDigits},
		{mustNew(dec("1e30"), GBP), math.MinInt32, Down, "0", MaxDigits},
		// Round(1<<24, …) used to take seconds building 10^(2^24).
		{Pounds(5), 1 << 24, HalfEven, "5", -MaxDigits},
		{MustParse("£2.675"), math.MaxInt32, HalfUp, "2.675", -MaxDigits},
		{mustNew(dec("123456789012345678901234567890.5"), GBP), math.MaxInt32, HalfUp, "123456789012345678901234567890.5", -MaxDigits},
		// At the limit itself nothing is clamped.
		{Pence(1), MaxDigits, HalfUp, "0.01", -MaxDigits},
		{Pounds(7), -MaxDigits, HalfUp, "0", MaxDigits},
	}
	for _, tt := range tests {
		got := tt.a.Round(tt.places, tt.mode)
		if !got.Decimal().Equal(dec(tt.want)) || got.Decimal().Exponent() != tt.exp {
			t.Errorf("%v.Round(%d, %v) = %v (exponent %d), want %s (exponent %d)",
				tt.a.Decimal(), tt.places, tt.mode, got.Decimal(), got.Decimal().Exponent(), tt.want, tt.exp)
		}
	}
}

func TestMulBeyondLimit(t *testing.T) {
	tests := []struct {
		name string
		a    Amount
		d    decimal.Decimal
	}{
		// These used to panic inside shopspring with an int32 exponent overflow.
		{"exponent near MaxInt32", Pounds(1), decimal.New(1, math.MaxInt32)},
		{"exponent near MinInt32", Pence(1), decimal.New(1, math.MinInt32)},
		{"wide, exponent near MinInt32", mustNew(dec("1e-30"), GBP), decimal.New(1, math.MinInt32+5)},
		{"too many places", mustNew(dec("1e-300"), GBP), decimal.New(1, -101)},
		{"too large", mustNew(dec("1e300"), GBP), decimal.New(2, 100)},
		{"too large, many digits", mustNew(dec("9e399"), GBP), dec(strings.Repeat("9", 30))},
		{"huge coefficient", Pounds(1), dec(strings.Repeat("7", 100_000))},
	}
	for _, tt := range tests {
		if got, err := tt.a.Mul(tt.d); !errors.Is(err, ErrRange) {
			t.Errorf("%s: Mul = %v, %v; want ErrRange", tt.name, got.Decimal(), err)
		}
	}
	// A zero product is in range however large the other factor's
	// coefficient.
	if got, err := (Amount{code: GBP}).Mul(dec(strings.Repeat("7", 1000))); err != nil || !got.IsZero() {
		t.Errorf("£0 × a 1000-digit number = %v, %v; want £0", got.Decimal(), err)
	}
	// Up to the limit Mul stays exact.
	got, err := mustNew(dec("1e300"), GBP).Mul(decimal.New(1, 100))
	if err != nil || !got.Decimal().Equal(dec("1e400")) {
		t.Errorf("10^300 × 10^100 = %v, %v; want 10^400", got.Decimal(), err)
	}
	got, err = Pence(1).Mul(decimal.New(1, -398))
	if err != nil || got.Decimal().Exponent() != -MaxDigits {
		t.Errorf("£0.01 × 10^-398 = %v, %v; want 10^-400", got.Decimal(), err)
	}
	if got, err := mustNew(dec("1e399"), GBP).MulInt(11); !errors.Is(err, ErrRange) {
		t.Errorf("10^399 × 11 = %v, %v; want ErrRange", got.Decimal(), err)
	}
	if got, err := mustNew(dec("1e399"), GBP).MulInt(10); err != nil || !got.Decimal().Equal(dec("1e400")) {
		t.Errorf("10^399 × 10 = %v, %v; want 10^400", got.Decimal(), err)
	}
}

func TestNewBeyondLimit(t *testing.T) {
	// Adding 1p to New(1e(2^22)) used to take seconds aligning the two.
	for _, d := range []decimal.Decimal{
		decimal.New(1, 1<<22), decimal.New(1, math.MaxInt32), decimal.New(1, -MaxDigits-1),
		decimal.New(0, MaxDigits+1), dec("1" + strings.Repeat("0", MaxDigits) + ".01"),
		decimal.New(11, MaxDigits-1),
	} {
		if a, err := New(d, GBP); !errors.Is(err, ErrRange) {
			t.Errorf("New(%v) = %v, %v; want ErrRange", d, a.Decimal(), err)
		}
	}
	for _, s := range []string{"1e400", "-1e400", "1e-400", "-" + strings.Repeat("9", MaxDigits)} {
		if _, err := New(dec(s), GBP); err != nil {
			t.Errorf("New(%s) error: %v", s, err)
		}
	}
}

func TestAddBeyondLimit(t *testing.T) {
	top := mustNew(dec("1e400"), GBP)
	nines := mustNew(dec(strings.Repeat("9", MaxDigits)), GBP)
	if got, err := top.Add(Pence(1)); !errors.Is(err, ErrRange) {
		t.Errorf("10^400 + £0.01 = %v, %v; want ErrRange", got.Decimal(), err)
	}
	if got, err := top.Neg().Sub(Pence(1)); !errors.Is(err, ErrRange) {
		t.Errorf("-10^400 - £0.01 = %v, %v; want ErrRange", got.Decimal(), err)
	}
	if got, err := nines.Add(nines); !errors.Is(err, ErrRange) {
		t.Errorf("(10^400-1) + (10^400-1) = %v, %v; want ErrRange", got.Decimal(), err)
	}
	// A total that strays past the limit on the way but ends inside it is
	// exact: only the result is bounded.
	if got, err := Sum(top, top, top.Neg()); err != nil || !got.Equal(top) {
		t.Errorf("Sum(10^400, 10^400, -10^400) = %v, %v; want 10^400", got.Decimal(), err)
	}
	if got, err := Sum(top, Pence(1)); !errors.Is(err, ErrRange) {
		t.Errorf("Sum(10^400, £0.01) = %v, %v; want ErrRange", got.Decimal(), err)
	}
	// The compact form near the top of the range is checked too.
	big := Amount{coef: 9, exp: MaxDigits - 1, code: GBP}
	if got, err := big.Add(big); !errors.Is(err, ErrRange) {
		t.Errorf("9e399 + 9e399 = %v, %v; want ErrRange", got.Decimal(), err)
	}
	if got, err := Sum(big, big); !errors.Is(err, ErrRange) {
		t.Errorf("Sum(9e399, 9e399) = %v, %v; want ErrRange", got.Decimal(), err)
	}
	// The widest gap the limit allows, 10^400 and 10^-400, adds exactly.
	tiny := mustNew(decimal.New(1, -MaxDigits), GBP)
	got, err := top.Sub(tiny)
	if want := strings.Repeat("9", MaxDigits) + "." + strings.Repeat("9", MaxDigits); err != nil || got.Decimal().String() != want {
		t.Errorf("10^400 - 10^-400 = %v, %v; want %s", got.Decimal(), err, want)
	}
}

func TestDivBeyondLimit(t *testing.T) {
	for _, tt := range []struct {
		name   string
		d      decimal.Decimal
		places int32
	}{
		{"places far below", dec("3"), math.MinInt32},
		{"places far above", dec("3"), 1 << 24},
		{"tiny divisor", decimal.New(1, -MaxDigits), 0},
		{"divisor beyond the limit", decimal.New(1, math.MinInt32), 2},
	} {
		if got, err := mustNew(dec("1e300"), GBP).Div(tt.d, tt.places, HalfUp); !errors.Is(err, ErrRange) {
			t.Errorf("%s: Div = %v, %v; want ErrRange", tt.name, got.Decimal(), err)
		}
	}
	got, err := Pounds(1).Div(dec("3"), MaxDigits, Down)
	if want := "0." + strings.Repeat("3", MaxDigits); err != nil || got.Decimal().String() != want {
		t.Errorf("£1 ÷ 3 to %d places = %v, %v; want %s", MaxDigits, got.Decimal(), err, want)
	}
}

func TestReadBeyondLimit(t *testing.T) {
	// A JSON number of more than 1,024 digits in exponent form used to be
	// accepted, though its own String could not be read back.
	long := strings.Repeat("7", 1100)
	bad := []string{
		`{"amount":` + long + `e0,"currency":"GBP"}`,
		`{"amount":"` + long + `","currency":"GBP"}`,
		`{"amount":"` + strings.Repeat("7", 1_000_000) + `","currency":"GBP"}`,
		`{"amount":1` + strings.Repeat("0", 401) + `,"currency":"GBP"}`,
		`{"amount":1e401,"currency":"GBP"}`,
		`{"amount":1e-401,"currency":"GBP"}`,
		`{"amount":0.1e-400,"currency":"GBP"}`,
		`{"amount":1e99999999999,"currency":"GBP"}`,
		`{"amount":1e-99999999999,"currency":"GBP"}`,
		`{"amount":"0.` + strings.Repeat("0", 400) + `1","currency":"GBP"}`,
	}
	for _, in := range bad {
		var a Amount
		if err := a.UnmarshalJSON([]byte(in)); !errors.Is(err, ErrRange) {
			t.Errorf("UnmarshalJSON(%.60s…) error = %v, want ErrRange", in, err)
		}
	}
	for _, in := range []string{
		"GBP " + strings.Repeat("7", MaxDigits+1),
		"£0." + strings.Repeat("0", MaxDigits) + "1",
		"1" + strings.Repeat("0", MaxDigits) + ".01 GBP",
	} {
		if _, err := Parse(in); !errors.Is(err, ErrRange) {
			t.Errorf("Parse(%.60q…) error = %v, want ErrRange", in, err)
		}
		var a Amount
		if err := a.UnmarshalText([]byte(in)); !errors.Is(err, ErrRange) {
			t.Errorf("UnmarshalText(%.60q…) error = %v, want ErrRange", in, err)
		}
	}
	// The largest and finest amounts the limit allows are read, and every
	// form they are written in reads back.
	for _, in := range []string{
		`{"amount":1e400,"currency":"GBP"}`,
		`{"amount":-1e400,"currency":"CHF"}`,
		`{"amount":1e-400,"currency":"GBP"}`,
		`{"amount":"-` + strings.Repeat("9", MaxDigits) + "." + strings.Repeat("9", MaxDigits) + `","currency":"GBP"}`,
		`{"amount":0e400,"currency":"GBP"}`,
	} {
		var a Amount
		if err := a.UnmarshalJSON([]byte(in)); err != nil {
			t.Errorf("UnmarshalJSON(%.60s…) error: %v", in, err)
			continue
		}
		roundTrip(t, a)
	}
}

// roundTrip checks that a's String, text and JSON read back as a.
func roundTrip(t *testing.T, a Amount) {
	t.Helper()
	if b, err := Parse(a.String()); err != nil || !b.Equal(a) {
		t.Errorf("Parse(String() of %v) = %v, %v", a.Decimal(), b.Decimal(), err)
	}
	text, _ := a.MarshalText()
	var b Amount
	if err := b.UnmarshalText(text); err != nil || !b.Equal(a) {
		t.Errorf("UnmarshalText(%.60q…) = %v, %v; want %v", text, b.Decimal(), err, a.Decimal())
	}
	js, _ := a.MarshalJSON()
	if err := b.UnmarshalJSON(js); err != nil || !b.Equal(a) {
		t.Errorf("UnmarshalJSON(%.60s…) = %v, %v; want %v", js, b.Decimal(), err, a.Decimal())
	}
}

func TestUnmarshalJSONTrailingData(t *testing.T) {
	for _, in := range []string{
		`{"amount":"1","currency":"GBP"} trailing`,
		`{"amount":"1","currency":"GBP"}{"amount":"2","currency":"GBP"}`,
		`{"amount":"1","currency":"GBP"},`,
		`{"amount":1 2,"currency":"GBP"}`,
		`{"amount":"1","currency":"GBP"`,
	} {
		var a Amount
		if err := a.UnmarshalJSON([]byte(in)); !errors.Is(err, ErrSyntax) {
			t.Errorf("UnmarshalJSON(%s) error = %v, want ErrSyntax", in, err)
		}
	}
	var a Amount
	if err := a.UnmarshalJSON([]byte(" \n{ \"currency\" : \"GBP\" ,\t\"amount\" : 2.5 }\r\n")); err != nil || !a.Equal(MustParse("£2.5")) {
		t.Errorf("UnmarshalJSON with space around every token = %v, %v; want £2.5", a, err)
	}
}
