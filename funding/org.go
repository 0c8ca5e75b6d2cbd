package funding

import (
	"errors"
	"strings"
)

// An Org is an organisation that gives or receives money: a funder such as
// the Mayor's Office for Policing and Crime, or a recipient such as "London
// Rape Crisis Centres" (a group named as the source names it, when it names
// no single body).
//
// Name is required. ID is optional: an org-id.guide identifier, a list
// prefix and the organisation's number in that list, such as
// "GB-CHC-1164021" (a charity in England and Wales), "GB-COH-…" (a company)
// or "GB-GOR-…" (a UK government body), or a 360Giving identifier starting
// "360G-". Leave it empty rather than guess: Write360Giving mints one where
// the standard requires it, and says so.
//
// The zero Org is unnamed and invalid as a funder or recipient.
type Org struct {
	Name string `json:"name"`
	ID   string `json:"id,omitempty"`
}

// String returns the organisation's name, followed by its ID in brackets if
// it has one: "Charity X (GB-CHC-1164021)".
func (o Org) String() string {
	if o.ID == "" {
		return o.Name
	}
	return o.Name + " (" + o.ID + ")"
}

// Validate returns an error matching ErrMissing if o has no name, and
// matching ErrSyntax if its ID does not have the shape of an org-id.guide
// or 360Giving identifier: a prefix and an identifier joined by a hyphen
// ("GB-CHC-1164021", "360G-example-org"), with no spaces. A bare number
// ("1164021") or a name is not an identifier. It returns nil for a valid
// Org.
func (o Org) Validate() error {
	var errs []error
	if blank(o.Name) {
		errs = append(errs, &FieldError{Path: "name", Err: ErrMissing})
	}
	if o.ID != "" && !validOrgID(o.ID) {
		errs = append(errs, &FieldError{Path: "id", Err: expected(ErrSyntax, "want an org-id.guide identifier such as GB-CHC-1164021, got "+quote(o.ID))})
	}
	return errors.Join(errs...)
}

// validOrgID reports whether id has the shape of an org-id.guide or
// 360Giving organisation identifier: prefix, hyphen, identifier, no white
// space, the prefix of letters and digits.
func validOrgID(id string) bool {
	prefix, rest, ok := strings.Cut(id, "-")
	if !ok || prefix == "" || rest == "" || strings.ContainsAny(id, " \t\r\n") {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if !isUpper(prefix[i]) && !isDigit(prefix[i]) && !(prefix[i] >= 'a' && prefix[i] <= 'z') {
			return false
		}
	}
	return true
}

// isUpper reports whether c is an ASCII upper-case letter.
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// A Person is someone who announced money or made a claim about it: a
// person with the role in which they spoke and their party ("Susan Hall",
// "leader of the Conservative Group in the London Assembly",
// "Conservative"; "Sir Sadiq Khan", "Mayor of London"), or an organisation
// speaking as one (Org "Metropolitan Police Service"). Every field is free
// text and optional; the zero Person is unknown. A package's AnnouncedBy
// and a claim's Speaker are both Persons.
type Person struct {
	Name  string `json:"name,omitempty"`
	Role  string `json:"role,omitempty"`
	Party string `json:"party,omitempty"`
	Org   string `json:"org,omitempty"`
}

// IsZero reports whether p is the zero, unknown Person.
func (p Person) IsZero() bool { return p == Person{} }

// String returns the person as a report names them: "Sir Sadiq Khan,
// Mayor of London", "Susan Hall, leader of the Conservative Group in the
// London Assembly (Conservative)", "Sir Mark Rowley, Commissioner,
// Metropolitan Police Service", or the organisation alone. The zero Person
// gives "".
func (p Person) String() string {
	var b strings.Builder
	add := func(part string) {
		if part == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(part)
	}
	add(p.Name)
	add(p.Role)
	if p.Org != p.Name {
		add(p.Org)
	}
	if p.Party != "" {
		if b.Len() == 0 {
			return p.Party
		}
		b.WriteString(" (" + p.Party + ")")
	}
	return b.String()
}

// Who returns the shortest name for p: Name, or Org if there is no Name.
func (p Person) Who() string {
	if p.Name != "" {
		return p.Name
	}
	return p.Org
}
