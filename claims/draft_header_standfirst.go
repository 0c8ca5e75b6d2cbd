package claims

// afterStandfirst reports whether a paragraph of eight words or more,
// other than the first, stands before the header's paragraph i: a
// standfirst or a summary's line, which comes after the title, so that
// the money of paragraph i is a summary's, not the title's ("In it
// together fund steps in …", two summary lines, then "In 2020/21, 100
// Projects received a total of £1,187,317 …" with no full stop).
func (d *drafter) afterStandfirst(i int) bool {
	for _, p := range d.paras[1:max(1, i)] {
		if d.toks = wordsOf(d.text, p, d.toks[:0]); len(d.toks) >= 8 {
			return true
		}
	}
	return false
}

// summaryNews returns the summary's line below the title that states the
// headline, when no sentence of the body states money: the release's news
// is told only there ("In 2020/21, 100 Projects received a total of
// £1,187,317 from the Commissioner's Fund", with no full stop, above a
// body of quotations and narrative), so it is the release's own
// sentence announcing the package (see releaseOwn). It returns the zero
// Span otherwise.
func (d *drafter) summaryNews() Span {
	if d.headline < 0 || d.body >= len(d.paras) {
		return Span{}
	}
	h := d.ms[d.headline]
	for i, p := range d.paras[:d.body] {
		if p.Start <= h.Start && h.End <= p.End && i > 0 && p != d.title && d.afterStandfirst(i) {
			return p
		}
	}
	return Span{}
}

// summaryHeadline reports whether at is where the headline's figure
// stands in the summary's line that tells the release's news (see
// summaryNews).
func (d *drafter) summaryHeadline(at Span) bool {
	if d.headline < 0 || span(d.ms[d.headline]) != at {
		return false
	}
	s := d.summaryNews()
	return !s.IsZero() && s.Start <= at.Start && at.End <= s.End
}
