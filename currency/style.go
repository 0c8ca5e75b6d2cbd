package currency

import "strings"

// A Style chooses how Format and AppendFormat write an amount. The examples
// are British English, the default; a Formatter for another language tag
// writes the same styles with that locale's separators, digits and symbol
// placement.
type Style int

// The styles.
const (
	// StyleUnknown is the zero Style. It formats like Full, and so does any
	// value outside this list.
	StyleUnknown Style = iota

	// Full writes every digit the amount has, and at least the currency's
	// minor digits: "£2,400,000.00", "£166.666", "¥2,400". It never rounds.
	// Trailing zeros beyond the minor digits are dropped, so £2.40 and
	// £2.400 (which are Equal) both print "£2.40".
	Full

	// Whole leaves out the minor digits when they are all zero:
	// "£2,400,000". An amount with pence is written as Full writes it:
	// "£2,400,000.50".
	Whole

	// Short is newsroom style: "£2.4m", "£1.5bn", "£70k", "£750".
	// From £1,000 the amount is given in thousands ("k"), from £1 million
	// in millions ("m"), from £1 billion in billions ("bn") and from
	// £1 trillion in trillions ("tn"). The figure is rounded to at most one
	// decimal place, half away from zero, and a trailing ".0" is dropped:
	// £2,449,999 is "£2.4m", £2,450,000 is "£2.5m" and £2,000,000 is
	// "£2m". If rounding reaches 1,000 of a unit the next unit is used:
	// £999,950 is "£1m", not "£1,000k". Below £1,000 Short writes the
	// amount as Whole does. Short rounds, so Parse does not read it back;
	// ParseFigure reads "£2.4m" as a figure stated to the nearest £100,000.
	// The abbreviations are English: a Formatter for another language
	// writes Short as Whole.
	Short

	// Words is Short with the unit spelt out, from a million up:
	// "£2.4 million", "£1.5 billion", "£3 trillion". Below £1 million it
	// writes the amount as Whole does: "£750,000". Rounding is as in Short.
	// Like Short it is English only: other languages get Whole.
	Words

	// ISO writes the ISO 4217 code where the symbol would go, with the
	// digits of Full: "GBP 2,400,000.00", "-GBP 400,000.00"; in de-DE
	// "2.400.000,00 GBP".
	ISO
)

var styleNames = [...]string{
	StyleUnknown: "unknown",
	Full:         "full",
	Whole:        "whole",
	Short:        "short",
	Words:        "words",
	ISO:          "iso",
}

// String returns the style's name in lower case ("full"), or "Style(9)" for
// a value outside the list.
func (s Style) String() string {
	if s >= 0 && int(s) < len(styleNames) {
		return styleNames[s]
	}
	return "Style(" + itoa(int64(s)) + ")"
}

// ParseStyle returns the style named s, as String writes it ("full",
// "whole", "short", "words" or "iso"), in any case.
//
// ParseStyle returns a *ParseError matching ErrSyntax if s names no style,
// including "unknown", which names none to format by.
func ParseStyle(s string) (Style, error) {
	for st, name := range styleNames {
		if st != int(StyleUnknown) && strings.EqualFold(name, s) {
			return Style(st), nil
		}
	}
	return StyleUnknown, &ParseError{Func: "ParseStyle", Input: s, Err: expected(ErrSyntax, "want full, whole, short, words or iso")}
}

// MarshalText returns the style's name.
func (s Style) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText sets s to the style named by text, as ParseStyle reads it.
func (s *Style) UnmarshalText(text []byte) error {
	v, err := ParseStyle(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
