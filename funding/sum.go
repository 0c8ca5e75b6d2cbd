package funding

import (
	"errors"

	"github.com/fundclaims/fundclaims/currency"
)

// A money is an amount known exactly or, when inexact, known only to lie
// in iv. inexact is whether iv is not empty, kept beside it because each
// method of an Interval copies its 56 bytes, and a sum asks of every part
// it adds.
type money struct {
	exact   currency.Amount
	iv      currency.Interval
	inexact bool
}

// inexactMoney returns the money known only to lie in iv.
func inexactMoney(iv currency.Interval) money {
	return money{iv: iv, inexact: !iv.IsEmpty()}
}

// gap returns m as a Gap.
func (m *money) gap() Gap {
	if !m.inexact {
		return exactGap(m.exact)
	}
	return gapOf(m.iv)
}

// moneyOf returns the money a figure states: its value exactly if it has
// no qualifier, otherwise the interval it admits. With over not nil, money
// stated per a term is made the total over *over, or over the figure's own
// Over: "£400m a year" over three years is £1.2bn. It returns the error of
// terms.
func moneyOf(f currency.Figure, over *currency.Term) (money, error) {
	n := int64(1)
	if over != nil {
		var err error
		if n, err = terms(&f, *over); err != nil {
			return money{}, err
		}
	}
	if f.Bound() == currency.Exact {
		a, err := f.Nominal().MulInt(n)
		return money{exact: a}, err
	}
	return inexactMoney(repeat(f.Interval(), n)), nil
}

// maxTerms bounds how many of a figure's terms terms adds up: a hundred
// years of months.
const maxTerms = 1200

// terms returns how many of f's Per terms make its total: 1 for a figure
// that states none, 3 for "£400m a year for three years", or for "£400m a
// year" over a term of three years. It returns an error matching ErrRange
// if f is money per a term and neither its Over nor over is a whole number
// of them (up to maxTerms).
func terms(f *currency.Figure, over currency.Term) (int64, error) {
	per := f.Per()
	if per.IsZero() {
		return 1, nil
	}
	if !f.Over().IsZero() {
		over = f.Over()
	}
	if over.IsZero() {
		return 0, expected(ErrRange, quote(f.Text())+" is money per "+per.String()+", and neither it nor the period says over what term to total it")
	}
	n, d, ok := over.Ratio(per)
	if !ok || d != 1 || n > maxTerms {
		return 0, expected(ErrRange, quote(f.Text())+" is money per "+per.String()+", which does not go a whole number of times into "+over.String())
	}
	return n, nil
}

// repeat returns the interval of the sum of n amounts each in iv, n ≥ 1.
func repeat(iv currency.Interval, n int64) currency.Interval {
	out := iv
	for ; n > 1; n-- {
		out, _ = out.Add(iv)
	}
	return out
}

// over returns the term p's money is totalled over: its headline's Over,
// or its Period when that is whole financial years; the zero Term if
// neither says.
func (p *Package) over() currency.Term {
	if o := p.Headline.Over(); !o.IsZero() {
		return o
	}
	if p.Period.IsClosed() {
		if ys, err := p.wholeYears(); err == nil {
			return currency.Years(len(ys))
		}
	}
	return currency.Term{}
}

// add sets m to m + o: exact if both are, otherwise an interval. It
// works in place, since a money is large to copy and a sum adds many.
func (m *money) add(o *money) error {
	var err error
	switch {
	case !m.inexact && !o.inexact:
		m.exact, err = m.exact.Add(o.exact)
		return err
	case !m.inexact:
		m.iv, err = o.iv.Shift(m.exact)
	case !o.inexact:
		m.iv, err = m.iv.Shift(o.exact)
	default:
		m.iv, err = m.iv.Add(o.iv)
	}
	m.inexact = !m.iv.IsEmpty()
	return err
}

// sumOf returns the total of as in currency c: exact while every part is,
// otherwise the interval of the totals their figures admit, each part
// totalled over *over when over is not nil (see moneyOf). An exact total
// keeps the allocations' own scale, so whole-pound lines add up to whole
// pounds; with no allocations it is zero in c.
func sumOf(as []Allocation, c currency.Code, over *currency.Term) (money, error) {
	sum := money{exact: currency.FromMinor(0, c)}
	if len(as) > 0 {
		sum.exact = currency.Amount{}
	}
	for i := range as {
		a := &as[i]
		if !sum.inexact && a.Stated.IsZero() && !a.Amount.Currency().IsZero() {
			// Most parts are an exact Amount, which total would return
			// as a money, 80 bytes, for add to add: it is added here.
			var err error
			if sum.exact, err = sum.exact.Add(a.Amount); err != nil {
				return money{}, err
			}
			continue
		}
		m, err := a.total(over)
		if err != nil {
			return money{}, at(index("allocations", i), err)
		}
		if err := sum.add(&m); err != nil {
			return money{}, err
		}
	}
	return sum, nil
}

// at returns err with path before what it says, for an error about a
// valid record's part that is not a *FieldError (which would call the
// record invalid).
func at(path string, err error) error {
	if errors.Is(err, ErrInvalid) {
		return err
	}
	return &located{path: path, err: err}
}

// A located is an error about the part of a record at path.
type located struct {
	path string
	err  error
}

// Error returns the path and the error: "allocations[1]: ...".
func (l *located) Error() string {
	if inner, ok := l.err.(*located); ok {
		return l.path + "." + inner.Error()
	}
	return l.path + ": " + l.err.Error()
}

// Unwrap returns the error.
func (l *located) Unwrap() error { return l.err }

// total returns a's money: its Amount or the value of an unqualified Stated
// figure exactly, the amounts a qualified one admits, or, with neither, the
// sum of its sub-allocations; totalled over *over when over is not nil.
func (a *Allocation) total(over *currency.Term) (money, error) {
	switch {
	case !a.Stated.IsZero():
		return moneyOf(a.Stated, over)
	case !a.Amount.Currency().IsZero():
		return money{exact: a.Amount}, nil
	}
	return sumOf(a.Allocations, a.currency(), over)
}

// ownCurrency returns the currency of a's own money, Stated or Amount, or
// the zero Code if it has neither. It and currency take a pointer, so that
// validating and summing a package's allocations, which ask each for its
// currency, do not copy them.
func (a *Allocation) ownCurrency() currency.Code {
	if !a.Stated.IsZero() {
		return a.Stated.Currency()
	}
	return a.Amount.Currency()
}

// currency returns the currency of a's money: its figure's, or its first
// sub-allocation's with one; the zero Code if it has none.
func (a *Allocation) currency() currency.Code {
	if c := a.ownCurrency(); !c.IsZero() {
		return c
	}
	for i := range a.Allocations {
		if c := a.Allocations[i].currency(); !c.IsZero() {
			return c
		}
	}
	return currency.Code{}
}
