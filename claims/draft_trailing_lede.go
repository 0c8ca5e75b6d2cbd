package claims

import "strings"

// trailingLede returns the claim of a lede that states no money and names
// its announcer last, after a comma, before "announced" or "has
// announced" and at most "today" or "yesterday" and a date in brackets:
// "Towns and cities across England are set to benefit from major
// transport schemes boosting green growth, Transport Minister Norman
// Baker announced today (27 June 2012).". The lede is one of the body's
// first two sentences below top (a summary line may come first), in no
// quotation. The announcer is the package's, as a subject before the
// verb would be (see ledeAnnouncement). It returns false if the drafter
// knows the announcer already, or no lede is so.
func (d *drafter) trailingLede(top int) (drafted, bool) {
	if !d.who.IsZero() {
		return drafted{}, false
	}
	n := 0
	for _, st := range d.sents {
		if st.Start <= top {
			continue
		}
		if n++; n > 2 || d.quoted(st) {
			break
		}
		if d.hasMoney(st) {
			continue
		}
		at, ok := trailingAnnouncer(d.in(st))
		if !ok {
			continue
		}
		who, at, ok := d.person(Span{st.Start + at.Start, st.Start + at.End})
		if !ok || who.Name == "" {
			return drafted{}, false
		}
		d.who, d.announcer = who, at
		d.pkg.AnnouncedBy = who
		d.field("packages[0].announcedBy", at, Inferred)
		return d.sentenceClaim(st, who, at, Explicit, true), true
	}
	return drafted{}, false
}

// trailingAnnouncer returns where, in the sentence s, the words naming who
// announced stand when s ends ", <name> announced" or ", <name> has
// announced", then at most "today" or "yesterday", a date in brackets and
// the full stop; the name is at most six words, the first capitalised.
func trailingAnnouncer(s string) (Span, bool) {
	t := strings.TrimSpace(s)
	t = strings.TrimSuffix(t, ".")
	if strings.HasSuffix(t, ")") {
		if k := strings.LastIndex(t, " ("); k >= 0 {
			t = t[:k]
		}
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, " today"), " yesterday")
	var end int
	switch {
	case strings.HasSuffix(t, " has announced"):
		end = len(t) - len(" has announced")
	case strings.HasSuffix(t, " announced"):
		end = len(t) - len(" announced")
	default:
		return Span{}, false
	}
	c := strings.LastIndex(t[:end], ", ")
	if c < 0 {
		return Span{}, false
	}
	name := t[c+2 : end]
	if name == "" || name[0] < 'A' || name[0] > 'Z' || len(strings.Fields(name)) > 6 {
		return Span{}, false
	}
	off := strings.Index(s, t) // the leading space trimmed
	return Span{off + c + 2, off + end}, true
}
