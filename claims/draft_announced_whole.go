package claims

import "strings"

// announcedWhole returns the claim of sentence st of paragraph p whose
// verb, of att, announces money with quotations inside the money's
// clause: the sentence from its start to the end of the announced clause,
// quotations and all, as an announcing sentence without them is whole
// (see attribute). In "THE Welsh government has tabled a £6.4 billion offer
// to the nation’s councils to “protect and deliver core front-line
// services” — but Plaid Cymru warned today it could …" the words in marks
// say what the offer is for, a phrase of the announcement as the narrator
// gives it, no quotation of its own; the clause after "but" is another's.
// Each quotation must follow money stated outside the marks, with no
// punctuation between them and no verb of speech straight before the mark,
// as a lede's must (see markedInAnnounced): marks before the money ("a
// “bus revolution” worth £1.2bn"), after a comma, or after "says" quote
// words as speech. It reports false for a sentence with a quotation before
// the verb, or one left open or running past the clause.
func (d *quoteDrafter) announcedWhole(p *para, st Span, att attribution) (Span, asserted, bool) {
	if !att.found() || att.kind != "" || !att.announces || att.verbAt <= st.Start || att.verbAt >= st.End {
		return Span{}, asserted{}, false
	}
	end := reportAfter(d.text, st.Start, st.End).End
	for _, but := range [...]string{", but ", " — but ", " – but "} {
		if k := strings.Index(d.text[att.verbAt:end], but); k >= 0 {
			end = min(end, att.verbAt+k)
		}
	}
	whole := Span{Start: st.Start, End: end}
	var inside []mark
	for _, m := range p.marks {
		if m.close <= st.Start || m.open >= end {
			continue
		}
		if m.open < att.verbAt || !m.closed || m.close > end {
			return Span{}, asserted{}, false
		}
		inside = append(inside, m)
	}
	if len(inside) == 0 {
		return Span{}, asserted{}, false
	}
	r := d.assertions(d.text[whole.Start:whole.End], "")
	money := -1 // the end of the last stated amount outside the marks before the quotation
	for _, m := range inside {
		for _, a := range r.as {
			sa, ok := a.(StatedAmount)
			if w := shift(sa.Where(), whole.Start); ok && w.End <= m.open && w.Start >= att.verbAt && !inMarksOf(p.marks, w) {
				money = max(money, w.End)
			}
		}
		if money < 0 {
			return Span{}, asserted{}, false
		}
		gap := strings.TrimRight(d.text[money:m.open], "“\"‘'")
		if clauseBreak(gap) || speechVerb(lowerASCII(lastWord(gap))) != verbNone {
			return Span{}, asserted{}, false
		}
	}
	return whole, r, true
}

// addAnnouncedWhole adds the claim announcedWhole finds in sentence st, of
// att, and reports whether there is one.
func (d *quoteDrafter) addAnnouncedWhole(p *para, st Span, att attribution) bool {
	whole, r, ok := d.announcedWhole(p, st, att)
	if ok {
		att.report, att.after, att.placed = Span{}, Span{}, true
		d.addRead(whole, att, r)
	}
	return ok
}
