package claims

// moneyAfter returns the first sentence after the line s that states
// money and is no headline-style line itself (see moneyLine), or the zero
// Span: under a line summing up the money ("More than £60 million for
// pilot projects …") the release announces it in a sentence of its own
// ("The funding … will … have a total value of £61.7 million in 2025-26").
func (d *drafter) moneyAfter(s Span) Span {
	i, _ := d.sentSearch(s.End)
	for ; i < len(d.sents); i++ {
		if st := d.sents[i]; st.Start >= s.End && d.hasMoney(st) && !d.moneyLine(st) {
			return st
		}
	}
	return Span{}
}
