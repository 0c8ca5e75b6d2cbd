package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// itProvidesVerbs, after "It" or "This" opening a sentence, give out the
// money the sentence before states: "It provides …", "This delivers …".
var itProvidesVerbs = [...]string{"provides", "delivers", "gives", "offers", "funds"}

// itProvides reports whether the mention m, in the sentence s, is one of
// the sums by which a sentence opening on "It" or "This" and a verb of
// itProvidesVerbs gives out the package's whole, head, that the sentence
// before it in the same paragraph states: "The Scottish Budget proposes
// an additional £2 billion of investment. It provides an increase of
// almost £730 million for health and care services, more than £180
// million to raise attainment …". Its sums are parts of the whole, in a
// quotation too (where the drafter's sentence is the quotation's whole
// paragraph), even one worded as an increase: the increase a part gets is
// its share of the extra money the package is.
func (d *drafter) itProvides(s Span, m currency.Mention, head currency.Amount) bool {
	if head.IsZero() {
		return false
	}
	r := d.sentence(s)
	for k := 0; k+1 < len(r.ts) && r.ts[k+1].end <= m.Start; k++ {
		if r.ts[k].w != "it" && r.ts[k].w != "this" {
			continue
		}
		found := false
		for _, v := range itProvidesVerbs {
			found = found || r.ts[k+1].w == v
		}
		if gap := d.text[r.ts[k].start:m.Start]; !found || strings.Contains(gap, ". ") || strings.Contains(gap, ";") {
			continue
		}
		// The sentence before: in s, up to the full stop before "It", or
		// the one before s when s opens on it.
		before := Span{s.Start, r.ts[k].start}
		if k > 0 && !strings.Contains(d.text[r.ts[k-1].end:r.ts[k].start], ".") {
			continue
		}
		if k == 0 {
			n, _ := d.sentSearch(s.Start)
			if n == 0 || strings.Contains(d.text[d.sents[n-1].End:s.Start], "\n") {
				return false
			}
			before = d.sents[n-1]
		}
		i, j := d.mentionsIn(before)
		return d.statesValue(i, j, head)
	}
	return false
}
