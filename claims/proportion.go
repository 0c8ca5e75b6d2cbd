package claims

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// A Proportion is a percentage, a share or a multiple as a person states it,
// with the precision its words imply: "9%", "0.1 per cent", "a 9%
// increase", "a cut of 5%", "two thirds", "one in five", "more than
// doubled", "nearly quadruple", "threefold". It is the ratio a RatioClaim
// asserts: of a part to its whole ("two thirds of the money"), or of a
// level after a change to the level before ("a 9% increase" is a ratio of
// 1.09, "doubled" of 2, "a threefold increase" of 3).
//
// The words imply a precision, read as a Figure's digits are: "9%" admits
// 8.5% up to but not including 9.5%, "0.1 per cent" 0.05% to 0.15%, and
// "doubled" a ratio that rounds to 2. A fraction in words has no digits, so
// "two thirds" admits what is within currency.ApproxTolerancePercent of
// two thirds (60% to 73.3%). A qualifier bounds the value as it bounds a
// Figure: "more than doubled" is a ratio above 2, "nearly quadruple" one
// from 3.6 up to 4, "up to 9%" at most 9%. Values are exact: rationals,
// never floats.
//
// Proportions are small comparable values. The zero Proportion states
// nothing; IsZero reports it.
type Proportion struct {
	text   string
	num    int64 // the value stated, num/den, in its words' unit: per cent,
	den    int64 // a fraction, or times
	places int8  // decimal places of the number as written; -1 for words without digits
	bound  currency.Bound
	form   uint8 // percentage, fraction or multiple
	change int8  // +1 an increase, -1 a cut, 0 neither
}

// The forms of a proportion.
const (
	percentage uint8 = iota + 1
	fraction
	multiple
)

// ParseProportion reads a proportion as people write one. Words are read
// in any case, separated by spaces or hyphens. The grammar, in which [x]
// is optional and | separates choices:
//
//	proportion = [qualifier] [article] [change "of" | "up" | "down" ["by"]] [qualifier] core
//	           | [article] change                              "an increase": more than 0%
//	core       = number ("%" | "per cent" | "percent") [after]    "9%", "a 9% increase"
//	           | [count] denominator                               "half", "two thirds", "a quarter"
//	           | count "in" count                                  "one in five"
//	           | digits "/" digits                                 "4/5", of a whole of 2 to 10
//	           | times [after]                                     "doubled", "threefold", "2.5 times"
//	           | number                                            "3", a multiple
//	times      = "doubled" | "double" | "doubling" | "twice"
//	           | "tripled" | "triple" | "trebled" | "treble" | "tripling"
//	           | "quadrupled" | "quadruple" | "quadrupling"
//	           | (number | count) ("times" | "fold")  | count "fold" as one word ("threefold")
//	after      = change | "more" | "higher" | "less" | "lower"
//	change     = "increase" | "rise" | "boost" | "uplift" | "jump"     an increase
//	           | "cut" | "fall" | "drop" | "decrease" | "reduction"    a cut
//	number     = digits ["." digits], at most 15 digits
//	count      = "a" | "one" | "two" ... "twenty", or digits, as funding.ParseCount reads them
//	denominator = "half" | "halves" | "third(s)" | "quarter(s)" | "fifth(s)" ... "tenth(s)"
//	article    = "a" | "an"
//
// A qualifier is one that funding.ParseCount reads ("about", "more than",
// "at least", "up to", "nearly", "almost", "over", "under"...), and gives
// the Bound. A multiple may be "an increase" ("a threefold increase" is 3)
// but not a cut.
//
// ParseProportion returns a *ParseError if s is empty or does not follow
// the grammar (ErrSyntax), or if it starts with a minus sign, a number has
// more than 15 digits, a fraction is more than one whole or a cut is of
// more than 100% (ErrRange).
func ParseProportion(s string) (Proportion, error) {
	p, off, err := parseProportion(s)
	if err != nil {
		return Proportion{}, &ParseError{Func: "ParseProportion", Input: shorten(s), Offset: off, Err: err}
	}
	return p, nil
}

