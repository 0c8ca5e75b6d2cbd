package claims

import "github.com/fundclaims/fundclaims/funding"

// nestedOf returns the sentence on how allocation id's own allocations
// reconcile with its figure, from the package's nested reconciliations, or
// "" if it has none: "Its own allocations name only part of it: the named
// parts, £125,000,000, are part of "£170 million"; the unnamed remainder is
// between £44,500,000 and £45,500,000."
func nestedOf(nested []funding.Reconciliation, id string) string {
	for _, n := range nested {
		if n.Allocation != id {
			continue
		}
		n.Allocation = ""
		if n.Status == funding.Partial {
			return "Its own allocations name only part of it: " + n.String() + "."
		}
		return "Its own allocations: " + n.String() + "."
	}
	return ""
}
