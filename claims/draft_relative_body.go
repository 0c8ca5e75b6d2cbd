package claims

import "strings"

// relativeBodySubject returns the speaker of a relative clause, set off by
// a comma, whose subject is "they" or "it" and nothing else ("…, that
// they say ‘underlines confidence in Wales’", "…, which it says “will fix
// every pothole”"): the body or the kind of speakers that opens the
// sentence, the subject of its first clause, which the pronoun takes up.
// In "Ministers will today inject a further £130m …, that they say …" the
// ministers speak; "they" takes up a kind ("Ministers", "Council
// officials") or a body, "it" a body alone. The subject is the words of the
// sentence's first chunk before its first auxiliary or verb of being, at
// most five, with no figure and no person's name. It reports false for
// any other chunk.
func (d *quoteDrafter) relativeBodySubject(cs []Span) (attribution, bool) {
	s := d.text
	if len(cs) < 2 {
		return attribution{}, false
	}
	rel, pro, ok := strings.Cut(strings.ToLower(s[cs[len(cs)-1].Start:cs[len(cs)-1].End]), " ")
	if !ok || rel != "which" && rel != "that" || pro != "they" && pro != "it" {
		return attribution{}, false
	}
	first := cs[0]
	end, n := first.Start, 0
	for w := range wordsIn(s, first.Start, first.End) {
		word := s[w.Start:w.End]
		if auxWord(word) || beWord(word) || word == "has" || word == "have" {
			break
		}
		if n++; n > 5 {
			return attribution{}, false
		}
		end = w.End
	}
	subj := Span{Start: first.Start, End: end}
	if end == first.Start || end == first.End || strings.ContainsAny(s[subj.Start:subj.End], "£$€0123456789") {
		return attribution{}, false
	}
	if _, _, named := d.nameIn(subj, false); named {
		return attribution{}, false // a person, whom "they" or "it" does not take up
	}
	if t := s[subj.Start:subj.End]; pro == "they" && insiders(t) {
		return attribution{kind: t, span: subj, sure: Inferred}, true
	}
	if org, ok := orgName(s, subj); ok {
		return attribution{org: org, span: subj, sure: Inferred}, true
	}
	return attribution{}, false
}
