package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// benefitVerbs, as word prefixes, say that a fund went to those after
// them: "which this year benefitted 25 projects".
var benefitVerbs = [...]string{"benefit", "funded", "supported", "helped"}

// whichBenefited returns the allocation of the whole of the mention m in
// the sentence s to a count of recipients that a relative clause after
// the fund it names says it went to: "as part of an overall £500,000
// fund, which this year benefitted 25 projects across the country". The
// clause is ", which" after at most two words naming the fund, then at
// most three words of time ("this year"), a verb of benefitVerbs in the
// past and the count; the recipients are the words from the count to the
// clause's end. It returns false if the words are not so, or the count is
// of years ("which has funded 12 years of work").
func (d *drafter) whichBenefited(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	var buf [16]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+120)}, buf[:0])
	w := 0
	for w < len(after) && w < 2 && !strings.HasPrefix(d.text[after[w].end:], ", which ") {
		w++
	}
	if w == len(after) || w == 2 || !strings.HasPrefix(d.text[after[w].end:], ", which ") || clauseBreak(d.text[m.End:after[w].start]) {
		return a, nil, false
	}
	v := w + 2 // the word after "which"
	for n := 0; v < len(after) && n < 3 && !hasPrefixIn(after[v].w, benefitVerbs[:]); n++ {
		v++
	}
	if v+2 >= len(after) || !hasPrefixIn(after[v].w, benefitVerbs[:]) || !strings.HasSuffix(after[v].w, "ed") {
		return a, nil, false
	}
	c := v + 1
	count, err := funding.ParseCount(after[c].w)
	if err != nil || isTimeUnit(after[c+1].w) || clauseBreak(d.text[after[w+1].end:after[c].start]) {
		return a, nil, false
	}
	at := d.clause(after[c:])
	a = allocationOf(m)
	a.Count = count
	a.Title = d.in(at)
	fields := []Field{{".count", Span{after[c].start, after[c].end}, Explicit}, {".title", at, Inferred}}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}

// hasPrefixIn reports whether w begins with one of prefixes.
func hasPrefixIn(w string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
