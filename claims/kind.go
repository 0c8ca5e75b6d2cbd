package claims

// An AssertionKind names the kind of an Assertion; it is the "kind"
// discriminator of an assertion in JSON.
//
// The zero AssertionKind is AssertionUnknown, the kind of no assertion.
type AssertionKind int

// The assertion kinds, one for each type that implements Assertion.
const (
	// AssertionUnknown is the zero AssertionKind.
	AssertionUnknown AssertionKind = iota
	// AssertionStatedAmount is the kind of StatedAmount: "stated-amount".
	AssertionStatedAmount
	// AssertionInsufficiency is the kind of Insufficiency: "insufficiency".
	AssertionInsufficiency
	// AssertionLateness is the kind of Lateness: "lateness".
	AssertionLateness
	// AssertionCounterproposal is the kind of Counterproposal:
	// "counterproposal".
	AssertionCounterproposal
	// AssertionCount is the kind of CountClaim: "count".
	AssertionCount
	// AssertionRatio is the kind of RatioClaim: "ratio".
	AssertionRatio
	// AssertionEndorsement is the kind of Endorsement: "endorsement".
	AssertionEndorsement
)

var kinds = enum{typ: "AssertionKind", names: []string{
	AssertionUnknown:         "unknown",
	AssertionStatedAmount:    "stated-amount",
	AssertionInsufficiency:   "insufficiency",
	AssertionLateness:        "lateness",
	AssertionCounterproposal: "counterproposal",
	AssertionCount:           "count",
	AssertionRatio:           "ratio",
	AssertionEndorsement:     "endorsement",
}}

// String returns the kind's name: "stated-amount", "insufficiency",
// "lateness", "counterproposal", "count", "ratio", "endorsement" or
// "unknown"; "AssertionKind(9)" for a value outside the list.
func (k AssertionKind) String() string { return kinds.name(int(k)) }

// ParseAssertionKind returns the kind named s, as String writes it, without
// regard to case or to the separators between words ("Stated Amount" is
// AssertionStatedAmount); "unknown" gives AssertionUnknown, which no assertion in
// JSON may have. It returns a *ParseError matching ErrSyntax if s names no
// kind.
func ParseAssertionKind(s string) (AssertionKind, error) {
	v, err := kinds.parse("ParseAssertionKind", s, true)
	return AssertionKind(v), err
}

// MarshalText returns the kind's name. It returns an error matching
// ErrRange for a value outside the list.
func (k AssertionKind) MarshalText() ([]byte, error) { return kinds.marshal(int(k)) }

// UnmarshalText sets k to the kind named by text, as ParseAssertionKind
// reads it.
func (k *AssertionKind) UnmarshalText(text []byte) error {
	v, err := ParseAssertionKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Phrase returns the kind in words for reports: "stated amount",
// "insufficiency", "lateness", "counterproposal", "count", "ratio",
// "endorsement", or "assertion" for AssertionUnknown and values outside the
// list.
func (k AssertionKind) Phrase() string {
	if k == AssertionStatedAmount {
		return "stated amount"
	}
	if k > AssertionUnknown && kinds.valid(int(k)) {
		return kinds.names[k]
	}
	return "assertion"
}
