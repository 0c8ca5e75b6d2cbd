package currency

import (
	"golang.org/x/text/currency"
)

// A Code is an ISO 4217 currency, such as GBP. Codes are small comparable
// values: use == to compare them and use them as map keys.
//
// The zero Code is XXX, ISO 4217's code for "no currency". It is the currency
// of the zero Amount.
type Code struct {
	unit currency.Unit
}

// Currencies that fundclaims' users meet most often.
var (
	GBP = Code{currency.GBP}
	EUR = Code{currency.EUR}
	USD = Code{currency.USD}
	JPY = Code{currency.JPY}
)

// ParseCode returns the currency with the three-letter ISO 4217 code s, in
// any case ("GBP", "gbp"). "XXX" gives the zero Code.
//
// ParseCode returns an error if:
//   - s is not three ASCII letters (ErrSyntax);
//   - s names no ISO 4217 currency (ErrUnknownCurrency).
func ParseCode(s string) (Code, error) {
	if len(s) != 3 || !isLetter(s[0]) || !isLetter(s[1]) || !isLetter(s[2]) {
		return Code{}, &ParseError{Func: "ParseCode", Input: s, Err: expected(ErrSyntax, "want a three-letter ISO 4217 code")}
	}
	u, err := currency.ParseISO(s)
	if err != nil {
		return Code{}, &ParseError{Func: "ParseCode", Input: s, Err: ErrUnknownCurrency}
	}
	return Code{u}, nil
}

// MustParseCode is like ParseCode but panics if s is not a currency code.
// It is for tests and package-level variables.
func MustParseCode(s string) Code {
	c, err := ParseCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns the three-letter code, such as "GBP"; the zero Code gives
// "XXX".
func (c Code) String() string { return c.unit.String() }

// Equal reports whether c and d are the same currency, as c == d does. It
// is there for go-cmp, which uses it instead of looking inside a Code, so
// that cmp.Equal and cmp.Diff work on Codes and on anything holding one.
func (c Code) Equal(d Code) bool { return c == d }

// IsZero reports whether c is the zero Code, XXX.
func (c Code) IsZero() bool { return c == Code{} }

// MinorUnits returns the number of decimal places of the currency's minor
// unit in ISO 4217 as golang.org/x/text records it: 2 for GBP (pence), 0 for
// JPY. The zero Code has none and gives 0.
func (c Code) MinorUnits() int {
	if c.IsZero() {
		return 0
	}
	scale, _ := currency.Standard.Rounding(c.unit)
	return scale
}

// Unit returns the golang.org/x/text currency unit for c, for use with that
// module's formatting and queries.
func (c Code) Unit() currency.Unit { return c.unit }

// MarshalText returns the three-letter code.
func (c Code) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText sets c to the currency named by text, as ParseCode reads it.
func (c *Code) UnmarshalText(text []byte) error {
	v, err := ParseCode(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }
