package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// This file reads a lede that states a subtotal of the package: "AN extra
// £90 million for health and education in the north is only “a drop in
// the ocean …”", then "A total of £131m is being disbributed, including
// £60m for health and £30m for education". The total is the package's
// whole; the lede's sum, which the total's parts make up, is one part of
// it, those parts its own.

// totalAbove returns the index in ms of the total that a later sentence,
// outside quotations, states after "a total of" or "in total", above the
// figure ms[best], with two or more figures after it in the sentence that
// make up ms[best] to the pound; ok is false if the article states none.
func (d *drafter) totalAbove(best int) (int, bool) {
	head := d.ms[best].Figure.Nominal()
	from := d.sentenceOf(d.ms[best]).End
	for _, s := range d.sents {
		if s.Start < from {
			continue
		}
		i, j := d.mentionsIn(s)
		if j-i < 3 {
			continue
		}
		m := d.ms[i]
		b := d.wordsBefore(m)
		if b != "total of" && !strings.HasSuffix(d.text[max(s.Start, m.Start-12):m.Start], "in total, ") || d.quoted(span(m)) || rateOrConversion(m) {
			continue
		}
		if c, err := m.Figure.Nominal().Compare(head); err != nil || c <= 0 {
			continue
		}
		if d.subtotal(i+1, j, head) {
			return i, true
		}
	}
	return 0, false
}

// subtotal reports whether the figures ms[i:j], two or more and none a
// rate, make up v to the pound.
func (d *drafter) subtotal(i, j int, v currency.Amount) bool {
	if j-i < 2 {
		return false
	}
	var sum currency.Amount
	for k := i; k < j; k++ {
		if rateOrConversion(d.ms[k]) {
			return false
		}
		var err error
		if sum, err = sum.Add(d.ms[k].Figure.Nominal()); err != nil {
			return false
		}
	}
	return sum.Equal(v)
}

// subtotalled returns the index of the package's allocation that the
// figures of the sentence s after its first, the package's whole, make up
// (see totalAbove), or -1.
func (d *drafter) subtotalled(s Span, head currency.Amount) int {
	i, j := d.mentionsIn(s)
	if j-i < 3 || !d.ms[i].Figure.Nominal().Equal(head) {
		return -1
	}
	var sum currency.Amount
	for k := i + 1; k < j; k++ {
		var err error
		if sum, err = sum.Add(d.ms[k].Figure.Nominal()); err != nil || rateOrConversion(d.ms[k]) {
			return -1
		}
	}
	// The values of the allocations are indexed (see tallyAllocations):
	// only a sum one of them holds is looked for among them.
	d.tallyAllocations()
	if !d.allocTally.values[sum.String()] {
		return -1
	}
	for n, a := range d.pkg.Allocations {
		v := allocationValue(a)
		if len(a.Allocations) == 0 && v.Equal(sum) {
			return n
		}
	}
	return -1
}
