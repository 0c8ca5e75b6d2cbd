package claims

import (
	"slices"
	"strings"
)

// This file reads quotation marks inside the words a named announcer
// announces: "Ministers announced £1.2bn for 34 areas to cut fares and
// journey times in “bus service improvement plans”". The marks set off a
// name or a purpose within the announced money's clause, as the narrator
// gives it; they report no one's speech, so the sentence is the
// announcer's claim, as it is without them, and the words in the marks
// are no claim of their own.

// markedInAnnounced reports whether the quotation q is inside the
// announcing sentence s, after its first figure and in that figure's
// clause: no punctuation but the opening mark between the two, and no
// verb of speech straight before the mark ("… £5m, saying “…”", "£5m and
// said “…”" report speech).
func (d *drafter) markedInAnnounced(s, q Span) bool {
	i, j := d.mentionsIn(s)
	if i == j || q.Start < s.Start || q.End > s.End {
		return false
	}
	m := d.ms[i]
	if q.Start <= m.End {
		return false
	}
	gap := strings.TrimRight(d.text[m.End:q.Start], "“\"‘'")
	return !clauseBreak(gap) && speechVerb(lowerASCII(lastWord(gap))) == verbNone
}

// dropMarked returns cs without the claims of quotations marked inside the
// announcing sentence s (see markedInAnnounced), and how many it dropped.
func (d *drafter) dropMarked(cs []drafted, s Span) ([]drafted, int) {
	n := len(cs)
	cs = slices.DeleteFunc(cs, func(c drafted) bool { return !c.mine && d.markedInAnnounced(s, c.quote) })
	return cs, n - len(cs)
}
