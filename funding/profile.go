package funding

import (
	"github.com/fundclaims/fundclaims/currency"
)

// A ProfileYear is one year of a package's profile: the money the source
// says falls in one UK financial year, "£0.3bn in 2024-25". Year and
// Amount are required.
type ProfileYear struct {
	Year   FiscalYear      `json:"year"`
	Amount currency.Figure `json:"amount"`
}

// ByYear returns p's money by financial year, in order of year:
//
//   - its Profile, when it has one, each year's figure taken at its stated
//     value (which must be exact: "£0.3bn", not "up to £0.3bn");
//   - for a headline stated per year ("£400m a year") over a Period of
//     whole financial years, that amount in each year, equally, however
//     many days the year has: money stated per year is not spread by days;
//   - otherwise the headline's nominal value, or the itemised total if
//     there is no headline, spread across the Period's financial years pro
//     rata by days (Period.Spread).
//
// The Days of each YearShare are the days of p's Period in that year, or
// zero for a profile year when p has no closed Period. ByYear returns the
// errors of Validate, Spend and Period.Spread; one matching ErrInexact for a
// profile year stated inexactly; and one matching ErrRange for a per-year
// headline whose Period is not whole financial years, or states a term
// other than a year.
func (p Package) ByYear() ([]YearShare, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if len(p.Profile) > 0 {
		out := make([]YearShare, len(p.Profile))
		for i, y := range p.Profile {
			if y.Amount.Bound() != currency.Exact {
				return nil, &FieldError{Path: index("profile", i) + ".amount", Err: expected(ErrInexact, quote(y.Amount.Text())+" is not an amount to profile")}
			}
			out[i] = YearShare{Year: y.Year, Days: p.Period.daysIn(y.Year), Amount: y.Amount.Nominal()}
		}
		sortShares(out)
		return out, nil
	}
	if per := p.Headline.Per(); !per.IsZero() {
		ys, err := p.wholeYears()
		if err != nil {
			return nil, err
		}
		if n, d, ok := per.Ratio(currency.Years(1)); !ok || n != 1 || d != 1 {
			return nil, &FieldError{Path: "headline", Err: expected(ErrRange, "money stated per "+per.String()+" is not a year's")}
		}
		out := make([]YearShare, len(ys))
		for i, y := range ys {
			out[i] = YearShare{Year: y, Days: y.Days(), Amount: p.Headline.Nominal()}
		}
		return out, nil
	}
	total := p.Headline.Nominal()
	if !p.HasHeadline() {
		var err error
		if total, err = p.whole(); err != nil {
			return nil, err
		}
	}
	shares, err := p.Period.Spread(total)
	if err != nil {
		return nil, &FieldError{Path: "period", Err: err}
	}
	return shares, nil
}

// wholeYears returns the financial years of p's Period, which must be
// whole financial years.
func (p *Package) wholeYears() ([]FiscalYear, error) {
	ys, err := p.Period.FiscalYears()
	if err != nil {
		return nil, &FieldError{Path: "period", Err: err}
	}
	if p.Period.Start != ys[0].Start() || p.Period.End != ys[len(ys)-1].End() {
		return nil, &FieldError{Path: "period", Err: expected(ErrRange, p.Period.String()+" is not whole financial years, so a year's money cannot be spread across it")}
	}
	return ys, nil
}

// daysIn returns the number of p's days in financial year y: zero if p is
// not closed or does not touch y.
func (p Period) daysIn(y FiscalYear) int {
	if !p.IsClosed() || !y.Valid() {
		return 0
	}
	from, to := y.Start(), y.End()
	if from.Before(p.Start) {
		from = p.Start
	}
	if to.After(p.End) {
		to = p.End
	}
	if to.Before(from) {
		return 0
	}
	return to.Sub(from) + 1
}

// sortShares sorts s by year, in place; profiles are short, so by
// insertion.
func sortShares(s []YearShare) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].Year < s[j-1].Year; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// headlineTotal returns the amounts p's headline admits as a total over
// p's term, and false if it has none or it is money per a term that p does
// not say how to total.
func (p Package) headlineTotal() (Gap, bool) {
	if !p.HasHeadline() {
		return Gap{}, false
	}
	n, err := terms(&p.Headline, p.over())
	if err != nil {
		return Gap{}, false
	}
	return gapOf(repeat(p.Headline.Interval(), n)), true
}

// profileContradictions returns how p's Profile disagrees with its Period
// and headline: years outside the period, and a total the headline does
// not admit. A profile of years stated inexactly is checked by the
// interval of totals they admit.
func (p Package) profileContradictions() []string {
	if len(p.Profile) == 0 {
		return nil
	}
	var out []string
	sum := money{exact: currency.FromMinor(0, p.Currency())}
	for _, y := range p.Profile {
		if !p.Period.IsZero() && !p.Period.Overlaps(y.Year.Period()) {
			out = append(out, "profile year "+y.Year.String()+" is outside the period "+p.Period.String())
		}
		m, _ := moneyOf(y.Amount, nil)
		if err := sum.add(&m); err != nil {
			return append(out, err.Error())
		}
	}
	if head, ok := p.headlineTotal(); ok {
		total := sum.gap()
		if total.below(&head) || head.below(&total) {
			out = append(out, "the profile adds up to "+total.String()+", which is not "+quote(p.Headline.Text()))
		}
	}
	return out
}
