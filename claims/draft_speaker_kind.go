package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bodyOfKind returns the one full name the article gives a body of the
// kind a speaker is named by alone, in lower case ("a union has claimed"
// then "the National Union of Teachers says"): capitalised words around
// the kind's word capitalised, with "of" and more of them after it. It
// returns false if the kind is more than a word, or the article names no
// such body or two different ones, so that "the union" is not made one of
// two unions.
func bodyOfKind(text, kind string) (string, bool) {
	if kind == "" || strings.ContainsAny(kind, " -") || strings.ToLower(kind) != kind {
		return "", false
	}
	r, n := utf8.DecodeRuneInString(kind)
	word := string(unicode.ToUpper(r)) + kind[n:]
	found := ""
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], word)
		if k < 0 {
			break
		}
		at := i + k
		i = at + len(word)
		if at > 0 && isLetterByte(text[at-1]) || i < len(text) && isLetterByte(text[i]) {
			continue
		}
		ws := strings.Fields(text[max(0, at-60):at])
		start := len(ws)
		for start > 0 && capitalisedWord(ws[start-1]) {
			start--
		}
		name := append(ws[start:len(ws):len(ws)], word)
		end := min(len(text), i+60)
		rest := strings.Fields(text[i:end])
		if end < len(text) && !unicode.IsSpace(rune(text[end])) && len(rest) > 0 {
			rest = rest[:len(rest)-1] // the window cut its last word short
		}
		if len(rest) > 1 && rest[0] == "of" && capitalisedWord(rest[1]) {
			name = append(name, "of")
			for _, w := range rest[1:] {
				if !capitalisedWord(w) {
					break
				}
				name = append(name, w)
			}
		}
		if len(name) < 2 {
			continue
		}
		if start == 0 && len(ws) > 0 || start < len(ws) && ws[start] == "The" {
			name = name[1:] // a run from the window's edge or a sentence's "The"
		}
		got := strings.Join(name, " ")
		if len(name) < 2 || found != "" && found != got {
			return "", false
		}
		found = got
	}
	return found, found != ""
}

// capitalisedWord reports whether w is a word of letters that opens with
// a capital and ends with no punctuation: a word of a body's name.
func capitalisedWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsUpper(r) && unicode.IsLetter(last)
}

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
