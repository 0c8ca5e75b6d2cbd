package currency

// A Bound says how a stated figure relates to the amount it describes:
// "£2.4m" is Exact (to its stated precision), "more than £4 million" is
// MoreThan, "between £3m and £5m" is a Range. Figure.Admits documents the
// amounts each Bound admits.
//
// The zero Bound is BoundUnknown, the bound of the zero Figure, which admits
// nothing.
type Bound int

// The bounds, with the wording ParseFigure reads as each.
const (
	// BoundUnknown is the zero Bound: no figure was stated.
	BoundUnknown Bound = iota
	// Exact is a plain figure, "£2.4m", true to the precision its digits imply.
	Exact
	// About is "about", "around", "approximately", "roughly", "some".
	About
	// AtLeast is "at least", "no less than", "a minimum of".
	AtLeast
	// MoreThan is "more than", "over", "above", "in excess of".
	MoreThan
	// AtMost is "up to", "at most", "no more than", "a maximum of".
	AtMost
	// LessThan is "less than", "under", "below".
	LessThan
	// Range is "£3m-£5m", "£3m to £5m", "between £3m and £5m".
	Range
	// Nearly is "nearly", "almost", "just under": a little below the figure.
	Nearly
)

var boundNames = [...]string{
	BoundUnknown: "unknown",
	Exact:        "exact",
	About:        "about",
	AtLeast:      "at least",
	MoreThan:     "more than",
	AtMost:       "at most",
	LessThan:     "less than",
	Range:        "range",
	Nearly:       "nearly",
}

// String returns the bound's name in lower case ("exact", "about",
// "at least", "more than", "at most", "less than", "range", "nearly"),
// "unknown" for BoundUnknown, or "Bound(9)" for a value outside the list.
func (b Bound) String() string {
	if b >= 0 && int(b) < len(boundNames) {
		return boundNames[b]
	}
	return "Bound(" + itoa(int64(b)) + ")"
}

// ParseBound returns the bound named s, as String writes it ("exact",
// "about", "at least", "more than", "at most", "less than", "range",
// "nearly").
//
// ParseBound returns an error if:
//   - s names no bound (ErrSyntax);
//   - s is "unknown", which is no bound to hold a figure to (ErrSyntax).
func ParseBound(s string) (Bound, error) {
	for b, name := range boundNames {
		if b != int(BoundUnknown) && name == s {
			return Bound(b), nil
		}
	}
	return BoundUnknown, &ParseError{Func: "ParseBound", Input: s, Err: expected(ErrSyntax, "want exact, about, at least, more than, at most, less than, range or nearly")}
}

// MarshalText returns the bound's name, as String writes it.
func (b Bound) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText sets b to the bound named by text, as ParseBound reads it.
func (b *Bound) UnmarshalText(text []byte) error {
	v, err := ParseBound(string(text))
	if err != nil {
		return err
	}
	*b = v
	return nil
}
