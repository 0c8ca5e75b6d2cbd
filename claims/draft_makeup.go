package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file drafts the allocations of recipients whose sums, listed in
// the sentences straight after the headline's, make up a headline that
// gives the whole only roughly: "almost £33million of new health board
// funding", then "NHS Highland was to receive an extra £24.8million …"
// and "NHS Orkney would receive an additional £5.4million, NHS Western
// Isles would get an extra £1.5million and a further £1.1million would go
// to NHS Shetland". Each sum read alone is a rise or money of its own;
// that together they come to the rough whole says they are its shares.

// makeupReach is how many sentences stating money after the headline's
// the recipients' sums may lie in.
const makeupReach = 3

// makeupShares drafts as the package's allocations the sums of named
// recipients, the subjects of a verb of receiving (see receiver) or whom
// the money goes to (see allocation), in the sentences stating money
// after the headline's, at most makeupReach of them, when there are
// three or more and the headline, stated as a bound ("almost", "about",
// "more than"), admits their total. Other money between them ("the
// previously announced £1.8million … would be added to this figure")
// does not end the list: it is no recipient's, and is left to the other
// rules.
func (d *drafter) makeupShares() {
	if d.headline < 0 || len(d.pkg.Allocations) > 0 {
		return
	}
	head := d.ms[d.headline]
	if head.Figure.Bound() == currency.Exact || head.Figure.Bound() == currency.Range {
		return
	}
	type share struct {
		k      int
		a      funding.Allocation
		fields []Field
	}
	var shares []share
	from := d.sentenceOf(head).End
	seen := 0
	for _, s := range d.sents {
		if s.Start < from {
			continue
		}
		i, j := d.mentionsIn(s)
		if i == j {
			continue
		}
		if seen++; seen > makeupReach {
			break
		}
		for k := i; k < j; k++ {
			m := d.ms[k]
			if rateOrConversion(m) || d.placed[k] {
				continue
			}
			a, fields, ok := d.receiver(allocationOf(m), s, m)
			if !ok {
				a, fields, ok = d.allocation(s, m)
			}
			if !ok || len(a.Recipients) != 1 || !d.properName(fieldSpan(fields, ".recipients[0]")) {
				continue
			}
			shares = append(shares, share{k, a, fields})
		}
	}
	if len(shares) < 3 {
		return
	}
	sum := d.ms[shares[0].k].Figure.Nominal()
	for _, sh := range shares[1:] {
		var err error
		if sum, err = sum.Add(d.ms[sh.k].Figure.Nominal()); err != nil {
			return
		}
	}
	if !head.Figure.Admits(sum) {
		return
	}
	for _, sh := range shares {
		d.addAllocation(0, sh.a, sh.fields, d.ms[sh.k])
		d.placed[sh.k] = true
	}
}

// properName reports whether the words at s open on a capitalised word: a
// recipient named, not a purpose.
func (d *drafter) properName(s Span) bool {
	if s.IsZero() {
		return false
	}
	ts := wordsOf(d.text, s, nil)
	return len(ts) > 0 && capitalised(d.text, ts[0])
}
