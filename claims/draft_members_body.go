package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// membersBody returns the body the article names whose name ends on the
// plural noun c is, capitalised ("trustees confirmed …" after or before
// "the Georgian Theatre Royal Trustees"): the members so named speak as
// the body they make up. The name is the capitalised words before that
// noun, with "of", "for", "and" or "the" between them, at least one; the
// article must name one such body only. It returns false otherwise, and
// for a word that is no plural noun in lower case.
func membersBody(s string, c Span) (string, bool) {
	w := s[c.Start:c.End]
	if len(w) < 4 || strings.ContainsAny(w, " ") || !strings.HasSuffix(w, "s") || !allLower(w) {
		return "", false
	}
	capital := strings.ToUpper(w[:1]) + w[1:]
	name := ""
	for at := 0; ; {
		k := strings.Index(s[at:], capital)
		if k < 0 {
			break
		}
		k += at
		at = k + len(capital)
		if at < len(s) && letterOrDigit(rune(s[at])) {
			continue // "Trusteeship"
		}
		n := capitalsBefore(s, k)
		if n == "" {
			continue
		}
		n += " " + capital
		if name != "" && name != n {
			return "", false
		}
		name = n
	}
	return name, name != ""
}

// capitalsBefore returns the capitalised words of s straight before
// offset i, within its line, with "of", "for" or "and" between them
// ("Georgian Theatre Royal", "Board of"), and without a leading "The"; ""
// if the word before i is not capitalised or ends in punctuation.
func capitalsBefore(s string, i int) string {
	line := strings.LastIndexByte(s[:i], '\n') + 1
	ws := strings.Fields(s[line:i])
	k := len(ws)
	for k > 0 {
		w := ws[k-1]
		r, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if unicode.IsUpper(r) && unicode.IsLetter(last) || w == "of" || w == "for" || w == "and" {
			k--
			continue
		}
		break
	}
	for k < len(ws) && (ws[k] == "of" || ws[k] == "for" || ws[k] == "and" || ws[k] == "The") {
		k++
	}
	if k == len(ws) || !strings.HasSuffix(s[:i], ws[len(ws)-1]+" ") {
		return ""
	}
	return strings.Join(ws[k:], " ")
}

// allLower reports whether w is letters in lower case only.
func allLower(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
