package grants

import (
	"fmt"

	"github.com/fundclaims/fundclaims/funding"
)

// A Group says how a Total is broken down: by funder, recipient, programme
// or financial year. The zero Group, Ungrouped, gives one row per currency.
type Group int

// Groups.
const (
	Ungrouped Group = iota
	ByFunder
	ByRecipient
	ByProgramme
	ByYear
)

// groupNames are the names String gives and ParseGroup reads.
var groupNames = [...]string{
	Ungrouped:   "",
	ByFunder:    "funder",
	ByRecipient: "recipient",
	ByProgramme: "programme",
	ByYear:      "year",
}

// String returns the group's name: "funder", "recipient", "programme",
// "year", "" for Ungrouped, or "Group(7)" for an invalid one.
func (g Group) String() string {
	if g >= 0 && int(g) < len(groupNames) {
		return groupNames[g]
	}
	return fmt.Sprintf("Group(%d)", int(g))
}

// ParseGroup returns the Group String names: "funder", "recipient",
// "programme" or "year", or "" for Ungrouped. It returns a
// *funding.ParseError matching funding.ErrSyntax for any other text.
func ParseGroup(s string) (Group, error) {
	for g, name := range groupNames {
		if s == name {
			return Group(g), nil
		}
	}
	return Ungrouped, &funding.ParseError{Func: "ParseGroup", Input: s, Err: fmt.Errorf("%w: want funder, recipient, programme or year", funding.ErrSyntax)}
}

// key returns the SQL expression a row of grants is grouped by.
func (g Group) key() string {
	switch g {
	case ByFunder:
		return "funder"
	case ByRecipient:
		return "recipient"
	case ByProgramme:
		// A programme is known by its title, or by its code if it has none.
		return "CASE WHEN programme_title <> '' THEN programme_title ELSE programme END"
	case ByYear:
		return "fiscal_year"
	}
	return ""
}
