package claims

// overParts marks partial an itemisation whose parts come to more than the
// headline admits, which no list of the package's own parts does: the
// draft has taken some money for a part that is not one, or a part of a
// part for a part of the package ("Another £6.5 million …, including a
// further £1.5 million for the Parole Board" beside £30 million and £15
// million of "£52 million"). Partial, the list has Assess weigh the
// package's money against its headline and say that the record
// contradicts itself, rather than find the headline understated by parts
// the draft got wrong; a note asks a person to check them.
func (d *drafter) overParts() {
	as := d.pkg.Allocations
	head := d.pkg.Headline
	if len(as) < 2 || d.pkg.Partial || head.IsZero() {
		return
	}
	sum, ok := partsSum(as)
	if !ok {
		return
	}
	if c, err := sum.Compare(head.Nominal()); err != nil || c <= 0 || head.Admits(sum) {
		return
	}
	d.pkg.Partial = true
	at := fieldSpan(d.out.Fields, "packages[0].allocations[0].amount")
	d.field("packages[0].partial", at, Guessed)
	d.note(at, "the allocations come to "+string(appendBrief(nil, sum))+", more than the headline “"+head.Text()+"”: some may be parts of others or another package's money; packages[0].partial is set, so that claims are weighed against the headline; check them")
}
