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

// A side is one quantity of a ratio as the assessment resolves it.
type side struct {
	q         Quantity
	count     funding.Count // the count used: the record's, else the claim's
	confirmed bool          // the record holds the count
	measure   funding.Measure
}

// resolve finds q's count in the record or the claim.
func resolve(facts *pkgFacts, q Quantity) side {
	s := side{q: q, count: q.Count}
	if facts != nil && q.Measure != "" {
		if m, ok := findMeasure(*facts.p, q.Measure); ok {
			s.measure, s.count, s.confirmed = m, m.Count, true
		}
	}
	return s
}

// phrase returns the count and noun: "about 1,200 cases in scope".
func (s side) phrase() string {
	if s.confirmed {
		return s.measure.String()
	}
	return s.count.String() + " " + s.q.Noun
}

// ratio weighs a ratio of counts.
func (x *assessor) ratio(c *Claim, a RatioClaim, f *Finding) {
	p := &x.p
	id := c.pkg(a.Package)
	var facts *pkgFacts
	if id != "" {
		facts = x.pkg(id)
		f.Package, f.Sources = id, facts.sources
	}
	num, den := resolve(facts, a.Numerator), resolve(facts, a.Denominator)
	words := f.Words
	if words == "" {
		words = "the ratio of " + a.Numerator.Noun + " to " + a.Denominator.Noun
	}
	if num.count.IsZero() || den.count.IsZero() {
		f.Verdict = NotSupported
		p.q(words).s(" cannot be checked without base figures: the record has no count of ")
		switch {
		case num.count.IsZero() && den.count.IsZero():
			p.s(a.Denominator.Noun).s(" or of ").s(a.Numerator.Noun)
		case den.count.IsZero():
			p.s(a.Denominator.Noun)
		default:
			p.s(a.Numerator.Noun)
		}
		p.s(".")
		return
	}
	// A count the claim states that the record contradicts decides.
	for _, s := range [...]side{num, den} {
		if !s.confirmed || s.q.Count.IsZero() {
			continue
		}
		if v := compareCounts(s.q.Count, s.measure.Count); v != Accurate {
			f.Verdict = v
			f.StatedCount, f.RecordedCount, f.Basis = s.q.Count, s.measure.Count, FromMeasure
			f.Ratio, f.Percent = countRatio(s.q.Count.Value(), s.measure.Count.Value())
			p.s("The claim’s ").q(s.q.Count.String() + " " + s.q.Noun)
			if v == Overstated {
				p.s(" overstates")
			} else {
				p.s(" understates")
			}
			p.s(" the record’s ").s(s.measure.String()).s(".")
			return
		}
	}
	if num.confirmed && den.confirmed {
		f.Basis = FromMeasure
	}
	ratio := divide(decimal.NewFromInt(num.count.Value()), decimal.NewFromInt(den.count.Value()))
	f.Ratio = ratio
	approx := !num.count.IsExact() || !den.count.IsExact()
	confirmed := num.confirmed && den.confirmed
	start := len(p.b)
	if a.Stated.IsZero() {
		p.s(num.phrase()).s(" out of ").s(den.phrase()).s(" is ")
		places := int32(1)
		if approx {
			p.s("about ")
			places = 0
		}
		p.b = append(p.b, ratio.Mul(hundred).Round(places).String()...)
		p.s("%")
		p.capitalise(start)
		if confirmed {
			f.Verdict = Accurate
			p.s(", and the record has both counts.")
		} else {
			f.Verdict = NotSupported
			p.s(", but the record does not hold both counts, so it cannot confirm them.")
		}
		return
	}
	// A stated multiple: weigh it against the counts' ratio.
	f.Percent = divide(a.Stated.Sub(ratio).Mul(hundred), ratio)
	p.s(num.phrase()).s(" against ").s(den.phrase()).s(" is ")
	if approx {
		p.s("about ")
	}
	p.b = append(p.b, ratio.Round(3).String()...)
	p.s(" times")
	p.capitalise(start)
	switch {
	case !confirmed:
		f.Verdict = NotSupported
		p.s(", but the record does not hold both counts, so it cannot confirm ").q(words).s(".")
	case a.Stated.Equal(ratio):
		f.Verdict = Accurate
		p.s(", as ").q(words).s(" says.")
	case !x.noRounding && f.Percent.Abs().Cmp(x.tol) <= 0:
		f.Verdict = Rounded
		p.s(", and ").q(words).s(" is that rounded, within the ").pct(x.tol).s(" that rounding allows.")
	default:
		f.Verdict = Understated
		if a.Stated.GreaterThan(ratio) {
			f.Verdict = Overstated
		}
		p.s(": ").q(words).s(" ").s(f.Verdict.String()).s(" it by ").pct(f.Percent).s(".")
	}
}
