package currency

import "math"

// A Term is a length of time in whole calendar units, as money is stated per
// or over it: "a year", "three years", "six months", "a week". Terms are
// comparable with ==. The zero Term means the figure states no term.
//
// A Term is a count of one unit, days, weeks, months or years, and keeps the
// unit it was stated in: Months(12) and Years(1) are different Terms, though
// Ratio finds one is exactly the other.
type Term struct {
	n    int32
	unit termUnit
}

// A termUnit is the calendar unit a Term counts.
type termUnit uint8

const (
	noUnit termUnit = iota
	day
	week
	month
	year
)

// termUnits are the units' names, singular and plural, for String and for
// ParseFigure.
var termUnits = [...]struct{ one, many string }{
	day:   {"day", "days"},
	week:  {"week", "weeks"},
	month: {"month", "months"},
	year:  {"year", "years"},
}

// newTerm returns n of u, or the zero Term if n is below 1 or above
// math.MaxInt32.
func newTerm(n int, u termUnit) Term {
	if n < 1 || n > math.MaxInt32 {
		return Term{}
	}
	return Term{n: int32(n), unit: u}
}

// Years returns the term of n years. An n below 1, or above math.MaxInt32,
// gives the zero Term; so do they for Months, Weeks and Days.
func Years(n int) Term { return newTerm(n, year) }

// Months returns the term of n months; n below 1 or above math.MaxInt32
// gives the zero Term.
func Months(n int) Term { return newTerm(n, month) }

// Weeks returns the term of n weeks; n below 1 or above math.MaxInt32 gives
// the zero Term.
func Weeks(n int) Term { return newTerm(n, week) }

// Days returns the term of n days; n below 1 or above math.MaxInt32 gives
// the zero Term.
func Days(n int) Term { return newTerm(n, day) }

// IsZero reports whether t is the zero Term, which states no term.
func (t Term) IsZero() bool { return t.unit == noUnit }

// Equal reports whether t and u are the same Term, as t == u does; it is
// here so that go-cmp compares Terms with no options. Years(1) does not
// equal Months(12): use Ratio to compare lengths.
func (t Term) Equal(u Term) bool { return t == u }

// String returns the term as a count and a unit: "1 year", "3 years",
// "6 months", "1 week", "2 days". The zero Term gives "".
func (t Term) String() string {
	if t.IsZero() {
		return ""
	}
	name := termUnits[t.unit].many
	if t.n == 1 {
		name = termUnits[t.unit].one
	}
	return itoa(int64(t.n)) + " " + name
}

// Ratio reports how many u there are in t, exactly, as num/den in lowest
// terms: Years(3).Ratio(Years(1)) is 3, 1, true; Months(18).Ratio(Years(1))
// is 3, 2, true; Weeks(1).Ratio(Days(1)) is 7, 1, true. ok is false, and
// num and den are 0, when either term is zero or the units do not convert
// exactly: weeks or days against months or years, whose lengths vary.
func (t Term) Ratio(u Term) (num, den int64, ok bool) {
	tn, tb := t.inBase()
	un, ub := u.inBase()
	if tb == noUnit || tb != ub {
		return 0, 0, false
	}
	g := gcd64(tn, un)
	return tn / g, un / g, true
}

// inBase returns t in the smallest unit it converts to exactly, days or
// months, and that unit; the zero Term gives 0 and noUnit.
func (t Term) inBase() (int64, termUnit) {
	n := int64(t.n)
	switch t.unit {
	case week:
		return 7 * n, day
	case year:
		return 12 * n, month
	}
	return n, t.unit
}

// gcd64 returns the greatest common divisor of the positive a and b.
func gcd64(a, b int64) int64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// perWords are the words that state money per one unit after the amount,
// "£30m annually"; "a year", "per year" and the like are read by termAt.
var perWords = [...]struct {
	words []string
	unit  termUnit
}{
	{[]string{"annually"}, year},
	{[]string{"yearly"}, year},
	{[]string{"per", "annum"}, year},
	{[]string{"monthly"}, month},
	{[]string{"weekly"}, week},
	{[]string{"daily"}, day},
}

// perArticles are the words before a unit that make money per that unit:
// "a year", "per year", "each year", "every year".
var perArticles = [...]string{"a", "per", "each", "every"}

// notTermWords are the words that, after "a year" or "over five years",
// make the words a time rather than a term of the money: "£2m a year ago".
var notTermWords = [...]string{"ago", "earlier", "later", "before", "previously"}

// termAt reads the term that may follow a figure ending at s[k:]: what the
// money is per ("a year", "per month", "annually", "-a-year") and what it
// is over ("over five years", "for 3 years", "over the next ten years"), in
// that order, each optional, or both at once ("in each of the next two
// years"). It returns the terms and where they end, or
// zero Terms and k if there is neither. In prose the words may be apart by
// at most proseSpace bytes of white space.
func termAt(s string, k int, prose bool) (per, over Term, end int) {
	limit := spaceLimit(prose)
	end = k
	if sp := skipWhite(s, k, limit); sp > k {
		// "£3.3bn in each of the next two years": a year's money, for two.
		if e := matchPhrase(s, sp, []string{"in", "each", "of", "the", "next"}, limit); e > 0 {
			if t, te := countedAt(s, e, limit); te > e {
				per, over, end = Term{n: 1, unit: t.unit}, t, te
			}
		}
	}
	if end == k {
		if u, e := perAt(s, k, limit); e > k {
			per, end = Term{n: 1, unit: u}, e
		}
		if t, e := overAt(s, end, limit); e > end {
			over, end = t, e
		}
	}
	if end == k {
		return Term{}, Term{}, k
	}
	if sp := skipWhite(s, end, limit); sp > end {
		for _, w := range notTermWords {
			if matchWord(s, sp, w) > 0 {
				return Term{}, Term{}, k
			}
		}
	}
	return per, over, end
}

