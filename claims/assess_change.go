package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// later writes, into x.tmp, what the record's later packages did to
// package i, whose recorded figure is rec, one sentence each: "It was later
// topped up by the package “ae-top-up-2013”, announced as “£150m”, by
// £150m, bringing the total to £400m." The size of a top-up is its
// Change's By, or To less From when both are exact; its new total is To
// where the record states one, and otherwise rec's amount and the top-up
// added, when both are exact and for the same term. A later package's
// headline alone may be the addition or the new level, so no total is
// worked out from it. An earlier package's findings then say what became
// of its money, so that "only £250m" is read beside the £400m it became.
func (x *assessor) later(i int, rec *recorded) {
	w := &x.tmp
	for _, j := range x.ix.later[i] {
		q := &x.r.Packages[j]
		c := q.Change
		switch c.Relation {
		case funding.TopsUp:
			w.s(" It was later topped up by the package ")
		case funding.Replaces:
			w.s(" It was later replaced by the package ")
		case funding.Reannounces:
			w.s(" It was later re-announced as the package ")
		default:
			w.s(" It was later changed by the package ")
		}
		w.q(q.ID)
		if q.HasHeadline() {
			w.s(", announced as ").q(q.Headline.Text())
		}
		if c.Relation != funding.TopsUp {
			switch {
			case !c.By.IsZero() && c.Cut:
				w.s(", a cut of ").s(c.By.String())
			case !c.By.IsZero():
				w.s(", an increase of ").s(c.By.String())
			}
			w.s(".")
			continue
		}
		by := c.By
		switch {
		case !by.IsZero():
			w.s(", by ").s(by.String())
		case !c.Cut && c.From.Bound() == currency.Exact && c.To.Bound() == currency.Exact && c.From.Per() == c.To.Per() && c.From.Over() == c.To.Over():
			if d, err := c.To.Nominal().Sub(c.From.Nominal()); err == nil && d.Sign() > 0 {
				by = currency.ExactFigure(d)
				w.s(", by ")
				w.b = appendBrief(w.b, d)
			}
		}
		switch {
		case !c.To.IsZero():
			w.s(", bringing the total to ").s(c.To.String())
		case rec.exact && by.Bound() == currency.Exact && by.Per() == rec.figure.Per() && by.Over() == rec.figure.Over():
			if total, err := rec.amount.Add(by.Nominal()); err == nil {
				w.s(", bringing the total to ")
				w.b = appendBrief(w.b, total)
			}
		}
		w.s(".")
	}
}

// realTerms writes, into x.tmp, the change in real terms c states beside
// the cash one: ", or an increase of £10bn in real terms", ", a cut of
// 2.3% in real terms".
func (x *assessor) realTerms(c funding.Change) {
	if c.RealBy.IsZero() && c.RealPercent.IsZero() {
		return
	}
	w := &x.tmp
	w.s(", or ")
	if c.RealCut {
		w.s("a cut of ")
	} else {
		w.s("an increase of ")
	}
	switch {
	case !c.RealBy.IsZero() && !c.RealPercent.IsZero():
		w.s(c.RealBy.String()).s(" (").s(c.RealPercent.String()).s("%)")
	case !c.RealBy.IsZero():
		w.s(c.RealBy.String())
	default:
		w.s(c.RealPercent.String()).s("%")
	}
	w.s(" in real terms")
}
