package claims

import (
	"slices"
)

// partAnnounced returns the index in ms of the larger sum that a later
// sentence says the headline's money, ms[best], was announced as part of:
// "The extra funding granted to NLAG NHS Trust … was announced as part of
// a £337m immediate funding boost for NHS hospitals", after a title and
// lede giving the trust its £2,011,000. The sentence opens on a
// determiner and, within its next three words, a noun of money ("The
// extra funding", "This money"), which names the headline's money again;
// no figure stands before "part of a", and a noun of money follows the
// larger sum within three words. A title and lede giving one body its part
// of money many share state that part, not the package; the sum it is
// part of is the package, as sliceOfAnnounced reads "the council's extra
// £1.7 million slice". It returns false if no sentence is so.
func (d *drafter) partAnnounced(best int) (int, bool) {
	head := d.ms[best].Figure.Nominal()
	from := d.sentenceOf(d.ms[best])
	var buf [24]tok
	for k := best + 1; k < len(d.ms); k++ {
		m := d.ms[k]
		if rateOrConversion(m) || d.inMarks(span(m)) {
			continue
		}
		if c, err := m.Figure.Nominal().Compare(head); err != nil || c <= 0 {
			continue
		}
		s := d.sentenceOf(m)
		if s.IsZero() || s == from || s == d.title || d.quoted(s) {
			continue
		}
		if i, _ := d.mentionsIn(s); i != k {
			continue // a figure before it: the sentence's subject is not the headline's money
		}
		ts := wordsOf(d.text, Span{s.Start, m.Start}, buf[:0])
		n := len(ts)
		if n < 6 || ts[n-3].w != "part" || ts[n-2].w != "of" || ts[n-1].w != "a" && ts[n-1].w != "an" {
			continue
		}
		if clauseBreak(d.text[ts[n-3].start:m.Start]) || !isDeterminer(ts[0].w) && ts[0].w != "its" {
			continue
		}
		names := false
		for _, t := range ts[1:min(4, n)] {
			names = names || t.w == "money" || slices.Contains(moneyNouns, t.w)
		}
		if !names {
			continue
		}
		after := wordsOf(d.text, Span{m.End, min(s.End, m.End+40)}, buf[:0])
		for j := 0; j < len(after) && j < 3; j++ {
			if clauseBreak(d.text[m.End:after[j].start]) {
				break
			}
			if slices.Contains(moneyNouns, after[j].w) {
				return k, true
			}
		}
	}
	return 0, false
}
