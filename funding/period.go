package funding

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// A Period is a span of days, from Start to End inclusive: the financial
// year 2017-18 is the Period from 1 April 2017 to 31 March 2018. Either end
// may be unknown (the zero Date): "until March 2018" has an End and no
// Start. The zero Period is wholly unknown.
//
// A Period is a plain record; one whose End is before its Start is invalid,
// and Validate says so. Every method that needs a valid Period returns an
// error rather than guess.
type Period struct {
	Start Date `json:"start,omitzero"`
	End   Date `json:"end,omitzero"`
}

// NewPeriod returns the period from start to end inclusive. It returns an
// error matching ErrPeriodOrder if end is before start; either may be the
// zero Date.
func NewPeriod(start, end Date) (Period, error) {
	p := Period{Start: start, End: end}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// ParsePeriod reads a period as String writes it, an ISO 8601 interval of
// dates: "2017-04-01/2018-03-31", with ".." for an unknown end
// ("../2018-03-31"). It also accepts a financial year in any form that
// ParseFiscalYear reads ("2017-18"), meaning that year's Period.
//
// ParsePeriod returns a *ParseError matching ErrSyntax or ErrRange as
// ParseDate does, and matching ErrPeriodOrder if the end is before the start.
func ParsePeriod(s string) (Period, error) {
	start, end, ok := strings.Cut(s, "/")
	if !ok || !dateLike(start) || !dateLike(end) {
		y, err := ParseFiscalYear(s)
		if err != nil {
			return Period{}, &ParseError{Func: "ParsePeriod", Input: s, Err: expected(ErrSyntax, "want start/end dates, such as 2017-04-01/2018-03-31, or a financial year")}
		}
		return y.Period(), nil
	}
	var p Period
	for i, part := range []string{start, end} {
		if part == ".." {
			continue
		}
		d, err := ParseDate(part)
		if err != nil {
			pe := err.(*ParseError)
			if i == 1 {
				pe.Offset += len(start) + 1
			}
			return Period{}, &ParseError{Func: "ParsePeriod", Input: s, Offset: pe.Offset, Err: pe.Err}
		}
		if i == 0 {
			p.Start = d
		} else {
			p.End = d
		}
	}
	if err := p.Validate(); err != nil {
		return Period{}, &ParseError{Func: "ParsePeriod", Input: s, Offset: len(start) + 1, Err: err}
	}
	return p, nil
}

// dateLike reports whether s is "..", or long enough to be meant as a date
// rather than the second year of "2017/18".
func dateLike(s string) bool { return s == ".." || len(s) > 4 }

// IsZero reports whether both ends of p are unknown.
func (p Period) IsZero() bool { return p.Start.IsZero() && p.End.IsZero() }

// IsClosed reports whether both ends of p are known.
func (p Period) IsClosed() bool { return !p.Start.IsZero() && !p.End.IsZero() }

// Validate returns an error matching ErrPeriodOrder if p's End is before its
// Start, and nil otherwise.
func (p Period) Validate() error {
	if p.IsClosed() && p.End.Before(p.Start) {
		return expected(ErrPeriodOrder, p.Start.String()+" to "+p.End.String())
	}
	return nil
}

// check returns an error unless p is valid and closed.
func (p Period) check() error {
	if err := p.Validate(); err != nil {
		return err
	}
	if !p.IsClosed() {
		return ErrOpenPeriod
	}
	return nil
}

// Days returns the number of days in p, counting both ends: 2017-18 has 365.
// It returns an error matching ErrOpenPeriod if either end is unknown and
// ErrPeriodOrder if p is invalid.
func (p Period) Days() (int, error) {
	if err := p.check(); err != nil {
		return 0, err
	}
	return p.End.Sub(p.Start) + 1, nil
}

// Contains reports whether d falls in p. An unknown end of p is taken to be
// no limit; the zero Date is in no period.
func (p Period) Contains(d Date) bool {
	if d.IsZero() || p.Validate() != nil {
		return false
	}
	return (p.Start.IsZero() || !d.Before(p.Start)) && (p.End.IsZero() || !d.After(p.End))
}

// Overlaps reports whether p and q have a day in common. An unknown end is
// taken to be no limit, so a Period that is not zero overlaps any other that
// its known ends allow; the zero Period, and an invalid one, overlap
// nothing. Compare reports such comparisons as LikenessUnknown.
func (p Period) Overlaps(q Period) bool {
	if p.IsZero() || q.IsZero() || p.Validate() != nil || q.Validate() != nil {
		return false
	}
	if !p.End.IsZero() && !q.Start.IsZero() && p.End.Before(q.Start) {
		return false
	}
	if !q.End.IsZero() && !p.Start.IsZero() && q.End.Before(p.Start) {
		return false
	}
	return true
}

// FiscalYears returns the financial years p touches, in order: 1 January
// 2017 to 30 June 2018 touches 2016-17, 2017-18 and 2018-19. It returns the
// errors of Days.
func (p Period) FiscalYears() ([]FiscalYear, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	first, last := p.Start.FiscalYear(), p.End.FiscalYear()
	if first == 0 {
		return nil, expected(ErrRange, "period starts before 1 April of year 1")
	}
	ys := make([]FiscalYear, 0, last-first+1)
	for y := first; y <= last; y++ {
		ys = append(ys, y)
	}
	return ys, nil
}

// A YearShare is the part of an amount that falls in one financial year
// when Period.Spread shares it out by days.
type YearShare struct {
	Year   FiscalYear      `json:"year"`
	Days   int             `json:"days"` // the days of the period in Year
	Amount currency.Amount `json:"amount"`
}

// Spread shares a across the financial years p touches, pro rata by the
// number of p's days in each, in a's minor units (pence for GBP) by
// currency's Allocate: each year gets its share rounded down and the pennies
// left over go to the years whose shares lost most in rounding, so the parts
// always add up to a exactly. £365 over 1 January to 31 December 2017 is
// £90 in 2016-17 (90 days) and £275 in 2017-18 (275 days); £100 over the
// same days is £24.66 and £75.34.
//
// Spread returns the errors of Days.
func (p Period) Spread(a currency.Amount) ([]YearShare, error) {
	ys, err := p.FiscalYears()
	if err != nil {
		return nil, err
	}
	shares := make([]YearShare, len(ys))
	weights := make([]int64, len(ys))
	for i, y := range ys {
		from, to := y.Start(), y.End()
		if from.Before(p.Start) {
			from = p.Start
		}
		if to.After(p.End) {
			to = p.End
		}
		days := to.Sub(from) + 1
		shares[i] = YearShare{Year: y, Days: days}
		weights[i] = int64(days)
	}
	parts, err := a.Allocate(weights...)
	if err != nil {
		return nil, err
	}
	for i := range shares {
		shares[i].Amount = parts[i]
	}
	return shares, nil
}

// Long returns p as a British reader writes it in prose, with the UK
// financial years it covers: "1 April 2017 to 31 March 2018 (financial
// year 2017-18)". A period with one end unknown is "from 1 April 2017" or
// "until 31 March 2018", with no financial years; the zero Period gives "".
func (p Period) Long() string {
	switch {
	case p.IsZero():
		return ""
	case p.Start.IsZero():
		return "until " + p.End.Long()
	case p.End.IsZero():
		return "from " + p.Start.Long()
	}
	s := p.Start.Long() + " to " + p.End.Long()
	years, err := p.FiscalYears()
	if err != nil || len(years) == 0 {
		return s
	}
	s += " (financial year "
	for i, y := range years {
		if i > 0 {
			s += ", "
		}
		s += y.String()
	}
	return s + ")"
}

// String returns p as an ISO 8601 interval, "2017-04-01/2018-03-31", with
// ".." for an unknown end ("../2018-03-31"), or "" for the zero Period.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	s, e := p.Start.String(), p.End.String()
	if s == "" {
		s = ".."
	}
	if e == "" {
		e = ".."
	}
	return s + "/" + e
}
