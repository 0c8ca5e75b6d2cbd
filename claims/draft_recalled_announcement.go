package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// recalledAnnouncement reports whether the sentence s names the package's
// announcer only as the agent of the noun "announcement" ("The Government
// investment forms part of a £74 million national funding announcement by
// Fire Minister Bob Neill"): the noun phrase recalls an announcement made
// elsewhere, so the sentence is no claim of the announcer's (README), though
// the announcer it names stays the package's. The words between "by" and
// the announcer's name may be a capitalised post ("Fire Minister").
func (d *drafter) recalledAnnouncement(s Span) bool {
	a := d.announcer
	if a.IsZero() || a.Start < s.Start || a.End > s.End {
		return false
	}
	var buf [12]tok
	ts := wordsOf(d.text, Span{max(s.Start, a.Start-80), a.Start}, buf[:0])
	k := len(ts) - 1
	for k >= 0 && ts[k].w != "by" {
		if r, _ := utf8.DecodeRuneInString(d.text[ts[k].start:]); !unicode.IsUpper(r) {
			return false
		}
		k--
	}
	if k < 1 || clauseBreak(d.text[ts[k-1].end:a.Start]) {
		return false
	}
	return strings.HasPrefix(ts[k-1].w, "announcement")
}

// openingMoney returns the body's first sentence stating money, below top,
// when it comes before the sentence s; the zero Span otherwise.
func (d *drafter) openingMoney(top int, s Span) Span {
	for _, st := range d.sents {
		if st.Start <= top || !d.hasMoney(st) {
			continue
		}
		if st.Start < s.Start {
			return st
		}
		break
	}
	return Span{}
}
