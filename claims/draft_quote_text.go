package claims

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordsIn returns the words of s[a:b] in order, as spans of s. A word is a
// run of letters and digits, with the apostrophes and hyphens between
// them ("it's", "O’Brien", "fully-costed"), the points and commas between
// digits ("£2.4m", "1,200"), a currency sign before a digit and a per cent
// sign after one; a possessive apostrophe after an s ("victims'") ends its
// word and belongs to it.
func wordsIn(s string, a, b int) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		i := a
		for i < b {
			if c := s[i]; c < utf8.RuneSelf {
				if alnum[c] == 0 && !((c == '$') && i+1 < b && isDigit(s[i+1])) {
					i++
					continue
				}
			} else if r, n := utf8.DecodeRuneInString(s[i:b]); !wordStart(s, i, b, r, n) {
				i += n
				continue
			}
			_, n := utf8.DecodeRuneInString(s[i:b])
			j := wordEnd(s, a, b, i+n)
			if !yield(Span{Start: i, End: j}) {
				return
			}
			i = j
		}
	}
}

// wordEnd returns the end of the word of s[a:b] whose rest starts at j.
func wordEnd(s string, a, b, j int) int {
	for j < b {
		c := s[j]
		if c < utf8.RuneSelf && alnum[c] != 0 {
			j++
			continue
		}
		switch c {
		case ' ', '\n', '\t', '\r', '"', '(', ')', ':', ';', '!', '?', '/':
			return j // the common ends of words, which no neighbour changes
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:b])
			if letterOrDigit(r) {
				j += n
				continue
			}
		}
		if r == '%' && isDigit(s[j-1]) {
			j++
			continue
		}
		next := runeAfter(s[:b], j+n)
		prev := runeBefore(s, j, a)
		switch {
		case (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next),
			r == '-' && letterOrDigit(prev) && letterOrDigit(next),
			(r == '.' || r == ',') && isDigitRune(prev) && isDigitRune(next):
			j += n
			continue
		case (r == '\'' || r == '’') && (prev == 's' || prev == 'S') && !letterOrDigit(next):
			j += n
		}
		return j
	}
	return j
}

// alnum marks the ASCII letters and digits.
var alnum = func() (t [utf8.RuneSelf]byte) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = 1, 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 1
	}
	return t
}()

// wordStart reports whether rune r, n bytes at offset i of s, starts a
// word: a letter or digit, or a currency sign before a digit.
func wordStart(s string, i, b int, r rune, n int) bool {
	if letterOrDigit(r) {
		return true
	}
	return (r == '£' || r == '$' || r == '€') && isDigitRune(runeAfter(s[:b], i+n))
}

// isDigitRune reports whether r is an ASCII digit.
func isDigitRune(r rune) bool { return '0' <= r && r <= '9' }

// sentences returns the sentences of paragraph p, split at a full stop,
// question or exclamation mark outside its quotations that is followed by
// white space and a capital, a digit or a quotation mark, or by the end of
// the paragraph, and after a quotation that ends in one ("…deserve.” The
// next"). A point between digits, after an abbreviation such as "Mr" or
// "St", or after an initial is no end.
func sentences(s string, p *para) []Span {
	var out []Span
	start := p.start
	cut := func(at int) {
		a, b := trimSpaceSpan(s, start, at)
		if a < b {
			out = append(out, Span{Start: a, End: b})
		}
		start = at
	}
	mi := 0
	for i := p.start; i < p.end; {
		if mi < len(p.marks) && i == p.marks[mi].open {
			m := p.marks[mi]
			mi++
			i = m.close
			if m.closed && terminal(s[m.end-1]) && startsSentence(s, i, p.end) {
				cut(i)
			}
			continue
		}
		if c := s[i]; terminal(c) && !(c == '.' && (numberSep(s[:p.end], i) || abbreviationBefore(s, i, p.start))) &&
			startsSentence(s, i+1, p.end) {
			cut(i + 1)
		}
		i++
	}
	cut(p.end)
	return out
}

// terminal reports whether c ends a sentence.
func terminal(c byte) bool { return c == '.' || c == '!' || c == '?' }

// startsSentence reports whether a sentence may start after offset i of
// s: at end, or after white space, at a capital, a digit or a quotation
// mark.
func startsSentence(s string, i, end int) bool {
	j, _ := trimSpaceSpan(s, i, end)
	if j == end {
		return true
	}
	if j == i {
		return false
	}
	if class, _ := markAt(s[:end], j); class != noMark {
		return true
	}
	r := runeAfter(s[:end], j)
	return unicode.IsUpper(r) || isDigitRune(r) || r == '•' || r == '-'
}

// abbreviationBefore reports whether the word before the full stop at
// offset i of s is an abbreviation that takes one, or an initial.
func abbreviationBefore(s string, i, floor int) bool {
	j := i
	for j > floor && s[j-1] < utf8.RuneSelf && isLetter(s[j-1]) {
		j--
	}
	switch w := s[j:i]; w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "No", "Rev", "Cllr", "Sgt", "Insp", "Supt", "Det", "Col", "Capt", "Lt",
		"Gen", "vs", "etc", "eg", "ie", "Jr", "Sr", "Co", "Ltd", "approx":
		return true
	default:
		return len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
	}
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// The kinds of verb that attribute words to a speaker.
const (
	verbNone     = iota
	verbSpeech   // said, told, called, warned ...
	verbFinding  // found, identified, revealed: the sentence is the claim
	verbAnnounce // announced, confirmed: the whole sentence is the claim
)

