package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// alsoFunded reports whether the mention m is money the speaker says they
// "also" gave: in the sentence s, "I" or "we", auxiliaries with "also"
// among them, a verb of providing (see provideVerbs) and at most an
// article before the figure, with no figure before it ("I have also
// funded a £1m targeted intervention for gully emptying"). "Also" makes
// the sum one of several things given, a part of money whose total the
// words leave out, as includedByUnstated's "The support package will also
// feature £1m …" is.
func (d *drafter) alsoFunded(s Span, m currency.Mention) bool {
	if i, j := d.mentionsIn(Span{s.Start, m.Start}); i < j {
		return false
	}
	var buf [8]tok
	ts := wordsOf(d.text, Span{max(s.Start, m.Start-60), m.Start}, buf[:0])
	n := len(ts)
	if n > 0 && (ts[n-1].w == "a" || ts[n-1].w == "an") {
		n--
	}
	if n < 3 || clauseBreak(d.text[ts[n-1].end:m.Start]) ||
		!slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(ts[n-1].w, p) }) {
		return false
	}
	also := false
	k := n - 2
	for ; k >= 0 && (isAuxiliary(ts[k].w) || ts[k].w == "also"); k-- {
		also = also || ts[k].w == "also"
	}
	return also && k >= 0 && (ts[k].w == "i" || ts[k].w == "we")
}

// additionGiven reports whether the mention m opens the sentence s after
// "In addition," and is given in the passive (see givenPassive): "In
// addition, almost £19m is being allocated for essential and structural
// road maintenance …", one more of several sums given, a part as
// alsoFunded's is.
func (d *drafter) additionGiven(s Span, m currency.Mention) bool {
	lead := strings.TrimSpace(d.text[s.Start:m.Start])
	return strings.EqualFold(lead, "In addition,") && d.givenPassive(s, m)
}

// partsBefore reports whether two or more of the parts come before the
// mention ms[best], each of them one of several sums given ("I have also
// funded a £1m …", "In addition, almost £19m is being allocated for …"),
// so that the money after them is more of the same parts, not their
// whole.
func (d *drafter) partsBefore(parts []int, best int) bool {
	n := 0
	for _, p := range parts {
		if p < best {
			n++
		}
	}
	return n >= 2
}
