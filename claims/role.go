package claims

// A Role is what a stated figure is in its claim: the package itself, a
// share of it, an amount needed or asked for, the level before or after a
// change, the change itself, a rival package, the cost of a proposal, a
// figure per unit, or another item's figure. Only a figure whose role is
// the package (or, naming an allocation, a share of it) is weighed against
// the record's amount; "councils needed £1.2bn" is not a statement of a
// £450m package, and Assess says so rather than call it overstated.
//
// The zero Role is RoleUnknown: the record does not say. Assess then reads
// the role from the words around the figure's Span, as FromQuote does, and
// the finding shows what it read; words that give no role leave the figure
// NotAssessed. A StatedAmount with neither a Role nor a Span has no words to
// read, and is taken as the record states it: a figure of its package.
type Role int

// The roles, with the words FromQuote and Assess read as each (see
// FromQuote for the whole list).
const (
	// RoleUnknown is the zero Role: not stated.
	RoleUnknown Role = iota
	// RolePackage: the package's total, as announced ("announcing a new
	// £2.4m package", "coughing up £2m", "an investment of more than £4
	// million").
	RolePackage
	// RoleShare: a share of the package for one recipient or purpose
	// ("Bristol will get between £4m and £5m", "£40m of the £300m"). It
	// is weighed against the allocation the assertion names, and is not
	// assessed without one.
	RoleShare
	// RoleNeeded: an amount said to be needed or asked for ("councils
	// needed £1.2bn", "called for £2bn").
	RoleNeeded
	// RolePrevious: the level before a change ("from £50.1bn", "up from
	// £3m").
	RolePrevious
	// RoleLevel: the level after a change ("to £53.9bn", "bringing the
	// total to £190m"). It is checked against the package, which may be
	// the level or only the change: a level the package does not match is
	// not assessed rather than called wrong.
	RoleLevel
	// RoleChange: an increase or a cut ("£600,000 more a year", "cut by
	// more than £300,000", "an additional £9.2m").
	RoleChange
	// RoleRival: another party's package ("Labour's £5bn plan"). It is
	// weighed against the package the assertion names, if that is not
	// the claim's own.
	RoleRival
	// RoleProposal: the cost of something proposed instead ("a proposal
	// for a £4.5m inquiry"); a Counterproposal compares it with the
	// package.
	RoleProposal
	// RolePerUnit: an amount for each of several ("£240m per hospital",
	// "£50 each").
	RolePerUnit
	// RoleOther: another item's figure, which the claim sets beside the
	// package ("compared with the £10bn spent on roads").
	RoleOther
)

var roles = enum{typ: "Role", names: []string{
	RoleUnknown:  "unknown",
	RolePackage:  "package",
	RoleShare:    "share",
	RoleNeeded:   "needed",
	RolePrevious: "previous",
	RoleLevel:    "level",
	RoleChange:   "change",
	RoleRival:    "rival",
	RoleProposal: "proposal",
	RolePerUnit:  "per unit",
	RoleOther:    "other",
}}

// String returns the role's name: "unknown", "package", "share", "needed",
// "previous", "level", "change", "rival", "proposal", "per unit" or
// "other"; "Role(12)" for a value outside the list.
func (r Role) String() string { return roles.name(int(r)) }

// ParseRole returns the role named s, as String writes it, without regard
// to case or to the separators between words ("Per-Unit" is RolePerUnit);
// "unknown" gives RoleUnknown. It returns a *ParseError matching ErrSyntax
// if s names no role.
func ParseRole(s string) (Role, error) {
	v, err := roles.parse("ParseRole", s, true)
	return Role(v), err
}

// MarshalText returns the role's name. It returns an error matching
// ErrRange for a value outside the list.
func (r Role) MarshalText() ([]byte, error) { return roles.marshal(int(r)) }

// UnmarshalText sets r to the role named by text, as ParseRole reads it.
func (r *Role) UnmarshalText(text []byte) error {
	v, err := ParseRole(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// valid reports whether r is one of the listed roles.
func (r Role) valid() bool { return roles.valid(int(r)) }

// rolePhrases say what a figure of each role is, after "is".
var rolePhrases = [...]string{
	RoleUnknown:  "a figure whose role the words do not give",
	RolePackage:  "the package",
	RoleShare:    "a share of the package",
	RoleNeeded:   "an amount said to be needed or asked for",
	RolePrevious: "the level before a change",
	RoleLevel:    "the level after a change",
	RoleChange:   "a change from an earlier level",
	RoleRival:    "a rival package",
	RoleProposal: "the cost of a proposal",
	RolePerUnit:  "an amount for each of several",
	RoleOther:    "another item’s figure",
}

// phrase returns what a figure of role r is: "an amount said to be needed
// or asked for".
func (r Role) phrase() string {
	if r.valid() {
		return rolePhrases[r]
	}
	return rolePhrases[RoleUnknown]
}
