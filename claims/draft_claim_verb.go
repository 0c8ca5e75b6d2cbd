package claims

import "strings"

// claimVerb reports whether the word "claim", after the word prev, is the
// verb of speech of a plural subject ("The Welsh Conservatives claim
// ministers will receive …", "Campaigners claim", "they claim") rather
// than the noun ("a claim", "the council's claim", "a pay claim"): prev
// is a subject pronoun, or a word that is neither a function word nor a
// possessive and is capitalised or a plural.
func claimVerb(prev string) bool {
	switch prev {
	case "they", "They", "we", "We", "I", "you", "You":
		return true
	}
	if prev == "" || functionWord(prev) || strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") ||
		strings.HasSuffix(prev, "'") || strings.HasSuffix(prev, "’") {
		return false
	}
	return 'A' <= prev[0] && prev[0] <= 'Z' || strings.HasSuffix(prev, "s")
}
