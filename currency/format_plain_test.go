package currency

import (
	"math"
	"testing"

	"golang.org/x/text/language"
)

// TestAppendPlain checks appendPlain, which appendAmount takes for compact
// amounts in Whole and Short in a plain locale, against the general path
// it stands in for, on amounts around every unit Short abbreviates to, with
// fractions, rounding that carries into the next unit, signs, and whole
// amounts on either side of the largest a uint64 holds (10^4 times
// 1,844,674,407,370,955 fits, the next does not).
func TestAppendPlain(t *testing.T) {
	plain := defaultLocale()
	if !plain.plain {
		t.Fatal("en-GB is not a plain locale")
	}
	general := newLocale(language.BritishEnglish)
	general.plain = false
	coefs := []int64{0, 1, 5, 9, 10, 12, 99, 100, 105, 999, 1_000, 1_049, 1_050, 2_400, 9_999, 99_949, 99_950,
		123_456, 999_499, 999_500, 1_000_000, 2_450_000, 2_400_001, 999_950_000, 1_234_567_890, 999_999_999_999_999,
		1_844_674_407_370_955, 1_844_674_407_370_956, math.MaxInt64}
	for _, code := range []Code{GBP, EUR, USD, JPY} {
		sym := plain.symbol(code)
		for _, c := range coefs {
			for exp := int32(-4); exp <= 4; exp++ {
				for _, sign := range []int64{1, -1} {
					a := Amount{coef: sign * c, exp: exp, code: code}
					for _, s := range []Style{Whole, Short} {
						got := string(plain.appendPlain(nil, a, s, sym))
						want := string(general.appendAmount(nil, a, s))
						if got != want {
							t.Errorf("appendPlain(%v×10^%d %v, %v) = %q, want %q", sign*c, exp, code, s, got, want)
						}
					}
				}
			}
		}
	}
}

// TestAppendGroupedUint checks the grouping of whole numbers at the
// lengths where a group begins or ends, up to the largest uint64.
func TestAppendGroupedUint(t *testing.T) {
	tests := []struct {
		u    uint64
		want string
	}{
		{0, "0"},
		{7, "7"},
		{10, "10"},
		{99, "99"},
		{100, "100"},
		{999, "999"},
		{1_000, "1,000"},
		{40_506, "40,506"},
		{999_999, "999,999"},
		{1_000_000, "1,000,000"},
		{2_400_001, "2,400,001"},
		{math.MaxUint64, "18,446,744,073,709,551,615"},
	}
	for _, tt := range tests {
		if got := string(appendGroupedUint(nil, tt.u, ',')); got != tt.want {
			t.Errorf("appendGroupedUint(%d) = %q, want %q", tt.u, got, tt.want)
		}
	}
}
