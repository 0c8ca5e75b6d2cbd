package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// later writes, into x.tmp, what the record's later packages did to
// package i, whose recorded figure is rec, one sentence each: "It was later
// topped up by the package “ae-top-up-2013”, announced as “£150m”, by
// £150m, bringing the total to £400m." The size of a top-up is its
// Change's size (changeSize); its new total is To
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
		case !c.Cut:
			if by = changeSize(c); !by.IsZero() {
				w.s(", by ")
				w.b = appendBrief(w.b, by.Nominal())
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

// changeSize returns the size of the change c records: its By or, where
// it states no By, To less From (From less To for a Cut) when both are
// exact, for no term, and that comes to more than zero; otherwise the zero
// Figure. Levels for a term ("£400m a year") give no size: the difference
// would lose the term, and be weighed against a figure for none.
func changeSize(c funding.Change) currency.Figure {
	if !c.By.IsZero() {
		return c.By
	}
	if !exactLevel(c.From) || !exactLevel(c.To) {
		return currency.Figure{}
	}
	hi, lo := c.To.Nominal(), c.From.Nominal()
	if c.Cut {
		hi, lo = lo, hi
	}
	if d, err := hi.Sub(lo); err == nil && d.Sign() > 0 {
		return currency.ExactFigure(d)
	}
	return currency.Figure{}
}

// exactLevel reports whether f is a level of money stated exactly and for
// no term, from which a change can be worked out: "£50.1bn", not "about
// £50bn" or "£400m a year".
func exactLevel(f currency.Figure) bool {
	return f.Bound() == currency.Exact && f.Per().IsZero() && f.Over().IsZero()
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
