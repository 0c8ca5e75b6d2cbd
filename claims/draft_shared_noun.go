package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// sharedNoun returns a with the title of the mention m when one word after
// it, and "and", lead to a second figure whose word before a funding noun
// closes the pair: "£526.7 million resource and £32.4 million capital
// funding" is resource funding and capital funding, the noun written once
// for both. It returns false if the words after m are not so.
func (d *drafter) sharedNoun(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	var buf [6]tok
	ts := wordsOf(d.text, Span{m.End, min(s.End, m.End+80)}, buf[:0])
	if len(ts) < 2 || ts[1].w != "and" || clauseBreak(d.text[m.End:ts[1].start]) || !isLetter(ts[0].w[0]) {
		return a, nil, false
	}
	i, j := d.mentionsIn(Span{ts[1].end, s.End})
	if i == j || d.text[ts[1].end:d.ms[i].Start] != " " {
		return a, nil, false
	}
	after := wordsOf(d.text, Span{d.ms[i].End, min(s.End, d.ms[i].End+40)}, buf[:0])
	if len(after) < 2 || !slices.Contains(fundingNouns[:], after[1].w) || clauseBreak(d.text[d.ms[i].End:after[1].start]) {
		return a, nil, false
	}
	at := Span{ts[0].start, ts[0].end}
	a.Title = d.in(at) + " " + after[1].w
	fields := []Field{{".title", at, Inferred}}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}
