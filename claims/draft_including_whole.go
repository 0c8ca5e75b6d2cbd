package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// includingStops end, going back from a figure, the words naming what it
// is: "councils would see an increase in their day-to-day revenue
// spending of £335.6 million" names "an increase in their day-to-day
// revenue spending".
var includingStops = []string{"see", "sees", "saw", "get", "gets", "got", "receive", "receives", "received", "be", "is", "are", "was", "were", "with"}

// includingWhole returns the allocation of the mention ms[k] of the
// sentence s when the next figure, after ", including", is a part of it,
// and both are less than the package's whole, head: "councils would see
// an increase in their day-to-day revenue spending of £335.6 million,
// including £90 million to compensate local authorities …" is a part of
// the settlement with a part of its own, not the package's change. It is
// titled by the words "of" the figure follows, back to a verb of
// includingStops or a clause's break, without their article; false is
// returned if the words are not so.
func (d *drafter) includingWhole(s Span, k int, head currency.Amount) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	_, j := d.mentionsIn(s)
	if k+1 >= j || head.IsZero() {
		return a, nil, false
	}
	m, part := d.ms[k], d.ms[k+1]
	if gap := d.text[m.End:part.Start]; gap != ", including " && gap != " including " {
		return a, nil, false
	}
	if c, err := part.Figure.Nominal().Compare(m.Figure.Nominal()); err != nil || c >= 0 {
		return a, nil, false
	}
	if c, err := m.Figure.Nominal().Compare(head); err != nil || c >= 0 {
		return a, nil, false
	}
	before := wordsOf(d.text, Span{max(s.Start, m.Start-100), m.Start}, nil)
	n := len(before)
	if n < 2 || before[n-1].w != "of" || clauseBreak(d.text[before[n-1].end:m.Start]) {
		return a, nil, false
	}
	start := n - 1
	for start > 0 && !slices.Contains(includingStops, before[start-1].w) && !clauseBreak(d.text[before[start-1].end:before[start].start]) {
		start--
	}
	if start > 0 && !slices.Contains(includingStops, before[start-1].w) {
		return a, nil, false // the words run on past the window or a break: no name read
	}
	if w := before[start].w; (w == "a" || w == "an" || w == "the") && start < n-2 {
		start++
	}
	if start >= n-1 {
		return a, nil, false
	}
	at := Span{before[start].start, before[n-2].end}
	a = allocationOf(m)
	a.Title = d.in(at)
	fields := []Field{{".title", at, Inferred}}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}

// wholeIncluding reports whether the mention ms[k] of the sentence s is a
// whole whose part follows it (see includingWhole), which a quotation or
// reported statement itemises as the narrative does.
func (d *drafter) wholeIncluding(s Span, k int, head currency.Amount) bool {
	_, _, ok := d.includingWhole(s, k, head)
	return ok
}