// MustParseProportion is like ParseProportion but panics if s is not a
// proportion. It is for tests, examples and package-level variables.
func MustParseProportion(s string) Proportion {
	p, err := ParseProportion(s)
	if err != nil {
		panic(err)
	}
	return p
}

// A word is a word of a proportion and its offset in the text.
type word struct {
	s   string // lower case
	off int
}

// words splits s at spaces and hyphens.
func words(s string) []word {
	var out []word
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '-' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, word{strings.ToLower(s[start:i]), start})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// changeWords are the nouns of a change, and their direction.
var changeWords = map[string]int8{
	"increase": 1, "rise": 1, "boost": 1, "uplift": 1, "jump": 1, "more": 1, "higher": 1,
	"cut": -1, "fall": -1, "drop": -1, "decrease": -1, "reduction": -1, "less": -1, "lower": -1,
}

// denominators are the words for fractions.
var denominators = map[string]int64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// multipleWords are the verbs and adjectives of multiples.
var multipleWords = map[string]int64{
	"doubled": 2, "double": 2, "doubling": 2, "twice": 2,
	"tripled": 3, "triple": 3, "tripling": 3, "trebled": 3, "treble": 3, "trebling": 3,
	"quadrupled": 4, "quadruple": 4, "quadrupling": 4,
}

