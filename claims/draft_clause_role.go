package claims

import "strings"

// clauseRole reports whether role, words read before a name as its post,
// are a clause rather than a post: a finite verb or a conjunction that
// opens a clause among them ("Wales' first minister has questioned
// whether there will be new money for Wales after", before "Boris Johnson
// announced …"). A post names what its holder is, with no verb.
func clauseRole(role string) bool {
	for w := range strings.FieldsSeq(role) {
		switch w {
		case "has", "have", "had", "was", "were", "is", "are", "been", "whether", "after", "before", "because",
			"although", "though", "unless", "until":
			return true
		}
	}
	return false
}
