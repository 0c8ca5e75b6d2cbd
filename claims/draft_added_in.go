package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// addedIn returns the allocation of the further money of the mention m in
// the sentence s that is "added" to the package, in a form the words
// after the verb name: "A further £259 million will be added in one-off
// funding due to pressures from the pandemic" is a part of the settlement
// it is added to, titled "one-off funding", not money of its own. The
// verb follows the figure after at most three auxiliaries, then "in",
// "as" or "through" and the form; money "added to" something names what
// it goes to, which other rules read. It returns false if the words are
// not so.
func (d *drafter) addedIn(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	if !d.leadsFurther(m) {
		return a, nil, false
	}
	var buf [12]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+120)}, buf[:0])
	v := 0
	for v < len(after) && v < 3 && isAuxiliary(after[v].w) {
		v++
	}
	if v == 0 || v+2 >= len(after) || after[v].w != "added" || clauseBreak(d.text[m.End:after[v+1].start]) {
		return a, nil, false
	}
	switch after[v+1].w {
	case "in", "as", "through":
	default:
		return a, nil, false
	}
	// The form is the words up to "due", "to" or "for" (its purpose) or the
	// clause's end.
	first, end := v+2, v+2
	for end < len(after) && !clauseBreak(d.text[after[end-1].end:after[end].start]) {
		if w := after[end].w; w == "due" || w == "to" || w == "for" {
			break
		}
		end++
	}
	if end == first {
		return a, nil, false
	}
	at := Span{after[first].start, after[end-1].end}
	a = allocationOf(m)
	a.Title = d.in(at)
	fields := []Field{{".title", at, Inferred}}
	if end < len(after) && !clauseBreak(d.text[after[end-1].end:after[end].start]) {
		purpose := d.clause(after[end:])
		a.Purposes = []string{d.in(purpose)}
		fields = append(fields, Field{".purposes[0]", purpose, Inferred})
	}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}
