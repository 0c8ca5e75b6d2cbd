package claims

// A Stance is how a claim stands towards the claim it responds to: a
// rebuttal Disputes it, an endorsement Supports it.
//
// The zero Stance is StanceUnknown: the claim responds to nothing, or the
// source does not make its stance clear.
type Stance int

// The stances.
const (
	// StanceUnknown is the zero Stance.
	StanceUnknown Stance = iota
	// Supports: the claim agrees with or welcomes the one it responds to,
	// as the victims' commissioner welcomed the mayor's package.
	Supports
	// Disputes: the claim contradicts or criticises the one it responds
	// to, as "too little, too late" does.
	Disputes
	// Neutral: the claim responds without taking a side, such as a
	// clarification of the figures.
	Neutral
)

var stances = enum{typ: "Stance", names: []string{
	StanceUnknown: "unknown",
	Supports:      "supports",
	Disputes:      "disputes",
	Neutral:       "neutral",
}}

// String returns the stance's name in lower case: "unknown", "supports",
// "disputes" or "neutral"; "Stance(9)" for a value outside the list.
func (s Stance) String() string { return stances.name(int(s)) }

// ParseStance returns the stance named s, as String writes it, in any case;
// "unknown" gives StanceUnknown. It returns a *ParseError matching ErrSyntax
// if s names no stance.
func ParseStance(s string) (Stance, error) {
	v, err := stances.parse("ParseStance", s, true)
	return Stance(v), err
}

// MarshalText returns the stance's name. It returns an error matching
// ErrRange for a value outside the list.
func (s Stance) MarshalText() ([]byte, error) { return stances.marshal(int(s)) }

// UnmarshalText sets s to the stance named by text, as ParseStance reads it.
func (s *Stance) UnmarshalText(text []byte) error {
	v, err := ParseStance(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// valid reports whether s is one of the listed stances.
func (s Stance) valid() bool { return stances.valid(int(s)) }
