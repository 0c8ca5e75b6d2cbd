package claims

// shortParts marks the package's itemisation partial when the itemising
// words have not said so already but its parts evidently fall short of the
// headline: one allocation whose own money is less than it, since no whole
// is itemised as one smaller part ("Local authorities would share £500m …"
// of "a £600m package"), or parts that together come to less than half of
// it ("£8.4 million" for the South West and "£3 million" for the North
// East of "a £50 million funding boost"), which a list of the whole's
// parts does not leave. Without it the parts would be taken for all the
// money, and a statement of the headline found not supported by them. A
// list coming to more than half of the headline is taken for all of it, as
// the GLA release's £3,595,000 of "more than £4 million" is.
func (d *drafter) shortParts() {
	as := d.pkg.Allocations
	if len(as) == 0 || d.pkg.Partial || d.pkg.Headline.IsZero() {
		return
	}
	head := d.pkg.Headline.Nominal()
	sum := allocationValue(as[0])
	for _, a := range as[1:] {
		var err error
		if sum, err = sum.Add(allocationValue(a)); err != nil {
			return
		}
	}
	if sum.IsZero() {
		return
	}
	if len(as) > 1 {
		// Less than half: twice the sum less than the whole, exactly.
		var err error
		if sum, err = sum.MulInt(2); err != nil {
			return
		}
	}
	if c, err := sum.Compare(head); err != nil || c >= 0 {
		return
	}
	d.pkg.Partial = true
	d.field("packages[0].partial", fieldSpan(d.out.Fields, "packages[0].allocations[0].amount"), Inferred)
}
