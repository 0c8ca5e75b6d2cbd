package claims

import "strings"

// documentSubject returns the body whose document is the whole subject
// s[a:v] of a verb of finding, when the subject names the document with
// no owner ("The data suggests …", "The figures show …", "The new report
// found …") and the article says elsewhere whose it is ("The fresh
// figures from the School Cuts campaign …", see documentOwner).
func (d *quoteDrafter) documentSubject(a, v int) (attribution, bool) {
	ws := strings.Fields(d.text[a:v])
	if len(ws) == 0 || len(ws) > 3 {
		return attribution{}, false
	}
	noun := ws[len(ws)-1]
	if !documentNoun(noun) || !unownedDocument(strings.Join(ws[:len(ws)-1], " "), Span{0, len(strings.Join(ws[:len(ws)-1], " "))}) {
		return attribution{}, false
	}
	return d.documentOwner(noun)
}