// parseProportion does the work of ParseProportion, returning the offset
// of an error.
func parseProportion(s string) (Proportion, int, error) {
	text := strings.TrimSpace(s)
	base := strings.Index(s, text)
	ws := words(text)
	if len(ws) == 0 {
		return Proportion{}, 0, detail(ErrSyntax, "want a percentage, a share or a multiple")
	}
	if strings.HasPrefix(text, "-") || strings.HasPrefix(text, "−") {
		return Proportion{}, base, detail(ErrRange, "a proportion is not negative; a fall is a cut")
	}
	p := Proportion{text: text, bound: currency.Exact}
	i := 0
	at := func() int {
		if i < len(ws) {
			return base + ws[i].off
		}
		return base + len(text)
	}
	qualifier := func() {
		for n := min(3, len(ws)-i); n > 0; n-- {
			q := make([]string, n)
			for k := range q {
				q[k] = ws[i+k].s
			}
			if c, err := funding.ParseCount(strings.Join(q, " ") + " 1"); err == nil && p.bound == currency.Exact {
				p.bound = c.Bound()
				i += n
				return
			}
		}
	}
	qualifier()
	if i < len(ws) && (ws[i].s == "a" || ws[i].s == "an") && i+1 < len(ws) && !isDenominator(ws[i+1].s) && ws[i+1].s != "in" {
		i++
	}
	switch {
	case i+1 < len(ws) && changeWords[ws[i].s] != 0 && ws[i+1].s == "of":
		p.change = changeWords[ws[i].s]
		i += 2
	case i < len(ws) && (ws[i].s == "up" || ws[i].s == "down"):
		p.change = 1
		if ws[i].s == "down" {
			p.change = -1
		}
		i++
		if i < len(ws) && ws[i].s == "by" {
			i++
		}
	}
	if p.change != 0 {
		qualifier()
	}
	if p.change == 0 && i == len(ws)-1 && changeWords[ws[i].s] != 0 && p.bound == currency.Exact {
		// "an increase", "a real cut": a change of more than nothing.
		p.form, p.change, p.num, p.den, p.bound = percentage, changeWords[ws[i].s], 0, 1, currency.MoreThan
		return p, 0, nil
	}
	if i == len(ws) {
		return Proportion{}, at(), detail(ErrSyntax, "want a number or a fraction")
	}
	w := ws[i].s
	switch {
	case strings.HasSuffix(w, "%") || i+1 < len(ws) && (ws[i+1].s == "percent" || ws[i+1].s == "per" && i+2 < len(ws) && ws[i+2].s == "cent"):
		n := strings.TrimSuffix(w, "%")
		if err := p.number(n); err != nil {
			return Proportion{}, at(), err
		}
		p.form = percentage
		switch {
		case n != w:
			i++
		case ws[i+1].s == "percent":
			i += 2
		default:
			i += 3
		}
	case multipleWords[w] != 0:
		p.form, p.num, p.den = multiple, multipleWords[w], 1
		i++
	case denominators[w] != 0:
		p.form, p.num, p.den, p.places = fraction, 1, denominators[w], -1
		i++
	case strings.Contains(w, "/"):
		// "over 4/5 of the money" (thelondoneconomic-2016): a fraction
		// in figures.
		num, den, ok := slashed(w)
		if !ok {
			return Proportion{}, at(), detail(ErrSyntax, "want a fraction such as 4/5, of a whole up to tenths")
		}
		p.form, p.num, p.den, p.places = fraction, num, den, -1
		i++
	case strings.HasSuffix(w, "fold") && w != "fold":
		if err := p.count(strings.TrimSuffix(w, "fold")); err != nil {
			return Proportion{}, at(), err
		}
		p.form = multiple
		i++
	default:
		// A count or number, then what it counts.
		if err := p.count(w); err != nil {
			if err := p.number(w); err != nil {
				return Proportion{}, at(), err
			}
		}
		i++
		switch {
		case i < len(ws) && (ws[i].s == "times" || ws[i].s == "fold"):
			p.form = multiple
			i++
		case i < len(ws) && denominators[ws[i].s] != 0 && p.places == 0:
			p.form, p.den, p.places = fraction, denominators[ws[i].s], -1
			i++
		case i+1 < len(ws) && ws[i].s == "in" && p.places == 0:
			d, err := funding.ParseCount(ws[i+1].s)
			if err != nil || d.Bound() != currency.Exact {
				i++
				return Proportion{}, at(), detail(ErrSyntax, "want a whole number after \"in\"")
			}
			p.form, p.den, p.places = fraction, d.Value(), -1
			i += 2
		case i == len(ws) && p.change == 0:
			p.form = multiple // "3", as a ratio
		default:
			return Proportion{}, at(), detail(ErrSyntax, "want \"%\", \"per cent\", \"times\", \"fold\" or a fraction after the number")
		}
	}
	if i < len(ws) && p.change == 0 && p.form != fraction {
		if d := changeWords[ws[i].s]; d != 0 {
			p.change = d
			i++
		}
	}
	if i < len(ws) {
		return Proportion{}, at(), detail(ErrSyntax, "unexpected "+strconv.Quote(ws[i].s))
	}
	switch {
	case p.form == multiple && p.change < 0:
		return Proportion{}, base, detail(ErrSyntax, "a multiple is not a cut")
	case p.form == fraction && p.num > p.den:
		return Proportion{}, base, detail(ErrRange, "a fraction of more than one whole")
	case p.form == percentage && p.change < 0 && big.NewRat(p.num, p.den).Cmp(big.NewRat(100, 1)) > 0:
		return Proportion{}, base, detail(ErrRange, "a cut of more than 100%")
	}
	if p.form == multiple && p.change > 0 {
		p.change = 0 // "a threefold increase" is a ratio of 3, as "threefold" is
	}
	p.reduce()
	return p, 0, nil
}

// slashed returns the numerator and denominator of w, a fraction in
// figures ("4/5", "2/3"): one or two digits over a whole of two to ten,
// as the words for fractions are ("fifths"), so that a financial year
// ("2012/13") or a date is none.
func slashed(w string) (num, den int64, ok bool) {
	n, d, found := strings.Cut(w, "/")
	if !found || n == "" || d == "" || len(n) > 2 || len(d) > 2 || !allDigits(n) || !allDigits(d) {
		return 0, 0, false
	}
	num, _ = strconv.ParseInt(n, 10, 64)
	den, _ = strconv.ParseInt(d, 10, 64)
	if num < 1 || den < 2 || den > 10 {
		return 0, 0, false
	}
	return num, den, true
}

// isDenominator reports whether w is a word for a fraction.
func isDenominator(w string) bool { return denominators[w] != 0 }

