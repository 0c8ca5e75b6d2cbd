package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
)

// totalExtra reports whether the figure at at is the total of the extra
// money a larger package holds, its change: "a total of" before it and
// "in additional funding" (or extra, new; money, investment …) after it,
// less than the headline, head ("Details of the £11.6 billion funding
// settlement …", then "There will be a total of £600 million in
// additional funding to support services", of the increase and the
// one-off sum it sums). Money summed as additional, and less than the
// whole, is what the whole adds to what came before, not the whole again
// nor a package of its own.
func (d *drafter) totalExtra(at Span, head currency.Figure) bool {
	if head.IsZero() {
		return false
	}
	k, ok := d.mentionAt(at)
	if !ok {
		return false
	}
	m := d.ms[k]
	if d.wordsBefore(m) != "total of" {
		return false
	}
	var buf [4]tok
	after := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+48)}, buf[:0])
	if len(after) < 3 || after[0].w != "in" && after[0].w != "of" || clauseBreak(d.text[m.End:after[2].start]) {
		return false
	}
	if !slices.Contains([]string{"additional", "extra", "new"}, after[1].w) || !slices.Contains(fundingNouns[:], after[2].w) {
		return false
	}
	c, err := m.Figure.Nominal().Compare(head.Nominal())
	return err == nil && c < 0
}
