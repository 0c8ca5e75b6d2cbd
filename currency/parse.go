package currency

import (
	"strings"

	"github.com/shopspring/decimal"
)

// maxInput is the longest text Parse and its relatives read. It is far more
// than any sum of money needs and keeps hostile input cheap to reject.
const maxInput = 1024

// symbols maps the currency symbols Parse reads to their currencies; the
// longer spelling comes first so that "US$" is not read as "US" and "$".
var symbols = [...]struct {
	sym  string
	code Code
}{
	{"£", GBP},
	{"€", EUR},
	{"US$", USD},
	{"$", USD},
	{"¥", JPY},
}

// Parse reads an exact amount of money as people and String write it:
// "£2,400,000.00", "-£400,000", "€2.50", "US$3", "GBP 2400000.00" or
// "2400000.00 GBP". The amount keeps the digits written: "£2.4" and "£2.40"
// are Equal but print differently.
//
// The grammar, with no spaces but those shown:
//
//	amount = [ "-" ] symbol number
//	       | [ "-" ] number " " code
//	       | code " " [ "-" ] number
//	symbol = "£" (GBP) | "€" (EUR) | "US$" | "$" (USD) | "¥" (JPY)
//	code   = three ASCII letters naming an ISO 4217 currency, in any case
//	number = integer [ "." digits ]
//	integer = digits | 1*3digit 1*( "," 3digit )
//
// The minus sign may also be written as U+2212 (−). Figures in words or with
// multipliers ("£2.4m", "more than £4 million") are ParseFigure's.
//
// Parse returns a *ParseError, matching the sentinel named, if:
//   - s is empty or longer than 1024 bytes (ErrSyntax, ErrRange);
//   - the amount has more than MaxDigits decimal places or a magnitude
//     above 10^MaxDigits (ErrRange);
//   - s has no currency symbol or code, or a code that names no ISO 4217
//     currency (ErrSyntax, ErrUnknownCurrency);
//   - the number is missing, has a sign in the wrong place, misplaced
//     grouping commas ("£1,2,3"), an exponent ("£1e400"), a multiplier
//     suffix ("£2.4m") or anything after it (ErrSyntax).
func Parse(s string) (Amount, error) {
	a, off, err := parse(s)
	if err != nil {
		return Amount{}, &ParseError{Func: "Parse", Input: s, Offset: off, Err: err}
	}
	return a, nil
}

// MustParse is like Parse but panics if s is not an amount. It is for tests
// and package-level variables.
func MustParse(s string) Amount {
	a, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

// parse does Parse's work and returns the failing offset with the error.
func parse(s string) (Amount, int, error) {
	switch {
	case s == "":
		return Amount{}, 0, expected(ErrSyntax, "want an amount such as £2,400,000.00")
	case len(s) > maxInput:
		return Amount{}, maxInput, expected(ErrRange, "want at most 1024 bytes")
	}
	i := 0
	neg := false
	if n := minusAt(s, 0); n > 0 {
		neg, i = true, n
	}
	var code Code
	for _, sym := range symbols {
		if strings.HasPrefix(s[i:], sym.sym) {
			code, i = sym.code, i+len(sym.sym)
			break
		}
	}
	suffix := false
	if code.IsZero() {
		switch {
		case len(s)-i > 4 && isLetter(s[i]) && s[i+3] == ' ':
			// "GBP 2400000.00"
			c, err := ParseCode(s[i : i+3])
			if err != nil {
				return Amount{}, i, unwrapParse(err)
			}
			code, i = c, i+4
			if n := minusAt(s, i); n > 0 && !neg {
				neg, i = true, n
			}
		case len(s) >= 4 && s[len(s)-4] == ' ' && isLetter(s[len(s)-1]):
			// "2400000.00 GBP"
			c, err := ParseCode(s[len(s)-3:])
			if err != nil {
				return Amount{}, len(s) - 3, unwrapParse(err)
			}
			code, s, suffix = c, s[:len(s)-4], true
		default:
			return Amount{}, i, expected(ErrSyntax, "want a currency symbol (£, €, $, ¥) or an ISO 4217 code")
		}
	}
	a, off, err := parseNumber(s, i, true)
	if err != nil {
		if suffix && off == len(s) && err == errTrailing {
			off++ // point past the space, at the code
		}
		return Amount{}, off, err
	}
	if err := a.check(); err != nil {
		return Amount{}, i, err
	}
	a.code = code
	if neg {
		a = a.Neg()
	}
	return a, 0, nil
}

// minusAt returns the offset just past a minus sign at s[i], or 0 if there is
// none.
func minusAt(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "-"):
		return i + 1
	case strings.HasPrefix(s[i:], "−"):
		return i + len("−")
	}
	return 0
}

// unwrapParse returns the cause of a *ParseError from a nested parser, so
// that the outer one reports it once.
func unwrapParse(err error) error {
	if pe, ok := err.(*ParseError); ok {
		return pe.Err
	}
	return err
}

var errTrailing = expected(ErrSyntax, "want the amount to end after its digits")

// parseNumber reads an unsigned decimal number that fills s[i:], with
// grouping commas if grouped is set. It returns the value in no currency and,
// on failure, the offset of the offending byte.
func parseNumber(s string, i int, grouped bool) (Amount, int, error) {
	start := i
	var (
		coef    uint64
		digits  int // significant digits held in coef
		exp     int32
		fracAt  = -1
		groupAt = -1 // offset of the last comma
		slow    bool
	)
	for ; i < len(s); i++ {
		b := s[i]
		switch {
		case '0' <= b && b <= '9':
			if digits > 0 || b != '0' {
				digits++
			}
			if digits > maxCompactDigits {
				slow = true
			} else {
				coef = coef*10 + uint64(b-'0')
			}
			if fracAt >= 0 {
				exp--
			}
		case b == ',' && grouped && fracAt < 0:
			// A group has one to three digits before the first comma and
			// exactly three after each.
			if groupAt < 0 && (i == start || i-start > 3) || groupAt >= 0 && i-groupAt != 4 {
				return Amount{}, i, expected(ErrSyntax, "want grouping commas every three digits")
			}
			groupAt = i
		case b == '.' && fracAt < 0:
			if i == start {
				return Amount{}, i, expected(ErrSyntax, "want a digit before the decimal point")
			}
			fracAt = i
		default:
			if i == start {
				return Amount{}, i, expected(ErrSyntax, "want a digit")
			}
			return Amount{}, i, errTrailing
		}
	}
	intEnd := len(s)
	if fracAt >= 0 {
		intEnd = fracAt
	}
	switch {
	case i == start:
		return Amount{}, i, expected(ErrSyntax, "want a digit")
	case groupAt >= 0 && intEnd-groupAt != 4:
		return Amount{}, groupAt, expected(ErrSyntax, "want grouping commas every three digits")
	case fracAt == len(s)-1:
		return Amount{}, len(s), expected(ErrSyntax, "want a digit after the decimal point")
	}
	if !slow {
		return Amount{coef: int64(coef), exp: exp}, 0, nil
	}
	d, err := decimal.NewFromString(strings.ReplaceAll(s[start:], ",", ""))
	if err != nil {
		return Amount{}, start, expected(ErrSyntax, "want a decimal number")
	}
	return fromDecimal(d, Code{}), 0, nil
}
