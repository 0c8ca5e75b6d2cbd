package claims

import "strings"

// toldThat returns where the reported clause after a verb of telling
// begins, past the one told and "that": "told the BBC that his hall would
// receive £24,700" reports "his hall would receive £24,700", not whom he
// told. The one told is at most four words with no comma ("the BBC", "MSPs",
// "the Local Government Committee"). It returns 0 when verb is no verb of
// telling or the words at sp do not so open.
func toldThat(s, verb string, sp Span) int {
	switch verb {
	case "told", "tells", "telling":
	default:
		return 0
	}
	t := s[sp.Start:sp.End]
	k := strings.Index(t, " that ")
	if k <= 0 || strings.ContainsAny(t[:k], ",;:“”\"") || len(strings.Fields(t[:k])) > 4 {
		return 0
	}
	return sp.Start + k + len(" that ")
}
