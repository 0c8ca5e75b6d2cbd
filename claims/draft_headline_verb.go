package claims

import "strings"

// headlineVerb reports whether paragraph p, a long first line with no
// closing punctuation, reports speech as a headline does: its first verb
// of speech outside quotation marks, if any, in the simple present with no
// auxiliary before it ("Council leader warns Government funding means
// …"), where a lede that lost its full stop reports it as prose does
// ("SCOTLAND’S Finance Secretary has claimed that £375 million …").
func headlineVerb(s string, p *para) bool {
	ok, seen := true, false
	forOutside(s, p.start, p.end, p.marks, func(a, b int) {
		prev := ""
		for w := range wordsIn(s, a, b) {
			word := s[w.Start:w.End]
			if !seen && speechVerb(word) != verbNone {
				seen = true
				ok = strings.HasSuffix(word, "s") && !auxWord(prev) && !beWord(prev)
			}
			prev = word
		}
	})
	return ok
}
