package claims

import "strings"

// refusedWords, after a bid's sum in its sentence, say the bid failed.
var refusedWords = []string{"refused", "rejected", "turned down", "unsuccessful"}

// refusedBid reports whether the mention ms[k] of the sentence s is money
// bid for (see appliedFor) that the rest of the sentence says was refused:
// "VisitEngland had put forward a bid for £29m to help boost domestic
// tourism, but this was refused", not another bid named after it. Money
// no one gives is no package's, so
// it is in no field, with a note.
func (d *drafter) refusedBid(s Span, k int) bool {
	m := d.ms[k]
	if !d.appliedFor(s, m) {
		return false
	}
	rest := strings.ToLower(d.text[m.End:s.End])
	for _, w := range refusedWords {
		// "after its first bid was turned down": another bid failed.
		if i := strings.Index(rest, " "+w); i >= 0 && !strings.Contains(rest[:i], " bid") {
			return true
		}
	}
	return false
}
