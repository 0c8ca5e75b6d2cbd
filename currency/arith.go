package currency

import (
	"cmp"

	"github.com/shopspring/decimal"
)

// ratioPlaces is the number of decimal places Ratio keeps.
const ratioPlaces = 16

// common returns the currency an operation on a and b works in: their shared
// currency, or the other's when one of them is the zero Amount's.
func common(op string, a, b Amount) (Code, error) {
	switch {
	case a.code == b.code:
		return a.code, nil
	case a.code.IsZero() && a.IsZero():
		return b.code, nil
	case b.code.IsZero() && b.IsZero():
		return a.code, nil
	}
	return Code{}, &MismatchError{Op: op, A: a.code, B: b.code}
}

// Add returns a+b, exactly, keeping the finer of the two scales
// (£1.5 + £0.25 = £1.75). It returns a *MismatchError if a and b are in
// different currencies (the zero Amount mixes with any currency), and an
// error matching ErrRange if the sum's magnitude is above 10^MaxDigits.
func (a Amount) Add(b Amount) (Amount, error) {
	// The common case, two compact amounts in one currency, in line.
	if a.code == b.code && a.wide == nil && b.wide == nil {
		if x, y, e, ok := align(a.coef, a.exp, b.coef, b.exp); ok && e <= maxFastExp {
			if s, ok := add64(x, y); ok {
				return Amount{coef: s, exp: e, code: a.code}, nil
			}
		}
	}
	c, err := common("Add", a, b)
	if err != nil {
		return Amount{}, err
	}
	return addChecked("Add", a, b, c)
}

// Sub returns a-b, exactly, with the errors of Add.
func (a Amount) Sub(b Amount) (Amount, error) {
	// The common case, as in Add: two compact amounts in one currency,
	// in line, without negating b first.
	if a.code == b.code && a.wide == nil && b.wide == nil {
		if x, y, e, ok := align(a.coef, a.exp, b.coef, b.exp); ok && e <= maxFastExp {
			if d, ok := sub64(x, y); ok {
				return Amount{coef: d, exp: e, code: a.code}, nil
			}
		}
	}
	c, err := common("Sub", a, b)
	if err != nil {
		return Amount{}, err
	}
	return addChecked("Sub", a, b.Neg(), c)
}

// add returns a+b in currency c.
func add(a, b Amount, c Code) Amount {
	if a.wide == nil && b.wide == nil {
		if x, y, e, ok := align(a.coef, a.exp, b.coef, b.exp); ok {
			if s, ok := add64(x, y); ok {
				return Amount{coef: s, exp: e, code: c}
			}
		}
	}
	return fromDecimal(a.Decimal().Add(b.Decimal()), c)
}

// addChecked is add for op, with an error if the sum lies outside
// MaxDigits. In-range operands are at most 2×MaxDigits digits apart, so the
// sum costs little whatever they are.
func addChecked(op string, a, b Amount, c Code) (Amount, error) {
	r := add(a, b, c)
	if r.wide != nil || r.exp > maxFastExp {
		if err := r.check(); err != nil {
			return Amount{}, &opError{op: op, err: err}
		}
	}
	return r, nil
}

// Sum returns the total of amounts, exactly. The sum of no amounts is the
// zero Amount. It returns a *MismatchError naming the first two currencies
// that differ; zero Amounts mix with any currency.
//
// Sum adds in int64 while the running total and every term fit, without
// allocating, and finishes exactly in decimal from the first term that does
// not fit; the result is the same either way. Like Add, it returns an error
// matching ErrRange if the total's magnitude is above 10^MaxDigits.
func Sum(amounts ...Amount) (Amount, error) {
	var total Amount
	for i, a := range amounts {
		if a.code != total.code {
			c, err := common("Sum", total, a)
			if err != nil {
				return Amount{}, err
			}
			total.code = c
		}
		if a.wide == nil && total.wide == nil {
			if a.exp == total.exp {
				if s, ok := add64(total.coef, a.coef); ok {
					total.coef = s
					continue
				}
			} else if x, y, e, ok := align(total.coef, total.exp, a.coef, a.exp); ok {
				if s, ok := add64(x, y); ok {
					total.coef, total.exp = s, e
					continue
				}
			}
		}
		return sumDecimal(total, amounts[i:])
	}
	if total.exp > maxFastExp {
		if err := total.check(); err != nil {
			return Amount{}, &opError{op: "Sum", err: err}
		}
	}
	return total, nil
}

