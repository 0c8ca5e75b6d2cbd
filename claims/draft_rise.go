package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
)

// This file reads a recipient's extra money that the article goes on to
// give as the difference of two levels: "Aberdeen City Council would
// receive an extra £10million in the next financial year", then "He said
// the council would be allocated £328million in revenue funding, up from
// £318million in 2014-15". The extra £10million is the rise of that
// recipient's money, a change, not a part of the package of its own: the
// £328million is its part.

// riseStated reports whether the mention m, led by "an extra", "a
// further" or their like (see leadsFurther), is the difference of a level
// and the level before it that the rest of its sentence or the next
// sentence states, the level before after "up from": "£328million …, up
// from £318million".
func (d *drafter) riseStated(s Span, m currency.Mention) bool {
	if !d.leadsFurther(m) {
		return false
	}
	k := searchMention(d.ms, m.Start)
	end := s.End
	if i, ok := slices.BinarySearchFunc(d.sents, s.Start, func(st Span, off int) int { return st.Start - off }); ok && i+1 < len(d.sents) {
		end = d.sents[i+1].End
	}
	for n := k + 2; n < len(d.ms) && d.ms[n].End <= end; n++ {
		level, before := d.ms[n-1], d.ms[n]
		if rateOrConversion(level) || rateOrConversion(before) || d.wordsBefore(before) != "up from" {
			continue
		}
		rise, err := level.Figure.Nominal().Sub(before.Figure.Nominal())
		if err == nil && rise.Equal(m.Figure.Nominal()) {
			return true
		}
	}
	return false
}

// riseStatedAt reports whether the figure at s is a mention whose rise
// the article states (see riseStated).
func (d *drafter) riseStatedAt(s Span) bool {
	k := searchMention(d.ms, s.Start)
	if k >= len(d.ms) || d.ms[k].Start != s.Start {
		return false
	}
	st := d.sentenceOf(d.ms[k])
	return !st.IsZero() && d.riseStated(st, d.ms[k])
}
