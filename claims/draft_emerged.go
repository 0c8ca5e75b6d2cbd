package claims

import "strings"

// emergedClauses open the news a report is set beside, which no one is
// said to tell: "has welcomed the investment, as it emerged that the trust
// had been granted £2m".
var emergedClauses = []string{
	" as it emerged", " after it emerged", " when it emerged",
	" as it was revealed", " after it was revealed",
	" as it was confirmed", " after it was confirmed",
	" as it became clear", " after it became clear",
}

// emergedAt returns where a clause of emergedClauses in s[a:b] begins,
// at the comma before it if there is one, so that a reported clause ends
// there: the news it opens is the narrator's, not the speaker's. It
// returns b if s[a:b] holds none after some words of its own.
func emergedAt(s string, a, b int) int {
	at := b
	for _, c := range emergedClauses {
		if i := strings.Index(s[a:b], c); i > 0 && a+i < at {
			at = a + i
		}
	}
	if at < b && s[at-1] == ',' {
		at--
	}
	return at
}