// sumDecimal adds amounts to total in arbitrary precision.
func sumDecimal(total Amount, amounts []Amount) (Amount, error) {
	d := total.Decimal()
	for _, a := range amounts {
		c, err := common("Sum", total, a)
		if err != nil {
			return Amount{}, err
		}
		total.code = c
		d = d.Add(a.Decimal())
	}
	r, err := checked(d, total.code)
	if err != nil {
		return Amount{}, &opError{op: "Sum", err: err}
	}
	return r, nil
}

// Mul returns a×d, exactly: the result carries the decimal places of both
// factors (£2.40 × 1.5 is 3.600 pounds), so a product such as £0.125 keeps
// its fraction of a penny until it is rounded with Round or RoundToMinor.
// It returns an error matching ErrRange if the product has more than
// MaxDigits decimal places or a magnitude above 10^MaxDigits; it finds that
// out from the sizes of a and d before it multiplies.
func (a Amount) Mul(d decimal.Decimal) (Amount, error) {
	if a.wide == nil && d.NumDigits() <= maxCompactDigits {
		if p, ok := mul64(a.coef, d.CoefficientInt64()); ok {
			if e := int64(a.exp) + int64(d.Exponent()); e >= -MaxDigits && e <= maxFastExp {
				return Amount{coef: p, exp: int32(e), code: a.code}, nil
			}
		}
	}
	r, err := mulDecimal(a.Decimal(), d, a.code)
	if err != nil {
		return Amount{}, &opError{op: "Mul", err: err}
	}
	return r, nil
}

// mulDecimal returns x×y in currency c, checking the product's exponent and
// the length of its coefficient before computing it.
func mulDecimal(x, y decimal.Decimal, c Code) (Amount, error) {
	e := int64(x.Exponent()) + int64(y.Exponent())
	switch {
	case e < -MaxDigits:
		return Amount{}, errPlaces
	case e > MaxDigits:
		return Amount{}, errMagnitude
	}
	// The coefficient may reach 10^(MaxDigits-e), some 3.32×(MaxDigits-e)
	// bits; a non-zero product of numbers of n and m bits has at least
	// n+m-1.
	if !x.IsZero() && !y.IsZero() && x.Coefficient().BitLen()+y.Coefficient().BitLen()-1 > int(MaxDigits-e)*3322/1000+1 {
		return Amount{}, errMagnitude
	}
	return checked(x.Mul(y), c)
}

// MulInt returns a×n, exactly, with the range error of Mul.
func (a Amount) MulInt(n int64) (Amount, error) {
	r := mulInt(a, n)
	if r.wide != nil || r.exp > maxFastExp {
		if err := r.check(); err != nil {
			return Amount{}, &opError{op: "MulInt", err: err}
		}
	}
	return r, nil
}

// mulInt returns a×n, exactly, whatever its size.
func mulInt(a Amount, n int64) Amount {
	if a.wide == nil {
		if p, ok := mul64(a.coef, n); ok {
			return Amount{coef: p, exp: a.exp, code: a.code}
		}
	}
	return fromDecimal(a.Decimal().Mul(decimal.NewFromInt(n)), a.code)
}

