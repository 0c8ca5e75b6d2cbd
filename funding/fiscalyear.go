package funding

import (
	"strings"
	"time"
)

// A FiscalYear is a UK government financial year, which runs from 1 April
// to 31 March: FiscalYear(2017) is 2017-18, from 1 April 2017 to 31 March
// 2018. The value is the calendar year in which the financial year starts,
// so FiscalYear(2017)+1 is 2018-19. (This is the financial year of public
// bodies' budgets, not the personal tax year, which starts on 6 April.)
//
// The zero FiscalYear is unknown. Known financial years run from 1-02 to
// 9998-99; Valid reports whether a value is one of them.
type FiscalYear int

// Financial years range from 1-02 to 9998-99, so that both their calendar
// years have four digits at most.
const (
	minFiscalYear = 1
	maxFiscalYear = maxYear - 1
)

// FiscalYearOf returns the financial year in which t falls, by the calendar
// date t's clock shows (see DateOf): 31 March 2018 is in 2017-18 and 1 April
// 2018 in 2018-19. A time outside the years 1 to 9999 gives the zero
// FiscalYear.
func FiscalYearOf(t time.Time) FiscalYear {
	return DateOf(t).FiscalYear()
}

// ParseFiscalYear reads a financial year written in any of the common ways:
// "2017-18", "2017/18", "2017–18" (with an en dash), "2017-2018",
// "2017/2018", "FY2017-18" or "FY 2017-18" ("fy" in any case). The second
// year must follow the first: "2017-19" and "2017-17" are rejected. The
// first year has four digits, since "17-18" could be of any century; the
// century of a two-digit second year is the one that makes it follow the
// first ("1999-00" is 1999-2000).
//
// ParseFiscalYear returns a *ParseError matching ErrSyntax if s is not in
// one of those forms or its years do not follow one another, and matching
// ErrRange if the first year is 0 or after 9998.
func ParseFiscalYear(s string) (FiscalYear, error) {
	fail := func(off int, kind error, want string) (FiscalYear, error) {
		return 0, &ParseError{Func: "ParseFiscalYear", Input: s, Offset: off, Err: expected(kind, want)}
	}
	i := 0
	if len(s) >= 2 && (s[0] == 'F' || s[0] == 'f') && (s[1] == 'Y' || s[1] == 'y') {
		i = 2
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i-start != 4 {
		return fail(start, ErrSyntax, "want a four-digit year, such as 2017-18")
	}
	first, _ := digits(s[start:i])
	switch {
	case strings.HasPrefix(s[i:], "-"), strings.HasPrefix(s[i:], "/"):
		i++
	case strings.HasPrefix(s[i:], "–"): // en dash, U+2013
		i += len("–")
	default:
		return fail(i, ErrSyntax, "want '-' or '/' between the years")
	}
	if first < minFiscalYear || first > maxFiscalYear {
		return fail(start, ErrRange, "want a year from 0001 to 9998")
	}
	secondAt := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	second, _ := digits(s[secondAt:i])
	switch n := i - secondAt; {
	case i < len(s):
		return fail(i, ErrSyntax, "want nothing after the second year")
	case n == 2:
		if second != (first+1)%100 {
			return fail(secondAt, ErrSyntax, "want "+itoa2((first+1)%100)+", the year after "+itoa4(first))
		}
	case n == 4:
		if second != first+1 {
			return fail(secondAt, ErrSyntax, "want "+itoa4(first+1)+", the year after "+itoa4(first))
		}
	default:
		return fail(secondAt, ErrSyntax, "want a two- or four-digit second year")
	}
	return FiscalYear(first), nil
}

// MustParseFiscalYear is like ParseFiscalYear but panics if s is not a
// financial year. It is for tests, examples and package-level variables.
func MustParseFiscalYear(s string) FiscalYear {
	y, err := ParseFiscalYear(s)
	if err != nil {
		panic(err)
	}
	return y
}

// Valid reports whether y is a known financial year, from 1-02 to 9998-99.
// The zero FiscalYear is not.
func (y FiscalYear) Valid() bool { return y >= minFiscalYear && y <= maxFiscalYear }

// Start returns 1 April of the year y starts in. An invalid FiscalYear,
// including the zero one, gives the zero Date.
func (y FiscalYear) Start() Date {
	if !y.Valid() {
		return Date{}
	}
	return MustDate(int(y), time.April, 1)
}

// End returns 31 March of the year y ends in: the last day of y, which is
// in it. An invalid FiscalYear, including the zero one, gives the zero Date.
func (y FiscalYear) End() Date {
	if !y.Valid() {
		return Date{}
	}
	return MustDate(int(y)+1, time.March, 31)
}

// Days returns the number of days in y: 366 when the February it contains
// has 29 days (2019-20), otherwise 365. An invalid FiscalYear gives 0.
func (y FiscalYear) Days() int {
	if !y.Valid() {
		return 0
	}
	return y.End().Sub(y.Start()) + 1
}

// Period returns y as a Period, from its Start to its End. An invalid
// FiscalYear gives the zero Period.
func (y FiscalYear) Period() Period {
	return Period{Start: y.Start(), End: y.End()}
}

// Contains reports whether d falls in y. The zero Date is in no year.
func (y FiscalYear) Contains(d Date) bool {
	return !d.IsZero() && y.Valid() && d.FiscalYear() == y
}

// String returns y as "2017-18" (and "1999-00"), or "" for the zero
// FiscalYear and "FiscalYear(-3)" for another invalid one.
func (y FiscalYear) String() string {
	switch {
	case y == 0:
		return ""
	case !y.Valid():
		return "FiscalYear(" + itoa(int64(y)) + ")"
	}
	return itoa4(int(y)) + "-" + itoa2((int(y)+1)%100)
}

// MarshalText returns y as String writes it. It returns an error matching
// ErrRange for an invalid FiscalYear other than the zero one, which gives "".
func (y FiscalYear) MarshalText() ([]byte, error) {
	if y != 0 && !y.Valid() {
		return nil, &ParseError{Func: "FiscalYear.MarshalText", Input: y.String(), Err: expected(ErrRange, "want a year from 0001-02 to 9998-99")}
	}
	return []byte(y.String()), nil
}

// UnmarshalText sets y to the financial year in text, as ParseFiscalYear
// reads it; "" gives the zero FiscalYear.
func (y *FiscalYear) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*y = 0
		return nil
	}
	v, err := ParseFiscalYear(string(text))
	if err != nil {
		return err
	}
	*y = v
	return nil
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
