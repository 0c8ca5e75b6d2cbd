package claims

import (
	"sort"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// furtherPair reports whether the mention m is the second sum of a pair
// that "a further", "an additional" or "an extra" leads, each sum with
// what it is in: "augmented by a further £1.3bn in revenue and £1.08bn in
// capital grants". The word leads both, so the second is further money as
// the first is. Between the two sums are at most furtherPairWords words,
// the last of them "and", and no break of clause; the first names what it
// is in with "in", "of" or "for".
func (d *drafter) furtherPair(m currency.Mention) bool {
	k := sort.Search(len(d.ms), func(i int) bool { return d.ms[i].Start >= m.Start })
	if k == 0 {
		return false
	}
	prev := d.ms[k-1]
	gap := d.text[prev.End:m.Start]
	if clauseBreak(gap) || !strings.HasSuffix(gap, " and ") {
		return false
	}
	ws := strings.Fields(gap)
	if len(ws) < 3 || len(ws) > furtherPairWords {
		return false
	}
	switch ws[0] {
	case "in", "of", "for":
	default:
		return false
	}
	return d.leadsFurther(prev)
}

// furtherPairWords is how many words may come between the sums of a pair
// furtherPair reads, "in revenue and", "of capital for schools and".
const furtherPairWords = 6
