package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ledeVenue returns the venue that the words at c name by its kind ("the
// venue said", "the theatre said"): the organisation whose name opens the
// article's first sentence after its title, as its subject, when that
// name ends on a word of a venue's name ("Buxton Opera House has
// received …"). A news story names its subject in full there and by its
// kind after. It returns false for other words, or a lede that opens on
// no such name.
func ledeVenue(s string, c Span) (string, bool) {
	w := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(s[c.Start:c.End], "the "), "The "))
	heads, ok := venueKinds[w]
	if !ok {
		return "", false
	}
	_, body, ok := strings.Cut(s, "\n")
	if !ok {
		return "", false
	}
	line, _, _ := strings.Cut(strings.TrimLeft(body, "\n "), "\n")
	ws := strings.Fields(line)
	k := 0
	for k < len(ws) && k < 6 {
		r, _ := utf8.DecodeRuneInString(ws[k])
		last, _ := utf8.DecodeLastRuneInString(ws[k])
		if !unicode.IsUpper(r) || !unicode.IsLetter(last) {
			break
		}
		k++
	}
	if k < 2 || k == len(ws) || !heads[ws[k-1]] || c.Start < len(s)-len(body) {
		return "", false
	}
	return strings.Join(ws[:k], " "), true
}

// venueKinds gives, for each noun naming a venue by its kind, the last
// words of the names that kind may take up.
var venueKinds = map[string]map[string]bool{
	"venue":   {"House": true, "Theatre": true, "Hall": true, "Playhouse": true, "Arena": true, "Centre": true, "Pavilion": true, "Stadium": true},
	"theatre": {"Theatre": true, "Playhouse": true, "House": true},
}
