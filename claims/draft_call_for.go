package claims

import "strings"

// callsFor reports whether the verb at w of s is "called", "calls" or
// "calling" followed by "for": "Wells called for £15.4 million from the
// Scottish Government …". The words after it are the narrator's account of
// a call, as the corpus's conventions take a criticism of an act, not words
// given as the speaker's: the call is a claim only for each quotation it
// holds. A call in a clause after "said" ("said it had called for £2m")
// is what the speaker said, and is read as that verb's clause.
func callsFor(s string, w Span) bool {
	switch s[w.Start:w.End] {
	case "called", "calls", "calling":
		return strings.HasPrefix(s[w.End:], " for ")
	}
	return false
}

// callAt is callsFor of the verb ending at verbAt in s.
func callAt(s string, verbAt int) bool {
	if verbAt <= 0 || verbAt > len(s) {
		return false
	}
	start := strings.LastIndexByte(s[:verbAt], ' ') + 1
	return callsFor(s, Span{Start: start, End: verbAt})
}
