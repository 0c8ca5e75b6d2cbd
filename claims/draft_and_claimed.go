package claims

import "strings"

// andSpoke cuts from att.after, the clause reported after a verb of
// speech, a second clause its speaker is said to speak, joined by "and"
// and a verb of speech in the past with no subject of its own ("He said
// if all … had imposed the maximum 3p increase … it would have raised £70
// million and claimed government cuts … totalled £170 million"), and
// returns the speaker's attribution of that second clause, without a
// "that" opening it: each is a statement of its own. It returns the zero
// attribution if there is none.
func (d *quoteDrafter) andSpoke(att *attribution) attribution {
	t := d.text[att.after.Start:att.after.End]
	for at := 0; ; {
		k := strings.Index(t[at:], " and ")
		if k < 0 {
			return attribution{}
		}
		k += at
		at = k + len(" and ")
		verb, _, _ := strings.Cut(t[at:], " ")
		if speechVerb(verb) != verbSpeech || !strings.HasSuffix(verb, "ed") && verb != "said" && verb != "told" {
			continue
		}
		from := att.after.Start + at + len(verb)
		from, end := trimSpaceSpan(d.text, from, att.after.End)
		if strings.HasPrefix(d.text[from:end], "that ") {
			from += len("that ")
		}
		if end-from < 8 {
			return attribution{}
		}
		next := *att
		next.after = Span{Start: from, End: end}
		next.report = Span{}
		att.after.End = att.after.Start + k
		return next
	}
}
