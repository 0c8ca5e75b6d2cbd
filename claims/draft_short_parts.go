package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// shortParts marks the package's itemisation partial when the itemising
// words have not said so already but its parts fall short of the headline
// by more than their rounding (2% of it) and the headline's own (see
// roundsTo: £1.75 million is "£1.8 million", stated to the £100,000, so
// those parts are all of it): one allocation less than it
// ("Local authorities would share £500m …" of "a £600m package"), or
// several ("£8.4 million" for the South West and "£3 million" for the
// North East of "a £50 million funding boost"). The records people made by
// hand from real articles mark such a list partial nearly always: an
// article names the parts it has news of, not all of them. Without it the
// parts would be taken for all the money, and a statement of the headline
// found not supported by them. A release's notes to editors are the
// exception: they itemise the whole, as the GLA release's notes give
// £3,595,000 of "more than £4 million", which the headline then overstates.
func (d *drafter) shortParts() {
	as := d.pkg.Allocations
	if len(as) == 0 || d.pkg.Partial || d.pkg.Headline.IsZero() {
		return
	}
	head := d.pkg.Headline.Nominal()
	sum, ok := partsSum(as)
	if !ok {
		return
	}
	// Short by more than the parts' rounding: 50 times the sum less than
	// 49 times the whole, exactly.
	sum50, err := sum.MulInt(50)
	if err != nil {
		return
	}
	head49, err := head.MulInt(49)
	if err != nil {
		return
	}
	if c, err := sum50.Compare(head49); err != nil || c >= 0 || roundsTo(d.pkg.Headline, sum) {
		return
	}
	if len(as) > 1 && d.inNotes(fieldSpan(d.out.Fields, "packages[0].allocations[0].amount")) {
		return
	}
	d.pkg.Partial = true
	d.field("packages[0].partial", fieldSpan(d.out.Fields, "packages[0].allocations[0].amount"), Inferred)
}

// roundsTo reports whether parts coming to sum are all of the money the
// headline h states, as it rounds: h admits sum, and states its money to
// at most a tenth of it ("£1.8 million", to the £100,000), so that "£2m"
// or "£50 million", stated to the million or the ten million, does not
// take £1.5m or £45 million of parts for all of it.
func roundsTo(h currency.Figure, sum currency.Amount) bool {
	if !h.Admits(sum) {
		return false
	}
	p10, err := h.Precision().MulInt(10)
	if err != nil {
		return false
	}
	c, err := p10.Compare(h.Nominal())
	return err == nil && c <= 0
}

// inNotes reports whether s lies in a press release's notes to editors:
// after a paragraph that is that heading alone.
func (d *drafter) inNotes(s Span) bool {
	for _, p := range d.paras {
		if p.Start >= s.Start {
			return false
		}
		switch strings.ToLower(strings.TrimSpace(strings.TrimRight(d.in(p), ":"))) {
		case "notes to editors", "note to editors", "notes for editors", "notes to editor":
			return true
		}
	}
	return false
}

// partsSum returns the sum of the own money of the allocations as (see
// allocationValue), and false if it is zero or they are not all in one
// currency.
func partsSum(as []funding.Allocation) (currency.Amount, bool) {
	var sum currency.Amount
	for _, a := range as {
		var err error
		if sum, err = sum.Add(allocationValue(a)); err != nil {
			return currency.Amount{}, false
		}
	}
	return sum, !sum.IsZero()
}
