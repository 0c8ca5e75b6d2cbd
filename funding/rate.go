package funding

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// A Rate is an amount of money per unit of something counted, with the unit
// named: £2.4m over about 1,200 cases in scope is about £2,000 per case in
// scope; £4m over around 24,000 adults a year is about £166.67 per adult.
// It keeps the total and the Count exactly, and works out the amount per
// unit on demand, rounded as documented at PerUnit.
//
// Rates are immutable values made by NewRate. The zero Rate has no count;
// its PerUnit is the zero Amount and its String is "".
type Rate struct {
	total  currency.Amount
	count  Count
	unit   string
	places int32
	mode   currency.Rounding
	custom bool // places and mode were chosen by WithRounding
}

// NewRate returns total per unit over count: NewRate(£4,000,000, about
// 24,000, "adult"). unit names one of what was counted, in the singular.
//
// NewRate returns an error matching ErrMissing if total has no currency or
// unit is empty, and matching ErrZeroCount if count is the zero Count.
func NewRate(total currency.Amount, count Count, unit string) (Rate, error) {
	switch {
	case total.Currency().IsZero():
		return Rate{}, expected(ErrMissing, "want a total in a currency")
	case count.IsZero():
		return Rate{}, expected(ErrZeroCount, "want a count of at least 1")
	case strings.TrimSpace(unit) == "":
		return Rate{}, expected(ErrMissing, "want a unit, such as \"case\"")
	}
	return Rate{total: total, count: count, unit: unit}, nil
}

// WithRounding returns r with PerUnit rounded to places decimal places by
// mode instead of half up to the currency's minor unit: to whole pounds,
// say, with WithRounding(0, currency.HalfEven).
func (r Rate) WithRounding(places int32, mode currency.Rounding) Rate {
	r.places, r.mode, r.custom = places, mode, true
	return r
}

// Total returns the amount shared out.
func (r Rate) Total() currency.Amount { return r.total }

// Count returns the count shared over, with its qualifier.
func (r Rate) Count() Count { return r.count }

// Unit returns the unit's name, in the singular: "adult".
func (r Rate) Unit() string { return r.unit }

// PerUnit returns the amount per unit, Total ÷ Count, rounded half up (ties
// away from zero) to the currency's minor unit unless WithRounding chose
// otherwise: £4,000,000 ÷ 24,000 is £166.666…, which is £166.67. The zero
// Rate gives the zero Amount.
func (r Rate) PerUnit() currency.Amount {
	if r.count.IsZero() {
		return currency.Amount{}
	}
	places, mode := int32(r.total.Currency().MinorUnits()), currency.HalfUp
	if r.custom {
		places, mode = r.places, r.mode
	}
	per, err := r.total.DivInt(r.count.Value(), places, mode)
	if err != nil { // the count is at least 1, so this does not happen
		return currency.Amount{}
	}
	return per
}

// IsExact reports whether PerUnit is exact: PerUnit times the count is
// the total, with no rounding. £2,400,000 over 1,200 is exact; £4,000,000
// over 24,000 is not. The zero Rate is not.
func (r Rate) IsExact() bool {
	if r.count.IsZero() {
		return false
	}
	p, err := r.PerUnit().MulInt(r.count.Value())
	return err == nil && p.Equal(r.total) // a product out of range is not the total
}

// Bound returns how PerUnit relates to the true amount per unit, from the
// count's qualifier and the sign of the total. A total over "about" a
// number is about so much each. For a positive total the direction
// reverses, more people getting less each: over "more than" a number it
// is less than so much each (AtLeast and AtMost, MoreThan and LessThan
// swap; Nearly, a little under the count, gives MoreThan). For a negative
// total, more people each get an amount nearer zero, which is more: the
// count's bound keeps its direction (Nearly gives LessThan), so -£700
// over more than 7 households is more than -£100 per household. A zero
// total is £0 each whatever the count, so its bound is currency.Exact, as
// is any total over an exact count; the zero Rate gives
// currency.BoundUnknown. The rounding of PerUnit itself is not a bound:
// IsExact reports it.
func (r Rate) Bound() currency.Bound {
	b := r.count.Bound()
	switch sign := r.total.Sign(); {
	case r.count.IsZero():
		return currency.BoundUnknown
	case sign == 0:
		return currency.Exact
	case sign < 0:
		if b == currency.Nearly {
			return currency.LessThan
		}
		return b
	}
	switch b {
	case currency.AtLeast:
		return currency.AtMost
	case currency.AtMost:
		return currency.AtLeast
	case currency.MoreThan:
		return currency.LessThan
	case currency.LessThan, currency.Nearly:
		return currency.MoreThan
	}
	return b
}

// String returns the rate in words, with whole pounds where there are no
// pence: "about £166.67 per adult", "£315,000 per Rape Crisis Centre". The
// zero Rate gives "".
func (r Rate) String() string {
	if r.count.IsZero() {
		return ""
	}
	return qualifierWords(r.Bound()) + r.PerUnit().Format(currency.Whole) + " per " + r.unit
}

// Equal reports whether r and s share the same total (by value, as
// currency.Amount.Equal compares) over the same count of the same unit,
// rounded the same way. go-cmp uses it, so cmp.Equal and cmp.Diff work on
// Rates.
func (r Rate) Equal(s Rate) bool {
	return r.total.Equal(s.total) && r.count.Equal(s.count) && r.unit == s.unit &&
		r.places == s.places && r.mode == s.mode && r.custom == s.custom
}
