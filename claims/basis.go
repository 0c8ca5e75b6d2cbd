package claims

// A Basis says where in the record a finding's recorded figure comes from.
//
// The zero Basis is BasisUnknown: the finding has no recorded figure.
type Basis int

// The bases.
const (
	// BasisUnknown is the zero Basis: no recorded figure.
	BasisUnknown Basis = iota
	// FromHeadline: the package's headline as announced, for a package
	// with no itemisation ("£2.4m"), or whose itemisation is partial or
	// has parts stated inexactly.
	FromHeadline
	// FromItemisation: the sum of the package's allocations (£3,595,000
	// in the 2016 notes to editors).
	FromItemisation
	// FromAllocation: the amount of one allocation.
	FromAllocation
	// FromMeasure: a count in the package's Measures ("about 1,200 cases
	// in scope").
	FromMeasure
	// FromChange: the package's Change: the level before it, its size, or
	// the level after it ("from £50.1bn to £53.9bn").
	FromChange
)

var bases = enum{typ: "Basis", names: []string{
	BasisUnknown:    "unknown",
	FromHeadline:    "headline",
	FromItemisation: "itemisation",
	FromAllocation:  "allocation",
	FromMeasure:     "measure",
	FromChange:      "change",
}}

// String returns the basis's name: "unknown", "headline", "itemisation",
// "allocation", "measure" or "change"; "Basis(9)" for a value outside the
// list.
func (b Basis) String() string { return bases.name(int(b)) }

// ParseBasis returns the basis named s, as String writes it, in any case;
// "unknown" gives BasisUnknown. It returns a *ParseError matching ErrSyntax
// if s names no basis.
func ParseBasis(s string) (Basis, error) {
	v, err := bases.parse("ParseBasis", s, true)
	return Basis(v), err
}

// MarshalText returns the basis's name. It returns an error matching
// ErrRange for a value outside the list.
func (b Basis) MarshalText() ([]byte, error) { return bases.marshal(int(b)) }

// UnmarshalText sets b to the basis named by text, as ParseBasis reads it.
func (b *Basis) UnmarshalText(text []byte) error {
	v, err := ParseBasis(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}