// speechVerb returns the kind of verb word w is, as written (verbs of
// speech are in lower case in the middle of a sentence).
func speechVerb(w string) int {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "called", "calls", "calling", "described", "describes",
		"warned", "warns", "explained", "explains", "commented", "stated", "insisted", "insists", "argued", "argues",
		"claimed", "claims", "welcomed", "welcomes", "noted", "wrote", "writes", "tweeted", "posted", "branded",
		"labelled", "dismissed", "criticised", "accused", "hailed", "urged", "admitted", "suggested",
		"acknowledged", "stressed", "indicated", "indicates", "according", "According", "believes", "praised", "claiming", "saying", "adding", "warning",
		"insisting", "arguing", "describing", "talked", "felt", "feels", "slammed", "slams", "blasted", "blasts", "condemned",
		"condemns", "lambasted", "attacked", "attacks", "questioned", "criticises", "criticising", "deemed", "dubbed",
		"disagreed", "disagrees", "countered", "counters", "retorted", "conceded", "concedes", "remarked",
		"blamed", "blames", "blaming", "compared", "likened", "likens":
		return verbSpeech
	case "announced", "announces", "announce", "confirmed", "confirms", "confirm", "revealing", "unveiled", "unveils",
		"outlined", "tabled", "tables", "promised", "promises", "promising", "pledged", "pledges", "pledging":
		return verbAnnounce
	case "found", "finds", "identified", "identifies", "revealed", "reveals", "showed", "shows", "estimated",
		"estimates", "concluded", "shown", "suggests", "suggest":
		return verbFinding
	}
	return verbNone
}

// carriedOn returns where the words "went on to" (or "goes on to",
// "continued to") begin, if they end s[floor:i] before a verb of speech at
// i: "She went on to say …" is her speech, its subject "She". It returns i
// if they do not.
func carriedOn(s string, floor, i int) int {
	for _, w := range [...]string{"went on to ", "goes on to ", "go on to ", "continued to ", "continues to ", "is quoted as ", "was quoted as ",
		// "Mr Murphy reinforced his calls to his executive colleagues to
		// come forward with bids …": a call made again is speech.
		"renewed his ", "renewed her ", "renewed their ", "reinforced his ", "reinforced her ", "reinforced their ",
		"repeated his ", "repeated her ", "repeated their ", "reiterated his ", "reiterated her ", "reiterated their "} {
		if j := i - len(w); j > floor && s[j-1] == ' ' && s[j:i] == w {
			return j - 1
		}
	}
	return i
}

// continuesSpeech returns the end of the words "continued" or "went on" at
// w in s, and true, where they carry a speaker on to more of their words,
// in the stretch seg of a sentence outside its quotations, in a paragraph
// ending at end (see framesSpeech): "the Minister continued:", "She went
// on, “…”", "“…,” she went on.", and before their subject straight after
// the quotation, "“…,” continued Councillor Western.". Elsewhere ("The work continued") they
// are no verb of speech, and attribute takes them as one only for a
// speaker the article has heard already (see heard).
func continuesSpeech(s string, w, seg Span, end int) (int, bool) {
	at := w.End
	switch s[w.Start:w.End] {
	case "continued", "continues":
	case "went", "goes":
		if !strings.HasPrefix(s[at:seg.End], " on") {
			return 0, false
		}
		at += len(" on")
	default:
		return 0, false
	}
	if strings.TrimSpace(s[seg.Start:w.Start]) == "" && closedBefore(s, seg.Start) {
		// "“…,” continued Councillor Western.": the verb before its
		// subject, straight after the quotation.
		return at, true
	}
	return at, framesSpeech(s, at, seg, end)
}

// closedBefore reports whether a quotation mark that may close one ends
// s[:i].
func closedBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	_, n := utf8.DecodeLastRuneInString(s[:i])
	class, _ := markAt(s, i-n)
	return class == doubleClose || class == doubleEither || class == singleClose || class == singleEither
}

// asksSpeech reports whether the word at w in s is "asked", "replied",
// "responded" or "agreed" (or "asks", "replies" and the like) where it frames a quotation (see framesSpeech):
// "She asked: “Has this grant been cut …?”", "“Why?” he asked.", or
// follows a question in quotation marks ("“Why?” asked Jo Bell"). Elsewhere
// ("asked the Government for £5m", "were asked about it") the words after
// are a request or the question's topic, no speech.
func asksSpeech(s string, w, seg Span, end int) bool {
	switch s[w.Start:w.End] {
	case "asked", "asks", "replied", "replies", "responded", "responds", "agreed", "agrees":
	default:
		return false
	}
	if framesSpeech(s, w.End, seg, end) {
		return true
	}
	// "“Where is the even-handedness?” asked Eileen Rochford": after a
	// question in quotation marks, whoever the words name.
	_, n := utf8.DecodeLastRuneInString(s[:seg.Start])
	return seg.Start > n && closedBefore(s, seg.Start) && s[seg.Start-n-1] == '?'
}

// framesSpeech reports whether a verb ending at at, in the stretch seg
// of a sentence outside its quotations, in a paragraph ending at end,
// frames a quotation: before a colon or a comma and the quotation mark
// that opens at seg.End, or before a colon ending the paragraph, or after
// the quotation that closes where seg starts, ending the sentence.
func framesSpeech(s string, at int, seg Span, end int) bool {
	if rest := strings.TrimSpace(s[at:seg.End]); (rest == "" || rest == "." || rest == ",") && closedBefore(s, seg.Start) {
		return true // "“…,” she went on.": the quotation before, and nothing after
	}
	if at >= seg.End || s[at] != ':' && s[at] != ',' {
		return false
	}
	if j, _ := trimSpaceSpan(s, at+1, seg.End); j != seg.End {
		return false
	}
	if seg.End == end {
		return s[at] == ':'
	}
	class, _ := markAt(s, seg.End)
	return class != noMark
}
