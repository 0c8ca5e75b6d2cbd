package currency

import (
	"github.com/shopspring/decimal"
)

// A Rounding is a rule for dropping digits. Every operation that rounds
// (Round, RoundToMinor, Div) takes one explicitly; nothing in the package
// rounds by a hidden default.
type Rounding int

// The rounding modes. The examples show 2.5, -2.5 and 2.4 rounded to whole
// units.
const (
	// RoundingUnknown is the zero Rounding. Operations given it, or any
	// value outside the list below, round as HalfEven does.
	RoundingUnknown Rounding = iota
	HalfUp                   // to nearest, ties away from zero: 3, -3, 2
	HalfEven                 // to nearest, ties to even (banker's): 2, -2, 2
	HalfDown                 // to nearest, ties toward zero: 2, -2, 2
	Down                     // toward zero (truncate): 2, -2, 2
	Up                       // away from zero: 3, -3, 3
	Floor                    // toward negative infinity: 2, -3, 2
	Ceiling                  // toward positive infinity: 3, -2, 3
)

var roundingNames = [...]string{
	RoundingUnknown: "unknown",
	HalfUp:          "half-up",
	HalfEven:        "half-even",
	HalfDown:        "half-down",
	Down:            "down",
	Up:              "up",
	Floor:           "floor",
	Ceiling:         "ceiling",
}

// String returns the mode's name in lower case ("half-even"), or
// "Rounding(9)" for a value outside the list.
func (r Rounding) String() string {
	if r >= 0 && int(r) < len(roundingNames) {
		return roundingNames[r]
	}
	return "Rounding(" + itoa(int64(r)) + ")"
}

// ParseRounding returns the mode named s, as String writes it
// ("half-up", "half-even", "half-down", "down", "up", "floor", "ceiling");
// "bankers" is accepted for half-even.
//
// ParseRounding returns an error if:
//   - s names no rounding mode (ErrSyntax);
//   - s is "unknown", which is no rule to round by.
func ParseRounding(s string) (Rounding, error) {
	if s == "bankers" {
		return HalfEven, nil
	}
	for r, name := range roundingNames {
		if r != int(RoundingUnknown) && name == s {
			return Rounding(r), nil
		}
	}
	return RoundingUnknown, &ParseError{Func: "ParseRounding", Input: s, Err: expected(ErrSyntax, "want half-up, half-even, half-down, down, up, floor or ceiling")}
}

// MarshalText returns the mode's name.
func (r Rounding) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText sets r to the mode named by text, as ParseRounding reads it.
func (r *Rounding) UnmarshalText(text []byte) error {
	v, err := ParseRounding(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Round returns a rounded to places decimal places by mode; the result has
// exactly that many places (£2.4 rounded to 2 places is £2.40). A negative
// places rounds to tens, hundreds and so on: £2,449,999 rounded to -5 places
// HalfUp is £2,400,000.
//
// Places outside ±MaxDigits are taken as the nearer of the two. Above
// MaxDigits that changes only how many zeros the result carries, since no
// amount has more places; below -MaxDigits it rounds to a unit of
// 10^MaxDigits, the largest an Amount holds, so that £5 rounded Up to -1000
// places is 10^400 pounds rather than 10^1000.
func (a Amount) Round(places int32, mode Rounding) Amount {
	places = clampPlaces(places)
	if a.wide == nil {
		if r, ok := round64(a.coef, a.exp, places, mode); ok {
			return Amount{coef: r, exp: -places, code: a.code}
		}
	}
	return fromDecimal(quo(a.Decimal(), decimal.New(1, 0), places, mode), a.code)
}

// RoundToMinor rounds a to the minor unit of its currency by mode: to pence
// for GBP, whole yen for JPY.
func (a Amount) RoundToMinor(mode Rounding) Amount {
	return a.Round(int32(a.code.MinorUnits()), mode)
}

// round64 rounds c×10^e to places decimal places in int64, or reports
// ok=false when that cannot be done without overflow.
func round64(c int64, e, places int32, mode Rounding) (int64, bool) {
	k := int64(-places) - int64(e) // how many digits to drop
	switch {
	case k <= 0:
		return scaleUp(c, int32(-k))
	case k > maxCompactDigits:
		return 0, false
	}
	// Unsigned division is the cheaper instruction, and the sign is put
	// back after.
	m := uint64(pow10[k])
	u := uabs(c)
	q, r := u/m, u%m
	sign := int64(1)
	if c < 0 {
		sign = -1
	}
	if r != 0 && bump(mode, sign, q&1 == 1, cmpHalf(r, m)) {
		q++
	}
	return sign * int64(q), true
}

// cmpHalf compares the remainder r with half the divisor m: -1, 0 or +1 as
// r is below, at or above m/2.
func cmpHalf(r, m uint64) int {
	switch twice := 2 * r; {
	case twice < m:
		return -1
	case twice > m:
		return 1
	}
	return 0
}

// bump reports whether a quotient truncated toward zero, with a non-zero
// remainder, moves one unit away from zero under mode. sign is the sign of
// the exact quotient, odd tells whether the truncated quotient is odd and
// half compares the remainder with half a unit.
func bump(mode Rounding, sign int64, odd bool, half int) bool {
	switch mode {
	case HalfUp:
		return half >= 0
	case HalfDown:
		return half > 0
	case Down:
		return false
	case Up:
		return true
	case Floor:
		return sign < 0
	case Ceiling:
		return sign > 0
	}
	return half > 0 || half == 0 && odd
}

// quo returns x÷y rounded to places decimal places by mode, exactly, in
// arbitrary precision. y must not be zero.
func quo(x, y decimal.Decimal, places int32, mode Rounding) decimal.Decimal {
	q, r := x.QuoRem(y, places) // q truncated toward zero, x = y×q + r
	if r.IsZero() {
		return q
	}
	sign := int64(x.Sign() * y.Sign())
	// Compare |r| with half a unit of the quotient times |y|.
	unit := decimal.New(1, -places)
	half := r.Abs().Add(r.Abs()).Cmp(y.Abs().Mul(unit))
	odd := q.Shift(places).BigInt().Bit(0) == 1
	if bump(mode, sign, odd, half) {
		q = q.Add(unit.Mul(decimal.NewFromInt(sign)))
	}
	return q
}

// itoa formats n in decimal without fmt.
func itoa(n int64) string {
	var b [20]byte
	return string(appendInt(b[:0], n))
}

// appendInt appends n in decimal to dst.
func appendInt(dst []byte, n int64) []byte {
	if n < 0 {
		dst = append(dst, '-')
	}
	return appendUint(dst, uabs(n))
}