// number sets p's value to the decimal n, with its places.
func (p *Proportion) number(n string) error {
	whole, frac, dot := strings.Cut(n, ".")
	if whole == "" || dot && frac == "" || !allDigits(whole) || !allDigits(frac) {
		return detail(ErrSyntax, "want a number such as 9 or 0.1")
	}
	if len(whole)+len(frac) > 15 {
		return detail(ErrRange, "want at most 15 digits")
	}
	v, _ := strconv.ParseInt(whole+frac, 10, 64)
	p.num, p.den, p.places = v, pow10(len(frac)), int8(len(frac))
	return nil
}

// count sets p's value to the whole number w, in words or digits, as
// funding.ParseCount reads it; "a" is one.
func (p *Proportion) count(w string) error {
	if w == "a" || w == "an" {
		p.num, p.den = 1, 1
		return nil
	}
	c, err := funding.ParseCount(w)
	if err != nil || c.Bound() != currency.Exact {
		return detail(ErrSyntax, "want a number")
	}
	p.num, p.den = c.Value(), 1
	return nil
}

// reduce puts p's value in lowest terms.
func (p *Proportion) reduce() {
	r := big.NewRat(p.num, p.den)
	p.num, p.den = r.Num().Int64(), r.Denom().Int64()
}

// allDigits reports whether s is all ASCII digits (true for "").
func allDigits(s string) bool {
	for i := range len(s) {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// pow10 returns 10^n for n from 0 to 18.
func pow10(n int) int64 { return int64(pow10u[n]) }

// Equal reports whether p and q are the same words, read the same way. It
// is p == q, for go-cmp.
func (p Proportion) Equal(q Proportion) bool { return p == q }

// IsZero reports whether p is the zero Proportion, which states nothing.
func (p Proportion) IsZero() bool { return p == Proportion{} }

// String returns the words as stated, "a 9% increase", or "" for the zero
// Proportion.
func (p Proportion) String() string { return p.text }

// Bound returns how the words bound the value: Exact for "9%", MoreThan
// for "more than doubled", Nearly for "nearly quadruple";
// currency.BoundUnknown for the zero Proportion.
func (p Proportion) Bound() currency.Bound { return p.bound }

// Ratio returns the ratio the words state, exactly: 0.09 for "9%", 1.09 for
// "a 9% increase", 0.95 for "a cut of 5%", 2/3 for "two thirds", 2 for
// "more than doubled" (whose Bound says "more than"). The zero Proportion
// gives 0. The result is the caller's to change.
func (p Proportion) Ratio() *big.Rat {
	if p.IsZero() {
		return new(big.Rat)
	}
	return p.fromValue(big.NewRat(p.num, p.den))
}

// Admits reports whether an actual ratio r is consistent with the words of
// p and the precision they imply (see Proportion): "9%" admits 0.086, "a
// 9% increase" admits 1.086 but not 0.95, "more than doubled" admits 2.1
// but not 2. The zero Proportion and a nil r admit nothing.
func (p Proportion) Admits(r *big.Rat) bool {
	if p.IsZero() || r == nil {
		return false
	}
	return p.interval().contains(p.toValue(r))
}

// toValue returns the value in p's words' unit (per cent, a fraction or
// times) that the ratio r is: 100(r − 1) for an increase.
func (p Proportion) toValue(r *big.Rat) *big.Rat {
	v := new(big.Rat).Set(r)
	switch {
	case p.form == percentage && p.change > 0:
		v.Sub(v, ratOne)
	case p.form == percentage && p.change < 0:
		v.Sub(ratOne, v)
	}
	if p.form == percentage {
		v.Mul(v, ratHundred)
	}
	return v
}

// fromValue returns the ratio that v, a value in p's words' unit, is.
func (p Proportion) fromValue(v *big.Rat) *big.Rat {
	r := new(big.Rat).Set(v)
	if p.form != percentage {
		return r
	}
	r.Quo(r, ratHundred)
	switch {
	case p.change > 0:
		r.Add(ratOne, r)
	case p.change < 0:
		r.Sub(ratOne, r)
	}
	return r
}

// interval returns the values, in p's words' unit, that p admits.
func (p Proportion) interval() ratInterval {
	v := big.NewRat(p.num, p.den)
	return admitted(p.bound, v, p.precision())
}

// precision returns the unit p's number is written to, or nil for words
// without digits.
func (p Proportion) precision() *big.Rat {
	if p.places < 0 {
		return nil
	}
	return big.NewRat(1, pow10(int(p.places)))
}

// unit returns the unit of p's value for explanations: "%" or " times", or
// "" for a fraction.
func (p Proportion) unit() string {
	switch p.form {
	case percentage:
		return "%"
	case multiple:
		return " times"
	}
	return ""
}

// MarshalText returns the words, as String does.
func (p Proportion) MarshalText() ([]byte, error) { return []byte(p.text), nil }

// UnmarshalText sets p to the proportion text states, as ParseProportion
// reads it; empty text gives the zero Proportion.
func (p *Proportion) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Proportion{}
		return nil
	}
	v, err := ParseProportion(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

var (
	ratOne     = big.NewRat(1, 1)
	ratHundred = big.NewRat(100, 1)
	ratTenth   = big.NewRat(currency.ApproxTolerancePercent, 100)
)

// A ratInterval is a set of rationals from lo to hi, either end open; a nil
// hi is no upper end.
type ratInterval struct {
	lo, hi         *big.Rat
	loOpen, hiOpen bool
}

// admitted returns the values that a value v stated to precision prec (nil
// for words without digits) and qualified by b admits, as
// currency's Figure.Admits reads a figure: an exact value admits what rounds
// half up to it at its precision, or, without digits, what is within
// ApproxTolerancePercent of it; "about" the wider of those and the
// tolerance; "nearly" up to v and within the tolerance below it.
func admitted(b currency.Bound, v, prec *big.Rat) ratInterval {
	tol := new(big.Rat).Mul(v, ratTenth)
	approx := ratInterval{lo: new(big.Rat).Sub(v, tol), hi: new(big.Rat).Add(v, tol)}
	exact := approx
	if prec != nil {
		half := new(big.Rat).Quo(prec, big.NewRat(2, 1))
		exact = ratInterval{lo: new(big.Rat).Sub(v, half), hi: new(big.Rat).Add(v, half), hiOpen: true}
	}
	switch b {
	case currency.Exact:
		return exact
	case currency.About:
		iv := approx
		if exact.lo.Cmp(iv.lo) < 0 {
			iv.lo = exact.lo
		}
		if exact.hi.Cmp(iv.hi) > 0 {
			iv.hi, iv.hiOpen = exact.hi, exact.hiOpen
		}
		return iv
	case currency.AtLeast:
		return ratInterval{lo: v}
	case currency.MoreThan:
		return ratInterval{lo: v, loOpen: true}
	case currency.AtMost:
		return ratInterval{lo: new(big.Rat), hi: v}
	case currency.LessThan:
		return ratInterval{lo: new(big.Rat), hi: v, hiOpen: true}
	case currency.Nearly:
		return ratInterval{lo: approx.lo, hi: v, hiOpen: true}
	}
	return ratInterval{lo: ratOne, hi: new(big.Rat), hiOpen: true} // empty
}

// contains reports whether x lies in iv.
func (iv ratInterval) contains(x *big.Rat) bool {
	c := x.Cmp(iv.lo)
	if c < 0 || c == 0 && iv.loOpen {
		return false
	}
	if iv.hi == nil {
		return true
	}
	c = x.Cmp(iv.hi)
	return c < 0 || c == 0 && !iv.hiOpen
}

// meets reports whether iv holds any value from lo to hi, both included.
func (iv ratInterval) meets(lo, hi *big.Rat) bool {
	if lo.Cmp(hi) > 0 {
		lo, hi = hi, lo
	}
	if iv.hi != nil {
		if c := lo.Cmp(iv.hi); c > 0 || c == 0 && iv.hiOpen {
			return false
		}
	}
	c := hi.Cmp(iv.lo)
	return c > 0 || c == 0 && !iv.loOpen
}
