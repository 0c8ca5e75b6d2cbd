package claims

import (
	"cmp"
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// This file reads who announces or provides money from the subject of a
// sentence: "The Mayor of London, Sadiq Khan," (a role and a name),
// "Education Secretary Bridget Phillipson" (a role before a name), "MOPAC"
// or "The Department for Education" (an organisation).

// person reads the subject s as a person, with role, or an organisation.
// It returns the Person, the span naming them, and whether s reads as
// either: a role and a name apart by a comma, or else capitalised words
// (but for "of", "for", "and", "the"); more than twelve words are no
// subject it can read.
func (d *drafter) person(s Span) (funding.Person, Span, bool) {
	ts := wordsOf(d.text, s, nil)
	if len(ts) == 0 || len(ts) > 12 {
		return funding.Person{}, Span{}, false
	}
	if ts[0].w == "the" {
		ts = ts[1:]
	}
	if len(ts) == 0 {
		return funding.Person{}, Span{}, false
	}
	at := Span{ts[0].start, ts[len(ts)-1].end}
	// "The Mayor of London, Sadiq Khan", "The leader of the council, Jane
	// Smith": a role and a name apart.
	if c := strings.IndexByte(d.in(at), ','); c >= 0 {
		left := Span{at.Start, at.Start + c}
		right := Span{at.Start + c + 1, at.End}
		l, r := wordsOf(d.text, left, nil), wordsOf(d.text, right, nil)
		switch {
		case d.isName(r) && !d.isName(l):
			return funding.Person{Name: d.joined(r), Role: d.joined(l)}, at, true
		case d.isName(l) && !d.isName(r):
			return funding.Person{Name: d.joined(l), Role: d.joined(r)}, at, true
		}
		return funding.Person{}, Span{}, false
	}
	for k, t := range ts {
		if !capitalised(d.text, t) && !slices.Contains([]string{"of", "for", "and", "the", "on", "in"}, t.w) {
			if p, ok := d.postInLowerCase(ts, k); ok {
				return p, at, true
			}
			return funding.Person{}, Span{}, false
		}
	}
	// "Mayor of London Sir Sadiq Khan": a title starts the name (see
	// titleWord, which quotations' speakers are read by too).
	for k, t := range ts {
		if titleWord(d.text[t.start:t.end]) && k+1 < len(ts) {
			for k > 0 && rankWord(d.text[ts[k-1].start:ts[k-1].end]) {
				k-- // "Chief Constable Jo Bloggs"
			}
			p := funding.Person{Name: d.joined(ts[k:])}
			if k > 0 {
				p.Role = d.joined(ts[:k])
			}
			// "Mr" and "Cllr" are no part of the name, and an office's
			// title is the role if there is no other (see titled).
			if ws := strings.Fields(p.Name); titled(ws) > 0 {
				n := titled(ws)
				p.Name = d.joined(ts[k+n:])
				if officeTitle(ws[n-1]) {
					p.Role = cmp.Or(p.Role, d.joined(ts[k:k+n]))
				}
			}
			return p, at, true
		}
	}
	if n := len(ts); n >= 2 && d.text[ts[n-1].start:ts[n-1].end] == "Executive" && !roleWord(ts[n-2].w) {
		// "THE Stormont Executive", "the Northern Ireland Executive": a
		// government named by its place, not a chief executive.
		return funding.Person{Org: d.orgName(ts)}, at, true
	}
	role := -1 // the last role word: the name is the words after it
	for k, t := range ts {
		if roleWord(t.w) || officeTitle(d.text[t.start:t.end]) {
			role = k
		}
	}
	switch {
	case role >= 0 && role+1 < len(ts) && d.isName(ts[role+1:]):
		return funding.Person{Name: d.joined(ts[role+1:]), Role: d.joined(ts[:role+1])}, at, true
	case role >= 0 && len(ts) >= 3 && d.isName(ts[len(ts)-2:]):
		// "Mayor of London Sadiq Khan": a place after the role word.
		return funding.Person{Name: d.joined(ts[len(ts)-2:]), Role: d.joined(ts[:len(ts)-2])}, at, true
	case role >= 0:
		// "The Mayor": a role alone.
		return funding.Person{Role: d.joined(ts)}, at, true
	case len(ts) == 2 && d.isName(ts):
		return funding.Person{Name: d.joined(ts)}, at, true
	}
	return funding.Person{Org: d.orgName(ts)}, at, true
}

// isName reports whether ts read as a person's name: two to four
// words of a name as a speaker's are (nameWord: capitalised, not all
// capitals, no word of a body's or organisation's name such as "Welsh
// Government" or "Health Foundation"), none of them a post (roleWord) or
// the title of an office (officeTitle).
func (d *drafter) isName(ts []tok) bool {
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	for _, t := range ts {
		if w := d.text[t.start:t.end]; !nameWord(w) || roleWord(t.w) || officeTitle(w) {
			return false
		}
	}
	return true
}

// joined returns the article's words from the first of ts to the last.
func (d *drafter) joined(ts []tok) string {
	return d.text[ts[0].start:ts[len(ts)-1].end]
}

// orgName returns an organisation's name as the words ts give it, with an
// acronym spelt out where the article defines it (see acronymName).
func (d *drafter) orgName(ts []tok) string {
	name := d.joined(ts)
	if len(ts) != 1 {
		return name
	}
	return acronymName(d.text, name)
}

// acronymName returns the name an acronym stands for where text defines
// it, the capitalised words of its paragraph (with the small words between
// them, and no leading "The") before its first use in brackets: "MOPAC" is "Mayor's Office for Policing And
// Crime" after "the Mayor's Office for Policing And Crime (MOPAC)", "BHA"
// is "British Hospitality Association". It returns name itself when name
// is no acronym (a word of two capitals or more, in capitals only) or text
// does not define it.
func acronymName(text, name string) string {
	if strings.ToUpper(name) != name || len(name) < 2 || strings.ContainsAny(name, " ") {
		return name
	}
	at := strings.Index(text, "("+name+")")
	if at <= 0 {
		return name
	}
	// The capitalised words before the bracket, with the small words
	// between them, are the name, within its paragraph and without a
	// leading "The".
	start := runeStartBefore(text, max(0, at-200))
	if nl := strings.LastIndexByte(text[start:at], '\n'); nl >= 0 {
		start += nl + 1
	}
	before := wordsOf(text, Span{start, at}, nil)
	k := len(before)
	for k > 0 && (capitalised(text, before[k-1]) || slices.Contains([]string{"of", "for", "and", "on"}, before[k-1].w)) {
		k--
	}
	for k < len(before) && (!capitalised(text, before[k]) || before[k].w == "the" && k+1 < len(before)) {
		k++
	}
	if k >= len(before) {
		return name
	}
	return text[before[k].start:before[len(before)-1].end]
}

// ownerLeadIns are the words between an owner's possessive and the figure
// of its money: "the Scottish Government's new £5m fund".
var ownerLeadIns = []string{"new", "extra", "additional", "latest", "promised", "planned", "own"}

// owner returns the words naming the public body whose money the package
// is, from a possessive before a figure stating the package's value ("The
// government's £750m", "the Scottish Government's new £5m fund"): a body
// word (see bodyWords) with "’s" or "'s", the capitalised words before it
// ("Scottish Government"), and "the" before a body named in lower case
// ("the government"). A person's possessive ("Sunak's £750m") names the
// announcer, not the funder, and is not read.
func (d *drafter) owner() (Span, bool) {
	whole := d.whole()
	for _, m := range d.ms {
		if !m.Figure.Nominal().Equal(whole) || rateOrConversion(m) || d.inTitle(m) {
			continue
		}
		before := wordsOf(d.text, Span{max(0, m.Start-80), m.Start}, nil)
		n := len(before)
		for l := 0; l < 2 && n > 0 && slices.Contains(ownerLeadIns, before[n-1].w); l++ {
			n--
		}
		if n < 2 || clauseBreak(d.text[before[n-1].end:m.Start]) {
			continue
		}
		t := before[n-1]
		name, ok := cutPossessive(t.w)
		if !ok || !slices.Contains(bodyWords, name) {
			continue
		}
		end := t.end - (len(t.w) - len(name))
		start := n - 1
		for start > 0 && capitalised(d.text, before[start-1]) && !isDeterminer(before[start-1].w) &&
			!clauseBreak(d.text[before[start-1].end:before[start].start]) {
			start--
		}
		if start == n-1 && !capitalised(d.text, t) {
			if start == 0 || before[start-1].w != "the" {
				continue // "a government's": no body named
			}
			// "The government's": the body as the article names it.
			return Span{before[start-1].start, end}, true
		}
		return Span{before[start].start, end}, true
	}
	return Span{}, false
}

// isDeterminer reports whether w, in lower case, is an article or
// demonstrative, which begins a name's phrase but is no part of the name.
func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that":
		return true
	}
	return false
}

