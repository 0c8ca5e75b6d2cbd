package claims

import "strings"

// welcomedInRelease reports whether the claim q is a reported statement
// with no quotation whose words are the object of a verb of judging
// straight before them ("Minister Robin Swann has welcomed Covid-19
// allocations totalling £566 million for the Department of Health"), in
// the sentence stating the headline of a release (its quotations set after
// lines of their own, or its publisher a public body the caller names).
// Money in the thing a speaker welcomes is the narrator's (README), so the
// speaker states no amount and, with no words given as theirs, makes no
// claim; the sentence is the release's own announcement, its publisher's
// claim (see releaseOwn).
func (d *drafter) welcomedInRelease(q quoted) bool {
	if d.headline < 0 || q.quote.Start < 1 || d.text[q.quote.Start-1] != ' ' {
		return false
	}
	s := d.sentenceOf(d.ms[d.headline])
	if s.IsZero() || q.quote.Start < s.Start || q.quote.End > s.End || strings.ContainsAny(d.in(s), "“”\"‘’") {
		return false
	}
	var buf [4]tok
	ts := wordsOf(d.text, Span{max(s.Start, q.quote.Start-30), q.quote.Start}, buf[:0])
	if len(ts) == 0 || !judgingVerb(ts[len(ts)-1].w) {
		return false
	}
	// "has welcomed news that the council will benefit from …": a clause
	// the speaker is reported to welcome states what is so, the
	// speaker's reported statement (README), not a thing picked out.
	var head [3]tok
	for _, t := range wordsOf(d.text, Span{q.quote.Start, min(q.quote.End, q.quote.Start+40)}, head[:0]) {
		if t.w == "that" {
			return false
		}
	}
	return d.saidLines() || d.publishedByBody()
}
