package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// This file reads a sentence whose subject is the package's fund by name,
// giving money: "… the Local Community Fund will distribute £2.7 million
// to local groups", which states what the fund gives, not one
// recipient's share, and which a release tells as its announcer's news.

// fundGivingVerbs are the verbs, in lower case, by which a fund gives its
// money: "will distribute", "provides".
var fundGivingVerbs = [...]string{"distribute", "distributes", "provide", "provides", "give", "gives", "invest",
	"invests", "award", "awards", "spend", "spends", "offer", "offers"}

// fundGives reports whether the words of the sentence s straight before
// the mention m are a fund named by capitalised words after "the",
// opening the sentence or a clause after a comma, then auxiliaries and a
// verb of giving (fundGivingVerbs): "the Local Community Fund will
// distribute £2.7 million". It reads at most the 100 bytes before m.
func (d *drafter) fundGives(s Span, m currency.Mention) bool {
	var buf [12]tok
	ts := d.wordsInReach(s, m, 100, buf[:0])
	n := len(ts)
	if n < 4 || !slices.Contains(fundGivingVerbs[:], ts[n-1].w) || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return false
	}
	v := n - 1
	for v > 0 && (isAuxiliary(ts[v-1].w) || ts[v-1].w == "to") {
		v--
	}
	if v < 3 || !slices.Contains(programmeNouns, ts[v-1].w) || !capitalised(d.text, ts[v-1]) {
		return false
	}
	k := v - 1
	for k > 0 && capitalised(d.text, ts[k-1]) && ts[k-1].w != "the" && !clauseBreak(d.text[ts[k-1].end:ts[k].start]) {
		k--
	}
	if k == v-1 || k == 0 || ts[k-1].w != "the" {
		return false // "the Fund": no name
	}
	// "the" opens the sentence or a clause after a comma.
	return ts[k-1].start == s.Start || strings.HasSuffix(strings.TrimRight(d.text[s.Start:ts[k-1].start], " "), ",")
}

// fundFollow returns the claim of the sentence straight after a, the
// claim of the announcing sentence, when it is in no
// quotation and states money its fund gives by name (see fundGives):
// "The first areas to benefit from nearly £3 million … has been announced
// by Social Development Minister John Spellar today", then "Launched in
// February …, the Local Community Fund will distribute £2.7 million to
// local groups": the release goes on with the announcer's news. It
// returns false if the sentence is not so.
func (d *drafter) fundFollow(a drafted) (drafted, bool) {
	i, _ := d.sentSearch(a.quote.Start)
	if i+1 >= len(d.sents) || d.sents[i] != a.quote {
		return drafted{}, false
	}
	next := d.sents[i+1]
	if d.quoted(next) {
		return drafted{}, false
	}
	k, j := d.mentionsIn(next)
	if k == j || !d.fundGives(next, d.ms[k]) {
		return drafted{}, false
	}
	// Not the drafter's own announcement (mine): a is the announcer's.
	return d.sentenceClaim(next, a.claim.Speaker, a.speaker, Inferred, false), true
}
