package claims

// Terms say what a figure or a change is measured in: money as paid (Cash),
// money adjusted for inflation (RealTerms), or money for each person
// (PerHead). A record's amounts are cash; a cash rise is never a real-terms
// rise, so Assess checks a RealTerms claim only against a price index (see
// Record.Prices) and otherwise does not assess it.
//
// The zero Terms is TermsUnknown: the claim does not say. Assess then reads
// the terms from the words around the figure ("in real terms", "cash
// terms", "per head") and, finding none, takes the figure as cash, which is
// what a figure with no other word is.
type Terms int

// The terms.
const (
	// TermsUnknown is the zero Terms: not stated.
	TermsUnknown Terms = iota
	// Cash: money as paid, not adjusted for inflation ("in cash terms").
	Cash
	// RealTerms: money in the prices of one year ("in real terms", "after
	// inflation", "in today's prices").
	RealTerms
	// PerHead: money for each person ("£30 per head").
	PerHead
)

var termsNames = enum{typ: "Terms", names: []string{
	TermsUnknown: "unknown",
	Cash:         "cash",
	RealTerms:    "real terms",
	PerHead:      "per head",
}}

// String returns the terms' name: "unknown", "cash", "real terms" or "per
// head"; "Terms(9)" for a value outside the list.
func (t Terms) String() string { return termsNames.name(int(t)) }

// ParseTerms returns the terms named s, as String writes them, without
// regard to case or to the separators between words ("real-terms" is
// RealTerms); "unknown" gives TermsUnknown. It returns a *ParseError
// matching ErrSyntax if s names no terms.
func ParseTerms(s string) (Terms, error) {
	v, err := termsNames.parse("ParseTerms", s, true)
	return Terms(v), err
}

// MarshalText returns the terms' name. It returns an error matching
// ErrRange for a value outside the list.
func (t Terms) MarshalText() ([]byte, error) { return termsNames.marshal(int(t)) }

// UnmarshalText sets t to the terms named by text, as ParseTerms reads it.
func (t *Terms) UnmarshalText(text []byte) error {
	v, err := ParseTerms(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// valid reports whether t is one of the listed terms.
func (t Terms) valid() bool { return termsNames.valid(int(t)) }
