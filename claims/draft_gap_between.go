package claims

import "github.com/fundclaims/fundclaims/currency"

// gapBetween reports whether f, money a speaker's words give as lacking
// (a shortfall, a gap), is exactly the difference between the package's
// headline and another sum the headline's sentence states: "was
// expected to have been £337million, but the 2021-2022 budget will now be
// £242 million", then "The apparent £95million shortfall". The shortfall
// is the cut between the two levels, worked out from them, not money
// asked for beyond them. A sum elsewhere in the article that happens to
// differ from the headline by as much is no level of this money.
func (d *drafter) gapBetween(f currency.Figure) bool {
	head := d.pkg.Headline.Nominal()
	if d.headline < 0 || d.pkg.Headline.IsZero() || f.Nominal().IsZero() {
		return false
	}
	hs := d.sentenceOf(d.ms[d.headline])
	for i, j := d.mentionsIn(hs); i < j; i++ {
		m := d.ms[i]
		if i == d.headline || rateOrConversion(m) {
			continue
		}
		diff, err := m.Figure.Nominal().Sub(head)
		if err != nil || diff.IsZero() {
			continue
		}
		if diff.Abs().Equal(f.Nominal()) {
			return true
		}
	}
	return false
}
