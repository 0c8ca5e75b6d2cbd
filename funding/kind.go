package funding

import "strings"

// A Kind is the kind of spending money is for. Two sums are like for like
// only if they pay for the same kind of thing: an inquiry is not a service
// for victims, however the figures compare.
//
// The zero Kind is KindUnknown.
type Kind int

// The kinds of spending.
const (
	// KindUnknown is the zero Kind: the source does not say.
	KindUnknown Kind = iota

	// Services pays for services to people: advocates, counselling,
	// referral centres, interpreters.
	Services

	// Development pays to develop or redesign services or capacity rather
	// than to run them: "a £100,000 development budget".
	Development

	// Inquiry pays for an inquiry, review or investigation.
	Inquiry

	// Research pays for research or evaluation.
	Research

	// Capital pays for buildings, equipment and other assets.
	Capital
)

var kindNames = [...]string{
	KindUnknown: "unknown",
	Services:    "services",
	Development: "development",
	Inquiry:     "inquiry",
	Research:    "research",
	Capital:     "capital",
}

// String returns the kind's name in lower case: "unknown", "services",
// "development", "inquiry", "research" or "capital"; "Kind(9)" for a value
// outside the list.
func (k Kind) String() string {
	if k.valid() {
		return kindNames[k]
	}
	return "Kind(" + itoa(int64(k)) + ")"
}

// valid reports whether k is one of the listed kinds.
func (k Kind) valid() bool { return k >= 0 && int(k) < len(kindNames) }

// ParseKind returns the kind named s, as String writes it, in any case;
// "unknown" gives KindUnknown.
//
// ParseKind returns a *ParseError matching ErrSyntax if s names no kind,
// including the empty string.
func ParseKind(s string) (Kind, error) {
	for k, name := range kindNames {
		if strings.EqualFold(name, s) {
			return Kind(k), nil
		}
	}
	return KindUnknown, &ParseError{Func: "ParseKind", Input: s, Err: expected(ErrSyntax, "want services, development, inquiry, research, capital or unknown")}
}

// MarshalText returns the kind's name. It returns an error matching ErrRange
// for a value outside the list.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.valid() {
		return nil, &ParseError{Func: "Kind.MarshalText", Input: k.String(), Err: expected(ErrRange, "want a listed kind")}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText sets k to the kind named by text, as ParseKind reads it.
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
