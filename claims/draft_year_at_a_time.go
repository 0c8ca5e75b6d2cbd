package claims

import "github.com/fundclaims/fundclaims/currency"

// yearOfWhole reports whether the figure at at, which FromQuote reads as
// one year's part of a sum stated year by year ("£61.7 million in 2025-26
// and £63.2 million in 2026-27"), is the package's money for its year:
// "in" and a year or financial year follow it, no allocation holds it,
// and the headline, head, stated with a bound ("More than £60 million"),
// admits it alone. A part cannot reach the whole's bound by itself, so
// the release states the package a year at a time, as sameAgain's
// speaker does, not a share of it.
func (d *drafter) yearOfWhole(at Span, head currency.Figure) bool {
	if head.IsZero() || head.Bound() == currency.Exact {
		return false
	}
	k, ok := d.mentionAt(at)
	if !ok {
		return false
	}
	m := d.ms[k]
	if d.allocated(m.Figure) || !head.Admits(m.Figure.Nominal()) {
		return false
	}
	var buf [2]tok
	ts := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+12)}, buf[:0])
	return len(ts) >= 2 && ts[0].w == "in" && ts[0].start == m.End+1 && yearSpan(ts[1].w)
}
