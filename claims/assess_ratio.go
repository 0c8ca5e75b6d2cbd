package claims

import (
	"math/big"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// A side is one quantity of a ratio as the assessment resolves it: a count
// or a sum of money, from the record where the quantity names where it is
// held, else as the claim states it.
type side struct {
	q         Quantity
	count     funding.Count   // a count: the record's, else the claim's
	money     currency.Amount // a sum: the record's, else the claim's nominal value
	isMoney   bool
	confirmed bool   // the record holds it
	phrase    string // "about 1,200 cases in scope", "the £2.4m package"
	year      funding.Year
}

// missing reports whether the side has no value.
func (s side) missing() bool {
	if s.isMoney {
		return s.money.IsZero() && !s.confirmed
	}
	return s.count.IsZero()
}

// value returns the side's value as a rational.
func (s side) value() *big.Rat {
	if s.isMoney {
		return s.money.Decimal().Rat()
	}
	return big.NewRat(s.count.Value(), 1)
}

// resolve finds q, a quantity of the ratio a made in claim c, in the record
// or the claim.
func (x *assessor) resolve(c *Claim, a *RatioClaim, q Quantity) side {
	s := side{q: q, count: q.Count, year: yearOf(q.Year)}
	id := c.pkg(a.Package)
	switch {
	case q.Measure != "" && id != "":
		if m, ok := findMeasure(*x.pkg(id).p, q.Measure); ok {
			s.count, s.confirmed, s.phrase = m.Count, true, m.String()
		}
	case q.Allocation != "":
		if q.Package != "" {
			id = q.Package
		}
		if id == "" {
			break
		}
		facts := x.pkg(id)
		if al, ok := facts.p.Allocation(q.Allocation); ok {
			rec := x.allocation(facts, q.Allocation)
			s.money, s.isMoney, s.confirmed, s.phrase = rec.amount, true, true, rec.subject
			s.year = yearOf(q.Year, al.Period, facts.p.Period)
		}
	case q.Package != "":
		facts := x.pkg(q.Package)
		if facts.rec.exact {
			s.money, s.isMoney, s.confirmed, s.phrase = facts.rec.amount, true, true, facts.rec.subject
			s.year = yearOf(q.Year, facts.p.Period)
		}
	}
	if s.confirmed {
		return s
	}
	switch {
	case !q.Amount.IsZero():
		s.money, s.isMoney = q.Amount.Nominal(), true
		s.phrase = q.Noun + " of " + q.Amount.Text()
	case q.Allocation != "" || q.Package != "":
		s.isMoney, s.phrase = true, q.Noun
	default:
		s.phrase = s.count.String() + " " + q.Noun
	}
	return s
}

// ofMoney reports whether q may be a sum of money: it names no measure
// and states no count.
func ofMoney(q Quantity) bool { return q.Measure == "" && q.Count.IsZero() }

// claimSide returns q, a side of money (ofMoney), as the claim states it,
// a sum or nothing, with nothing from the record.
func claimSide(q Quantity) side {
	s := side{q: q, count: q.Count, isMoney: true}
	if !q.Amount.IsZero() {
		s.money = q.Amount.Nominal()
	}
	return s
}

// changeLevels returns the levels after and before the Change of the
// package of facts as the two sides of a ratio, and true, where the record
// states both exactly and without a term; otherwise num and den unchanged,
// and false.
func (x *assessor) changeLevels(facts *pkgFacts, num, den side) (side, side, bool) {
	ch := facts.p.Change
	from := ch.From
	if prev := x.previous(facts.p); from.IsZero() && prev != nil {
		from = prev.Headline
	}
	to := ch.To
	if !exactLevel(from) || !exactLevel(to) {
		return num, den, false
	}
	num.money, num.isMoney, num.confirmed = to.Nominal(), true, true
	num.phrase = "the record’s level after the change (" + string(appendBrief(nil, to.Nominal())) + ")"
	den.money, den.isMoney, den.confirmed = from.Nominal(), true, true
	den.phrase = "the record’s level before it (" + string(appendBrief(nil, from.Nominal())) + ")"
	return num, den, true
}

// yearOf returns y as a Year, or else the financial year that the first
// of the periods with one is for, or the zero Year.
func yearOf(y funding.FiscalYear, periods ...funding.Period) funding.Year {
	if y.Valid() {
		return y.Year()
	}
	for _, p := range periods {
		if fy, ok := singleYear(p); ok {
			return fy.Year()
		}
	}
	return funding.Year{}
}

// ratio weighs a ratio of counts or of money.
func (x *assessor) ratio(c *Claim, a RatioClaim, f *Finding) {
	p := &x.p
	id := c.pkg(a.Package)
	if id != "" {
		facts := x.pkg(id)
		f.Package, f.Sources = id, facts.sources
	}
	num, den := x.resolve(c, &a, a.Numerator), x.resolve(c, &a, a.Denominator)
	// A change whose two sides both name one package is of that package's
	// own Change, where the record has both levels. Sides that name
	// nothing are not taken for it: "school budgets increase by 2.1 per
	// cent" in a story about the pupil premium is not the premium's change.
	// Counts (a measure, or a count the claim states) are not the money
	// the Change records: "pupils up 5%" is not the budget's rise.
	ownChange := a.Stated.change != 0 && a.Numerator.Package != "" && a.Numerator.Package == a.Denominator.Package &&
		ofMoney(a.Numerator) && ofMoney(a.Denominator)
	levels := false
	if ownChange {
		num, den, levels = x.changeLevels(x.pkg(a.Numerator.Package), num, den)
	}
	words := f.Words
	if words == "" {
		words = "the ratio of " + a.Numerator.Noun + " to " + a.Denominator.Noun
	}
	terms := a.Terms
	if terms == TermsUnknown {
		terms = read(c.Quote, a.Span).terms
	}
	if a.Stated.change != 0 && (terms == RealTerms || ownChange && !levels || num.missing() || den.missing()) {
		// A change in per cent the record states is weighed as it is,
		// in real terms against the real one: it needs neither levels
		// nor a price index. In cash it is weighed so only where the
		// record has no levels to work it out from.
		if pct, cut, ok := x.statedChange(&a, terms == RealTerms); ok {
			r := new(big.Rat).Quo(pct.Rat(), ratHundred)
			if cut {
				r.Neg(r)
			}
			r.Add(r, big.NewRat(1, 1))
			subject := "The record’s change"
			if terms == RealTerms {
				subject += " in real terms"
			}
			x.weighProportion(a.Stated, words, r, false, subject, f)
			x.consistency(c, &a, claimSide(a.Numerator), claimSide(a.Denominator), f)
			return
		}
		if ownChange && !levels {
			// The package's own figure set against itself would be a
			// change of nothing: its headline may be the change itself.
			f.Verdict = NotSupported
			p.q(words).s(" cannot be checked: the record has no levels before and after the change of the package ").
				q(a.Numerator.Package).s(", nor its change in per cent")
			if terms == RealTerms {
				p.s(" in real terms")
			}
			p.s(".")
			// The claim's own figures may still disagree with each
			// other; the package's figure is no level of either side.
			x.consistency(c, &a, claimSide(a.Numerator), claimSide(a.Denominator), f)
			return
		}
	}
	if num.missing() || den.missing() {
		f.Verdict = NotSupported
		p.q(words).s(" cannot be checked without base figures: the record has no ")
		kind := "count of "
		if num.isMoney || den.isMoney {
			kind = "amount for "
		}
		switch {
		case num.missing() && den.missing():
			p.s(kind).s(a.Denominator.Noun).s(" or of ").s(a.Numerator.Noun)
		case den.missing():
			p.s(kind).s(a.Denominator.Noun)
		default:
			p.s(kind).s(a.Numerator.Noun)
		}
		p.s(".")
		x.consistency(c, &a, num, den, f)
		return
	}
	if !levels && num.confirmed && den.confirmed && sameItem(a.Numerator, a.Denominator) {
		// Both sides are one figure of the record: a ratio of it to itself
		// would be 1, a change of nothing, whatever the claim compares.
		f.Verdict = NotSupported
		p.q(words).s(" cannot be checked: the record holds one level for both its sides, ").s(num.phrase).
			s(", not the two it compares.")
		x.consistency(c, &a, claimSide(a.Numerator), claimSide(a.Denominator), f)
		return
	}
	switch {
	case num.isMoney != den.isMoney:
		f.Verdict, f.Likeness = NotLikeForLike, funding.Unlike
		f.Reasons = []string{"a sum of money against a count"}
		p.q(words).s(" sets a sum of money against a count, which is neither a share nor a multiple.")
		return
	case num.isMoney && num.money.Currency() != den.money.Currency():
		f.Verdict, f.Likeness = NotLikeForLike, funding.Unlike
		f.Reasons = []string{x.unlike(num.money.Currency(), den.money.Currency())}
		p.q(words).s(" sets amounts in different currencies against each other, which are not compared.")
		return
	}
	// A count the claim states that the record contradicts decides.
	for _, s := range [...]side{num, den} {
		if s.isMoney || !s.confirmed || s.q.Count.IsZero() {
			continue
		}
		m, _ := findMeasure(*x.pkg(id).p, s.q.Measure)
		if v := compareCounts(s.q.Count, m.Count); v != Accurate {
			f.Verdict = v
			f.StatedCount, f.RecordedCount, f.Basis = s.q.Count, m.Count, FromMeasure
			f.Ratio, f.Percent = countRatio(s.q.Count.Value(), m.Count.Value())
			p.s("The claim’s ").q(s.q.Count.String() + " " + s.q.Noun)
			if v == Overstated {
				p.s(" overstates")
			} else {
				p.s(" understates")
			}
			p.s(" the record’s ").s(m.String()).s(".")
			return
		}
	}
	confirmed := num.confirmed && den.confirmed
	if confirmed && !num.isMoney {
		f.Basis = FromMeasure
	}
	start := len(p.b)
	prices := ""
	if num.isMoney && terms == RealTerms {
		real, in, ok := x.inRealTerms(num, den)
		if !ok {
			f.Verdict = NotAssessed
			p.q(words).s(" is in real terms, and ").s(in).s(", so it is not assessed: a rise in cash is not a rise in real terms.")
			return
		}
		den.money, prices = real, in
	}
	if den.value().Sign() == 0 {
		f.Verdict = NotSupported
		p.q(words).s(" cannot be checked: ").s(den.phrase).s(" is zero.")
		return
	}
	r := new(big.Rat).Quo(num.value(), den.value())
	f.Ratio = ratDecimal(r)
	approx := !num.isMoney && (!num.count.IsExact() || !den.count.IsExact())
	if a.Stated.IsZero() {
		p.s(num.phrase).s(" out of ").s(den.phrase).s(" is ")
		places := int32(1)
		if approx {
			p.s("about ")
			places = 0
		}
		p.b = append(p.b, f.Ratio.Mul(hundred).Round(places).String()...)
		p.s("%")
		p.capitalise(start)
		if confirmed {
			f.Verdict = Accurate
			p.s(", and the record has both ").s(plural2(num.isMoney)).s(".")
		} else {
			f.Verdict = NotSupported
			p.s(", but the record does not hold both ").s(plural2(num.isMoney)).s(", so it cannot confirm them.")
		}
		return
	}
	// A stated proportion: weigh it against the ratio, in its words' unit.
	st := a.Stated
	subject := num.phrase + " against " + den.phrase
	if prices != "" {
		subject += ", " + prices + ","
	}
	x.weighProportion(st, words, r, approx, subject, f)
	if num.isMoney && terms != RealTerms && len(x.r.Prices) > 0 {
		// A cash change is not a real-terms one: say what it is in real
		// terms too, where the index allows.
		if real, in, ok := x.inRealTerms(num, den); ok && !real.IsZero() {
			rr := new(big.Rat).Quo(num.value(), real.Decimal().Rat())
			p.s(" That is in cash; ").s(in).s(" it is ")
			x.proportion(st, st.toValue(rr), rr)
			p.s(".")
		}
	}
	if !confirmed {
		if f.Verdict == Accurate || f.Verdict == Rounded {
			f.Verdict = NotSupported
			p.s(" The record does not hold both ").s(plural2(num.isMoney)).s(", so it cannot confirm them.")
		} else {
			p.s(" That is on the claim’s own figures.")
		}
	}
	x.consistency(c, &a, num, den, f)
}

// statedChange returns the change in per cent, and whether it is a cut,
// that the record states for the ratio a, in real terms if real and
// otherwise in cash: the Change of the package both its sides name, or of
// the numerator's package where that Change is of the denominator's. It
// returns false if there is none, if it states no such percentage, or if
// a side is a count, which the Change, of money, is not.
func (x *assessor) statedChange(a *RatioClaim, real bool) (decimal.Decimal, bool, bool) {
	n, d := a.Numerator.Package, a.Denominator.Package
	if n == "" || d == "" || !ofMoney(a.Numerator) || !ofMoney(a.Denominator) {
		return decimal.Decimal{}, false, false
	}
	ch := x.pkg(n).p.Change // zero for a package the record lacks
	pct, cut := ch.Percent, ch.Cut
	if real {
		pct, cut = ch.RealPercent, ch.RealCut
	}
	if n != d && ch.Of != d || pct.IsZero() && !cut {
		return decimal.Decimal{}, false, false
	}
	return pct, cut, true
}

// weighProportion weighs the stated proportion st, in words, against the
// ratio r of subject ("the £20m package against the £18m package"), about
// if the ratio is of counts not all exact, and sets f's Ratio, Percent and
// Verdict: "The £20m package against the £18m package is an 11.1% increase,
// as “words” says."
func (x *assessor) weighProportion(st Proportion, words string, r *big.Rat, approx bool, subject string, f *Finding) {
	p := &x.p
	start := len(p.b)
	f.Ratio = ratDecimal(r)
	got := st.toValue(r)
	want := big.NewRat(st.num, st.den)
	if got.Sign() != 0 && want.Sign() != 0 {
		f.Percent = ratDecimal(new(big.Rat).Quo(new(big.Rat).Mul(new(big.Rat).Sub(want, got), ratHundred), got))
	}
	p.s(subject).s(" is ")
	if approx {
		p.s("about ")
	}
	x.proportion(st, got, r)
	p.capitalise(start)
	admits := st.interval().contains(got)
	tooHigh := !admits && got.Cmp(st.interval().lo) < 0
	exact := st.bound == currency.Exact
	switch {
	case admits && (got.Cmp(want) == 0 || !exact):
		f.Verdict = Accurate
		p.s(", as ").q(words).s(" says.")
	case admits && !x.noRounding && f.Percent.Abs().Cmp(x.tol) <= 0:
		f.Verdict = Rounded
		p.s(", and ").q(words).s(" is that rounded, within the ").pct(x.tol).s(" that rounding allows.")
	default:
		f.Verdict = Understated
		if tooHigh || admits && want.Cmp(got) > 0 {
			f.Verdict = Overstated
		}
		p.s(": ").q(words).s(" ").s(f.Verdict.String()).s(" it")
		if !f.Percent.IsZero() {
			p.s(" by ").pct(f.Percent)
		}
		if admits {
			p.s(", though it is what that rounds to; rounding allows an error of up to ").pct(x.tol)
		}
		p.s(".")
	}
}

// plural2 returns "amounts" or "counts".
func plural2(money bool) string {
	if money {
		return "amounts"
	}
	return "counts"
}

// ratDecimal returns r rounded half up to 16 decimal places, without
// trailing zeros, as divide does.
func ratDecimal(r *big.Rat) decimal.Decimal {
	return divide(decimal.NewFromBigInt(r.Num(), 0), decimal.NewFromBigInt(r.Denom(), 0))
}

// proportion appends the ratio r as st's words would state it: "2.9
// times", "a 7.58% increase", "a 3.1% cut", "66.7%".
func (x *assessor) proportion(st Proportion, v, r *big.Rat) {
	p := &x.p
	places := int32(max(st.places, 0)) + 1
	val := ratDecimal(v)
	switch {
	case st.form == multiple:
		p.b = append(p.b, ratDecimal(r).Round(3).String()...)
		p.s(" times")
	case st.form == fraction:
		p.b = append(p.b, ratDecimal(r).Mul(hundred).Round(1).String()...)
		p.s("%")
	case st.change != 0 && val.Sign() < 0:
		n := val.Abs().Round(places).String()
		p.s(article(n)).s(" ").s(n).s("% ")
		if st.change > 0 {
			p.s("cut, not an increase")
		} else {
			p.s("increase, not a cut")
		}
	case st.change != 0:
		n := val.Round(places).String()
		p.s(article(n)).s(" ").s(n).s("% ")
		if st.change > 0 {
			p.s("increase")
		} else {
			p.s("cut")
		}
	default:
		p.b = append(p.b, val.Round(places).String()...)
		p.s("%")
	}
}

// article returns "an" for a number said with a vowel sound first ("an
// 8%", "an 11%", "an 18,000"), and "a" otherwise.
func article(n string) string {
	whole, _, _ := strings.Cut(n, ".")
	digits := strings.ReplaceAll(whole, ",", "")
	switch {
	case strings.HasPrefix(digits, "8"),
		(strings.HasPrefix(digits, "11") || strings.HasPrefix(digits, "18")) && len(digits)%3 == 2:
		return "an"
	}
	return "a"
}

// inRealTerms returns den's amount in the prices of num's year, by the
// record's price index, and words saying so ("in 2024-25 prices"); or, if
// it cannot, why not, and false.
func (x *assessor) inRealTerms(num, den side) (currency.Amount, string, bool) {
	switch {
	case len(x.r.Prices) == 0:
		return currency.Amount{}, "the record has no price index to adjust for inflation", false
	case num.year.IsZero() || den.year.IsZero():
		return currency.Amount{}, "the record does not give the year of both figures", false
	}
	if x.prices == nil {
		s, err := funding.NewSeries(x.r.PriceSource.Title, x.r.Prices)
		if err != nil {
			return currency.Amount{}, "the record's price index is not usable (" + err.Error() + ")", false
		}
		x.prices = &s
	}
	real, err := funding.RealTerms(den.money, den.year, num.year, *x.prices)
	if err != nil {
		return currency.Amount{}, "the price index cannot adjust it (" + err.Error() + ")", false
	}
	in := "in " + num.year.String() + " prices"
	if t := x.r.PriceSource.Title; t != "" {
		in += " by " + t
	}
	return real, in, true
}

// sameItem reports whether quantities p and q name one item of the record:
// the same measure, allocation or package.
func sameItem(p, q Quantity) bool {
	return p.Package == q.Package && p.Measure == q.Measure && p.Allocation == q.Allocation &&
		(p.Measure != "" || p.Allocation != "" || p.Package != "")
}
