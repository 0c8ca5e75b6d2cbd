package funding

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// A Count is a number of things as a source states it, qualifier and all:
// "about 9,000" historic cases, "more than 2,000" referrals, "four" centres.
// The qualifier is a currency.Bound, the same vocabulary a money Figure
// uses: Exact, About, AtLeast, MoreThan, AtMost, LessThan or Nearly. A Count
// is at least 1: a count of zero shares nothing and divides nothing.
//
// Counts are small comparable values. The zero Count is unstated: it has
// Bound currency.BoundUnknown and Value 0, and IsZero reports it.
type Count struct {
	n     int64
	bound currency.Bound
}

// NewCount returns the count n qualified by b. It returns an error matching
// ErrZeroCount if n is less than 1 and matching ErrRange if b is
// currency.BoundUnknown, currency.Range (a count of one number cannot be a
// range) or not a Bound at all.
func NewCount(b currency.Bound, n int64) (Count, error) {
	if n < 1 {
		return Count{}, expected(ErrZeroCount, "want at least 1, got "+itoa(n))
	}
	if !countBound(b) {
		return Count{}, expected(ErrRange, "want a count's qualifier, got "+b.String())
	}
	return Count{n: n, bound: b}, nil
}

// MustCount is like NewCount but panics on an error. It is for tests,
// examples and package-level variables.
func MustCount(b currency.Bound, n int64) Count {
	c, err := NewCount(b, n)
	if err != nil {
		panic(err)
	}
	return c
}

// countBound reports whether b can qualify a Count.
func countBound(b currency.Bound) bool {
	switch b {
	case currency.Exact, currency.About, currency.AtLeast, currency.MoreThan,
		currency.AtMost, currency.LessThan, currency.Nearly:
		return true
	}
	return false
}

// countQualifiers are the words ParseCount reads before a number, longest
// first where one begins another.
var countQualifiers = []struct {
	words string
	bound currency.Bound
}{
	{"approximately", currency.About}, {"an estimated", currency.About},
	{"around", currency.About}, {"roughly", currency.About},
	{"about", currency.About}, {"circa", currency.About}, {"some", currency.About},
	{"c.", currency.About},
	{"no fewer than", currency.AtLeast}, {"no less than", currency.AtLeast},
	{"a minimum of", currency.AtLeast}, {"at least", currency.AtLeast},
	{"in excess of", currency.MoreThan}, {"more than", currency.MoreThan},
	{"over", currency.MoreThan}, {"above", currency.MoreThan},
	{"no more than", currency.AtMost}, {"a maximum of", currency.AtMost},
	{"at most", currency.AtMost}, {"up to", currency.AtMost},
	{"fewer than", currency.LessThan}, {"less than", currency.LessThan},
	{"just under", currency.Nearly}, {"nearly", currency.Nearly}, {"almost", currency.Nearly},
	{"under", currency.LessThan}, {"below", currency.LessThan},
	{"exactly", currency.Exact},
}

// numberWords are the numbers ParseCount reads as words.
var numberWords = []string{
	"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty",
}

// ParseCount reads a count as people write one: an optional qualifier, then
// a number. The number is digits, grouped in threes with commas or not
// ("9,000", "24000"), optionally with a decimal point and "thousand" or
// "million" ("1.2 million"), or a word from "one" to "twenty". The
// qualifiers, in any case, are "about", "around", "approximately",
// "roughly", "some", "circa", "c.", "an estimated" (About); "at least", "no
// fewer than", "no less than", "a minimum of" (AtLeast); "more than",
// "over", "above", "in excess of" (MoreThan); "up to", "at most", "no more
// than", "a maximum of" (AtMost); "less than", "fewer than", "under",
// "below" (LessThan); "nearly", "almost", "just under" (Nearly); and
// "exactly" or none (Exact).
//
// ParseCount returns a *ParseError matching ErrSyntax if s is not such a
// count (including "hundreds", which is no number), ErrZeroCount if the
// number is 0, and ErrRange if it is not whole ("1.25 thousand" is) or does
// not fit an int64.
func ParseCount(s string) (Count, error) {
	fail := func(off int, err error) (Count, error) {
		return Count{}, &ParseError{Func: "ParseCount", Input: s, Offset: off, Err: err}
	}
	rest := strings.TrimSpace(s)
	off := strings.Index(s, rest)
	b := currency.Exact
	lower := strings.ToLower(rest)
	for _, q := range countQualifiers {
		if strings.HasPrefix(lower, q.words+" ") {
			b = q.bound
			n := len(q.words) + 1
			for n < len(rest) && rest[n] == ' ' {
				n++
			}
			rest, lower, off = rest[n:], lower[n:], off+n
			break
		}
	}
	for i, w := range numberWords {
		if lower == w {
			if i == 0 {
				return fail(off, expected(ErrZeroCount, "want at least one"))
			}
			return Count{n: int64(i), bound: b}, nil
		}
	}
	n, at, err := parseCountNumber(rest)
	if err != nil {
		return fail(off+at, err)
	}
	if n == 0 {
		return fail(off, expected(ErrZeroCount, "want at least 1"))
	}
	return Count{n: n, bound: b}, nil
}

// MustParseCount is like ParseCount but panics on an error. It is for
// tests, examples and package-level variables.
func MustParseCount(s string) Count {
	c, err := ParseCount(s)
	if err != nil {
		panic(err)
	}
	return c
}

