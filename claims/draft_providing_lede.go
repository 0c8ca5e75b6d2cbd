package claims

import (
	"slices"
	"strings"
)

// providingLede returns the sentence straight before s, the release's own
// sentence stating the package's money, when it opens the body below top,
// states no money, is in no quotation and announces what the money will
// provide: a subject, "will" and any other auxiliaries, a verb of
// providing (see provideVerbs) and a funding noun within four words ("A
// new Fairer Funding pilot … will provide additional multi-year funding in
// the form of 45 grants …", then "The funding … will … have a total value
// of £61.7 million …"). The lede and the sentence both announce, as a
// release's lede and next sentence may (README), so each is its claim. It
// returns the zero Span if there is no such sentence.
func (d *drafter) providingLede(top int, s Span) Span {
	i, _ := d.sentSearch(s.Start)
	if i == 0 || i >= len(d.sents) || d.sents[i] != s {
		return Span{}
	}
	st := d.sents[i-1]
	if st.Start <= top || d.hasMoney(st) || d.quoted(st) {
		return Span{}
	}
	for _, o := range d.sents[:i-1] {
		if o.Start > top && !d.moneyLine(o) {
			return Span{} // not the body's opening sentence
		}
	}
	var buf [24]tok
	ts := wordsOf(d.text, Span{st.Start, min(st.End, st.Start+200)}, buf[:0])
	k := slices.IndexFunc(ts, func(t tok) bool { return t.w == "will" })
	if k <= 0 || ts[0].w == "we" {
		return Span{}
	}
	v := k
	for v < len(ts) && isAuxiliary(ts[v].w) {
		v++
	}
	if v == len(ts) || clauseBreak(d.text[ts[k-1].end:ts[v].start]) ||
		!slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(ts[v].w, p) }) {
		return Span{}
	}
	for _, t := range ts[v+1 : min(v+5, len(ts))] {
		if slices.Contains(fundingNouns[:], t.w) {
			return st
		}
	}
	return Span{}
}
