package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// actedAfterName reports whether the words of s from a to the verb at v,
// with no comma among them, have a verb straight after a capitalised word:
// the first word in lower case, which is no word tying a phrase ("of",
// "the"), no post ("leader") and no pronoun. In "Welsh Secretary Simon Hart
// doubled down on the move describing the claims as …" or "Jo Smith stood
// firm on the cut describing it as …" the participle of speech, its comma
// dropped as news copy often drops it, has the subject of the clause
// before, the name before the verb, as it has after a comma.
func actedAfterName(s string, a, v int) bool {
	if a >= v || strings.IndexByte(s[a:v], ',') >= 0 {
		return false
	}
	prevUpper := false
	for _, w := range strings.Fields(s[a:v]) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			prevUpper = !functionWord(lowerASCII(w)) // "The party brought …" names no one before "party"
			continue
		}
		return prevUpper && unicode.IsLetter(r) && !functionWord(w) && !tieWord(w) && !roleWord(w) && pronoun(w) == 0
	}
	return false
}
