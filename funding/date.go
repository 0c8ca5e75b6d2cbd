package funding

import (
	"strconv"
	"time"
)

// A Date is a day in the proleptic Gregorian calendar, such as 28 November
// 2016, with no time of day and no time zone: the granularity at which
// funding is announced, awarded and spent. Dates are small comparable values;
// == and Compare agree.
//
// The zero Date is unknown: a source that gives no date ("Published 5 days
// ago") leaves it zero, and nothing is invented. Its String is "".
type Date struct {
	n int32 // days since 0000-12-31, so 1 is 0001-01-01; 0 is unknown
}

// Dates range over the years 1 to 9999.
const (
	minYear = 1
	maxYear = 9999
)

// epochShift converts days since 1970-01-01 to Date.n.
const epochShift = 719163

// NewDate returns the date y-m-d. It returns an error matching ErrRange if
// there is no such day (30 February, month 13) or y is outside 1 to 9999.
func NewDate(y int, m time.Month, d int) (Date, error) {
	if y < minYear || y > maxYear || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return Date{}, expected(ErrRange, "no such date: "+itoa4(y)+"-"+itoa2(int(m))+"-"+itoa2(d))
	}
	return Date{int32(daysFromCivil(y, int(m), d) + epochShift)}, nil
}

// MustDate is like NewDate but panics if there is no such date. It is for
// tests, examples and package-level variables.
func MustDate(y int, m time.Month, d int) Date {
	dt, err := NewDate(y, m, d)
	if err != nil {
		panic(err)
	}
	return dt
}

// ParseDate reads an ISO 8601 calendar date, "2016-11-28", as String writes
// it. It returns a *ParseError matching ErrSyntax if s is not in that form
// and matching ErrRange if it names no day ("2017-02-29").
func ParseDate(s string) (Date, error) {
	d, off, err := parseISODate(s)
	if err != nil {
		return Date{}, &ParseError{Func: "ParseDate", Input: s, Offset: off, Err: err}
	}
	if len(s) != 10 {
		return Date{}, &ParseError{Func: "ParseDate", Input: s, Offset: 10, Err: expected(ErrSyntax, "want nothing after the day")}
	}
	return d, nil
}

// parseISODate reads the YYYY-MM-DD at the start of s, returning the offset
// of any error.
func parseISODate(s string) (Date, int, error) {
	if len(s) < 10 {
		return Date{}, len(s), expected(ErrSyntax, "want YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	switch {
	case !ok1:
		return Date{}, 0, expected(ErrSyntax, "want a four-digit year")
	case s[4] != '-':
		return Date{}, 4, expected(ErrSyntax, "want '-' after the year")
	case !ok2:
		return Date{}, 5, expected(ErrSyntax, "want a two-digit month")
	case s[7] != '-':
		return Date{}, 7, expected(ErrSyntax, "want '-' after the month")
	case !ok3:
		return Date{}, 8, expected(ErrSyntax, "want a two-digit day")
	}
	dt, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, 0, err
	}
	return dt, 0, nil
}

// DateOf returns the calendar date that t's clock shows in t's own
// location: 00:30 on 1 April 2018 in London (BST) is 1 April, although it is
// still 31 March in UTC. Convert t with In first to take another location's
// date. A time outside the years 1 to 9999 gives the zero Date.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	dt, err := NewDate(y, m, d)
	if err != nil {
		return Date{}
	}
	return dt
}

// IsZero reports whether d is the zero, unknown Date.
func (d Date) IsZero() bool { return d.n == 0 }

// Date returns the year, month and day of d; the zero Date gives 0, 0, 0.
func (d Date) Date() (year int, month time.Month, day int) {
	if d.n <= 0 {
		return 0, 0, 0
	}
	y, m, dd := civilFromDays(int(d.n) - epochShift)
	return y, time.Month(m), dd
}

// Year returns d's year, or 0 for the zero Date.
func (d Date) Year() int { y, _, _ := d.Date(); return y }

// Month returns d's month, or 0 for the zero Date.
func (d Date) Month() time.Month { _, m, _ := d.Date(); return m }

