package claims

import "github.com/fundclaims/fundclaims/currency"

// riseOnLevel reports whether the figure at at is further money ("an
// additional £257.5m", see leadsFurther) less than the headline, head,
// where the headline's own words give it as the level the money rises to
// ("Funding for NHS boards … is to rise to £8bn"): the further sum is the
// rise that brings the money to that level, the package's change, not a
// second statement of the package.
func (d *drafter) riseOnLevel(at Span, head currency.Figure) bool {
	if d.headline < 0 || head.IsZero() || !d.risesTo(span(d.ms[d.headline])) {
		return false
	}
	k, ok := d.mentionAt(at)
	if !ok || k == d.headline || !d.leadsFurther(d.ms[k]) {
		return false
	}
	c, err := d.ms[k].Figure.Nominal().Compare(head.Nominal())
	return err == nil && c < 0
}
