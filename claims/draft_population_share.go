package claims

import "strings"

// populationShare reports whether core, the noun phrase a share in a
// quotation is of ("87 per cent of those York residents", "half of the
// community", "a third of the entire workforce"), ends on a word for a
// population: residents, the public, a workforce. Such a share tells how
// many people think or are something, not what money goes to or how it
// changes; the record holds no population to weigh it against, and the
// hand-made records assert no such share, so drafted it would only be
// found unsupported.
func populationShare(core string) bool {
	w := strings.ToLower(core)
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		w = w[i+1:]
	}
	switch w {
	case "residents", "people", "community", "communities", "population", "public", "workforce", "voters",
		"respondents", "electorate", "citizens", "inhabitants":
		return true
	}
	return false
}
