package claims

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// This file drafts the claims: one for the sentence in which a named
// announcer announces the package, spoken by the announcer.

// draftClaims drafts the announcer's claim.
func (d *drafter) draftClaims() {
	if (d.who.Name != "" || d.who.Org != "") && !d.announcer.IsZero() {
		d.announcement()
	}
}

// announcement drafts the claim of the sentence announcing the package,
// "The Mayor of London, Sadiq Khan, has today announced an investment of
// more than £4 million …", spoken by its announcer, with a stated amount
// for each figure in it.
func (d *drafter) announcement() {
	s := d.announce
	c := Claim{
		ID:      d.claimID(d.who),
		Speaker: d.who,
		When:    d.date,
		Quote:   d.in(s),
		About:   d.pkg.ID,
	}
	if !d.title.IsZero() {
		c.Source = d.src
	}
	path := "claims[" + strconv.Itoa(len(d.out.Record.Claims)) + "]"
	d.field(path+".quote", s, Explicit)
	d.field(path+".speaker", d.announcer, Explicit)
	for k, sa := range FromQuote(c.Quote) {
		c.Assertions = append(c.Assertions, sa)
		d.field(path+".assertions["+strconv.Itoa(k)+"]", Span{s.Start + sa.Span.Start, s.Start + sa.Span.End}, Inferred)
	}
	d.claim(c, s)
}

// claim adds the claim c, quoting the span s of the article, and marks
// the money in s placed: its figures are the claim's assertions.
func (d *drafter) claim(c Claim, s Span) {
	d.out.Record.Claims = append(d.out.Record.Claims, c)
	i, j := d.mentionsIn(s)
	for ; i < j; i++ {
		d.placed[i] = true
	}
}

// claimID returns an identifier for a claim by the speaker, unique in the
// record: the last word of their name (or organisation, or role), in lower
// case, and the claim's number.
func (d *drafter) claimID(p funding.Person) string {
	who := cmp.Or(p.Name, p.Org, p.Role)
	ws := wordsOf(who, Span{0, len(who)}, nil)
	base := "claim"
	for k := len(ws) - 1; k >= 0; k-- {
		if asciiWord(ws[k].w) {
			base = ws[k].w
			break
		}
	}
	return base + "-" + strconv.Itoa(len(d.out.Record.Claims)+1)
}

// quoted reports whether s lies inside a quotation drafted as a claim.
func (d *drafter) quoted(s Span) bool {
	for _, q := range d.quotes {
		if q.Start <= s.Start && s.End <= q.End {
			return true
		}
	}
	return false
}

// noteUnplaced notes each money figure the draft does not hold, with
// what its words made of it.
func (d *drafter) noteUnplaced() {
	head := d.ms[d.headline]
	for k, m := range d.ms {
		if d.placed[k] {
			continue
		}
		var why string
		switch {
		case m.Figure.Nominal().Equal(head.Figure.Nominal()):
			why = "restates the headline, “" + head.Text + "”, outside any claim"
		case rateOrConversion(m):
			why = "is money per something, or a conversion, not a part of the package"
		default:
			why = "is not placed: no itemising words (“for …”, “to …”) follow it and it is in no claim"
		}
		d.note(span(m), "“"+m.Text+"” "+strings.TrimSpace(why))
	}
}
