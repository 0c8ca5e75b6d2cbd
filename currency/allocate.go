package currency

import (
	"cmp"
	"math/big"
	"math/bits"
	"slices"

	"github.com/shopspring/decimal"
)

// Split shares a into n parts that differ by at most one minor unit and add
// up to a exactly: £2,165,000 split three ways is £721,666.67, £721,666.67
// and £721,666.66. The leftover units go to the first parts. The unit is the
// currency's minor unit (a penny for GBP) or, for an amount with finer
// digits, its own last digit, so nothing is ever lost or invented.
//
// Split returns an error matching ErrWeights if n is less than 1, and
// matching ErrRange if n is above 1,048,576 (2^20), which is more parts than
// any sharing of money needs and keeps the result to tens of megabytes.
func (a Amount) Split(n int) ([]Amount, error) {
	switch {
	case n < 1:
		return nil, &opError{op: "Split", err: expected(ErrWeights, "want at least one part, got "+itoa(int64(n)))}
	case n > maxParts:
		return nil, &opError{op: "Split", err: errParts}
	}
	parts := make([]Amount, n)
	if units, e, ok := a.units(); ok {
		q, r := units/int64(n), units%int64(n)
		step := int64(1)
		if r < 0 {
			r, step = -r, -1
		}
		for i := range parts {
			c := q
			if int64(i) < r {
				c += step
			}
			parts[i] = Amount{coef: c, exp: e, code: a.code}
		}
		return parts, nil
	}
	weights := make([]int64, n)
	for i := range weights {
		weights[i] = 1
	}
	a.allocateBig(parts, weights, int64(n))
	return parts, nil
}

// Allocate shares a in proportion to weights, in minor units as Split does,
// so that the parts add up to a exactly. Each part is the whole's share
// rounded down; the units left over go one each to the parts whose shares
// lost the most in rounding (the largest-remainder method), ties going to
// the earlier part. Allocate(1, 1, 1) is Split(3).
//
// Allocate returns an error matching ErrWeights if there are no weights, a
// weight is negative, or they are all zero, and matching ErrRange if their
// total overflows an int64 or there are more than 1,048,576 (2^20) of them,
// Split's limit.
func (a Amount) Allocate(weights ...int64) ([]Amount, error) {
	total, err := weightTotal(weights)
	if err != nil {
		return nil, err
	}
	parts := make([]Amount, len(weights))
	if units, e, ok := a.units(); ok {
		allocate64(parts, units, e, a.code, weights, total)
		return parts, nil
	}
	a.allocateBig(parts, weights, total)
	return parts, nil
}

// weightTotal checks weights and returns their sum.
func weightTotal(weights []int64) (int64, error) {
	switch {
	case len(weights) == 0:
		return 0, &opError{op: "Allocate", err: expected(ErrWeights, "want at least one weight")}
	case len(weights) > maxParts:
		return 0, &opError{op: "Allocate", err: errParts}
	}
	var total int64
	for i, w := range weights {
		if w < 0 {
			return 0, &opError{op: "Allocate", err: expected(ErrWeights, "weight "+itoa(int64(i))+" is negative: "+itoa(w))}
		}
		s, ok := add64(total, w)
		if !ok {
			return 0, &opError{op: "Allocate", err: expected(ErrRange, "weights add up to more than an int64 holds")}
		}
		total = s
	}
	if total == 0 {
		return 0, &opError{op: "Allocate", err: expected(ErrWeights, "weights are all zero")}
	}
	return total, nil
}

// units returns a as a whole number of its smallest unit, with that unit's
// exponent: the minor unit, or a's own last digit if finer. ok is false when
// the count does not fit in an int64.
func (a Amount) units() (int64, int32, bool) {
	if a.wide != nil {
		return 0, 0, false
	}
	e := min(a.exp, -int32(a.code.MinorUnits()))
	c, ok := scaleUp(a.coef, a.exp-e)
	return c, e, ok
}

// maxStackParts is how many parts allocate64 ranks without allocating.
const maxStackParts = 64

// allocate64 fills parts with the shares of units×10^e by weights.
func allocate64(parts []Amount, units int64, e int32, code Code, weights []int64, total int64) {
	n := uabs(units)
	var stackRem [maxStackParts]uint64
	var rem []uint64
	if len(parts) <= maxStackParts {
		rem = stackRem[:len(parts)]
	} else {
		rem = make([]uint64, len(parts))
	}
	var given uint64
	for i, w := range weights {
		// n×w/total never exceeds n, so the 128-bit quotient fits in 64 bits.
		hi, lo := bits.Mul64(n, uint64(w))
		q, r := bits.Div64(hi, lo, uint64(total))
		parts[i] = Amount{coef: int64(q), exp: e, code: code}
		rem[i] = r
		given += q
	}
	bumpLargest(parts, rem, n-given)
	if units < 0 {
		for i := range parts {
			parts[i].coef = -parts[i].coef
		}
	}
}

// bumpLargest adds one unit to the k parts with the largest remainders in
// rem, earlier parts first among equals. k is less than len(parts). Up to
// maxStackParts parts it ranks them on the stack, so that Allocate's only
// allocation is its result.
func bumpLargest(parts []Amount, rem []uint64, k uint64) {
	if k == 0 {
		return
	}
	if len(rem) > maxStackParts {
		type ranked struct {
			rem uint64
			i   int
		}
		rs := make([]ranked, len(rem))
		for i, r := range rem {
			rs[i] = ranked{r, i}
		}
		// A stable sort keeps ties in index order.
		slices.SortStableFunc(rs, func(x, y ranked) int { return cmp.Compare(y.rem, x.rem) })
		for _, r := range rs[:k] {
			parts[r.i].coef++
		}
		return
	}
	var stack [maxStackParts]uint8
	idx := stack[:len(rem)]
	for i := range idx {
		idx[i] = uint8(i)
	}
	// An insertion sort, largest remainder first: it moves an index only
	// past a strictly smaller remainder, so ties keep their order.
	for i := 1; i < len(idx); i++ {
		for j := i; j > 0 && rem[idx[j-1]] < rem[idx[j]]; j-- {
			idx[j-1], idx[j] = idx[j], idx[j-1]
		}
	}
	for _, i := range idx[:k] {
		parts[i].coef++
	}
}

// allocateBig fills parts with the shares of a by weights in arbitrary
// precision, by the same rule as allocate64.
func (a Amount) allocateBig(parts []Amount, weights []int64, total int64) {
	d := a.Decimal()
	e := min(d.Exponent(), -int32(a.code.MinorUnits()))
	units := new(big.Int).Set(d.Coefficient())
	units.Mul(units, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.Exponent()-e)), nil))
	neg := units.Sign() < 0
	units.Abs(units)

	bigTotal := big.NewInt(total)
	shares := make([]*big.Int, len(weights))
	rems := make([]*big.Int, len(weights))
	given := new(big.Int)
	for i, w := range weights {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(units, big.NewInt(w)), bigTotal, new(big.Int))
		shares[i], rems[i] = q, r
		given.Add(given, q)
	}
	left := new(big.Int).Sub(units, given).Int64() // fewer than len(weights)
	idx := make([]int, len(weights))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return rems[y].Cmp(rems[x]) })
	for _, i := range idx[:left] {
		shares[i].Add(shares[i], big.NewInt(1))
	}
	for i, s := range shares {
		if neg {
			s.Neg(s)
		}
		parts[i] = fromDecimal(decimal.NewFromBigInt(s, e), a.code)
	}
}
