package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// claimInTitle reports whether the title's mention m is the sum of a claim
// the title names, the noun "claim" (or "claims") among the three words
// after it with no break: "Mark Drakeford wants details of £110m extra
// cash claim" is about a sum someone claims, which the body gives as a
// party's statement and the first minister questions, not the money the
// article announces, so it gives no headline.
func (d *drafter) claimInTitle(m currency.Mention) bool {
	end := min(d.title.End, m.End+40)
	var buf [4]tok
	ts := wordsOf(d.text, Span{Start: m.End, End: end}, buf[:0])
	for k, t := range ts {
		if k >= 3 || strings.ContainsAny(d.text[m.End:t.start], ",;:.!?–—") {
			return false
		}
		if t.w == "claim" || t.w == "claims" {
			return true
		}
	}
	return false
}
