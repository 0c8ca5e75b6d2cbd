package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// receivedBracketed returns a with its recipient read from the subject of
// the clause when the figure of the mention m stands alone in brackets
// after money that a verb of receiving, at most six words before, names
// by a funding noun: "the Trust has been successful in receiving the
// funding for year one (£1.87 million)", whose subject, "the Trust", is
// the recipient. The subject is the words opening the clause, after a
// comma if one sets a phrase off before it, up to its first auxiliary or
// the verb, at most six of them. It returns false if the words are not
// so.
func (d *drafter) receivedBracketed(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	if m.Start == s.Start || d.text[m.Start-1] != '(' || m.End >= len(d.text) || d.text[m.End] != ')' {
		return a, nil, false
	}
	ts := wordsOf(d.text, Span{max(s.Start, runeStartBefore(d.text, m.Start-200)), m.Start - 1}, nil)
	n := len(ts)
	if n == 0 || strings.TrimSpace(d.text[ts[n-1].end:m.Start-1]) != "" {
		return a, nil, false
	}
	v := -1
	for k := n - 2; k >= 0 && k >= n-7; k-- {
		if clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			return a, nil, false
		}
		if receiveVerb(ts[k].w) {
			v = k
			break
		}
	}
	if v < 0 || !slices.ContainsFunc(ts[v+1:], func(t tok) bool { return slices.Contains(fundingNouns[:], t.w) }) {
		return a, nil, false
	}
	start := v
	for start > 0 && !clauseBreak(d.text[ts[start-1].end:ts[start].start]) {
		start--
	}
	end := start
	for end < v && !isAuxiliary(ts[end].w) {
		end++
	}
	if end == start || end-start > 6 {
		return a, nil, false
	}
	return d.toRecipient(a, Span{ts[start].start, ts[end-1].end})
}
