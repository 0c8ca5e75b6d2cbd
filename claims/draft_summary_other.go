package claims

// summaryOthers drafts as a package of its own each figure of a summary
// line above the body (a standfirst or a bullet under the title, see
// header) that its words set apart from the package (see elsewhere): "…
// to receive a total of £23.5 million on top of the £18.4 million already
// awarded this year for the second round of the Fund". The body, which
// tells the package's news, often names that other money nowhere else,
// and a package of its own is where the records place it; the summary's
// other figures restate the body's and are left as they are.
func (d *drafter) summaryOthers() {
	if d.headline < 0 {
		return
	}
	head := d.ms[d.headline].Figure.Nominal()
	for _, p := range d.paras[:d.body] {
		if p == d.title {
			continue
		}
		i, j := d.mentionsIn(p)
		for k := i; k < j; k++ {
			m := d.ms[k]
			if d.placed[k] || rateOrConversion(m) || m.Figure.Nominal().Equal(head) || !d.elsewhere(p, k) {
				continue
			}
			if _, dup := d.otherIndex[m.Figure.String()]; dup {
				continue
			}
			d.addOther(k)
		}
	}
}
