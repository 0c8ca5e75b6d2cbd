package currency

import (
	"math"
	"math/bits"

	"github.com/shopspring/decimal"
)

// This file holds the int64 fast paths behind Amount's compact form. Each
// reports ok=false instead of overflowing; the caller then takes the exact
// decimal path, so results never depend on which path ran.

const (
	minInt64 = math.MinInt64
	maxInt64 = math.MaxInt64

	// maxCompactDigits is the most decimal digits every int64 can hold.
	maxCompactDigits = 18
)

// pow10 holds 10^0 through 10^18, the powers of ten that fit in an int64.
var pow10 = [...]int64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
}

// fromDecimal returns d in currency c, in the compact form when its
// coefficient fits in an int64.
func fromDecimal(d decimal.Decimal, c Code) Amount {
	if d.NumDigits() <= maxCompactDigits {
		return Amount{coef: d.CoefficientInt64(), exp: d.Exponent(), code: c}
	}
	return Amount{code: c, wide: newWide(d)}
}

// maxScalable holds maxInt64 / 10^k: the largest |c| that c × 10^k leaves
// in an int64 for k from 1 to 18. (For k = 0 every c does.) It spares
// scaleUp two divisions, which cost more than all the rest of an Add.
var maxScalable = func() (t [len(pow10)]int64) {
	for k, m := range pow10 {
		t[k] = maxInt64 / m
	}
	return t
}()

// scaleUp returns c × 10^k, or ok=false if that overflows.
func scaleUp(c int64, k int32) (int64, bool) {
	switch {
	case k == 0:
		return c, true
	case uint32(k) > maxCompactDigits:
		return 0, c == 0 && k >= 0
	}
	// minInt64 / 10^k is -(maxInt64 / 10^k) for k >= 1, as 10^k does not
	// divide 2^63, so one bound serves both signs.
	if lim := maxScalable[k]; c > lim || c < -lim {
		return 0, false
	}
	return c * pow10[k], true
}

// align returns the coefficients of x×10^ex and y×10^ey at the smaller of the
// two exponents.
func align(x int64, ex int32, y int64, ey int32) (int64, int64, int32, bool) {
	switch {
	case ex == ey:
		return x, y, ex, true
	case ex > ey:
		xs, ok := scaleUp(x, ex-ey)
		return xs, y, ey, ok
	default:
		ys, ok := scaleUp(y, ey-ex)
		return x, ys, ex, ok
	}
}

// add64 returns x+y, or ok=false if that overflows.
func add64(x, y int64) (int64, bool) {
	s := x + y
	return s, (x >= 0) != (y >= 0) || (s >= 0) == (x >= 0)
}

// sub64 returns x−y, or ok=false if that overflows.
func sub64(x, y int64) (int64, bool) {
	d := x - y
	return d, (x >= 0) == (y >= 0) || (d >= 0) == (x >= 0)
}

// mul64 returns x×y, or ok=false if that overflows. A product of exactly
// math.MinInt64 is reported as an overflow too, which keeps mul64 small
// enough to inline; the caller's exact path gives the same value.
func mul64(x, y int64) (int64, bool) {
	hi, lo := bits.Mul64(uabs(x), uabs(y))
	if hi != 0 || lo > maxInt64 {
		return 0, false
	}
	if (x < 0) != (y < 0) {
		return -int64(lo), true
	}
	return int64(lo), true
}

// uabs returns |x| as a uint64, which holds |math.MinInt64| too.
func uabs(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

// ratio64 returns x×10^ex ÷ y×10^ey scaled by 10^16 and rounded half away
// from zero, working in 128-bit integers, or ok=false when an intermediate
// or the result does not fit. y must not be zero.
func ratio64(x int64, ex int32, y int64, ey int32) (int64, bool) {
	num, den := uabs(x), uabs(y)
	k := ratioPlaces + int(ex) - int(ey) // the result is num × 10^k ÷ den
	for k < 0 {
		step := min(-k, maxCompactDigits)
		hi, lo := bits.Mul64(den, uint64(pow10[step]))
		if hi != 0 {
			return 0, false
		}
		den, k = lo, k+step
	}
	var hi, lo uint64 = 0, num
	for k > 0 {
		step := min(k, maxCompactDigits)
		h1, l1 := bits.Mul64(lo, uint64(pow10[step]))
		h2, l2 := bits.Mul64(hi, uint64(pow10[step]))
		h, carry := bits.Add64(l2, h1, 0)
		if h2 != 0 || carry != 0 {
			return 0, false
		}
		hi, lo, k = h, l1, k-step
	}
	if hi >= den {
		return 0, false // the quotient needs more than 64 bits
	}
	q, rem := bits.Div64(hi, lo, den)
	if rem >= den-rem { // twice the remainder is at least the divisor
		q++
	}
	if q > maxInt64 {
		return 0, false
	}
	if (x < 0) != (y < 0) {
		return -int64(q), true
	}
	return int64(q), true
}

// trim64 returns c×10^e as a decimal with the trailing zeros of its
// fraction dropped.
func trim64(c int64, e int32) decimal.Decimal {
	for e < 0 && c%10 == 0 {
		c /= 10
		e++
	}
	if c == 0 {
		e = 0
	}
	return decimal.New(c, e)
}
