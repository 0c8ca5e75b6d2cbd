package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// receivedTotal reads the recipients of the whole of the mention m from
// the sentence s when a count of them "received a total of" it: "In
// 2020/21, 100 Projects received a total of £1,187,317 from the
// Commissioner's Fund". The recipients are the words from the count, at
// most four words before the verb, to the verb, in its clause; it returns
// false if the words are not so, or the count is of a time ("over three
// years received").
func (d *drafter) receivedTotal(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	before := wordsOf(d.text, Span{max(s.Start, m.Start-120), m.Start}, nil)
	n := len(before)
	if n < 6 || before[n-1].w != "of" || before[n-2].w != "total" || before[n-3].w != "a" ||
		before[n-4].w != "received" && before[n-4].w != "shared" {
		return a, nil, false
	}
	end := n - 4
	for c := end - 2; c >= 0 && c >= end-5; c-- {
		if clauseBreak(d.text[before[c].end:before[end].start]) {
			break
		}
		count, err := funding.ParseCount(before[c].w)
		if err != nil || isTimeUnit(before[c+1].w) {
			continue
		}
		at := Span{before[c].start, before[end-1].end}
		a = allocationOf(m)
		a.Count = count
		a.Title = d.in(at)
		a.Recipients = []funding.Org{{Name: d.in(Span{before[c+1].start, at.End})}}
		fields := []Field{{".count", Span{before[c].start, before[c].end}, Explicit},
			{".title", at, Inferred}, {".recipients[0]", at, Inferred}}
		d.allocationKind(&a, &fields, at)
		return a, fields, true
	}
	return a, nil, false
}

// summaryShared drafts the allocation of the whole that the summary's
// line telling the release's news (see summaryNews) gives, which the
// sentences of the body, read for allocations, do not hold: "100
// Projects received a total of £1,187,317 …" with no full stop above the
// body.
func (d *drafter) summaryShared() {
	s := d.summaryNews()
	if s.IsZero() || len(d.pkg.Allocations) > 0 {
		return
	}
	m := d.ms[d.headline]
	if a, fields, ok := d.sharedBy(s, m); ok {
		d.addAllocation(0, a, fields, m)
	}
}
