package claims

// givenName reports whether w, as written, opens exactly one name of two
// or more words that the article gives in full, so that the word alone
// names that person: "Commenting, Andrew said" after "Isle MP, Andrew
// Percy". A word opening two names ("Andrew Percy", "Andrew Smith") names
// neither.
func (x *nameIndex) givenName(w string) bool {
	n := 0
	for _, i := range x.byWord[w] {
		if ws := x.names[i]; len(ws) > 1 && ws[0] == w {
			n++
		}
	}
	return n == 1
}
