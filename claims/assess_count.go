package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// ratioPlaces is the number of decimal places a ratio of counts keeps, as
// currency's Amount.Ratio keeps for money.
const ratioPlaces = 16

// count weighs a count against the package's measure of the same thing.
func (x *assessor) count(c *Claim, a CountClaim, f *Finding) {
	f.StatedCount = a.Count
	stated := a.Count.String() + " " + a.Noun
	p := &x.p
	id := c.pkg(a.Package)
	var facts *pkgFacts
	if id != "" {
		facts = x.pkg(id)
		f.Package, f.Sources = id, facts.sources
	}
	if facts != nil && a.Allocation != "" {
		x.countOfAllocation(a, facts, f)
		return
	}
	var m funding.Measure
	found := false
	if facts != nil && a.Measure != "" {
		m, found = findMeasure(*facts.p, a.Measure)
	}
	if !found {
		f.Verdict = NotSupported
		p.s("The record holds no count of ").s(a.Noun).s(" to check ").q(stated).s(" against.")
		return
	}
	f.Basis, f.RecordedCount = FromMeasure, m.Count
	f.Ratio, f.Percent = countRatio(a.Count.Value(), m.Count.Value())
	f.Verdict = compareCounts(a.Count, m.Count)
	p.q(stated)
	if f.Verdict == Accurate {
		p.s(" agrees with the record, which has ").s(m.String()).s(".")
		return
	}
	if f.Verdict == Overstated {
		p.s(" overstates")
	} else {
		p.s(" understates")
	}
	p.s(" the record’s ").s(m.String())
	if d := a.Count.Value() - m.Count.Value(); d != 0 {
		if d < 0 {
			d = -d
		}
		p.s(" by ").int(d).s(" (").pct(f.Percent).s(")")
	}
	p.s(".")
}

// countOfAllocation weighs a count against the Count of the allocation it
// names, which Validate has checked the package holds.
func (x *assessor) countOfAllocation(a CountClaim, facts *pkgFacts, f *Finding) {
	p := &x.p
	al, _ := facts.p.Allocation(a.Allocation)
	stated := a.Count.String() + " " + a.Noun
	subject := "the allocation " + inQuotes(nonEmpty(al.Title, al.ID))
	if al.Count.IsZero() {
		f.Verdict = NotSupported
		p.s("The record has no count for ").s(subject).s(" to check ").q(stated).s(" against.")
		return
	}
	f.Basis, f.RecordedCount = FromAllocation, al.Count
	f.Ratio, f.Percent = countRatio(a.Count.Value(), al.Count.Value())
	f.Verdict = compareCounts(a.Count, al.Count)
	p.q(stated)
	switch f.Verdict {
	case Accurate:
		p.s(" agrees with the record: ").s(subject).s(" is for ").s(al.Count.String()).s(".")
		return
	case Overstated:
		p.s(" overstates")
	default:
		p.s(" understates")
	}
	p.s(" the count of ").s(subject).s(", ").s(al.Count.String())
	if d := a.Count.Value() - al.Count.Value(); d != 0 {
		if d < 0 {
			d = -d
		}
		p.s(", by ").int(d).s(" (").pct(f.Percent).s(")")
	}
	p.s(".")
}

// countRatio returns n ÷ r to 16 decimal places, half up, and the
// percentage by which n differs from r; both zero if r is zero.
func countRatio(n, r int64) (ratio, percent decimal.Decimal) {
	if r == 0 {
		return decimal.Decimal{}, decimal.Decimal{}
	}
	ratio = divide(decimal.NewFromInt(n), decimal.NewFromInt(r))
	return ratio, ratio.Sub(decimal.New(1, 0)).Mul(hundred)
}

// divide returns x ÷ y rounded half up to 16 decimal places without trailing
// zeros; y is not zero.
func divide(x, y decimal.Decimal) decimal.Decimal {
	q := x.DivRound(y, ratioPlaces)
	if t, err := decimal.NewFromString(q.String()); err == nil {
		return t
	}
	return q
}

// compareCounts returns Accurate if the recorded count r is consistent with
// the stated count s and its qualifier, and otherwise Overstated or
// Understated as s claims too many or too few. Qualifiers are read as
// currency's Figure.Admits reads them for money, with "about" and "nearly"
// allowing currency.ApproxTolerancePercent.
func compareCounts(s, r funding.Count) Verdict {
	n, v := s.Value(), r.Value()
	if s == r || countAdmits(s.Bound(), n, v) {
		return Accurate
	}
	if v < n || v == n && s.Bound() == currency.MoreThan {
		return Overstated
	}
	return Understated
}

// countAdmits reports whether v is consistent with n qualified by b.
func countAdmits(b currency.Bound, n, v int64) bool {
	switch b {
	case currency.Exact:
		return v == n
	case currency.AtLeast:
		return v >= n
	case currency.MoreThan:
		return v > n
	case currency.AtMost:
		return v <= n
	case currency.LessThan:
		return v < n
	case currency.About:
		return withinApprox(n, v)
	case currency.Nearly:
		return v < n && withinApprox(n, v)
	}
	return false
}

// withinApprox reports whether v is within currency.ApproxTolerancePercent
// of n, exactly.
func withinApprox(n, v int64) bool {
	dn, dv := decimal.NewFromInt(n), decimal.NewFromInt(v)
	gap := dn.Sub(dv).Abs().Mul(hundred)
	return gap.Cmp(dn.Abs().Mul(decimal.NewFromInt(currency.ApproxTolerancePercent))) <= 0
}