// Day returns d's day of the month, or 0 for the zero Date.
func (d Date) Day() int { _, _, dd := d.Date(); return dd }

// Time returns midnight at the start of d in UTC. The zero Date gives the
// zero time.Time.
func (d Date) Time() time.Time {
	if d.n <= 0 {
		return time.Time{}
	}
	y, m, dd := d.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// Compare returns -1 if d is before e, 0 if they are the same day and +1 if
// d is after e. The zero Date sorts before every known date.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// Equal reports whether d and e are the same day, as == does; go-cmp uses it.
func (d Date) Equal(e Date) bool { return d == e }

// AddDays returns the date n days after d (before it, for negative n).
// The zero Date, and a result outside the years 1 to 9999, give the zero
// Date.
func (d Date) AddDays(n int) Date {
	if d.n == 0 {
		return Date{}
	}
	v := int64(d.n) + int64(n)
	if v < 1 || v > int64(maxDateN) {
		return Date{}
	}
	return Date{int32(v)}
}

// maxDateN is Date.n of 9999-12-31.
var maxDateN = int32(daysFromCivil(maxYear, 12, 31) + epochShift)

// Sub returns the number of days from e to d: positive if d is later. It is
// 0 if either is the zero Date.
func (d Date) Sub(e Date) int {
	if d.n == 0 || e.n == 0 {
		return 0
	}
	return int(d.n - e.n)
}

// FiscalYear returns the UK financial year that d falls in: 31 March 2018 is
// in 2017-18 and 1 April 2018 in 2018-19. The zero Date gives the zero
// FiscalYear, and so does a date in the first quarter of year 1, whose
// financial year would start in year 0.
func (d Date) FiscalYear() FiscalYear {
	y, m, _ := d.Date()
	if y == 0 {
		return 0
	}
	if m < time.April {
		y--
	}
	return FiscalYear(y)
}

// String returns d as "2016-11-28", or "" for the zero Date.
func (d Date) String() string {
	if d.n == 0 {
		return ""
	}
	return string(d.appendTo(make([]byte, 0, 10)))
}

// Long returns d as a British reader writes it in prose, day, month name
// and year: "28 November 2016", "1 April 2017". It returns "" for the zero
// Date, as String does, so a caller that must say something about an
// unknown date chooses its own words.
func (d Date) Long() string {
	if d.n == 0 {
		return ""
	}
	y, m, dd := d.Date()
	b := make([]byte, 0, len("28 September 2016"))
	b = strconv.AppendInt(b, int64(dd), 10)
	b = append(b, ' ')
	b = append(b, m.String()...)
	b = append(b, ' ')
	return string(strconv.AppendInt(b, int64(y), 10))
}

// appendTo appends d as YYYY-MM-DD to b; d must not be zero.
func (d Date) appendTo(b []byte) []byte {
	y, m, dd := d.Date()
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(b, byte('0'+dd/10), byte('0'+dd%10))
}

// MarshalText returns d as String writes it; the zero Date gives "".
func (d Date) MarshalText() ([]byte, error) {
	if d.n == 0 {
		return []byte{}, nil
	}
	return d.appendTo(make([]byte, 0, 10)), nil
}

// UnmarshalText sets d to the date in text, as ParseDate reads it; "" gives
// the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// isLeap reports whether y is a Gregorian leap year.
func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysFromCivil returns the days from 1970-01-01 to y-m-d (Howard Hinnant's
// algorithm, exact for every Gregorian date).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// digits returns the value of s if it is all ASCII digits (and not empty).
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// itoa2 formats n with at least two digits.
func itoa2(n int) string {
	if n >= 0 && n < 10 {
		return "0" + itoa(int64(n))
	}
	return itoa(int64(n))
}

// itoa4 formats n with at least four digits.
func itoa4(n int) string {
	s := itoa(int64(n))
	for len(s) < 4 && n >= 0 {
		s = "0" + s
	}
	return s
}

// itoa formats n in decimal.
func itoa(n int64) string {
	var b [20]byte
	i := len(b)
	u := uint64(n)
	if n < 0 {
		u = uint64(-n)
	}
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if n < 0 {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
