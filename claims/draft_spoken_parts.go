package claims

import "strings"

// spokenParts drafts as the package's allocations, when it has none, the
// figures that the speaker who states the headline in quote marks goes on
// to give, in order and in quote marks too, when two or more of them make
// up the headline to the pound: "The Controlling Migration Fund total is
// £140 million …", then "… how £100 million extra funding could help them
// over four years" and "A further £40 million is for direct enforcement
// action …". That they make up the whole its speaker has just stated says
// they are its parts, whatever their words. Each is titled by what its
// words say it is for (see allocation), or else by the rest of its clause.
func (d *drafter) spokenParts() {
	if d.headline < 0 || len(d.pkg.Allocations) > 0 || len(d.parts) > 0 || d.pkg.Headline.IsZero() {
		return
	}
	h := d.ms[d.headline]
	who := d.speakerAt(span(h))
	if who == "" || !d.inMarks(span(h)) {
		return
	}
	head := d.pkg.Headline.Nominal()
	k := d.headline + 1
	n := k
	for n < len(d.ms) && d.inMarks(span(d.ms[n])) && d.speakerAt(span(d.ms[n])) == who && !d.placed[n] && !rateOrConversion(d.ms[n]) {
		n++
		if d.sumsTo(k, n, head) {
			break
		}
	}
	if n-k < 2 || !d.sumsTo(k, n, head) {
		return
	}
	for x := k; x < n; x++ {
		m := d.ms[x]
		s := d.sentenceOf(m)
		a, fields, ok := d.allocation(s, m)
		if !ok {
			at := Span{m.End, s.End}
			for i, r := range d.text[m.End:s.End] {
				if strings.ContainsRune(",;:.!?–—()\"“”", r) {
					at.End = m.End + i
					break
				}
			}
			at.Start += len(d.in(at)) - len(strings.TrimLeft(d.in(at), " "))
			a = allocationOf(m)
			a.Title = d.in(at)
			fields = []Field{{".title", at, Guessed}}
		}
		d.addAllocation(0, a, fields, m)
		d.placed[x] = true
	}
}

// speakerAt returns who speaks the quotation or reported statement that
// holds the span at, by name or else as the body or post the article
// names; "" if none holds it.
func (d *drafter) speakerAt(at Span) string {
	who := ""
	for _, q := range d.qs {
		if q.quote.Start <= at.Start && at.End <= q.quote.End {
			who = q.claim.Speaker.Who()
		}
	}
	return who
}