// lowerThe returns name with a capital article opening it, as at the
// start of a sentence, in lower case: "The government" is "the
// government", "A Labour government" "a Labour government".
func lowerThe(name string) string {
	for _, a := range [...]string{"The ", "A ", "An "} {
		if rest, ok := strings.CutPrefix(name, a); ok {
			return strings.ToLower(a) + rest
		}
	}
	return name
}

// cutPossessive returns the word w without its possessive "’s" or "'s",
// and whether it had one.
func cutPossessive(w string) (string, bool) {
	if name, ok := strings.CutSuffix(w, "’s"); ok {
		return name, true
	}
	return strings.CutSuffix(w, "'s")
}

// postInLowerCase returns the person the words ts name when ts[k], the
// first word in lower case, is a word of a post written in lower case
// before the name of the one who holds it: "Lancashire’s police and crime
// commissioner Clive Grunshaw" (lancashiretelegraph-2024), "council leader
// Jane Smith". A news story writes posts so as often as a release
// capitalises them; the post is the role, and the words after its last
// role word, all of a name, the name.
func (d *drafter) postInLowerCase(ts []tok, k int) (funding.Person, bool) {
	role := -1
	for j, t := range ts {
		if roleWord(t.w) {
			role = j
		}
	}
	if role < k || role+1 >= len(ts) || !d.isName(ts[role+1:]) {
		return funding.Person{}, false
	}
	return funding.Person{Name: d.joined(ts[role+1:]), Role: d.joined(ts[:role+1])}, true
}
