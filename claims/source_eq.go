package claims

import "github.com/fundclaims/fundclaims/funding"

// Assess compares the speakers and sources of claims for every figure it
// keeps (sameSource), and Validate asks of every claim whether it cites a
// source. == on a funding.Person or funding.Source calls the runtime to
// compare the bytes of each string whose lengths agree, even when both are
// empty, as most of a claim's are; these compare the same fields, and call
// it only for strings that are not empty. TestSourceEq holds them to ==.

// zeroSource reports whether s is the zero Source: s == funding.Source{}.
func zeroSource(s *funding.Source) bool {
	g := &s.Grants
	return s.Title == "" && s.URL == "" && s.Publisher == "" && s.Published.IsZero() &&
		g.Funder == "" && g.Year == 0 && g.Recipient == "" && g.Programme == ""
}

// samePerson reports whether *a == *b.
func samePerson(a, b *funding.Person) bool {
	return sameText(a.Name, b.Name) && sameText(a.Role, b.Role) && sameText(a.Party, b.Party) && sameText(a.Org, b.Org)
}

// sameCitation reports whether *a == *b.
func sameCitation(a, b *funding.Source) bool {
	ga, gb := &a.Grants, &b.Grants
	return sameText(a.Title, b.Title) && sameText(a.URL, b.URL) && sameText(a.Publisher, b.Publisher) && a.Published == b.Published &&
		sameText(ga.Funder, gb.Funder) && ga.Year == gb.Year && sameText(ga.Recipient, gb.Recipient) && sameText(ga.Programme, gb.Programme)
}

// sameText reports whether a == b, comparing their bytes only if they are
// of one length that is not zero.
func sameText(a, b string) bool { return len(a) == len(b) && (len(a) == 0 || a == b) }
