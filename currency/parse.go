package currency

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
// "£2,400,000.00", "-£400,000", "€2.50", "US$3", "GBP 2400000.00",
// "2400000.00 GBP", and with a multiplier, "£2.4m" or "£2.4 million",
// which is £2,400,000 exactly. The amount keeps the digits written: "£2.4"
// and "£2.40" are Equal but print differently, and "£2.4m" prints as
// "£2,400,000.00". White space around the amount is ignored.
//
// The grammar, with no spaces but those shown:
//
//	amount  = [ "-" ] symbol number
//	        | [ "-" ] number " " code
//	        | code " " [ "-" ] number
//	        | exact
//	symbol  = "£" (GBP) | "€" (EUR) | "US$" | "$" (USD) | "¥" (JPY)
//	code    = three ASCII letters naming an ISO 4217 currency, in any case
//	number  = integer [ "." digits ]
//	integer = digits | 1*3digit 1*( "," 3digit )
//	exact   = a figure that ParseFigure reads as Exact, with no hedge, rate,
//	          each or term: "£2.4m", "£2.4 million", "2.4 million pounds",
//	          "30p", "half a billion pounds", "-£2.4m"; its Nominal value
//
// The minus sign may also be written as U+2212 (−). The code XXX, which
// names no currency, is read only in "XXX 0" (or any other zero), which is
// how String writes the zero Amount; Parse returns the zero Amount for it.
//
// Its errors are *ParseError values, which match the sentinel named below
// under errors.Is. Parse returns an error if:
//   - s is empty or white space, or longer than 1024 bytes (ErrSyntax,
//     ErrRange);
//   - the amount has more than MaxDigits decimal places or a magnitude
//     above 10^MaxDigits (ErrRange);
//   - s has no currency symbol or code, or a code that names no ISO 4217
//     currency, or XXX with an amount other than zero (ErrSyntax,
//     ErrUnknownCurrency);
//   - the number is missing, has a sign in the wrong place, misplaced
//     grouping commas ("£1,2,3"), an exponent ("£1e400"), or anything after
//     it that is no multiplier or currency word (ErrSyntax);
//   - s is a figure with a bound, range, hedge, rate, each or term, such as
//     "more than £4m", "£5 per head" or "£8m a year", which is not one
//     exact amount: the
//     error says to use ParseFigure (ErrSyntax).
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
	if len(s) > maxInput {
		return Amount{}, maxInput, expected(ErrRange, "want at most 1024 bytes")
	}
	lead, t := trimWhite(s)
	if t == "" {
		return Amount{}, 0, expected(ErrSyntax, "want an amount such as £2,400,000.00")
	}
	a, off, err := parseExact(t)
	if err == nil {
		return a, 0, nil
	}
	if len(t) > maxFigureLen {
		return Amount{}, lead + off, err
	}
	// Not the plain form: perhaps a figure, "£2.4m" or "2.4 million pounds".
	var f Figure
	ferr := parseFigure(&f, t)
	switch {
	case ferr.failed():
		if err == errTrailing && ferr.off > off {
			return Amount{}, lead + ferr.off, expected(ferr.kind.err(), ferr.want)
		}
		return Amount{}, lead + off, err
	case f.Bound() != Exact || f.per != 0 || f.over != 0 || f.isRate():
		return Amount{}, lead, expected(ErrSyntax, "want one exact amount, not the figure "+quoteWord(f.String())+": use ParseFigure")
	}
	return f.Nominal(), 0, nil
}

// parseExact reads the plain forms of Parse's grammar, which fill s.
func parseExact(s string) (Amount, int, error) {
	i := 0
	neg := false
	if n := minusAt(s, 0); n > 0 {
		neg, i = true, n
	}
	var code Code
	if i < len(s) && !isLetter(s[i]) || strings.HasPrefix(s[i:], "US$") {
		for _, sym := range symbols {
			if strings.HasPrefix(s[i:], sym.sym) {
				code, i = sym.code, i+len(sym.sym)
				break
			}
		}
	}
	suffix, xxx := false, false
	if code.IsZero() {
		switch {
		case len(s)-i > 4 && isLetter(s[i]) && s[i+3] == ' ':
			// "GBP 2400000.00"
			c, err := codeOf(s[i : i+3])
			if err != nil {
				return Amount{}, i, unwrapParse(err)
			}
			code, xxx, i = c, c.IsZero(), i+4
			if n := minusAt(s, i); n > 0 && !neg {
				neg, i = true, n
			}
		case len(s) >= 4 && s[len(s)-4] == ' ' && isLetter(s[len(s)-1]):
			// "2400000.00 GBP"
			c, err := codeOf(s[len(s)-3:])
			if err != nil {
				return Amount{}, len(s) - 3, unwrapParse(err)
			}
			code, xxx, s, suffix = c, c.IsZero(), s[:len(s)-4], true
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
	if xxx {
		if !a.IsZero() {
			at := 0
			if suffix {
				at = len(s) + 1
			}
			return Amount{}, at, expected(ErrUnknownCurrency, `want a currency: XXX names none, and only the zero Amount, "XXX 0", has none`)
		}
		return Amount{}, 0, nil
	}
	a.code = code
	if neg {
		a = a.Neg()
	}
	return a, 0, nil
}

// codeOf returns the currency with code w, as ParseCode does, but without
// its cost for the codes most often met.
func codeOf(w string) (Code, error) {
	switch w {
	case "GBP":
		return GBP, nil
	case "EUR":
		return EUR, nil
	case "USD":
		return USD, nil
	case "JPY":
		return JPY, nil
	}
	return ParseCode(w)
}

// trimWhite returns s without the white space around it, and where in s
// what it returns begins.
func trimWhite(s string) (int, string) {
	if s == "" || s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return 0, s // the usual case, spared decoding
	}
	i := skipWhite(s, 0, 0)
	end := len(s)
	for end > i {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return i, s[i:end]
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