// parseCountNumber reads "9,000", "24000" or "1.2 million", returning the
// offset of any error.
func parseCountNumber(s string) (int64, int, error) {
	i := 0
	var whole []byte
	group := -1 // digits since the last comma; -1 before any comma
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			whole = append(whole, c)
			if group >= 0 {
				group++
				if group > 3 {
					return 0, i, expected(ErrSyntax, "want groups of three digits between commas")
				}
			}
			continue
		case c == ',' && len(whole) > 0 && (group < 0 && len(whole) <= 3 || group == 3):
			group = 0
			continue
		}
		break
	}
	if len(whole) == 0 {
		return 0, 0, expected(ErrSyntax, "want a number")
	}
	if group >= 0 && group != 3 {
		return 0, i, expected(ErrSyntax, "want groups of three digits between commas")
	}
	var frac []byte
	if i < len(s) && s[i] == '.' && group < 0 {
		i++
		for ; i < len(s) && isDigit(s[i]); i++ {
			frac = append(frac, s[i])
		}
		if len(frac) == 0 {
			return 0, i, expected(ErrSyntax, "want a digit after the decimal point")
		}
	}
	scale := 0
	if i < len(s) {
		word := strings.ToLower(strings.TrimLeft(s[i:], " "))
		switch {
		case i == len(s) || s[i] != ' ':
			return 0, i, expected(ErrSyntax, "want nothing after the number but \"thousand\" or \"million\"")
		case word == "thousand":
			scale = 3
		case word == "million":
			scale = 6
		default:
			return 0, i, expected(ErrSyntax, "want nothing after the number but \"thousand\" or \"million\"")
		}
	}
	if len(frac) > scale {
		for _, c := range frac[scale:] {
			if c != '0' {
				return 0, 0, expected(ErrRange, "want a whole number")
			}
		}
		frac = frac[:scale]
	}
	for len(frac) < scale {
		frac = append(frac, '0')
	}
	var n int64
	for _, c := range append(whole, frac...) {
		d := int64(c - '0')
		if n > (math.MaxInt64-d)/10 {
			return 0, 0, expected(ErrRange, "want a count that fits an int64")
		}
		n = n*10 + d
	}
	return n, 0, nil
}

// Value returns the number stated: 9000 for "about 9,000". The zero Count
// gives 0.
func (c Count) Value() int64 { return c.n }

// Bound returns the qualifier: currency.About for "about 9,000". The zero
// Count gives currency.BoundUnknown.
func (c Count) Bound() currency.Bound { return c.bound }

// IsZero reports whether c is the zero, unstated Count.
func (c Count) IsZero() bool { return c == Count{} }

// IsExact reports whether c is an exact count.
func (c Count) IsExact() bool { return c.bound == currency.Exact && c.n > 0 }

// Equal reports whether c and d are the same count with the same qualifier,
// as == does; go-cmp uses it.
func (c Count) Equal(d Count) bool { return c == d }

// String returns c as "about 9,000", "more than 2,000" or "4": the
// qualifier's usual words and the number grouped in threes. The zero Count
// gives "".
func (c Count) String() string {
	if c.IsZero() {
		return ""
	}
	return string(c.appendTo(make([]byte, 0, 24)))
}

// appendTo appends c as String writes it.
func (c Count) appendTo(b []byte) []byte {
	if c.IsZero() {
		return b
	}
	b = append(b, qualifierWords(c.bound)...)
	var buf [20]byte
	ds := strconv.AppendInt(buf[:0], c.n, 10)
	for i, d := range ds {
		if i > 0 && (len(ds)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, d)
	}
	return b
}

// qualifierWords returns the words, with a trailing space, that String puts
// before a number with bound b; none for Exact.
func qualifierWords(b currency.Bound) string {
	switch b {
	case currency.About:
		return "about "
	case currency.AtLeast:
		return "at least "
	case currency.MoreThan:
		return "more than "
	case currency.AtMost:
		return "up to "
	case currency.LessThan:
		return "less than "
	case currency.Nearly:
		return "nearly "
	}
	return ""
}

// MarshalText returns c as String writes it; the zero Count gives "".
func (c Count) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText sets c to the count in text, as ParseCount reads it; ""
// gives the zero Count.
func (c *Count) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Count{}
		return nil
	}
	v, err := ParseCount(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// admits reports whether a number n agrees with c's words, as a Figure
// admits an amount: "35" admits only 35, "more than 30" admits 31 and up,
// "about 30" admits 27 to 33 (within currency.ApproxTolerancePercent) and
// "nearly 30" admits 27 to 29. The zero Count admits nothing.
func (c Count) admits(n int64) bool {
	// tol reports whether |n − c| is within the tolerance, in integers
	// wide enough for any int64.
	tol := func() bool {
		d := new(big.Int).Sub(big.NewInt(n), big.NewInt(c.n))
		d.Abs(d).Mul(d, big.NewInt(100))
		return d.Cmp(new(big.Int).Mul(big.NewInt(c.n), big.NewInt(currency.ApproxTolerancePercent))) <= 0
	}
	switch c.bound {
	case currency.Exact:
		return n == c.n
	case currency.About:
		return tol()
	case currency.AtLeast:
		return n >= c.n
	case currency.MoreThan:
		return n > c.n
	case currency.AtMost:
		return n <= c.n
	case currency.LessThan:
		return n < c.n
	case currency.Nearly:
		return n < c.n && tol()
	}
	return false
}
