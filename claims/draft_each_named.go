package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// eachNamed drafts as the package's allocations, and reports whether it
// did, the sum of the mention ms[k] of the sentence s, followed by "each",
// given to each of a list of names ending at most three words before it
// in the same clause: "bids were approved for both Witton Gilbert and
// Sherburn of £50,000 each" gives £50,000 to Witton Gilbert and £50,000 to
// Sherburn; so does "Leeds and York will receive £2m each". The names are
// of capitalised words, joined by commas and a last "and" (see
// namesBefore), and a verb of giving between them and the sum, but in the
// passive ("were awarded"), makes them the givers instead; a sum the
// package's whole does not admit is no part of it.
// It marks the mention placed, in a quotation too, where the words give
// each recipient its sum as plainly.
func (d *drafter) eachNamed(s Span, k int, head currency.Amount) bool {
	m := d.ms[k]
	var buf [1]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+8)}, buf[:0])
	if len(after) == 0 || after[0].w != "each" || clauseBreak(d.text[m.End:after[0].start]) {
		return false
	}
	if c, err := m.Figure.Nominal().Compare(head); !head.IsZero() && (err != nil || c > 0) {
		return false
	}
	names := d.namesBefore(Span{s.Start, m.Start})
	if len(names) < 2 {
		return false
	}
	last := names[len(names)-1]
	between := wordsOf(d.text, Span{last.End, m.Start}, nil)
	if clauseBreak(d.text[last.End:m.Start]) || len(between) > 3 {
		return false
	}
	for x, t := range between {
		passive := x > 0 && slices.Contains([]string{"be", "been", "is", "are", "was", "were"}, between[x-1].w)
		if !passive && slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(t.w, p) }) {
			return false // "Leeds Council and York Council will give £1m each": the givers (see givenEach)
		}
	}
	for _, at := range names {
		a, fields, _ := d.toRecipient(allocationOf(m), at)
		d.addAllocation(0, a, fields, m)
	}
	d.placed[k] = true
	return true
}
