package claims

import (
	"slices"
	"strings"
)

// sliceNouns name one recipient's part of a larger sum: "Northamptonshire
// County Council’s extra £1.7 million slice".
var sliceNouns = []string{"slice", "share", "portion"}

// sliceOfAnnounced returns the index in ms of the whole that the
// headline's figure, ms[best], is one recipient's slice of: a later
// mention of the figure is a recipient's "slice" or "share" (“the
// council’s extra £1.7 million slice”), and a sentence before that one
// announces a larger sum in so many words ("announced that the most hard
// hit authorities across the UK would get a £300m of “transitional
// grant” funding"). A title and lede giving one body its part of money
// many share state that part, not the package; the announced sum is the
// package.
func (d *drafter) sliceOfAnnounced(best int) (int, bool) {
	head := d.ms[best].Figure.Nominal()
	var buf [2]tok
	for k := best + 1; k < len(d.ms); k++ {
		m := d.ms[k]
		if rateOrConversion(m) || !m.Figure.Nominal().Equal(head) {
			continue
		}
		ts := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+12)}, buf[:0])
		if len(ts) == 0 || !slices.Contains(sliceNouns, ts[0].w) || clauseBreak(d.text[m.End:ts[0].start]) {
			continue
		}
		if !ownedBefore(d.wordsBefore(m)) {
			continue
		}
		at := d.sentenceOf(m)
		for j := best + 1; j < k; j++ {
			s := d.sentenceOf(d.ms[j])
			if s == at || d.inTitle(d.ms[j]) || rateOrConversion(d.ms[j]) {
				continue
			}
			if c, err := d.ms[j].Figure.Nominal().Compare(head); err != nil || c <= 0 {
				continue
			}
			if d.announcesMoney(s, wordsOf(d.text, s, nil)) {
				return j, true
			}
		}
		return 0, false
	}
	return 0, false
}

// ownedBefore reports whether before, the two words before a figure
// (see wordsBefore), end in a possessive, or in one and "extra" or
// "additional": "the council’s", "council’s extra".
func ownedBefore(before string) bool {
	ws := strings.Fields(before)
	n := len(ws)
	if n > 1 && (ws[n-1] == "extra" || ws[n-1] == "additional") {
		n--
	}
	if n == 0 {
		return false
	}
	_, ok := cutPossessive(ws[n-1])
	return ok
}
