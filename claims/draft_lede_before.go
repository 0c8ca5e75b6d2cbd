package claims

import "slices"

// ledeBefore returns the claim of a release's lede that comes straight
// before a, the claim of the body announcing the package that it has
// obtained (see obtainingBody), when the lede
// is the body's first sentence below the title (after top, see dateLine),
// states no money, lies in no quotation and speaks of the money by a
// funding noun (see fundingNouns): "Patients across north Cumbria will
// benefit from earlier diagnostic tests closer to home thanks to
// investment in diagnostics available in north Cumbria announced today.",
// then "North Cumbria Integrated Care NHS Foundation Trust (NCIC) has
// secured a share of a £350m national pot …". The release opens on its
// news in its publisher's words before it states the money, as a body's
// release does. It returns false if the drafter knows no body as the
// announcer, a is not the body's news of money it obtained, or the lede is
// not so.
func (d *drafter) ledeBefore(a drafted, top int) (drafted, bool) {
	if d.who.Org == "" || d.who.Name != "" || d.who.Role != "" {
		return drafted{}, false
	}
	if who, _, ok := d.obtainingBody(a.quote); !ok || who.Org != d.who.Org {
		return drafted{}, false
	}
	i, ok := d.sentSearch(a.quote.Start)
	if !ok || i == 0 || d.sents[i] != a.quote {
		return drafted{}, false
	}
	st := d.sents[i-1]
	if st.Start <= top || st == d.title || d.hasMoney(st) || d.quoted(st) {
		return drafted{}, false
	}
	if i >= 2 && d.sents[i-2] != d.title && d.sents[i-2].End > top {
		return drafted{}, false // not the body's first sentence
	}
	if !slices.ContainsFunc(wordsOf(d.text, st, nil), func(t tok) bool { return slices.Contains(fundingNouns[:], t.w) }) {
		return drafted{}, false
	}
	return d.sentenceClaim(st, d.who, d.announcer, Inferred, false), true
}
