package claims

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
