package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// recipientParticiples are the passive participles of giving whose
// subject receives the money and whose agent, after the money and "by",
// gives it: "are being given a £2m boost by the Police and Crime
// Commissioner", "have been allocated £3m by the council".
var recipientParticiples = []string{"given", "awarded", "granted", "handed", "offered", "allocated", "paid"}

// givenBy reads the announcer of the sentence s from the agent of a verb
// of giving in the passive, whose subject receives the money and whose
// agent follows the figure and "by": "Projects … are among the schemes
// being given a £2.25 million boost by the county’s Police and Crime
// Commissioner, Philip Seccombe", "Ten charities have been awarded £50,000
// by Kent County Council". The recipients are the subject, so subjectAnnouncer
// reads no one; the giver is the announcer, as the subject of "has given"
// would be. A lower-case possessive before the agent's post ("the
// county’s") places the post, and is no part of it. A month or a day
// after "by" is a time, not who.
func (d *drafter) givenBy(s Span) (funding.Person, Span, bool) {
	d.toks = wordsOf(d.text, s, d.toks[:0])
	i, j := d.mentionsIn(s)
	for k := 1; k < len(d.toks); k++ {
		if !beWord(d.toks[k-1].w) || !slices.Contains(recipientParticiples, d.toks[k].w) {
			continue
		}
		// The figure follows the participle, with at most an article
		// between: "given a £2m boost".
		m := i
		for m < j && d.ms[m].Start < d.toks[k].end {
			m++
		}
		if m == j {
			return funding.Person{}, Span{}, false
		}
		gap := strings.TrimSpace(d.text[d.toks[k].end:d.ms[m].Start])
		if gap != "" && gap != "a" && gap != "an" {
			continue
		}
		by := k + 1
		for by < len(d.toks) && d.toks[by].end <= d.ms[m].End {
			by++
		}
		// At most two words naming the money stand between it and "by":
		// "a £2m boost by", "£50,000 in grants by".
		for n := 0; n < 2 && by < len(d.toks) && d.toks[by].w != "by" && !capitalised(d.text, d.toks[by]); n++ {
			by++
		}
		if by+1 >= len(d.toks) || d.toks[by].w != "by" || clauseBreak(d.text[d.ms[m].End:d.toks[by].start]) {
			continue
		}
		return d.agentAfter(by+1, s)
	}
	return funding.Person{}, Span{}, false
}

// agentAfter reads the agent whose words begin at d.toks[a], within the
// sentence s: "the", a lower-case possessive placing it ("county’s"),
// then capitalised words and the small words inside a name to the end of
// the clause, and a name in apposition after a comma ("Police and Crime
// Commissioner, Philip Seccombe").
func (d *drafter) agentAfter(a int, s Span) (funding.Person, Span, bool) {
	if d.toks[a].w == "the" && a+1 < len(d.toks) {
		a++
	}
	if _, ok := cutPossessive(d.toks[a].w); ok && !capitalised(d.text, d.toks[a]) && a+1 < len(d.toks) {
		a++
	}
	if w := d.toks[a].w; !capitalised(d.text, d.toks[a]) || monthOf(w) != 0 || weekday(w) {
		return funding.Person{}, Span{}, false
	}
	end := a
	for end+1 < len(d.toks) && !clauseBreak(d.text[d.toks[end].end:d.toks[end+1].start]) &&
		(capitalised(d.text, d.toks[end+1]) || slices.Contains(nameJoiners, d.toks[end+1].w)) {
		end++
	}
	if end+1 < len(d.toks) && strings.TrimSpace(d.text[d.toks[end].end:d.toks[end+1].start]) == "," {
		// "…, Philip Seccombe.": the name in apposition, if the words
		// after the comma are all of one and end the sentence.
		rest := d.toks[end+1:]
		if d.isName(rest) && strings.Trim(d.text[rest[len(rest)-1].end:s.End], " .") == "" {
			end = len(d.toks) - 1
		}
	}
	return d.person(Span{d.toks[a].start, d.toks[end].end})
}
