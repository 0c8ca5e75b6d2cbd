package claims

// lonePart marks the package's itemisation partial when it is one
// allocation whose own money is less than the package's headline, and the
// itemising words have not said so already: a whole is never itemised as
// one part smaller than itself, so the part names only some of it ("Local
// authorities would share £500m …" of "a £600m package"). Without it the
// part would be taken for all the money, and a statement of the headline
// found not supported by it.
func (d *drafter) lonePart() {
	if len(d.pkg.Allocations) != 1 || d.pkg.Partial || d.pkg.Headline.IsZero() {
		return
	}
	v := allocationValue(d.pkg.Allocations[0])
	if v.IsZero() {
		return
	}
	if c, err := v.Compare(d.pkg.Headline.Nominal()); err != nil || c >= 0 {
		return
	}
	d.pkg.Partial = true
	d.field("packages[0].partial", fieldSpan(d.out.Fields, "packages[0].allocations[0].amount"), Inferred)
}
