package currency

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
)

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"£2,400,000.00", "-£400,000", "€2.50", "US$3", "GBP 2400000.00", "2400000.00 GBP",
		"£", "£2.4q", "£-2m", "£1,2,3", "£1e400", "¥1,000", "£0.0000001", "£99999999999999999999999", "£12345678901234567890.125",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Parse(s)
		if err != nil {
			return
		}
		// Whatever Parse accepts survives String, text and JSON exactly.
		if b, err := Parse(a.String()); err != nil || !b.Equal(a) {
			t.Fatalf("Parse(%q) = %v; Parse(String()) = %v, %v", s, a.Decimal(), b.Decimal(), err)
		}
		text, _ := a.MarshalText()
		var b Amount
		if err := b.UnmarshalText(text); err != nil || !b.Equal(a) {
			t.Fatalf("Parse(%q): UnmarshalText(%q) = %v, %v", s, text, b.Decimal(), err)
		}
		js, _ := a.MarshalJSON()
		if err := b.UnmarshalJSON(js); err != nil || !b.Equal(a) {
			t.Fatalf("Parse(%q): UnmarshalJSON(%s) = %v, %v", s, js, b.Decimal(), err)
		}
	})
}

// FuzzFastExact feeds the same values to the int64 fast paths and to the
// arbitrary-precision ones and requires identical results, including near
// the int64 limits and at mixed scales.
func FuzzFastExact(f *testing.F) {
	f.Add(int64(216_500_000), int8(-2), int64(3), int8(0), uint16(3), int64(1), int64(2), int8(2))
	f.Add(int64(math.MaxInt64), int8(0), int64(1), int8(-2), uint16(7), int64(math.MaxInt64), int64(3), int8(-3))
	f.Add(int64(math.MinInt64), int8(-18), int64(-1), int8(18), uint16(2), int64(0), int64(1), int8(0))
	f.Fuzz(func(t *testing.T, c1 int64, e1 int8, c2 int64, e2 int8, n uint16, w1, w2 int64, places int8) {
		a := Amount{coef: c1, exp: int32(e1 % 40), code: GBP}
		b := Amount{coef: c2, exp: int32(e2 % 40), code: GBP}
		da, db := a.Decimal(), b.Decimal()

		if got, want := add(a, b, GBP), da.Add(db); !got.Decimal().Equal(want) {
			t.Fatalf("%v + %v = %v, want %v", da, db, got.Decimal(), want)
		}
		if got, want := cmpValue(a, b), da.Cmp(db); got != want {
			t.Fatalf("compare(%v, %v) = %d, want %d", da, db, got, want)
		}
		if got, _ := Sum(a, b, a); !got.Decimal().Equal(da.Add(db).Add(da)) {
			t.Fatalf("Sum(%v, %v, %v) = %v", da, db, da, got.Decimal())
		}
		if got, want := mulInt(a, c2), da.Mul(decimal.NewFromInt(c2)); !got.Decimal().Equal(want) {
			t.Fatalf("%v × %d = %v, want %v", da, c2, got.Decimal(), want)
		}
		if c2 != 0 {
			got, _ := a.Ratio(b)
			want := trim(quo(da, db, ratioPlaces, HalfUp))
			if !got.Equal(want) || got.String() != want.String() {
				t.Fatalf("%v.Ratio(%v) = %v, want %v", da, db, got, want)
			}
		}
		p := int32(places % 30)
		for mode := HalfUp; mode <= Ceiling; mode++ {
			got := a.Round(p, mode)
			want := quo(da, decimal.New(1, 0), p, mode)
			if !got.Decimal().Equal(want) {
				t.Fatalf("%v.Round(%d, %v) = %v, want %v", da, p, mode, got.Decimal(), want)
			}
		}

		parts := int(n%40) + 1
		weights := make([]int64, parts)
		for i := range weights {
			weights[i] = 1
		}
		weights[0] = max(w1, 0) % (1 << 40)
		weights[parts-1] = max(w2, 0) % (1 << 40)
		total, err := weightTotal(weights)
		if err != nil {
			return
		}
		fast, _ := a.Allocate(weights...)
		slow := make([]Amount, parts)
		a.allocateBig(slow, weights, total)
		for i := range fast {
			if !fast[i].Equal(slow[i]) {
				t.Fatalf("Allocate(%v, %v)[%d] = %v, exact path %v", da, weights, i, fast[i].Decimal(), slow[i].Decimal())
			}
		}
		// However it runs, the parts add up to the whole.
		if sum, _ := Sum(fast...); !sum.Equal(a) {
			t.Fatalf("Allocate(%v, %v) parts add up to %v", da, weights, sum.Decimal())
		}
		split, _ := a.Split(parts)
		if sum, _ := Sum(split...); !sum.Equal(a) {
			t.Fatalf("Split(%v, %d) parts add up to %v", da, parts, sum.Decimal())
		}
	})
}

// FuzzUnmarshalJSON requires that whatever UnmarshalJSON accepts marshals
// back to JSON, text and String that read back as the same amount, and that
// its one-pass reader agrees with encoding/json wherever it answers.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"amount":"2400000.00","currency":"GBP"}`, `{"currency":"EUR","amount":-1.5e3}`, `{"amount":1e400,"currency":"GBP"}`,
		`{"amount":0.1e-399,"currency":"GBP"}`, `{"amount":"1","currency":"GBP"} x`, ` { "amount" : 007 , "currency" : "JPY" } `,
		`{"amount":"1\u0030","currency":"GBP"}`, `{"Amount":"1","currency":"GBP"}`, `{"amount":"1","amount":"2","currency":"GBP"}`,
		"{\"amount\":\"\xff\",\"currency\":\"GBP\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if num, str, code, ok := scanJSON(data); ok {
			num2, str2, code2, err := decodeJSON(data)
			if err != nil || num != num2 || str != str2 || code != code2 {
				t.Fatalf("scanJSON(%s) = %q, %v, %v; encoding/json reads %q, %v, %v, %v", data, num, str, code, num2, str2, code2, err)
			}
		}
		var a Amount
		if err := a.UnmarshalJSON(data); err != nil {
			return
		}
		roundTrip(t, a)
	})
}
