package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// weInvest reports whether the mention m of the sentence s, outside any
// quotation, is money the narrative says "we" invest or spend, the figure
// straight after the verb and its auxiliaries, in one clause: "… remains
// fit for the 21st century as we invest £1 billion in modernising
// services". A release speaking as "we" is its publisher; money it puts
// so that is more than the package's whole is a programme of its own,
// not a part of the package.
func (d *drafter) weInvest(s Span, m currency.Mention) bool {
	if d.quoted(span(m)) {
		return false
	}
	var buf [6]tok
	ts := d.wordsInReach(s, m, 48, buf[:0])
	n := len(ts)
	if n < 2 || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return false
	}
	v := n - 1
	if w := ts[v].w; !strings.HasPrefix(w, "invest") && !strings.HasPrefix(w, "spend") && w != "spent" {
		return false
	}
	k := v - 1
	for k >= 0 && isAuxiliary(ts[k].w) {
		k--
	}
	if k < 0 || ts[k].w != "we" {
		return false
	}
	for j := k; j < v; j++ {
		if clauseBreak(d.text[ts[j].end:ts[j+1].start]) {
			return false
		}
	}
	return true
}
