package claims

import (
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
	k := searchMention(d.ms, m.Start)
	end := s.End
	if i, ok := d.sentSearch(s.Start); ok && i+1 < len(d.sents) {
		end = d.sents[i+1].End
	}
	for n := k + 2; n < len(d.ms) && d.ms[n].End <= end; n++ {
		level, before := d.ms[n-1], d.ms[n]
		if rateOrConversion(level) || rateOrConversion(before) || d.wordsBefore(before) != "up from" {
			continue
		}
		rise, err := level.Figure.Nominal().Sub(before.Figure.Nominal())
		if err == nil && rise.Equal(m.Figure.Nominal()) {
			return d.leadsFurther(m)
		}
	}
	return false
}

// riseStatedAt reports whether the figure at s is a mention whose rise
// the article states (see riseStated).
func (d *drafter) riseStatedAt(s Span) bool {
	k, ok := d.mentionAt(s)
	if !ok {
		return false
	}
	st := d.sentenceOf(d.ms[k])
	return !st.IsZero() && d.riseStated(st, d.ms[k])
}

// reversedCut returns the end of the noun of a cut that a verb of
// reversing undoes, after the mention m: "reversed a £10.5m cut to the
// social care workforce grant" gives the grant its £10.5m back, money the
// package gives it, whose claim still states the cut undone as a change.
func (d *drafter) reversedCut(m currency.Mention) (int, bool) {
	switch d.wordsBefore(m) {
	case "reversed a", "reverse a", "reverses a", "reversing a", "reversed the", "reverse the", "reverses the", "reversing the":
	default:
		return 0, false
	}
	var buf [2]tok
	after := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+16)}, buf[:0])
	if len(after) == 0 || clauseBreak(d.text[m.End:after[0].start]) {
		return 0, false
	}
	switch after[0].w {
	case "cut", "cuts", "reduction":
		return after[0].end, true
	}
	return 0, false
}

// reversedCutAt reports whether the figure at s is a mention of a cut
// reversed (see reversedCut).
func (d *drafter) reversedCutAt(s Span) bool {
	k, ok := d.mentionAt(s)
	if !ok {
		return false
	}
	_, ok = d.reversedCut(d.ms[k])
	return ok
}
