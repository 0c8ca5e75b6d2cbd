package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/funding"
)

// This file reads a settlement stated only by what each recipient gets:
// "FINANCE chiefs at Blackburn with Darwen Council said they are
// "disappointed" … even though they will get an extra £1million", then
// "Burnley will get an extra £350,000 at £9.1million, Hyndburn will
// receive £6.9million, Pendle £7.4million, Rossendale £4.7million, and
// Ribble Valley gets an increase from £2.5million to £2.7million". The
// lede's extra sum is one recipient's rise, no package's whole; the list
// states the package's parts and no total.

// minListed is how many recipients a sentence names receiving sums for
// it to list a settlement's parts.
const minListed = 3

// recipientList returns the indices in ms of the sums the first sentence
// after the mention best, outside quotations, gives minListed or more
// recipients, each by a verb of receiving or gapped after one
// ("Hyndburn will receive £6.9million, Pendle £7.4million"): every figure
// of the sentence but rises and levels before ("an extra £350,000", "from
// £2.5million"), whatever role the words give an extra sum. It returns nil if no sentence is so.
func (d *drafter) recipientList(best int) []int {
	from := d.sentenceOf(d.ms[best]).End
	for _, s := range d.sents {
		if s.Start < from {
			continue
		}
		i, j := d.mentionsIn(s)
		if j-i < minListed {
			continue
		}
		var parts []int
		listed := 0
		sas := FromQuote(d.in(s))
		for k := i; k < j; k++ {
			m := d.ms[k]
			if rateOrConversion(m) || d.quoted(span(m)) {
				continue
			}
			if r, _ := roleAt(sas, 0, m.Start-s.Start); r == RoleChange || r == RolePrevious || d.leadsFurther(m) {
				continue
			}
			if _, _, ok := d.receiver(funding.Allocation{}, s, m); ok || d.isGapped(s, k) {
				listed++
			}
			parts = append(parts, k)
		}
		if listed >= minListed {
			return parts
		}
	}
	return nil
}

// receivedBefore reports whether a verb of receiving comes straight
// before the words leading to the mention ms[k], with at most one
// auxiliary word before them: "they will get an extra £1million", a
// recipient's own sum.
func (d *drafter) receivedBefore(k int) bool {
	m := d.ms[k]
	var buf [6]tok
	ts := d.wordsInReach(Span{}, m, 40, buf[:0])
	n := len(ts)
	for n > 0 && slices.Contains(leadIns, ts[n-1].w) {
		n--
	}
	return n > 0 && receiveVerb(ts[n-1].w)
}
