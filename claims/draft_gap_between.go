package claims

import "github.com/fundclaims/fundclaims/currency"

// gapBetween reports whether f, money a speaker's words give as lacking
// (a shortfall, a gap), is exactly the difference between the package's
// headline and another sum the article states outside its title: "was
// expected to have been £337million, but the 2021-2022 budget will now be
// £242 million", then "The apparent £95million shortfall". The shortfall
// is the cut between the two levels, worked out from them, not money
// asked for beyond them.
func (d *drafter) gapBetween(f currency.Figure) bool {
	head := d.pkg.Headline.Nominal()
	if d.pkg.Headline.IsZero() || f.Nominal().IsZero() {
		return false
	}
	for _, m := range d.ms {
		if d.title.Start <= m.Start && m.End <= d.title.End || rateOrConversion(m) {
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
