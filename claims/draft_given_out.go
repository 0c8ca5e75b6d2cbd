package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file reads the whole of the money given out to a count of
// recipients by a phrasal verb after it: "An extra £25 million will be
// doled out to a lucky 194 drama organisations", "£2m is to be handed out
// to 40 charities".

// givenOutTo returns the allocation of the whole of the mention m in the
// sentence s to a count of recipients that a verb with "out" after the
// money gives it to, within its clause: the money, a noun of money after it ("£2m fund"), its auxiliaries, the
// verb, "out", "to", at most two words ("a lucky", "some"), the count,
// and at most five words to the noun of the recipients' class (see
// classNoun). The recipients are the words from the count to that noun.
// A count of what the money pays for ("paid out to 300 new homes") names
// no class of recipients, and false is returned; so it is when the words
// are not so.
func (d *drafter) givenOutTo(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	var buf [20]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+160)}, buf[:0])
	k := 0
	if len(after) > 0 && (potNoun(after[0].w) || cashNoun(token{s: after[0].w})) && !clauseBreak(d.text[m.End:after[0].start]) {
		k++ // "A new £2m fund is to be handed out to …"
	}
	aux := k
	for k < len(after) && k < 4 && isAuxiliary(after[k].w) {
		k++
	}
	// The verb, "out" and "to", then the count within two words.
	if k == aux || k+4 >= len(after) || after[k+1].w != "out" || after[k+2].w != "to" {
		return a, nil, false
	}
	if clauseBreak(d.text[m.End:after[k+2].end]) {
		return a, nil, false
	}
	c := -1
	for j := k + 3; j < len(after) && j <= k+5; j++ {
		if clauseBreak(d.text[after[j-1].end:after[j].start]) {
			return a, nil, false
		}
		if _, err := funding.ParseCount(after[j].w); err == nil {
			c = j
			break
		}
		if capitalised(d.text, after[j]) {
			return a, nil, false // a name, not a class: "to the Leeds 20 …"
		}
	}
	if c < 0 || c+1 >= len(after) || isTimeUnit(after[c+1].w) || calendarYear(after[c].w) != 0 {
		return a, nil, false
	}
	count, _ := funding.ParseCount(after[c].w)
	for e := c + 1; e < len(after) && e <= c+6; e++ {
		if clauseBreak(d.text[after[e-1].end:after[e].start]) {
			return a, nil, false
		}
		if !classNoun(after[e].w) {
			continue
		}
		at := Span{after[c].start, after[e].end}
		a = allocationOf(m)
		a.Count = count
		a.Title = d.in(at)
		a.Recipients = []funding.Org{{Name: d.in(Span{after[c+1].start, at.End})}}
		fields := []Field{{".count", Span{after[c].start, after[c].end}, Explicit},
			{".title", at, Inferred}, {".recipients[0]", at, Inferred}}
		d.allocationKind(&a, &fields, at)
		return a, fields, true
	}
	return a, nil, false
}
