package currency

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// An Amount is an exact sum of money in one currency, such as £2,400,000.00.
// Amounts are immutable values: every operation returns a new Amount and
// leaves its operands alone, so they are safe to share between goroutines.
//
// The zero Amount is 0 in the zero Code (XXX, no currency). It is the
// identity for Add and Sum: added to an amount in any currency it takes that
// currency. Any other pair of amounts in different currencies does not mix,
// and operations on them return a *MismatchError.
//
// Amounts cannot be compared with ==, because one value has many spellings
// (2.4 and 2.40): use Equal, which go-cmp also uses, or Compare.
type Amount struct {
	// The value is coef × 10^exp while wide is nil: this compact form holds
	// every amount whose coefficient fits in an int64, which is every sum of
	// money a person writes down, and lets the common operations run without
	// allocating. Values beyond it live in wide, exactly, as shopspring's
	// arbitrary-precision decimal.
	coef int64
	exp  int32
	code Code
	wide wideValue
}

// A wideValue holds an Amount's value beyond the compact form. It is a func,
// where a pointer would do, because a func cannot be compared with ==, and
// so neither can an Amount. The usual way to forbid ==, a fifth field of
// type [0]func(), would cost more: the compiler keeps a struct of at most
// four fields in registers, but copies a larger one through memory, and
// that doubled the time of Mul then Round.
type wideValue func() decimal.Decimal

// newWide returns the wideValue holding d.
func newWide(d decimal.Decimal) wideValue { return func() decimal.Decimal { return d } }

// Coefficient returns the held value's coefficient, a copy.
func (w wideValue) Coefficient() *big.Int { return w().Coefficient() }

// Exponent returns the held value's decimal exponent.
func (w wideValue) Exponent() int32 { return w().Exponent() }

// New returns the amount d in currency c, exactly as d is: its digits after
// the decimal point are kept, so New(2.40, GBP) prints as £2.40 and
// New(2.405, GBP) as £2.405 until it is rounded. It returns an error
// matching ErrRange if d lies outside MaxDigits.
func New(d decimal.Decimal, c Code) (Amount, error) {
	a, err := checked(d, c)
	if err != nil {
		return Amount{}, &opError{op: "New", err: err}
	}
	return a, nil
}

// Pounds returns n whole pounds sterling.
func Pounds(n int64) Amount { return Amount{coef: n, code: GBP} }

// Pence returns n pence, that is n/100 pounds sterling.
func Pence(n int64) Amount { return Amount{coef: n, exp: -2, code: GBP} }

// FromMinor returns n minor units of currency c: pence for GBP, cents for EUR
// and USD, yen for JPY (which has no minor unit).
func FromMinor(n int64, c Code) Amount {
	return Amount{coef: n, exp: -int32(c.MinorUnits()), code: c}
}

// Decimal returns the exact value of a as a shopspring decimal, with the
// digits a carries.
func (a Amount) Decimal() decimal.Decimal {
	if a.wide != nil {
		return a.wide()
	}
	return decimal.New(a.coef, a.exp)
}

// Currency returns the currency of a; the zero Amount's is the zero Code.
func (a Amount) Currency() Code { return a.code }

// Sign returns -1 if a is negative, 0 if it is zero and +1 if positive.
func (a Amount) Sign() int {
	if a.wide != nil {
		return a.wideSign()
	}
	// The sign bit of the coefficient, and of its negation for one that
	// is positive: small enough to inline, since most amounts are asked
	// their sign, or whether they are zero, many times.
	return int(a.coef>>63) | int(uint64(-a.coef)>>63)
}

// wideSign is Sign for an amount held in wide.
func (a Amount) wideSign() int { return a.wide().Sign() }

// IsZero reports whether a is zero, in any currency and at any scale.
func (a Amount) IsZero() bool {
	return a.wide == nil && a.coef == 0 || a.wide != nil && a.wideSign() == 0
}

// Neg returns -a.
func (a Amount) Neg() Amount {
	if a.wide == nil && a.coef != minInt64 {
		return Amount{coef: -a.coef, exp: a.exp, code: a.code}
	}
	return fromDecimal(a.Decimal().Neg(), a.code)
}

// Abs returns the absolute value of a.
func (a Amount) Abs() Amount {
	if a.wide == nil && a.coef >= 0 {
		// The common case, in line: most amounts are compact and not
		// negative.
		return a
	}
	return a.absOther()
}

// absOther is Abs for a negative or wide amount.
func (a Amount) absOther() Amount {
	if a.Sign() < 0 {
		return a.Neg()
	}
	return a
}
