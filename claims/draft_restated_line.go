package claims

import "github.com/fundclaims/fundclaims/funding"

// restatedLater reports whether a later sentence of the body, in no
// quotation, tells the sentence s again: both open on the same count, in
// figures or in words, and its first figure is s's
// ("12 major transport scheme projects have won funding totalling £225
// million …" under the title, then "Twelve major projects have won
// funding totalling £225 million …"). s is then the release's summary
// line, which the records do not claim, as they claim no standfirst.
func (d *drafter) restatedLater(s Span) bool {
	i, j := d.mentionsIn(s)
	if i == j {
		return false
	}
	v := d.ms[i].Figure.Nominal()
	first := firstWord(d.in(s))
	k, _ := d.sentSearch(s.End)
	for ; k < len(d.sents); k++ {
		st := d.sents[k]
		if st.Start < s.End || d.quoted(st) {
			continue
		}
		a, b := d.mentionsIn(st)
		if a == b || !d.ms[a].Figure.Nominal().Equal(v) {
			continue
		}
		if sameCount(firstWord(d.in(st)), first) {
			return true
		}
	}
	return false
}

// sameCount reports whether the words a and b are the same exact count,
// whether in figures or in words ("12", "Twelve").
func sameCount(a, b string) bool {
	x, err := funding.ParseCount(a)
	if err != nil || !x.IsExact() {
		return false
	}
	y, err := funding.ParseCount(b)
	return err == nil && x.Equal(y)
}
