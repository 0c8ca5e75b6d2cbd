package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// frontedBody returns the organisation the sentence s names as its subject
// after a fronted phrase, with the words naming it: s opens on a
// preposition of time or occasion ("At", "On", "In", "Following",
// "After", "During"), and after a comma within its first thirty words
// come capitalised words and then a verb in the past tense or an
// auxiliary ("At their meeting on Tuesday, February 28, Cabinet considered
// a report …"): the words name an organisation, or a body read as a post
// with no one named ("Cabinet"), which is the organisation. It returns
// false if s is not so, or the words name a person.
func (d *drafter) frontedBody(s Span) (funding.Person, Span, bool) {
	var buf [30]tok
	ts := wordsOf(d.text, s, buf[:0])
	if len(ts) < 3 {
		return funding.Person{}, Span{}, false
	}
	switch ts[0].w {
	case "at", "on", "in", "following", "after", "during":
	default:
		return funding.Person{}, Span{}, false
	}
	for k := 1; k < len(ts) && k < 30; k++ {
		if !capitalised(d.text, ts[k]) || !strings.Contains(d.text[ts[k-1].end:ts[k].start], ",") {
			continue
		}
		j := k
		for j < len(ts) && capitalised(d.text, ts[j]) {
			j++
		}
		if j == len(ts) || !pastVerb(ts[j].w) && !isAuxiliary(ts[j].w) {
			continue
		}
		who, at, ok := d.person(Span{ts[k].start, ts[j-1].end})
		if !ok || who.Name != "" {
			return funding.Person{}, Span{}, false
		}
		if who.Org == "" {
			// "Cabinet", read as a post with no one named: the body
			// itself.
			who = funding.Person{Org: d.in(at)}
		}
		return who, at, true
	}
	return funding.Person{}, Span{}, false
}
