package funding

import "strings"

// A Novelty says whether money announced is new. Announcements often
// present continuing or recycled money as if it were new; the record says
// which it is when the source makes it clear, and NoveltyUnknown when it
// does not.
//
// The zero Novelty is NoveltyUnknown.
type Novelty int

// The novelties.
const (
	// NoveltyUnknown is the zero Novelty: the source does not say.
	NoveltyUnknown Novelty = iota

	// New is money not previously committed: "a new £2.4m package".
	New

	// Extension continues existing funding for longer: "extended funding
	// ... for an additional year until March 2018".
	Extension

	// Reannouncement is money already announced, announced again.
	Reannouncement

	// Reallocation is money moved from one purpose or budget to another.
	Reallocation
)

var noveltyNames = [...]string{
	NoveltyUnknown: "unknown",
	New:            "new",
	Extension:      "extension",
	Reannouncement: "re-announcement",
	Reallocation:   "reallocation",
}

// String returns the novelty's name in lower case: "unknown", "new",
// "extension", "re-announcement" or "reallocation"; "Novelty(9)" for a value
// outside the list.
func (n Novelty) String() string {
	if n.valid() {
		return noveltyNames[n]
	}
	return "Novelty(" + itoa(int64(n)) + ")"
}

// valid reports whether n is one of the listed novelties.
func (n Novelty) valid() bool { return n >= 0 && int(n) < len(noveltyNames) }

// Describe returns a phrase for reports: "new money", "an extension of
// existing funding", "a re-announcement", "a reallocation" or "not stated".
func (n Novelty) Describe() string {
	switch n {
	case New:
		return "new money"
	case Extension:
		return "an extension of existing funding"
	case Reannouncement:
		return "a re-announcement"
	case Reallocation:
		return "a reallocation"
	}
	return "not stated"
}

// ParseNovelty returns the novelty named s, as String writes it, in any
// case; "reannouncement", "re-allocation" and "new money" are accepted too,
// and "unknown" gives NoveltyUnknown.
//
// ParseNovelty returns a *ParseError matching ErrSyntax if s names no
// novelty, including the empty string.
func ParseNovelty(s string) (Novelty, error) {
	switch strings.ToLower(s) {
	case "reannouncement":
		return Reannouncement, nil
	case "re-allocation":
		return Reallocation, nil
	case "new money":
		return New, nil
	}
	for n, name := range noveltyNames {
		if strings.EqualFold(name, s) {
			return Novelty(n), nil
		}
	}
	return NoveltyUnknown, &ParseError{Func: "ParseNovelty", Input: s, Err: expected(ErrSyntax, "want new, extension, re-announcement, reallocation or unknown")}
}

// MarshalText returns the novelty's name. It returns an error matching
// ErrRange for a value outside the list.
func (n Novelty) MarshalText() ([]byte, error) {
	if !n.valid() {
		return nil, &ParseError{Func: "Novelty.MarshalText", Input: n.String(), Err: expected(ErrRange, "want a listed novelty")}
	}
	return []byte(noveltyNames[n]), nil
}

// UnmarshalText sets n to the novelty named by text, as ParseNovelty reads
// it.
func (n *Novelty) UnmarshalText(text []byte) error {
	v, err := ParseNovelty(string(text))
	if err != nil {
		return err
	}
	*n = v
	return nil
}
