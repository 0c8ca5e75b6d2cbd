package claims

import "strings"

// criticisedFor reports whether the verb at w of s is one of criticising
// ("criticised", "attacked", "slammed", "condemned", "lambasted",
// "blasted") whose object, at most eight words with no punctuation but
// brackets, is followed by "for" before the sentence's end at end: "has
// criticised the police and crime commissioner (PCC) for raising the
// policing element of the Council Tax by 5.5%, or £15", "attacked David
// Cameron for a “shameless attempt …”". The words after the verb are the
// narrator's account of the act criticised, money and all, as the corpus's
// conventions have it, no statement of the critic's: the criticism is a
// claim only for each quotation it holds. An accusation ("accused the
// Conservatives of sitting on …") asserts its act, and is read as speech.
func criticisedFor(s string, w Span, end int) bool {
	switch s[w.Start:w.End] {
	case "criticised", "criticises", "criticising", "attacked", "attacks", "slammed", "slams", "condemned", "condemns",
		"lambasted", "blasted", "blasts":
	default:
		return false
	}
	rest := s[w.End:end]
	if criticisedWhich(rest) {
		return true
	}
	k := strings.Index(rest, " for ")
	if k < 0 || strings.ContainsAny(rest[:k], ",;:“”\"‘’") || len(strings.Fields(rest[:k])) > 8 {
		return false
	}
	return true
}

// criticismAt is criticisedFor of the verb ending at verbAt in s.
func criticismAt(s string, verbAt, end int) bool {
	if verbAt <= 0 || verbAt > len(s) {
		return false
	}
	start := strings.LastIndexByte(s[:verbAt], ' ') + 1
	return criticisedFor(s, Span{Start: start, End: verbAt}, end)
}

// criticisedWhich reports whether rest, the words after a verb of
// criticising, name what is criticised and hold its money in a relative
// clause, "which" or "that" after the noun, with no punctuation before
// it: "have criticised draft council budget proposals by the ruling group
// which look to cut more than £9 million". As with "for", the money is the
// narrator's account of the act, no statement of the critic's.
func criticisedWhich(rest string) bool {
	k := strings.Index(rest, " which ")
	if j := strings.Index(rest, " that "); j > 0 && (k < 0 || j < k) {
		k = j
	}
	if k <= 0 || strings.ContainsAny(rest[:k], ",;:“”\"‘’£$€0123456789") {
		return false
	}
	n := len(strings.Fields(rest[:k]))
	return n >= 2 && n <= 12
}
