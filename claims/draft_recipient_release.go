package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// This file reads a release that a body issues about money it has
// obtained: "The Council of the Isles of Scilly has received £173,831 from
// The National Lottery Heritage Fund …", "North Cumbria Integrated Care
// NHS Foundation Trust (NCIC) has secured a share of a £350m national pot
// …". The body announces its own news, so the sentence is its claim and
// the body the package's announcer, though the money is another's.

// obtainedVerbs, after auxiliaries, say the subject has obtained money:
// "has received", "has secured", "has been awarded".
var obtainedVerbs = [...]string{"received", "secured", "won", "obtained", "awarded", "granted", "allocated"}

// recipientRelease makes the body that the announcing sentence (or the
// lede, see lede) opens on the package's announcer when that sentence
// says the body has obtained the headline's money (see obtainingBody)
// and the article is the body's own: a quotation's speaker holds a post
// of the body by its name ("Chairman of the Council of the Isles of
// Scilly"), or the narrative, outside quotations, speaks as "we" or "us"
// ("which will enable us to bring additional mobile CT and MRI
// scanners"). A news report saying a body received money is the
// narrator's, no claim of the body's. It leaves the draft as it is if
// the drafter knows the announcer or the article is not so.
func (d *drafter) recipientRelease() {
	if !d.who.IsZero() || d.headline < 0 {
		return
	}
	s := d.announce
	if s.IsZero() {
		s = d.lede()
	}
	who, at, ok := d.obtainingBody(s)
	if !ok || !d.ownRelease(who.Org) {
		return
	}
	d.who, d.announcer = who, at
	d.pkg.AnnouncedBy = d.who
	d.field("packages[0].announcedBy", at, Inferred)
}

// obtainingBody returns the body that the sentence s opens on, and the
// words naming it, when s says the body has obtained the headline's
// money: auxiliaries and a verb of obtaining (see obtainedVerbs) after
// the name, the figure at most eight words after the verb in its clause
// ("… has received £173,831 from …", "… (NCIC) has secured a share of a
// £350m national pot"). A short form in brackets after the name is no
// part of it. It returns false if s is not so.
func (d *drafter) obtainingBody(s Span) (funding.Person, Span, bool) {
	if s.IsZero() || d.headline < 0 {
		return funding.Person{}, Span{}, false
	}
	h := d.ms[d.headline]
	if h.Start < s.Start || h.End > s.End || d.quoted(s) {
		return funding.Person{}, Span{}, false
	}
	ts := wordsOf(d.text, Span{s.Start, h.Start}, nil)
	a := slices.IndexFunc(ts, func(t tok) bool { return isAuxiliary(t.w) })
	if a <= 0 {
		return funding.Person{}, Span{}, false
	}
	v := a
	for v < len(ts) && (isAuxiliary(ts[v].w) || ts[v].w == "been") {
		v++
	}
	if v == len(ts) || v-a > 3 || !slices.Contains(obtainedVerbs[:], ts[v].w) || len(ts)-v > 9 ||
		clauseBreak(d.text[ts[v].end:h.Start]) {
		return funding.Person{}, Span{}, false
	}
	end := ts[a-1].end
	if p := strings.IndexByte(d.text[s.Start:end], '('); p > 0 {
		end = s.Start + p // "… Foundation Trust (NCIC)": the name before its short form
	}
	who, at, ok := d.person(Span{s.Start, strings.LastIndexFunc(d.text[:end], func(r rune) bool { return r != ' ' }) + 1})
	if !ok || who.Org == "" || who.Name != "" || who.Role != "" {
		return funding.Person{}, Span{}, false
	}
	return funding.Person{Org: who.Org}, at, true
}

// ownRelease reports whether the article reads as the release of the
// body named org: a quotation's speaker holds a post of it by its name,
// or a sentence outside any quotation speaks as "we" or "us".
func (d *drafter) ownRelease(org string) bool {
	for _, q := range d.qs {
		if sp := q.claim.Speaker; strings.Contains(sp.Role, org) || strings.EqualFold(sp.Org, org) {
			return true
		}
	}
	for _, st := range d.sents {
		if d.quoted(st) {
			continue
		}
		for _, t := range wordsOf(d.text, st, nil) {
			if (t.w == "we" || t.w == "us") && d.text[t.start:t.end] != "US" {
				return true
			}
		}
	}
	return false
}
