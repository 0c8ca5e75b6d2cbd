package claims

// An AssertionKind names the kind of an Assertion; it is the "kind"
// discriminator of an assertion in JSON.
//
// The zero AssertionKind is KindUnknown, the kind of no assertion.
type AssertionKind int

// The assertion kinds, one for each type that implements Assertion.
const (
	// KindUnknown is the zero AssertionKind.
	KindUnknown AssertionKind = iota
	// KindStatedAmount is the kind of StatedAmount: "stated-amount".
	KindStatedAmount
	// KindInsufficiency is the kind of Insufficiency: "insufficiency".
	KindInsufficiency
	// KindLateness is the kind of Lateness: "lateness".
	KindLateness
	// KindCounterproposal is the kind of Counterproposal:
	// "counterproposal".
	KindCounterproposal
	// KindCount is the kind of CountClaim: "count".
	KindCount
	// KindRatio is the kind of RatioClaim: "ratio".
	KindRatio
	// KindEndorsement is the kind of Endorsement: "endorsement".
	KindEndorsement
)

var kinds = enum{typ: "AssertionKind", names: []string{
	KindUnknown:         "unknown",
	KindStatedAmount:    "stated-amount",
	KindInsufficiency:   "insufficiency",
	KindLateness:        "lateness",
	KindCounterproposal: "counterproposal",
	KindCount:           "count",
	KindRatio:           "ratio",
	KindEndorsement:     "endorsement",
}}

// String returns the kind's name: "stated-amount", "insufficiency",
// "lateness", "counterproposal", "count", "ratio", "endorsement" or
// "unknown"; "AssertionKind(9)" for a value outside the list.
func (k AssertionKind) String() string { return kinds.name(int(k)) }

// ParseAssertionKind returns the kind named s, as String writes it, without
// regard to case or to the separators between words ("Stated Amount" is
// KindStatedAmount); "unknown" gives KindUnknown, which no assertion in
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
// "endorsement", or "assertion" for KindUnknown and values outside the
// list.
func (k AssertionKind) Phrase() string {
	if k == KindStatedAmount {
		return "stated amount"
	}
	if k > KindUnknown && kinds.valid(int(k)) {
		return kinds.names[k]
	}
	return "assertion"
}
