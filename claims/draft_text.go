package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file cuts an article into the pieces the drafter reads: paragraphs
// (its non-blank lines), sentences, and the words of a sentence, each by
// byte offsets into the article, so that every drafted value can say where
// it was read.

// paragraphs returns the article's non-blank lines, trimmed of white space
// and of a list marker ("• ", "- ", "2. "), in order.
func paragraphs(text string) []Span {
	var ps []Span
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := trimSpace(text, start, end)
		s = skipMarker(text, s, e)
		if s < e {
			ps = append(ps, Span{s, e})
		}
		start = end + 1
	}
	return ps
}

// trimSpace returns start and end moved inwards past white space.
func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}

// skipMarker returns the offset after a list marker at start: a bullet or
// dash and a space, or a number of one or two digits, a full stop or
// bracket and a space ("2. MOPAC is providing ...").
func skipMarker(text string, start, end int) int {
	s := text[start:end]
	for _, b := range [...]string{"• ", "- ", "* ", "– "} {
		if strings.HasPrefix(s, b) {
			s2, _ := trimSpace(text, start+len(b), end)
			return s2
		}
	}
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		s2, _ := trimSpace(text, start+i+2, end)
		return s2
	}
	return start
}

// abbreviations are words that end in a full stop without ending a
// sentence.
var abbreviations = [...]string{"Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Rev", "No", "Cllr", "vs", "Gen", "Sgt", "Insp", "Supt", "Lt", "Col", "Capt", "Rt", "Hon", "approx", "c", "e.g", "i.e", "etc"}

// sentences appends the sentences of the paragraph p of text to dst. A
// sentence ends at ".", "!" or "?", with any closing quote mark or bracket,
// before white space and a capital, digit, quote mark or "£"; a full stop
// after an abbreviation ("Dr.") or an initial ("J.") ends none.
func sentences(text string, p Span, dst []Span) []Span {
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if c == '.' && abbreviation(text, start, i) {
			continue
		}
		end := i + 1
		for end < p.End {
			r, n := utf8.DecodeRuneInString(text[end:p.End])
			if !closing(r) {
				break
			}
			end += n
		}
		next := end
		for next < p.End && (text[next] == ' ' || text[next] == '\t') {
			next++
		}
		if next == end || next >= p.End || !opensSentence(text[next:p.End]) {
			continue
		}
		if s, e := trimSpace(text, start, end); s < e {
			dst = append(dst, Span{s, e})
		}
		start, i = next, next-1
	}
	if s, e := trimSpace(text, start, p.End); s < e {
		dst = append(dst, Span{s, e})
	}
	return dst
}

// abbreviation reports whether the word ending at the full stop at dot is
// an abbreviation or an initial.
func abbreviation(text string, start, dot int) bool {
	j := dot
	for j > start && (isLetter(text[j-1]) || text[j-1] == '.') {
		j--
	}
	w := text[j:dot]
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return true
	}
	for _, a := range abbreviations {
		if w == a {
			return true
		}
	}
	return false
}

// closing reports whether r closes a quotation or bracket.
func closing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']':
		return true
	}
	return false
}

// opensSentence reports whether s begins as a sentence does: with a
// capital, a digit, a quote mark, a bracket or a currency symbol.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(£€$", r)
}

// isLetter reports whether the byte c is an ASCII letter.
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// A tok is one word of a sentence: its byte offsets in the article and
// its text in lower case (ASCII letters only are lowered, which is all the
// drafter's cue words need).
type tok struct {
	start, end int
	w          string
}

// wordsOf appends the words of text[s.Start:s.End] to dst: runs of letters,
// digits, apostrophes, hyphens, and full stops and commas between digits
// ("24,000", "2.4"), with "£" and the like kept as words of their own.
func wordsOf(text string, s Span, dst []tok) []tok {
	i := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		if !inWord(r) {
			i += n
			continue
		}
		j := i
		for j < s.End {
			r, n := utf8.DecodeRuneInString(text[j:s.End])
			if inWord(r) || (r == ',' || r == '.') && j > i && isDigit(text[j-1]) && j+1 < s.End && isDigit(text[j+1]) {
				j += n
				continue
			}
			break
		}
		e := j
		for e > i && (text[e-1] == '\'' || text[e-1] == '-') {
			e--
		}
		if e > i {
			dst = append(dst, tok{i, e, lowerASCII(text[i:e])})
		}
		i = j
	}
	return dst
}

// inWord reports whether r belongs to a word.
func inWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-'
}

// capitalised reports whether the word begins with a capital letter.
func capitalised(text string, t tok) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:t.end])
	return unicode.IsUpper(r)
}

// hasWord reports whether ts hold the word w (in lower case), and where.
func hasWord(ts []tok, w string) int {
	for i, t := range ts {
		if t.w == w {
			return i
		}
	}
	return -1
}

// hasPhrase reports the index of the first word of the phrase (words in
// lower case, separated by single spaces) in ts, or -1.
func hasPhrase(ts []tok, phrase string) int {
	ws := strings.Fields(phrase)
	for i := 0; i+len(ws) <= len(ts); i++ {
		if matchWords(ts[i:], ws) {
			return i
		}
	}
	return -1
}

// matchWords reports whether ts begin with the words ws.
func matchWords(ts []tok, ws []string) bool {
	if len(ts) < len(ws) {
		return false
	}
	for k, w := range ws {
		if ts[k].w != w {
			return false
		}
	}
	return true
}
