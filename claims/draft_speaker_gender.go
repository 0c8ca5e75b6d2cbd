package claims

import "strings"

// postGender returns the gender that the noun of a post written straight
// before a name gives its holder: 'f' for "finance spokeswoman Heledd
// Fychan" or "chairwoman Jo Bloggs", 'm' for "spokesman John Smith", 0
// for a post of no gender ("leader", "chairman", which the press gives
// women too) or none. A pronoun after a quotation can then be the person
// so named in the paragraph before, though another of no gender known
// spoke last.
func postGender(s string, name int) byte {
	w := strings.TrimRight(s[:name], " ")
	if len(s[:name])-len(w) != 1 {
		return 0 // a post is one space before the name it is of
	}
	w = strings.ToLower(w[strings.LastIndexAny(w, " \n\t")+1:])
	switch {
	case strings.HasSuffix(w, "spokeswoman") || strings.HasSuffix(w, "chairwoman") ||
		strings.HasSuffix(w, "businesswoman") || strings.HasSuffix(w, "councilwoman"):
		return 'f'
	case strings.HasSuffix(w, "spokesman") || strings.HasSuffix(w, "businessman"):
		return 'm'
	}
	return 0
}
