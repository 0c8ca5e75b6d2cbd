package claims

import (
	"math"
	"math/bits"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

// ratioScale is 10^16: ratios are kept to 16 decimal places, as currency's
// Amount.Ratio keeps them.
const ratioScale = 1e16

// pow10u holds 10^0 through 10^19, the powers of ten that fit in a uint64.
var pow10u = [...]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// A coef is an amount's value as an int64 coefficient and a power of ten,
// when it fits: the form the fast ratio works in.
type coef struct {
	c  int64
	e  int32
	ok bool
}

// coefOf returns a's value as a coef. It reads the digits that currency
// writes for a in ISO style, which never rounds, so that it need not
// allocate a big integer as a.Decimal() does; an amount of more than 18
// digits gives ok=false.
func coefOf(a currency.Amount) coef {
	var buf [64]byte
	text := a.AppendFormat(buf[:0], currency.ISO)
	var c uint64
	var e int32
	digits, neg, point := 0, false, false
	for _, b := range text {
		switch {
		case b >= '0' && b <= '9':
			if digits == 0 && b == '0' && !point {
				continue // leading zeros carry no digits
			}
			if digits++; digits > 18 {
				return coef{}
			}
			c = c*10 + uint64(b-'0')
			if point {
				e--
			}
		case b == '.':
			point = true
		case b == '-':
			neg = true
		}
	}
	if digits == 0 && c == 0 {
		return coef{ok: true}
	}
	if neg {
		return coef{c: -int64(c), e: e, ok: true}
	}
	return coef{c: int64(c), e: e, ok: true}
}

// scaledRatio returns a ÷ b × 10^16 rounded half away from zero, and
// whether it could work it out in 128-bit integers; if not, the caller
// falls back to decimal arithmetic. b must not be zero.
func scaledRatio(a, b coef) (int64, bool) {
	if !a.ok || !b.ok || b.c == 0 {
		return 0, false
	}
	neg := (a.c < 0) != (b.c < 0)
	num, den := absU(a.c), absU(b.c)
	k := 16 + int(a.e) - int(b.e) // result = num × 10^k ÷ den
	for k < 0 {
		step := min(-k, 19)
		hi, lo := bits.Mul64(den, pow10u[step])
		if hi != 0 {
			return 0, false
		}
		den, k = lo, k+step
	}
	var hi, lo uint64 = 0, num
	for k > 0 {
		step := min(k, 19)
		var ok bool
		if hi, lo, ok = mul128(hi, lo, pow10u[step]); !ok {
			return 0, false
		}
		k -= step
	}
	if hi >= den {
		return 0, false // the quotient does not fit in 64 bits
	}
	q, rem := bits.Div64(hi, lo, den)
	if rem >= den-rem { // rem × 2 ≥ den: half or more rounds away from zero
		q++
	}
	if q > math.MaxInt64 {
		return 0, false
	}
	if neg {
		return -int64(q), true
	}
	return int64(q), true
}

// mul128 returns the 128-bit product of (hi, lo) and m, or ok=false if it
// does not fit in 128 bits.
func mul128(hi, lo, m uint64) (uint64, uint64, bool) {
	h1, l1 := bits.Mul64(lo, m)
	h2, l2 := bits.Mul64(hi, m)
	if h2 != 0 {
		return 0, 0, false
	}
	nh, carry := bits.Add64(l2, h1, 0)
	if carry != 0 {
		return 0, 0, false
	}
	return nh, l1, true
}

// absU returns |n| as a uint64, which holds it even for math.MinInt64.
func absU(n int64) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

// trimmed returns c × 10^e as a decimal without trailing zeros after the
// decimal point, as shopspring's String would write it and currency's
// Ratio returns it.
func trimmed(c int64, e int32) decimal.Decimal {
	for e < 0 && c != 0 && c%10 == 0 {
		c /= 10
		e++
	}
	if c == 0 {
		e = 0
	}
	return decimal.New(c, e)
}

// moneyRatio returns a ÷ b and (a ÷ b − 1) × 100 as currency's Amount.Ratio
// and decimal arithmetic would, exactly, with the scaled ratio (×10^16) and
// whether it was worked out in integers. It returns an error if b is zero or
// in another currency than a.
func moneyRatio(a currency.Amount, ac coef, b currency.Amount, bc coef) (ratio, percent decimal.Decimal, scaled int64, fast bool, err error) {
	if a.Currency() == b.Currency() && !b.IsZero() {
		if q, ok := scaledRatio(ac, bc); ok && q >= math.MinInt64+ratioScale {
			return trimmed(q, -16), trimmed(q-ratioScale, -14), q, true, nil
		}
	}
	ratio, err = a.Ratio(b)
	if err != nil {
		return decimal.Decimal{}, decimal.Decimal{}, 0, false, err
	}
	return ratio, ratio.Sub(decimal.New(1, 0)).Mul(hundred), 0, false, nil
}

// appendRounded appends d (its absolute value if abs is set) rounded half
// away from zero to places decimal places, without trailing zeros, as
// d.Round(places).String() would, but without allocating when d's
// coefficient fits in an int64.
func appendRounded(dst []byte, d decimal.Decimal, places int32, abs bool) []byte {
	if d.NumDigits() > 18 || places < 0 || places > 18 {
		if abs {
			d = d.Abs()
		}
		return append(dst, d.Round(places).String()...)
	}
	c, e := d.CoefficientInt64(), d.Exponent()
	neg := c < 0 && !abs
	u := absU(c)
	switch {
	case e > 0:
		hi, lo := uint64(1), uint64(0)
		if e <= 19 {
			hi, lo = bits.Mul64(u, pow10u[e])
		}
		if hi != 0 {
			if abs {
				d = d.Abs()
			}
			return append(dst, d.Round(places).String()...)
		}
		u, e = lo, 0
	case e < -places:
		shift := -places - e
		if shift > 19 {
			u, e = 0, -places
			break
		}
		div := pow10u[shift]
		q, rem := u/div, u%div
		if rem >= div-rem {
			q++
		}
		u, e = q, -places
	}
	return appendScaled(dst, neg && u != 0, u, -e)
}

// appendScaled appends u × 10^-places, with a minus sign if neg, without
// trailing zeros after the point.
func appendScaled(dst []byte, neg bool, u uint64, places int32) []byte {
	for places > 0 && u%10 == 0 {
		u /= 10
		places--
	}
	if neg {
		dst = append(dst, '-')
	}
	var tmp [24]byte
	digits := appendUint(tmp[:0], u)
	if int(places) >= len(digits) {
		dst = append(dst, '0', '.')
		for i := len(digits); i < int(places); i++ {
			dst = append(dst, '0')
		}
		return append(dst, digits...)
	}
	cut := len(digits) - int(places)
	dst = append(dst, digits[:cut]...)
	if places > 0 {
		dst = append(dst, '.')
		dst = append(dst, digits[cut:]...)
	}
	return dst
}

// appendUint appends u in decimal.
func appendUint(dst []byte, u uint64) []byte {
	var tmp [20]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(dst, tmp[i:]...)
}