// perAt reads "a year", "per month", "annually" or "-a-year" at s[k:] and
// returns its unit and where it ends, or k if there is none.
func perAt(s string, k, limit int) (termUnit, int) {
	if k < len(s) && s[k] == '-' {
		// "£400m-a-year": the hyphens join the words into one.
		if e := matchWord(s, k+1, "a"); e > 0 && e < len(s) && s[e] == '-' {
			if u, ue := unitAt(s, e+1, false); ue > 0 {
				return u, ue
			}
		}
		return noUnit, k
	}
	sp := skipWhite(s, k, limit)
	if sp == k {
		return noUnit, k
	}
	for _, w := range perArticles {
		e := matchWord(s, sp, w)
		if e < 0 {
			continue
		}
		if us := skipWhite(s, e, limit); us > e {
			if u, ue := unitAt(s, us, false); ue > 0 {
				return u, ue
			}
		}
	}
	for _, p := range perWords {
		if e := matchPhrase(s, sp, p.words, limit); e > 0 {
			return p.unit, e
		}
	}
	return noUnit, k
}

// overAt reads "over five years", "for 3 months", "over a year" or "over
// the next ten years" at s[k:] and returns the term and where it ends, or k
// if there is none.
func overAt(s string, k, limit int) (Term, int) {
	sp := skipWhite(s, k, limit)
	if sp == k {
		return Term{}, k
	}
	e := matchWord(s, sp, "over")
	if e < 0 {
		e = matchWord(s, sp, "for")
	}
	if e < 0 {
		return Term{}, k
	}
	cs := e
	if sp := skipWhite(s, e, limit); sp > e {
		if n := matchPhrase(s, sp, []string{"the", "next"}, limit); n > 0 {
			cs = n
			// "over the next year", "over the next decade": one of them
			if us := skipWhite(s, n, limit); us > n {
				if t, ue := unitsAt(s, us, 1); ue > 0 {
					return t, ue
				}
			}
		}
	}
	if t, e := countedAt(s, cs, limit); e > cs {
		return t, e
	}
	return Term{}, k
}

// countedAt reads white space and then a count and its units at s[k:],
// "five years", "18 months", "a year", and returns the term and where it
// ends, or k if there is none.
func countedAt(s string, k, limit int) (Term, int) {
	cs := skipWhite(s, k, limit)
	if cs == k {
		return Term{}, k
	}
	n, ce := countAt(s, cs, limit)
	if ce < 0 {
		return Term{}, k
	}
	us := skipWhite(s, ce, limit)
	if us == ce {
		return Term{}, k
	}
	if t, ue := unitsAt(s, us, n); ue > 0 {
		return t, ue
	}
	return Term{}, k
}

// unitsAt reads the unit of a count of n at s[i:], "years" for n above 1
// and "year" for 1, and returns the term and where it ends, or e = -1 if
// there is none. A decade is ten years: "over the next decade", "over two
// decades".
func unitsAt(s string, i int, n int64) (Term, int) {
	if u, ue := unitAt(s, i, n != 1); ue > 0 {
		return newTerm(int(n), u), ue
	}
	w := "decade"
	if n != 1 {
		w = "decades"
	}
	if e := matchWord(s, i, w); e > 0 && (e == len(s) || s[e] != '-') && n <= math.MaxInt32/10 {
		return newTerm(int(10*n), year), e
	}
	return Term{}, -1
}

// maxTermDigits is the most digits the count of a term may have: "over
// 999999 years" is the longest term ParseFigure reads in digits.
const maxTermDigits = 6

// countAt reads the count of a term at s[i:], in digits ("5"), in words
// ("five", "twenty-five") or as "a", and returns it and where it ends, or
// e = -1 if there is none.
func countAt(s string, i, limit int) (n int64, e int) {
	if e := matchWord(s, i, "a"); e > 0 {
		return 1, e
	}
	j := i
	for j < len(s) && isDigitByte(s[j]) && j-i < maxTermDigits {
		n = n*10 + int64(s[j]-'0')
		j++
	}
	if j > i {
		if n == 0 || isWordAt(s, j) {
			return 0, -1
		}
		return n, j
	}
	return numberWordsAt(s, i, limit)
}

// unitAt reads a unit word at s[i:], plural if plural is set and singular
// otherwise ("years", "year"), and returns the unit and where it ends, or
// e = -1 if there is none. A unit joined by a hyphen to what follows, as
// in "year-olds", is none.
func unitAt(s string, i int, plural bool) (termUnit, int) {
	for u := day; u <= year; u++ {
		w := termUnits[u].one
		if plural {
			w = termUnits[u].many
		}
		if e := matchWord(s, i, w); e > 0 && (e == len(s) || s[e] != '-') {
			return u, e
		}
	}
	return noUnit, -1
}
