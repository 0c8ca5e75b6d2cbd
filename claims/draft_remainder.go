package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file reads a part of the package that its sentence names only by
// how it stands to the whole, with no words after it saying whom or what
// it is for: what is left of the whole ("Plans for the remaining £50m will
// be announced later this week") or a share of it set beside its figure
// ("Most of this - £150m - will be added to increases previously
// announced"). Such a figure is no money of its own: its words take it
// from the whole.

// remainderPart returns a, the allocation of the mention m of the sentence
// s, titled by the words that make it a part of the whole, and the field
// it read; false if no such words stand before it (see remainderWords).
func (d *drafter) remainderPart(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	at, ok := d.remainderWords(s, m)
	if !ok {
		return a, nil, false
	}
	a.Title = d.in(at)
	return a, []Field{{".title", at, Inferred}}, true
}

// partQuantities are the words of how much of money stated before a
// figure set beside them is: "Most of this - £150m -", "Half of it, £20m,".
var partQuantities = []string{"most", "half", "much", "part", "some"}

// remainderWords returns the span of the words before the mention m of the
// sentence s that make it a part of the whole: "the remaining" (or "its
// remaining") straight before it, or a quantity "of this", "of it" or "of
// that" set apart from it by a dash or a comma that closes again after
// it ("Most of this - £150m - will …"). "All of it, £20m," is the whole
// again, no part.
func (d *drafter) remainderWords(s Span, m currency.Mention) (Span, bool) {
	var buf [8]tok
	before := d.wordsInReach(s, m, 40, buf[:0])
	n := len(before)
	if n >= 2 && before[n-1].w == "remaining" && (before[n-2].w == "the" || before[n-2].w == "its") &&
		!clauseBreak(d.text[before[n-2].end:m.Start]) {
		return Span{before[n-2].start, before[n-1].end}, true
	}
	if n < 3 || before[n-2].w != "of" || !slices.Contains([]string{"this", "it", "that"}, before[n-1].w) ||
		!slices.Contains(partQuantities, before[n-3].w) || clauseBreak(d.text[before[n-3].end:before[n-1].start]) {
		return Span{}, false
	}
	open := strings.TrimSpace(d.text[before[n-1].end:m.Start])
	if open != "-" && open != "–" && open != "," {
		return Span{}, false
	}
	if !strings.HasPrefix(strings.TrimLeft(d.text[m.End:s.End], " "), open) {
		return Span{}, false
	}
	return Span{before[n-3].start, before[n-1].end}, true
}