// Div returns a÷d rounded to places decimal places with the given rounding
// mode (£4,000,000 ÷ 24,000 to 2 places, HalfUp, is £166.67). The result has
// exactly places decimal places. It returns an error matching
// ErrDivideByZero if d is zero, and matching ErrRange if places lies outside
// ±MaxDigits or d or the quotient lies outside MaxDigits.
func (a Amount) Div(d decimal.Decimal, places int32, mode Rounding) (Amount, error) {
	if d.IsZero() {
		return Amount{}, &opError{op: "Div", err: ErrDivideByZero}
	}
	err := checkPlaces(places)
	if err == nil {
		err = checkDecimal(d)
	}
	var q Amount
	if err == nil {
		q, err = checked(quo(a.Decimal(), d, places, mode), a.code)
	}
	if err != nil {
		return Amount{}, &opError{op: "Div", err: err}
	}
	return q, nil
}

// DivInt is Div by the integer n, for sharing a sum over a count of people,
// cases or years.
func (a Amount) DivInt(n int64, places int32, mode Rounding) (Amount, error) {
	if n == 0 {
		return Amount{}, &opError{op: "DivInt", err: ErrDivideByZero}
	}
	return a.Div(decimal.NewFromInt(n), places, mode)
}

// Ratio returns a÷b, how many times b goes into a (£4.5m against £2.4m is
// 1.875), rounded half up to 16 decimal places with trailing zeros dropped.
// It returns a *MismatchError if a and b are in different currencies and an
// error matching ErrDivideByZero if b is zero.
func (a Amount) Ratio(b Amount) (decimal.Decimal, error) {
	if _, err := common("Ratio", a, b); err != nil {
		return decimal.Decimal{}, err
	}
	if b.IsZero() {
		return decimal.Decimal{}, &opError{op: "Ratio", err: ErrDivideByZero}
	}
	if a.wide == nil && b.wide == nil {
		if q, ok := ratio64(a.coef, a.exp, b.coef, b.exp); ok {
			return trim64(q, -ratioPlaces), nil
		}
	}
	return trim(quo(a.Decimal(), b.Decimal(), ratioPlaces, HalfUp)), nil
}

// Compare returns -1 if a < b, 0 if a == b and +1 if a > b, comparing values
// regardless of scale (£2.4 and £2.40 compare equal). It returns a
// *MismatchError if a and b are in different currencies; the zero Amount
// compares with any currency.
func (a Amount) Compare(b Amount) (int, error) {
	// The common case, two compact amounts in one currency, in line.
	if a.code == b.code && a.wide == nil && b.wide == nil {
		if x, y, _, ok := align(a.coef, a.exp, b.coef, b.exp); ok {
			return cmp.Compare(x, y), nil
		}
	}
	if _, err := common("Compare", a, b); err != nil {
		return 0, err
	}
	return cmpValue(a, b), nil
}

// Equal reports whether a and b are in the same currency and have the same
// value, regardless of scale: £2.40 equals £2.4, and £0 does not equal €0.
func (a Amount) Equal(b Amount) bool {
	return a.code == b.code && cmpValue(a, b) == 0
}

// cmpValue compares the values of a and b, ignoring their currencies.
func cmpValue(a, b Amount) int {
	if a.wide == nil && b.wide == nil {
		if a.exp == b.exp {
			// One scale, the commonest case, with no call to align.
			return cmp.Compare(a.coef, b.coef)
		}
		if x, y, _, ok := align(a.coef, a.exp, b.coef, b.exp); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return a.Decimal().Cmp(b.Decimal())
}

// add32 returns x+y, or ok=false if that overflows an int32.
func add32(x, y int32) (int32, bool) {
	s := int64(x) + int64(y)
	return int32(s), s == int64(int32(s))
}

// trim drops the trailing zeros of d's fraction; shopspring's String already
// writes d without them, and reading that back gives the shortest scale.
func trim(d decimal.Decimal) decimal.Decimal {
	if t, err := decimal.NewFromString(d.String()); err == nil {
		return t
	}
	return d
}

// An opError records an arithmetic failure.
type opError struct {
	op  string
	err error
}

func (e *opError) Error() string { return "currency: " + e.op + ": " + e.err.Error() }
func (e *opError) Unwrap() error { return e.err }
