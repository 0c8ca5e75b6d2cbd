package claims

import "strings"

// unreadInWords returns what text states in words that the draft does
// not read, "a per cent" ("three per cent") or "a proportion" ("Nine in
// ten schools across England will have less spending power …"), or "".
func unreadInWords(text string) string {
	switch {
	case perCentInWords(text):
		return "a per cent"
	case proportionInWords(text):
		return "a proportion"
	}
	return ""
}

// proportionInWords reports whether text holds a proportion given as one
// number in another, "in" or "out of" between them, at least one in
// words: "Nine in ten schools", "one in five", "four out of five". The
// draft reads no ratio from them, but the statement holding one is a
// claim all the same, for a person to check.
func proportionInWords(text string) bool {
	var ws [4]string
	n := 0
	for w := range wordsIn(text, 0, len(text)) {
		word := strings.ToLower(text[w.Start:w.End])
		copy(ws[:], ws[1:])
		ws[3] = word
		n++
		if n >= 3 && ws[2] == "in" && isNumberWord(ws[1]) && isNumberWord(ws[3]) && ws[1] != "a" && ws[3] != "a" &&
			!(allDigits(ws[1]) && allDigits(ws[3])) {
			return true
		}
		if n >= 4 && ws[1] == "out" && ws[2] == "of" && isNumberWord(ws[0]) && isNumberWord(ws[3]) && ws[0] != "a" && ws[3] != "a" &&
			!(allDigits(ws[0]) && allDigits(ws[3])) {
			return true
		}
	}
	return false
}
