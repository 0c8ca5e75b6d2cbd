package claims

import "strings"

// This file keeps the money of what a speaker judges out of the speaker's
// reported statement. In "welcomed the £4m share of a £500m pot" or "MPs
// criticising a new £1.6bn package … should ask themselves …" the figures
// are the narrator's, who picks out the thing welcomed or criticised: the
// speaker asserts no amount, and the money has its place in the package or
// allocation. Money in what the speaker is reported to say of the thing
// ("said the £2.4m would …", "claimed the council had £5m", "accused the
// council of sitting on £4m") stays the speaker's. The words beside a
// quotation are read so (reportAround, reportThrough); a reported clause
// with no quotation is not yet, since a share it welcomes ("welcomed the
// £4,003,375 share") has no allocation of the narrative's to take it.

// judgedAt reports whether the word at w of s, a figure of a reported
// clause, lies in the object of a verb by which someone judges or names a
// thing ("welcomed", "slammed", "criticising", "branded", "hit out at"):
// walking back from it, at most judgedReach words and none but spaces
// between them, the first such verb comes before any word that opens a
// clause of its own, a verb of speech, an auxiliary or a subject pronoun
// ("said the £2m", "welcomed news that £2m", "welcomed the grant but said
// £2m", "branded it “an insult” as £2m"). A verb of naming before "for"
// asks ("called for £2m"), and judges nothing; after a determiner the
// word is a noun ("his calls to … to use the £250m").
func judgedAt(s string, w Span) bool {
	var ws [judgedReach + 2]Span // and the word before the farthest
	n := 0
	for sp := range wordsIn(s, judgedFrom(s, w.Start), w.Start) {
		if n == len(ws) {
			copy(ws[:], ws[1:])
			n--
		}
		ws[n] = sp
		n++
	}
	lo := 0
	if n == len(ws) {
		lo = 1 // the first is read only as the word before the second
	}
	next, end := "", w.Start
	for k := n - 1; k >= lo; k-- {
		if strings.TrimSpace(s[ws[k].End:end]) != "" {
			return false // punctuation parts the figure from the words before it
		}
		word := lowerASCII(s[ws[k].Start:ws[k].End])
		if (judgingVerb(word) || namingVerb(word)) && k > 0 && nounDeterminer(lowerASCII(s[ws[k-1].Start:ws[k-1].End])) {
			return false // "his calls to … to use the £250m": a noun, whose content is the speaker's
		}
		switch {
		case judgingVerb(word):
			return true
		case namingVerb(word) && word != "compared" && word != "likened" && word != "likens":
			return next != "for"
		case word == "at" && k >= 2 && lowerASCII(s[ws[k-1].Start:ws[k-1].End]) == "out" && hitWord(lowerASCII(s[ws[k-2].Start:ws[k-2].End])):
			return true
		case clauseWord(word) || beWord(word) || speechVerb(word) != verbNone:
			return false
		}
		next, end = word, ws[k].Start
	}
	return false
}

// judgedReach is how many words judgedAt walks back from a figure: an
// object of a verb is a noun phrase of a few words, with its qualifiers
// ("the £4,003,375 share of a £500m pot").
const judgedReach = 12

// judgedFrom returns where judgedAt starts reading s before i: a few hundred bytes
// back, at the start of a rune, as wordsIn needs.
func judgedFrom(s string, i int) int {
	return runeStartBefore(s, max(0, i-judgedReach*24))
}

// judgingVerb reports whether w, in lower case, is a verb by which
// someone welcomes, praises or condemns the thing that is its object.
// Verbs that assert as they judge ("accused … of", "blamed … for") and
// those that ask ("urged") are not among them: their objects are the
// speaker's statement.
func judgingVerb(w string) bool {
	switch w {
	case "welcome", "welcomed", "welcomes", "welcoming", "hailed", "hails", "hailing", "praised", "praises",
		"praising", "applauded", "applauds", "slammed", "slams", "slamming", "blasted", "blasts", "blasting",
		"criticised", "criticises", "criticising", "criticise", "criticized", "criticizes", "criticizing",
		"condemned", "condemns", "condemning", "lambasted", "lambasts", "attacked", "attacks", "attacking",
		"derided", "derides", "mocked", "mocks", "ridiculed", "dismissed", "dismisses", "dismissing",
		"questioned", "questioning", "deemed":
		return true
	}
	return false
}

// clauseWord reports whether w, in lower case, opens or carries a clause
// of its own before a figure: a conjunction or relative ("that", "which",
// "but", "as"), an auxiliary ("has", "would") or a subject pronoun ("it",
// "they"). Money after it is in what is said of the thing, not the thing.
func clauseWord(w string) bool {
	switch w {
	case "that", "which", "who", "whom", "whose", "whether", "if", "because", "as", "but", "while", "when",
		"although", "though", "since", "so", "than",
		"has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "shall",
		"does", "did", "do",
		"it", "he", "she", "they", "we", "i", "you", "there":
		return true
	}
	return false
}

// withoutJudged returns r without the money of clause, at off in s, that
// judgedAt finds in the object of a verb of judging or naming, and
// reports whether r still asserts a figure: a stated amount, a count or a
// ratio.
func (r asserted) withoutJudged(s string, off int) (asserted, bool) {
	out := asserted{stance: r.stance, stanceAt: r.stanceAt, notes: r.notes}
	var dropped []Span
	figure := false
	for k, a := range r.as {
		if sa, ok := a.(StatedAmount); ok && judgedAt(s, shift(sa.Span, off)) {
			dropped = append(dropped, sa.Span)
			continue
		}
		switch a.(type) {
		case StatedAmount, CountClaim, RatioClaim:
			figure = true
		}
		out.add(a, r.sure[k])
	}
	if len(dropped) == 0 {
		return r, figure
	}
	out.notes = nil
	for _, n := range r.notes {
		if !overlapsAny(n.Span, dropped) {
			out.notes = append(out.notes, n)
		}
	}
	return out, figure
}

// overlapsAny reports whether sp overlaps one of the spans of ss.
func overlapsAny(sp Span, ss []Span) bool {
	for _, x := range ss {
		if sp.Start < x.End && x.Start < sp.End {
			return true
		}
	}
	return false
}

// nounDeterminer reports whether w, in lower case, before a word makes it
// a noun: an article or a possessive ("the", "his calls").
func nounDeterminer(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your":
		return true
	}
	return false
}
