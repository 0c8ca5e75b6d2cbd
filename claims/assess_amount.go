package claims

import (
	"math/bits"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

var one, hundred = decimal.New(1, 0), decimal.New(100, 0)

// noChange is percentChange(one): the percentage by which equal amounts
// differ.
var noChange = decimal.New(0, 2)

// scaledTolerance returns tol × 10^14 as an integer, if it is one that fits.
func scaledTolerance(tol decimal.Decimal) (uint64, bool) {
	t := tol.Shift(14)
	if !t.IsInteger() || t.Sign() < 0 || t.NumDigits() > 18 {
		return 0, false
	}
	return uint64(t.IntPart()), true
}

// within reports whether |pct| is at most the tolerance. Assess asks once
// per stated amount, so the common case compares integers rather than
// decimals, which would allocate.
func (x *assessor) within(pct decimal.Decimal) bool {
	if e := pct.Exponent(); e >= -14 && e <= 0 && pct.NumDigits() <= 18 {
		if in, ok := x.withinScaled(pct.CoefficientInt64(), e); ok {
			return in
		}
	}
	return pct.Abs().Cmp(x.tol) <= 0
}

// withinPercent is within for a percentage percentChange gave, with the
// integers it gave it as.
func (x *assessor) withinPercent(pct decimal.Decimal, c int64, e int32, small bool) bool {
	if small && e <= 0 {
		if in, ok := x.withinScaled(c, e); ok {
			return in
		}
	}
	return x.within(pct)
}

// withinScaled reports whether |c × 10^e|, a percentage with -14 ≤ e ≤ 0,
// is at most the tolerance, in integers, and false for ok if the
// tolerance does not allow that.
func (x *assessor) withinScaled(c int64, e int32) (in, ok bool) {
	if !x.tolFast {
		return false, false
	}
	hi, lo := bits.Mul64(absU(c), pow10u[14+e])
	return hi == 0 && lo <= x.tolScaled, true
}

// percentChange returns (ratio − 1) × 100, exactly. Ratios from
// currency.Amount.Ratio have at most 16 decimal places, so the common case
// is one int64 subtraction and one allocation rather than two decimal
// operations; Assess makes one per stated amount. It also returns the
// percentage as c × 10^e, when it is worked out so (small), so that
// whether it is within the tolerance is asked of the integers it was made
// from rather than of the decimal.
func percentChange(ratio decimal.Decimal) (pct decimal.Decimal, c int64, e int32, small bool) {
	if e := ratio.Exponent(); e <= 0 && e >= -16 && ratio.NumDigits() <= 17 {
		c := ratio.CoefficientInt64() - int64(pow10u[-e])
		return decimal.New(c, e+2), c, e + 2, true
	}
	return ratio.Sub(one).Mul(hundred), 0, 0, false
}

// statedAmount weighs a stated amount against the package or allocation it
// names.
func (x *assessor) statedAmount(c *Claim, a *StatedAmount, f *Finding) {
	id := c.pkg(a.Package)
	facts := x.pkg(id)
	rec := &facts.rec
	if a.Allocation != "" {
		alloc := x.allocation(facts, a.Allocation)
		rec = &alloc
	}
	f.Package, f.Basis, f.Stated, f.Recorded = id, rec.basis, a.Figure, rec.figure
	f.Sources = facts.sources
	p := &x.p
	st := &a.Figure
	switch {
	case rec.basis == BasisUnknown && rec.lack != nil && !rec.lack.floor.IsZero() && under(*x.interval(st), rec.lack.floor.Least):
		f.Verdict = Understated
		p.q(st.Text()).s(" understates ").s(rec.subject).s(": its named allocations alone come to ").s(rec.lack.floor.String()).s(". ").s(rec.lack.why)
		return
	case rec.basis == BasisUnknown && rec.lack != nil:
		f.Verdict = NotSupported
		p.s("The record has no amount for ").s(rec.subject).s(" to check ").q(st.Text()).s(" against. ").s(rec.lack.why)
		return
	case rec.basis == BasisUnknown:
		f.Verdict = NotSupported
		p.s("The record has no amount for the package ").q(id).s(": no headline and no itemisation to check ").q(st.Text()).s(" against.")
		return
	case st.Currency() != rec.figure.Currency():
		f.Verdict = NotLikeForLike
		f.Likeness = funding.Unlike
		f.Reasons = []string{x.unlike(st.Currency(), rec.figure.Currency())}
		p.q(st.Text()).s(" is in ").s(st.Currency().String()).s(" but the record is in ").s(rec.figure.Currency().String()).
			s(" (").s(rec.brief).s("): amounts in different currencies are not compared.")
		return
	case st.Per() != rec.figure.Per() || st.Over() != rec.figure.Over():
		x.againstTerm(st, rec, facts.p.Period, f)
		if rec.about != "" {
			p.s(" ").s(rec.about)
		}
		return
	case !rec.exact:
		x.againstHeadline(st, rec, f)
		if rec.about != "" {
			p.s(" ").s(rec.about)
		}
		return
	}
	x.againstAmount(st, rec, f)
	if rec.about != "" {
		p.s(" ").s(rec.about)
	}
}

// unlike returns the reason a figure in currency a is not like for like
// with one in b: "different currencies: EUR vs GBP". A record's figures in
// another currency are mostly in one, so the last reason is kept and
// given again rather than put together for each.
func (x *assessor) unlike(a, b currency.Code) string {
	if u := &x.lastUnlike; u.why == "" || u.a != a || u.b != b {
		*u = unlikeReason{a, b, "different currencies: " + a.String() + " vs " + b.String()}
	}
	return x.lastUnlike.why
}

// An unlikeReason is the reason figures in currencies a and b are not
// like for like.
type unlikeReason struct {
	a, b currency.Code
	why  string
}

// againstAmount weighs st against the exact amount rec records.
func (x *assessor) againstAmount(st *currency.Figure, rec *recorded, f *Finding) {
	p := &x.p
	r := rec.amount
	nom := st.Nominal()
	if st.Bound() == currency.Range {
		if c, _ := r.Compare(st.High()); c > 0 {
			nom = st.High()
		} else if c, _ := r.Compare(nom); c >= 0 {
			nom = r
		}
	}
	diff, err := nom.Sub(r)
	f.Difference = diff
	withinTolerance := false
	switch {
	case r.IsZero():
	case err == nil && diff.IsZero():
		// The money is the record's, as it is for most figures said
		// right: the ratio is exactly one and the change none, the very
		// decimals Ratio and percentChange would make, shared rather than
		// made for each finding (a decimal is never changed in place).
		f.Ratio, f.Percent = one, noChange
		withinTolerance = !x.noRounding
	default:
		if ratio, err := nom.Ratio(r); err == nil {
			pct, c, e, small := percentChange(ratio)
			f.Ratio, f.Percent = ratio, pct
			withinTolerance = !x.noRounding && x.withinPercent(pct, c, e, small)
		}
	}
	// The interval of the stated figure is worked out once: it takes
	// several decimal steps.
	iv := *x.interval(st)
	admits := iv.Contains(r)
	tooHigh := !admits && below(r, iv)
	exact := st.Bound() == currency.Exact

	switch {
	case admits && diff.IsZero():
		f.Verdict = Accurate
		p.q(st.Text()).s(" matches ").s(rec.subject).s(".")
	case admits && exact && withinTolerance:
		f.Verdict = Rounded
		p.q(st.Text()).s(" is ").s(rec.subject).s(" rounded: it ").s(overUnder(diff)).s("states it by ").
			moneyAbs(diff).s(" (").pct(f.Percent).s("), within the ").pct(x.tol).s(" that rounding allows.")
	case admits && !exact:
		f.Verdict = Accurate
		p.q(st.Text()).s(" holds for ").s(rec.subject)
		if !diff.IsZero() {
			p.s(": the stated ").money(nom).s(" is ").moneyAbs(diff)
			x.pctClause(f)
			p.s(" ").s(moreLess(diff)).s(" than the record")
		}
		p.s(".")
	case rec.short && (diff.Sign() > 0 || tooHigh):
		f.Verdict = NotSupported
		x.unitemised(st, rec, admits, f)
	case diff.IsZero():
		// A strict hedge at the record's own figure: "almost £250m" for
		// exactly £250,000,000 names the money exactly, and only the
		// hedge, which excludes the figure itself, is off.
		x.hairOff(st, rec.subject, tooHigh, f)
		p.s(": the record has exactly ").full(r).s(", the figure named, ")
		if f.Verdict == Rounded {
			p.s("so the money is what was said, to within rounding; only the hedge is off, since strictly ")
		} else {
			p.s("and strictly ")
		}
		p.full(r).s(" is not ").lower(st.String())
		if f.Verdict != Rounded {
			p.s("; no rounding is allowed")
		}
		p.s(".")
	case exact:
		f.Verdict = Understated
		if diff.Sign() > 0 {
			f.Verdict = Overstated
		}
		p.q(st.Text()).s(" ").s(overUnder(diff)).s("states ").s(rec.subject).s(" by ").moneyAbs(diff)
		x.pctClause(f)
		if admits {
			p.s(", though it is what ").s(rec.brief).s(" rounds to at the nearest ").money(st.Precision()).
				s("; rounding allows an error of up to ").pct(x.tol)
		}
		p.s(".")
	default:
		f.Verdict = Understated
		if tooHigh {
			f.Verdict = Overstated
		}
		p.q(st.Text())
		if tooHigh {
			p.s(" overstates ")
		} else {
			p.s(" understates ")
		}
		p.s(rec.subject).s(": the record has ").full(r).s(", which is not ").lower(st.String())
		if !diff.IsZero() {
			p.s("; the stated ").money(nom).s(" is ").moneyAbs(diff)
			x.pctClause(f)
			p.s(" ").s(moreLess(diff)).s(" than the record")
		}
		p.s(".")
	}
}

// unitemised explains a figure above an itemisation that falls short of the
// package's headline: the record does not support it.
func (x *assessor) unitemised(st *currency.Figure, rec *recorded, admits bool, f *Finding) {
	p := &x.p
	switch {
	case admits:
		p.q(st.Text()).s(" is what ").s(rec.subject).s(" rounds to at the nearest ").money(st.Precision()).
			s(", but it is ").moneyAbs(f.Difference)
		x.pctClause(f)
		p.s(" more, beyond the ").pct(x.tol).s(" that rounding allows, and the rest of the headline ").
			q(rec.head().Text()).s(" is not itemised: the record does not support it.")
	case st.Bound() == currency.MoreThan || st.Bound() == currency.AtLeast:
		p.q(st.Text()).s(" is not supported by ").s(rec.subject).s(", which is at least ").moneyAbs(f.Difference).
			s(" short of it; the rest of the headline is not itemised.")
	default:
		p.q(st.Text()).s(" is not supported by ").s(rec.subject).s(": the stated ").money(st.Nominal()).s(" is ").moneyAbs(f.Difference)
		x.pctClause(f)
		p.s(" more, and the rest of the headline ").q(rec.head().Text()).s(" is not itemised.")
	}
}

// againstHeadline weighs st against a figure that is not exact: a
// package's headline ("more than £4m", with no itemisation) or an
// allocation's stated figure ("up to £9bn").
func (x *assessor) againstHeadline(st *currency.Figure, rec *recorded, f *Finding) {
	p := &x.p
	si, ri := *x.interval(st), rec.head().Interval()
	what, only := "the package: its headline is ", "the headline "
	if rec.basis == FromAllocation {
		what, only = rec.subject+": its figure is ", "the figure "
	}
	switch {
	case contains(si, ri):
		f.Verdict = Accurate
		p.q(st.Text()).s(" follows from ").s(only).q(rec.head().Text()).s(".")
	case beforeInterval(si, ri):
		f.Verdict = Understated
		p.q(st.Text()).s(" understates ").s(what).q(rec.head().Text()).s(".")
	case beforeInterval(ri, si):
		f.Verdict = Overstated
		p.q(st.Text()).s(" overstates ").s(what).q(rec.head().Text()).s(".")
	case rec.basis == FromAllocation:
		f.Verdict = NotSupported
		p.q(st.Text()).s(" cannot be confirmed: the record has only the figure ").q(rec.head().Text()).s(" for ").s(rec.subject).s(".")
	default:
		f.Verdict = NotSupported
		p.q(st.Text()).s(" cannot be confirmed: the record has only the headline ").q(rec.head().Text()).s(", with no itemisation.")
	}
}

// againstTerm weighs st against rec when the two are money for different
// terms ("£400m a year" against £1.2bn over three financial years): it
// converts one to the other's term exactly, as funding.Compare does, and
// says so, or reports them NotLikeForLike when no exact conversion exists.
func (x *assessor) againstTerm(st *currency.Figure, rec *recorded, period funding.Period, f *Finding) {
	p := &x.p
	// A figure said of the package with no term of its own is for the
	// package's period, as the record's is.
	c, err := funding.Compare(
		funding.Spend{Amount: st.Nominal(), Figure: *st, Period: period},
		funding.Spend{Amount: rec.figure.Nominal(), Figure: rec.figure, Period: period})
	if err != nil || c.Term != funding.Alike || st.Bound() == currency.Range {
		f.Verdict = NotLikeForLike
		f.Likeness = funding.Unlike
		f.Reasons = c.Reasons()
		p.q(st.Text()).s(" and ").s(rec.subject).s(" are money for different terms, and one does not convert exactly to the other: they are not compared.")
		return
	}
	f.Difference, f.Ratio, f.Percent = c.Difference, c.Ratio, c.Change
	d := c.Difference.Sign()
	ok := false
	switch st.Bound() {
	case currency.Exact:
		ok = d == 0
		if !ok && !x.noRounding && x.within(f.Percent) {
			f.Verdict = Rounded
		}
	case currency.About:
		ok = f.Percent.Abs().Cmp(decimal.New(currency.ApproxTolerancePercent, 0)) <= 0
	case currency.AtLeast:
		ok = d <= 0
	case currency.MoreThan:
		ok = d < 0
	case currency.AtMost:
		ok = d >= 0
	case currency.LessThan:
		ok = d > 0
	case currency.Nearly:
		ok = d > 0 && f.Percent.Cmp(decimal.New(-currency.ApproxTolerancePercent, 0)) >= 0
	}
	switch {
	case ok:
		f.Verdict = Accurate
	case f.Verdict == Rounded:
	case d > 0:
		f.Verdict = Overstated
	default:
		f.Verdict = Understated
	}
	if c.Conversion != "" {
		p.s("Converted first, like with like: ").s(c.Conversion).s(". ")
	}
	if !ok && d == 0 {
		// "more than £400m a year" for exactly £1.2bn over three years.
		x.hairOff(st, rec.subject, st.Bound() == currency.MoreThan, f)
		if f.Verdict == Rounded {
			p.s(": converted, the money is exactly what was said, to within rounding; only the hedge is off.")
		} else {
			p.s(": converted, the money is exactly what was said, but the hedge excludes it; no rounding is allowed.")
		}
		return
	}
	switch f.Verdict {
	case Accurate:
		if d == 0 {
			p.q(st.Text()).s(" matches ").s(rec.subject).s(".")
		} else {
			p.q(st.Text()).s(" holds for ").s(rec.subject).s(".")
		}
	case Rounded:
		p.q(st.Text()).s(" is ").s(rec.subject).s(" rounded, ").moneyAbs(c.Difference).s(" (").pct(f.Percent).s(") ").
			s(moreLess(c.Difference)).s(", within the ").pct(x.tol).s(" that rounding allows.")
	default:
		p.q(st.Text()).s(" ").s(overUnder(c.Difference)).s("states ").s(rec.subject).s(" by ").moneyAbs(c.Difference).s(" (").pct(f.Percent).s(").")
	}
}

// hairOff gives the verdict on a strictly hedged figure, st, that names
// the record's money exactly ("almost £250m" for £250,000,000), and begins
// its explanation against subject: Rounded, a hair off, since the money is
// what was said; or, when Options allow no rounding, Overstated if the
// hedge says more (tooHigh) and Understated if it says less.
func (x *assessor) hairOff(st *currency.Figure, subject string, tooHigh bool, f *Finding) {
	p := &x.p
	p.q(st.Text())
	switch {
	case !x.noRounding:
		f.Verdict = Rounded
		p.s(" is a hair off ").s(subject)
		return
	case tooHigh:
		f.Verdict = Overstated
		p.s(" overstates ")
	default:
		f.Verdict = Understated
		p.s(" understates ")
	}
	p.s(subject).s(" by a hair")
}

// pctClause appends " (16.7%)" for the finding's Percent, or nothing when
// there is none (the recorded figure is zero).
func (x *assessor) pctClause(f *Finding) {
	if !f.Ratio.IsZero() {
		x.p.s(" (").pct(f.Percent).s(")")
	}
}

// overUnder returns "over" if d is positive and "under" otherwise.
func overUnder(d currency.Amount) string {
	if d.Sign() > 0 {
		return "over"
	}
	return "under"
}

// moreLess returns "more" if d is positive and "less" otherwise.
func moreLess(d currency.Amount) string {
	if d.Sign() > 0 {
		return "more"
	}
	return "less"
}

// under reports whether every amount in iv is below a.
func under(iv currency.Interval, a currency.Amount) bool {
	if iv.IsEmpty() || iv.Unbounded() {
		return false
	}
	c, err := iv.Max().Compare(a)
	return err == nil && (c < 0 || c == 0 && iv.MaxOpen())
}

// contains reports whether every amount in inner is in outer.
func contains(outer, inner currency.Interval) bool {
	if outer.IsEmpty() || inner.IsEmpty() || outer.Currency() != inner.Currency() {
		return false
	}
	c, _ := outer.Min().Compare(inner.Min())
	if c > 0 || c == 0 && outer.MinOpen() && !inner.MinOpen() {
		return false
	}
	if outer.Unbounded() {
		return true
	}
	if inner.Unbounded() {
		return false
	}
	c, _ = inner.Max().Compare(outer.Max())
	return c < 0 || c == 0 && (!outer.MaxOpen() || inner.MaxOpen())
}

// beforeInterval reports whether every amount in a is below every amount in
// b.
func beforeInterval(a, b currency.Interval) bool {
	if a.IsEmpty() || b.IsEmpty() || a.Unbounded() || a.Currency() != b.Currency() {
		return false
	}
	c, _ := a.Max().Compare(b.Min())
	return c < 0 || c == 0 && (a.MaxOpen() || b.MinOpen())
}
