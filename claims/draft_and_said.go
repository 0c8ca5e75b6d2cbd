package claims

import "strings"

// andSaid cuts from att.after, the clause reported after a verb of
// speech, a second clause its speaker is reported as saying after "and"
// and another verb of speech in the past, and returns the same speaker's
// attribution of it: "He said if all … had imposed the maximum 3p
// increase … it would have raised £70 million and claimed government cuts
// to local government services totalled £170 million" reports two
// statements, each a claim. The second must state money, so that a verb
// joined to the first clause's own subject ("… the council had cut £2m
// and reported …") is rarely read so; the first keeps three words or
// more. It returns the zero attribution if there is none.
func (d *quoteDrafter) andSaid(att *attribution) attribution {
	ts := wordsOf(d.text, att.after, nil)
	for i := 3; i+2 < len(ts); i++ {
		if ts[i].w != "and" || clauseBreak(d.text[ts[i-1].end:ts[i].start]) {
			continue
		}
		verb := d.text[ts[i+1].start:ts[i+1].end]
		if speechVerb(verb) != verbSpeech || !strings.HasSuffix(verb, "ed") {
			continue
		}
		from := ts[i+2].start
		if ts[i+2].w == "that" && i+3 < len(ts) {
			from = ts[i+3].start
		}
		rest := Span{from, att.after.End}
		if !strings.ContainsAny(d.text[rest.Start:rest.End], "£$€") {
			continue
		}
		next := *att
		next.after, next.report = rest, Span{}
		att.after.End = ts[i-1].end
		return next
	}
	return attribution{}
}
