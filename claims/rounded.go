package claims

import (
	"math/bits"

	"github.com/shopspring/decimal"
)

// pow10u holds 10^0 through 10^19, the powers of ten that fit in a uint64.
var pow10u = [...]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// absU returns |n| as a uint64, which holds it even for math.MinInt64.
func absU(n int64) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
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
