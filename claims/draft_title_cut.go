package claims

// restatedAsCut reports whether the first sentence of the body that states
// the sum of the title's mention ms[k] again, within its bound ("more than
// £9 million" for "£9 million"), gives it as a change or money needed:
// then the title's sum is a cut, or cuts to make, too, and no package's
// money, though the title's own words ("£9 million council cuts") do not
// say so straight after the figure.
func (d *drafter) restatedAsCut(k int) bool {
	f := d.ms[k].Figure.Nominal()
	for j := k + 1; j < len(d.ms); j++ {
		m := d.ms[j]
		if d.inTitle(m) || !m.Figure.Nominal().Equal(f) {
			continue
		}
		st := d.sentenceOf(m)
		if st.IsZero() {
			return false
		}
		r, _ := roleAt(FromQuote(d.in(st)), 0, m.Start-st.Start)
		return r == RoleChange || r == RoleNeeded
	}
	return false
}
