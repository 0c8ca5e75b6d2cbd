package claims

import "github.com/fundclaims/fundclaims/currency"

// titleRestated marks placed the figure of the body's opening sentence
// stating money that states again the title's allocation m: "Fire service
// receives £2 million Government funding" above "Surrey Fire and Rescue
// Service will receive £2 million from the Government to …". The lead
// tells the title's news again, so its figure is the same allocation, not
// a second one; a note says so. A figure in a quotation, or a lead that
// states other money, is left as it is.
func (d *drafter) titleRestated(m currency.Mention) {
	for _, st := range d.sents {
		if st.Start < d.title.End {
			continue
		}
		i, j := d.mentionsIn(st)
		if i == j {
			continue
		}
		if j-i == 1 && !d.placed[i] && !d.quoted(span(d.ms[i])) && d.ms[i].Figure.Nominal().Equal(m.Figure.Nominal()) {
			d.placed[i] = true
			d.note(span(d.ms[i]), "“"+d.ms[i].Figure.Text()+"” restates the title's allocation: it is not drafted again")
		}
		return
	}
}
