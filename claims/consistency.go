package claims

import (
	"math/big"

	"github.com/fundclaims/fundclaims/currency"
)

// consistency checks a change in per cent, the ratio a of claim c whose
// levels num (after) and den (before) are resolved, against the change in
// money the claim also states ("a 9% increase, £600,000 more a year"): it
// finds the base each figure implies and, where they cannot both hold,
// says by how much they differ and makes the verdict Inconsistent, unless
// the record has already shown the percentage wrong.
func (x *assessor) consistency(c *Claim, a *RatioClaim, num, den side, f *Finding) {
	st := a.Stated
	if st.form != percentage || st.change == 0 || !num.isMoney && !num.missing() {
		return
	}
	delta, ok := x.changeOf(c)
	if !ok || delta.Currency() != num.money.Currency() && !num.missing() || delta.Currency() != den.money.Currency() && !den.missing() {
		return
	}
	p := &x.p
	pct := big.NewRat(st.num, st.den)         // 9, in per cent
	frac := new(big.Rat).Quo(pct, ratHundred) // 0.09
	if frac.Sign() == 0 {
		return
	}
	d := delta.Nominal().Decimal().Rat()
	lo, hi := delta.Interval().Min().Decimal().Rat(), d
	if !delta.Interval().Unbounded() {
		hi = delta.Interval().Max().Decimal().Rat()
	}
	cur := delta.Currency()
	// fromChange is the base the money change implies with the percentage:
	// £600,000 ÷ 9% = £6,666,667.
	fromChange := new(big.Rat).Quo(d, frac)
	var base, implied *big.Rat // the base the levels give, and the one the change and percentage give
	var agree bool
	sign := big.NewRat(int64(st.change), 1)
	switch {
	case !den.missing():
		// The base is the level before: the change is lo..hi of it.
		base, implied = den.value(), fromChange
		b := base
		agree = b.Sign() > 0 && st.interval().meets(pctOf(lo, b), pctOf(hi, b))
	case !num.missing():
		// The base is the level after less the change, or the level after
		// over 1 + the percentage.
		n := num.value()
		one := new(big.Rat).Add(ratOne, new(big.Rat).Mul(sign, frac))
		base = new(big.Rat).Quo(n, one)
		implied = new(big.Rat).Sub(n, new(big.Rat).Mul(sign, d))
		bl := new(big.Rat).Sub(n, new(big.Rat).Mul(sign, lo))
		bh := new(big.Rat).Sub(n, new(big.Rat).Mul(sign, hi))
		agree = bl.Sign() > 0 && bh.Sign() > 0 && st.interval().meets(pctOf(lo, bl), pctOf(hi, bh))
	default:
		p.s(" With ").q(delta.Text()).s(", ").q(st.text).s(" implies a level before of ").wholePounds(fromChange, cur).s(".")
		return
	}
	if agree {
		p.s(" ").q(delta.Text()).s(" agrees with ").q(st.text).s(": both imply a level before of about ").wholePounds(base, cur).s(".")
		return
	}
	gap := new(big.Rat).Sub(base, implied)
	gap.Abs(gap)
	p.s(" The claim’s own figures disagree: ")
	if !den.missing() {
		p.s(st.text).s(" on ").wholePounds(base, cur).s(" is ").wholePounds(new(big.Rat).Mul(base, frac), cur).
			s(", not ").s(delta.Text()).s(", which is ").s(st.text).s(" on ").wholePounds(implied, cur)
	} else {
		p.s(st.text).s(" to ").wholePounds(num.value(), cur).s(" is from ").wholePounds(base, cur).
			s(", but ").s(delta.Text()).s(" makes it from ").wholePounds(implied, cur)
	}
	p.s(": the bases they imply are ").wholePounds(gap, cur).s(" apart.")
	if f.Verdict != Understated && f.Verdict != Overstated {
		f.Verdict = Inconsistent
	}
}

// pctOf returns 100 × part ÷ whole; whole is not zero.
func pctOf(part, whole *big.Rat) *big.Rat {
	r := new(big.Rat).Quo(part, whole)
	return r.Mul(r, ratHundred)
}

// wholePounds appends r in currency c rounded half up to whole units, for
// explanations: a base worked out from a percentage rarely ends in pence.
// A base beyond what an Amount holds (a tiny percentage of a vast sum) is
// named as such rather than written as a wrong number.
func (p *prose) wholePounds(r *big.Rat, c currency.Code) *prose {
	a, err := currency.New(ratDecimal(r), c)
	if err != nil {
		return p.s("an amount too large to write")
	}
	return p.money(a.Round(0, currency.HalfUp))
}

// changeOf returns the figure of the one stated amount of claim c whose
// role is a change, if it has exactly one.
func (x *assessor) changeOf(c *Claim) (currency.Figure, bool) {
	var out currency.Figure
	n := 0
	for _, a := range c.Assertions {
		s, ok := a.(StatedAmount)
		if !ok {
			continue
		}
		if role, _, _ := x.roleOf(c, &s); role == RoleChange {
			out = s.Figure
			n++
		}
	}
	return out, n == 1
}
