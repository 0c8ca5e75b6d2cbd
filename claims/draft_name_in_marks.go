package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameInMarks reports whether the quotation words, opening at open in a
// sentence starting at start, is a name in marks rather than speech: one
// capitalised word, not opening the sentence, straight after a preposition
// of a topic or a place ("the Sue Gray report on 'Partygate'", "the row
// over “Megxit”", "a £5m grant from 'Levelling Up'") names a thing, as a
// title in marks does (see titleLike). After "as" or a verb a capital word
// may be a judgement ("described it as “Dickensian”"), so it is left to
// the other readings.
func nameInMarks(s string, start, open int, words string) bool {
	w := strings.TrimSpace(words)
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || strings.ContainsAny(w, " \t") || !unicode.IsUpper(r) || terminal(w[len(w)-1]) || open <= start {
		return false
	}
	switch lowerASCII(lastWord(s[start:open])) {
	case "on", "of", "about", "into", "over", "from", "in", "for", "at":
		return true
	}
	return false
}
