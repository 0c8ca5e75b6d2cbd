package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
)

// appliedFor reports whether the mention m of the sentence s is money
// applied or bid for, a plain sum (not "up to") after "apply" or "bid" (in
// any form) and "for", at most four words then, the last of them "of"
// if any ("can then be used to apply for a full grant of £3.85 million",
// "will bid for £2m"), in one clause: money sought from a funder, which
// the package is not, a package of its own. A grant of "up to" a sum that
// groups may apply for is what each may get, no package.
func (d *drafter) appliedFor(s Span, m currency.Mention) bool {
	if b := m.Figure.Bound(); b != currency.Exact && b != currency.About {
		return false
	}
	var buf [8]tok
	ts := d.wordsInReach(s, m, 60, buf[:0])
	n := len(ts)
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		if clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			return false
		}
		if ts[k+1].w != "for" || !slices.Contains(applyVerbs, ts[k].w) {
			continue
		}
		return k+2 == n || ts[n-1].w == "of"
	}
	return false
}

// applyVerbs are the forms of "apply" and "bid" that, with "for", seek
// money from a funder.
var applyVerbs = []string{"apply", "applies", "applied", "applying", "bid", "bids", "bidding"}
