package claims

import "slices"

// passiveLede returns the words naming the agent of a lede that announces
// money in the passive, with v the index in d.toks (the lede's words) of
// its verb of announcing: the subject, before the auxiliaries, opens on a
// funding noun or a pledge (see pledgeNouns), after at most an article
// and two words ("Funding for targeted action to keep our roads safer
// …", "A new package of support …"), and "by" follows the verb, after
// "today" or "yesterday" if either comes between, then the agent to the
// end of the sentence ("has been announced today by Infrastructure
// Minister, John O’Dowd."), less a last word of time ("… by Social
// Development Minister John Spellar today"). The agent announces the
// package, as the subject of the verb in the active would. It returns
// false if the lede is not so.
func (d *drafter) passiveLede(v int) (Span, bool) {
	ts := d.toks
	end := v
	for end > 0 && isAuxiliary(ts[end-1].w) {
		end--
	}
	if end == v || end == 0 || !slices.ContainsFunc(ts[:min(end, 3)], func(t tok) bool { return slices.Contains(pledgeNouns, t.w) }) {
		return Span{}, false
	}
	by := v + 1
	if by < len(ts) && (ts[by].w == "today" || ts[by].w == "yesterday") {
		by++
	}
	last := len(ts) - 1
	if last >= 0 && (ts[last].w == "today" || ts[last].w == "yesterday") {
		last--
	}
	if by+1 > last || ts[by].w != "by" || clauseBreak(d.text[ts[v].end:ts[by].start]) {
		return Span{}, false
	}
	if w := ts[by+1].w; monthOf(w) != 0 || weekday(w) {
		return Span{}, false // "announced by March": a time, not who
	}
	return Span{ts[by+1].start, ts[last].end}, true
}
