package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
)

// This file reads a lede that opens on its sum and names the money after
// it, given in the passive: "More than £50,000 of grants from the Local
// Community Improvement Fund were awarded at last night's Executive
// meeting." It is the order of words "Grants of £750 are being paid …"
// turned about (see moneyGiven), and announces as that does.

// sumGivenReach is how many words may stand between the funding noun and
// the auxiliaries of its verb: the fund or the purpose the money is of
// ("from the Local Community Improvement Fund").
const sumGivenReach = 6

// sumGiven reports whether the sentence st opens on the mention m, then
// "of", at most one word that is no determiner or possessive and a
// funding noun ("£50,000 of grants", "£2m of new funding"), then in the
// same clause at most sumGivenReach words, auxiliaries and a participle of
// giving (see givenParticiples): "… were awarded at …", "… has been
// allocated to …".
// "£900 million of this funding" and "£2m of its grants" name money
// already stated, a part of it, so a determiner or a possessive before the
// noun is no such word.
func (d *drafter) sumGiven(st Span, m currency.Mention) bool {
	if m.Start != st.Start {
		return false
	}
	var buf [sumGivenReach + 8]tok
	ts := wordsOf(d.text, Span{m.End, min(st.End, m.End+120)}, buf[:0])
	if len(ts) < 4 || ts[0].w != "of" {
		return false
	}
	n := 1
	if !slices.Contains(fundingNouns[:], ts[n].w) && !isDeterminer(ts[n].w) && !ownerWord(token{s: ts[n].w}) {
		n++
	}
	if n >= len(ts) || !slices.Contains(fundingNouns[:], ts[n].w) {
		return false
	}
	v := n + 1
	for v < len(ts) && v-n-1 < sumGivenReach && !isAuxiliary(ts[v].w) {
		v++
	}
	aux := v
	for v < len(ts) && (isAuxiliary(ts[v].w) || ts[v].w == "being") {
		v++
	}
	return v > aux && v < len(ts) && slices.Contains(givenParticiples[:], ts[v].w) && !clauseBreak(d.text[m.End:ts[v].start])
}
