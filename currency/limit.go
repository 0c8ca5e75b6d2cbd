package currency

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// MaxDigits bounds every Amount: its magnitude is at most 10^MaxDigits and it
// has at most MaxDigits decimal places. The bound is far beyond any sum of
// money, and it is one bound for every way an amount is made: Parse,
// UnmarshalText, UnmarshalJSON and New refuse a value outside it, and Add,
// Sub, Sum, Mul, MulInt, Div and DivInt return an error rather than a result
// outside it, each matching ErrRange. Round takes places outside ±MaxDigits as
// the nearest of the two. So every amount's String, MarshalText and
// MarshalJSON fit in the 1024 bytes that Parse reads, and no operation does
// work out of proportion to the digits it was given.
const MaxDigits = 400

// maxParts is the most parts Split and Allocate share an amount into: a
// million is more than the awards of a national grants file, and keeps the
// result's memory to tens of megabytes.
const maxParts = 1 << 20

// maxFastExp is the largest exponent at which every int64 coefficient lies
// within MaxDigits, so that a compact result needs no further check.
const maxFastExp = MaxDigits - maxCompactDigits - 1

var (
	errPlaces    = expected(ErrRange, "want at most "+itoa(MaxDigits)+" decimal places")
	errMagnitude = expected(ErrRange, "want a magnitude of at most 10^"+itoa(MaxDigits))
	errParts     = expected(ErrRange, "want at most "+itoa(maxParts)+" parts")
)

// clampPlaces returns places limited to ±MaxDigits.
func clampPlaces(places int32) int32 { return min(max(places, -MaxDigits), MaxDigits) }

// checkPlaces returns an error matching ErrRange if places lies outside
// ±MaxDigits.
func checkPlaces(places int32) error {
	if places < -MaxDigits || places > MaxDigits {
		return expected(ErrRange, "want places within ±"+itoa(MaxDigits)+", got "+itoa(int64(places)))
	}
	return nil
}

// check returns an error matching ErrRange if a lies outside MaxDigits.
func (a Amount) check() error {
	if a.wide != nil {
		return checkDecimal(a.wide())
	}
	return checkCompact(a.coef, a.exp)
}

// checkCompact is check for the value c×10^e.
func checkCompact(c int64, e int32) error {
	switch {
	case e < -MaxDigits:
		return errPlaces
	case e <= maxFastExp:
		return nil
	case e > MaxDigits || uabs(c) > uint64(pow10[MaxDigits-e]):
		return errMagnitude
	}
	return nil
}

// checkDecimal is check for d. It looks at the size of d's coefficient
// before any arithmetic, so that it costs little however large d is.
func checkDecimal(d decimal.Decimal) error {
	e := d.Exponent()
	switch {
	case e < -MaxDigits:
		return errPlaces
	case e > MaxDigits:
		return errMagnitude
	}
	k := int(MaxDigits - e) // |coefficient| must be at most 10^k
	c := d.Coefficient()
	// 2^n <= 10^k while n <= k×log2(10), which lies between 3.321k and 3.322k.
	switch n := c.BitLen(); {
	case n <= k*3321/1000:
		return nil
	case n-1 > k*3322/1000:
		return errMagnitude
	}
	if c.CmpAbs(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)) > 0 {
		return errMagnitude
	}
	return nil
}

// checked returns d in currency c, or an error matching ErrRange if d lies
// outside MaxDigits.
func checked(d decimal.Decimal, c Code) (Amount, error) {
	if err := checkDecimal(d); err != nil {
		return Amount{}, err
	}
	return fromDecimal(d, c), nil
}
