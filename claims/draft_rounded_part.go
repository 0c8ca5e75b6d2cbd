package claims

import "github.com/fundclaims/fundclaims/currency"

// roundedPartOfAnnounced returns the index in ms of the whole that the
// headline's figure, ms[best], rounds one recipient's part of: the lede
// opens on a capitalised name that receives it ("Milton Keynes Council will
// receive close to an extra £5 million …"), a later sentence opens on the
// same name and gives it an exact sum the lede's words admit but do not
// equal ("Milton Keynes Council is set to receive £4,969,536 in the latest
// round"), and a sentence between them announces a larger sum in so many
// words ("The Government has announced almost £1 billion in emergency
// funding for councils in England"). As with a recipient's named slice
// (see sliceOfAnnounced), the lede states one body's part of money many
// share, not the package; the announced sum is the package.
func (d *drafter) roundedPartOfAnnounced(best int) (int, bool) {
	h := d.ms[best]
	if exactAmount(h.Figure) {
		return 0, false
	}
	lede := d.sentenceOf(h)
	name := d.openingName(lede)
	if name == "" {
		return 0, false
	}
	for k := best + 1; k < len(d.ms); k++ {
		m := d.ms[k]
		if rateOrConversion(m) || !exactAmount(m.Figure) || m.Figure.Nominal().Equal(h.Figure.Nominal()) || !h.Figure.Admits(m.Figure.Nominal()) {
			continue
		}
		at := d.sentenceOf(m)
		if at.IsZero() || at == lede || d.openingName(at) != name {
			continue
		}
		for j := best + 1; j < k; j++ {
			s := d.sentenceOf(d.ms[j])
			if s == at || s == lede || d.inTitle(d.ms[j]) || rateOrConversion(d.ms[j]) || d.inMarks(span(d.ms[j])) {
				continue
			}
			if c, err := d.ms[j].Figure.Nominal().Compare(h.Figure.Nominal()); err != nil || c <= 0 {
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

// openingName returns the capitalised words the sentence s opens on, at
// least two and none a function word ("Milton Keynes Council"), or "".
func (d *drafter) openingName(s Span) string {
	var buf [6]tok
	ts := wordsOf(d.text, Span{s.Start, min(s.End, s.Start+80)}, buf[:0])
	n := 0
	for n < len(ts) && capitalised(d.text, ts[n]) && !functionWord(ts[n].w) {
		if n > 0 && d.text[ts[n-1].end:ts[n].start] != " " {
			break
		}
		n++
	}
	if n < 2 {
		return ""
	}
	return d.text[ts[0].start:ts[n-1].end]
}

// roundsAllocation reports whether f, a figure in words rounder than the
// pound, admits the exact money of one of the package's allocations but is
// not the headline's: "Milton Keynes Council will receive close to an
// extra £5 million" beside its allocation of £4,969,536 states that
// allocation, rounded, as its share.
func (d *drafter) roundsAllocation(f currency.Figure) bool {
	if exactAmount(f) || f.Nominal().Equal(d.pkg.Headline.Nominal()) {
		return false
	}
	for _, a := range d.pkg.Allocations {
		if !a.Amount.IsZero() && !a.Amount.Equal(f.Nominal()) && f.Admits(a.Amount) {
			return true
		}
	}
	return false
}
