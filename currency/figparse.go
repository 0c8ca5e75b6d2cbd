package currency

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

const (
	// maxFigureLen is the longest input ParseFigure reads, in bytes.
	maxFigureLen = 256
	// maxFigureDigits is the most digits one stated amount may have.
	maxFigureDigits = 30
	// proseSpace is the most bytes of white space Find accepts between the
	// words of one figure.
	proseSpace = 4
	// maxSuffix is the length of the longest multiplier written straight
	// after the digits, "trillion".
	maxSuffix = 8
)

// ParseFigure reads an amount of money as a person states it and returns it
// as a Figure. Words and suffixes are read in any case; white space between
// words may be any run of Unicode spaces, and white space around the figure
// is ignored. The grammar, in which [x] is optional and | separates
// choices:
//
//	figure     = stated [per] [over]
//	stated     = ["-"] amount                      exact, e.g. "£2.4m", "-£400,000"
//	           | qualifier amount                  e.g. "more than £4 million"
//	           | amount ("-" | "–" | "to") amount  range, e.g. "£3m-£5m", "£3m to £5m"
//	           | "between" amount "and" amount     range
//	amount     = symbol number [multiplier]        "£2.4m", "€2m", "$3 billion"
//	           | code number [multiplier]          "GBP 2.4m", "CHF 2m"
//	           | number [multiplier] word          "2.4 million pounds", "2m GBP"
//	           | number ("p" | "pence")            "30p", "30 pence" (GBP)
//	           | fraction mword word               "half a billion pounds"
//	symbol     = "£" | "€" | "$" | "US$" | "¥"     GBP, EUR, USD, USD, JPY
//	code       = an ISO 4217 code, such as GBP
//	number     = digits ["." digits]               "1260000", "2.4"
//	           | d{1,3} ("," d{3})+ ["." digits]   "1,260,000" (no leading 0)
//	multiplier = "k" | "m" | "mn" | "b" | "bn" | "tn" (straight after the digits)
//	           | mword (straight after the digits or after white space)
//	mword      = "thousand" | "million" | "billion" | "trillion"
//	word       = "pounds" | "pound" | "sterling" | "euros" | "euro"
//	           | "dollars" | "dollar" | "yen" | code
//	fraction   = "a" | "half a" | "a quarter of a" | "quarter of a"
//	qualifier  = about:     "about" | "around" | "approximately" | "roughly"
//	                        | "some" | "circa" | "close to" | "an estimated"
//	                        | "estimated"
//	           | at least:  "at least" | "no less than" | "not less than"
//	                        | "a minimum of"
//	           | more than: "more than" | "over" | "above" | "in excess of"
//	                        | "upwards of" | "just over"
//	           | at most:   "up to" | "at most" | "no more than"
//	                        | "not more than" | "a maximum of" | "as much as"
//	           | less than: "less than" | "under" | "below"
//	           | nearly:    "nearly" | "almost" | "just under" | "not quite"
//	per        = ("a" | "per" | "each" | "every") unit    "£8m a year", Per Years(1)
//	           | "-a-" unit (touching the amount)        "£400m-a-year"
//	           | "annually" | "yearly" | "per annum"      a year
//	           | "monthly" | "weekly" | "daily"
//	over       = ("over" | "for") ["the next"] count units  "over five years", Over Years(5)
//	unit       = "year" | "month" | "week" | "day"
//	units      = unit after a count of 1, else "years" | "months" | "weeks" | "days"
//	count      = 1 to 6 digits, not 0 | "a" | one to 999 in words ("twenty-five")
//
// A per or over term followed by "ago", "earlier", "later", "before" or
// "previously" is a time, not a term of the money, and is not read.
//
// One end of a range may leave its currency to the other: "£3-5m" and
// "3 to 5 million pounds" are £3m to £5m, and "20-30p" is 20p to 30p. The
// low end takes the high end's currency if it has none, and the high end
// takes the low end's if it has a multiplier of its own. In such a range a
// low end with no multiplier, not written with commas, takes the high end's
// multiplier too. A range that writes both currencies is read as written:
// "£3-£5m" is £3 to £5m, and "between £500 and £1m" is £500 to £1m.
//
// Values are exact decimals: "£2.4m" is £2,400,000 and "half a billion
// pounds" £500,000,000. Figure documents the precision the digits imply and
// Figure.Admits the amounts each wording admits.
//
// ParseFigure returns an error if:
//   - s is longer than 256 bytes (ErrRange);
//   - s is empty, has no currency, or does not follow the grammar, as "£",
//     "£2.4q", "£-2m", "£1,2,3" or "£1e400" do (ErrSyntax);
//   - a number has more than 30 digits (ErrRange);
//   - a range's high end is below its low end, as in "£2m-£1m" (ErrRange);
//   - a range's ends are in different currencies (ErrMismatch);
//   - a three-letter code names no ISO 4217 currency, as in "XYZ 2m"
//     (ErrUnknownCurrency).
//
// The error is a *ParseError whose Offset is the byte at which reading
// failed.
func ParseFigure(s string) (Figure, error) {
	if len(s) > maxFigureLen {
		return Figure{}, &ParseError{
			Func:   "ParseFigure",
			Input:  shorten(s),
			Offset: maxFigureLen,
			Err:    expected(ErrRange, "want at most 256 bytes, got "+itoa(int64(len(s)))),
		}
	}
	f, e := parseFigure(s)
	if e.failed() {
		return Figure{}, &ParseError{Func: "ParseFigure", Input: s, Offset: e.off, Err: expected(e.kind, e.want)}
	}
	return f, nil
}

// shorten returns the first maxFigureLen bytes of s, cut at a rune boundary,
// for an error to quoteWord without holding on to a huge input.
func shorten(s string) string {
	if len(s) <= maxFigureLen {
		return s
	}
	n := maxFigureLen
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// A scanError says where and why reading a figure failed.
// The zero scanError is no error. It is a value, not a pointer, so that
// Find's many failed attempts cost no allocation.
type scanError struct {
	off  int
	kind error
	want string
}

// failed reports whether e is an error.
func (e scanError) failed() bool { return e.kind != nil }

// parseFigure reads the whole of s as a figure.
func parseFigure(s string) (Figure, scanError) {
	i := skipWhite(s, 0, 0)
	end := len(s)
	for end > i {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	t := s[:end]
	if i == end {
		return Figure{}, scanError{0, ErrSyntax, "want a figure such as £2.4m"}
	}
	if t[i] == '-' {
		a, err := scanAmount(t, i+1, false)
		if err.failed() {
			return Figure{}, err
		}
		per, over, k := termAt(t, a.end, false)
		if k != end {
			return Figure{}, scanError{k, ErrSyntax, "want the end of the figure: a negative figure has no qualifier or range"}
		}
		a.neg = true
		return build(Exact, &a, nil, t[i:], per, over)
	}
	bound, j := qualifierAt(t, i)
	a, err := scanAmount(t, j, false)
	if err.failed() {
		return Figure{}, err
	}
	k := a.end
	var b *stated
	switch bound {
	case Range:
		sp := skipWhite(t, k, 0)
		e := -1
		if sp > k {
			e = matchWord(t, sp, "and")
		}
		if e < 0 {
			return Figure{}, scanError{sp, ErrSyntax, `want "and" and the high end of the range`}
		}
		sp = skipWhite(t, e, 0)
		if sp == e {
			return Figure{}, scanError{e, ErrSyntax, "want the high end of the range"}
		}
		hi, err := scanAmount(t, sp, false)
		if err.failed() {
			return Figure{}, err
		}
		b, k = &hi, hi.end
	case BoundUnknown:
		bound = Exact
		if _, _, te := termAt(t, k, false); k < end && te == k {
			hi, found, err := rangeTail(t, k, false)
			if err.failed() {
				return Figure{}, err
			}
			if found {
				bound, b, k = Range, &hi, hi.end
			}
		}
	}
	per, over, k := termAt(t, k, false)
	if k != end {
		return Figure{}, scanError{k, ErrSyntax, "want the end of the figure"}
	}
	return build(bound, &a, b, t[i:], per, over)
}

// rangeTail reads the separator and high end of a range that may follow an
// amount ending at k: "-£5m", "–£5m" or " to £5m". found reports whether a
// separator was there. In prose the dashes must touch both ends.
func rangeTail(s string, k int, prose bool) (hi stated, found bool, err scanError) {
	j := k
	if !prose {
		j = skipWhite(s, k, 0)
	}
	sep := -1
	switch {
	case j < len(s) && s[j] == '-':
		sep = j + 1
	case strings.HasPrefix(s[j:], "–"):
		sep = j + len("–")
	}
	if sep >= 0 {
		if !prose {
			sep = skipWhite(s, sep, 0)
		}
		hi, err = scanAmount(s, sep, prose)
		return hi, true, err
	}
	limit := spaceLimit(prose)
	sp := skipWhite(s, k, limit)
	if sp == k {
		return hi, false, scanError{}
	}
	e := matchWord(s, sp, "to")
	if e < 0 {
		return hi, false, scanError{}
	}
	sp = skipWhite(s, e, limit)
	if sp == e {
		return hi, false, scanError{}
	}
	hi, err = scanAmount(s, sp, prose)
	return hi, true, err
}

// build makes the figure with bound b of the amounts a and, for a Range, hi,
// stated per and over the terms given and worded as text, after filling in
// what one end of a range leaves to the other.
func build(b Bound, a, hi *stated, text string, per, over Term) (Figure, scanError) {
	if hi == nil {
		if !a.hasCode {
			return Figure{}, scanError{a.start, ErrSyntax, "want a currency: a symbol such as £, a code such as GBP or a word such as pounds"}
		}
		lo := a.amount()
		return newFigure(b, lo, lo, a.exp(), a.exp(), per, over, text), scanError{}
	}
	shared := !a.hasCode || !hi.hasCode // one end leaves its currency to the other
	if !hi.hasCode {
		if !hi.hasMult || !a.hasCode {
			return Figure{}, scanError{hi.start, ErrSyntax, "want a currency or a multiplier such as m on the high end of the range"}
		}
		hi.code, hi.hasCode = a.code, true
	}
	switch {
	case !a.hasCode:
		a.code, a.hasCode = hi.code, true
		if hi.pence && !a.hasMult {
			a.pence, a.mult = true, -2
		}
	case a.code != hi.code:
		return Figure{}, scanError{hi.start, ErrMismatch, "want both ends of the range in " + a.code.String()}
	}
	if shared && !a.hasMult && !a.pence && !a.grouped && hi.hasMult {
		a.mult, a.hasMult = hi.mult, true
	}
	lo, h := a.amount(), hi.amount()
	if cmpValue(lo, h) > 0 {
		return Figure{}, scanError{hi.start, ErrRange, "want the high end of the range at or above the low end"}
	}
	return newFigure(Range, lo, h, a.exp(), hi.exp(), per, over, text), scanError{}
}

// A stated amount is one amount as written, before a figure is made of it.
type stated struct {
	start, end int
	code       Code
	hasCode    bool   // a currency was written or taken from the other end
	coef       int64  // the digits, when there are at most 18 of them
	digits     string // all the digits, when there are more
	frac       int32  // how many of them follow the decimal point
	mult       int32  // the multiplier's power of ten: 6 for "m", -2 for "p"
	hasMult    bool   // a multiplier word or suffix was written
	pence      bool   // "30p", "30 pence"
	grouped    bool   // the digits are grouped with commas
	neg        bool   // a minus sign came before the amount
}

// exp returns the power of ten of the amount's last stated digit: its
// precision.
func (a *stated) exp() int32 { return a.mult - a.frac }

// amount returns the value stated, exactly.
func (a *stated) amount() Amount {
	if a.digits == "" {
		if a.neg {
			return Amount{coef: -a.coef, exp: a.exp(), code: a.code}
		}
		return Amount{coef: a.coef, exp: a.exp(), code: a.code}
	}
	var c big.Int
	c.SetString(a.digits, 10)
	if a.neg {
		c.Neg(&c)
	}
	return fromDecimal(decimal.NewFromBigInt(&c, a.exp()), a.code)
}

var figSymbols = [...]struct {
	sym  string
	code *Code
}{{"£", &GBP}, {"€", &EUR}, {"US$", &USD}, {"$", &USD}, {"¥", &JPY}}

var multWords = [...]struct {
	word string
	exp  int32
}{{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}}

var multSuffixes = [...]struct {
	word string
	exp  int32
}{{"k", 3}, {"m", 6}, {"mn", 6}, {"b", 9}, {"bn", 9}, {"tn", 12},
	{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}}

var currencyWords = [...]struct {
	word string
	code *Code
}{{"pounds", &GBP}, {"pound", &GBP}, {"sterling", &GBP}, {"euros", &EUR},
	{"euro", &EUR}, {"dollars", &USD}, {"dollar", &USD}, {"yen", &JPY}}

var fractionWords = [...]struct {
	words []string
	coef  int64
	frac  int32
}{
	{[]string{"half", "a"}, 5, 1},
	{[]string{"a", "quarter", "of", "a"}, 25, 2},
	{[]string{"quarter", "of", "a"}, 25, 2},
	{[]string{"a"}, 1, 0},
}

// scanAmount reads one stated amount at s[i:]. In prose it reads only what
// Find accepts: short runs of white space and upper-case ISO codes.
func scanAmount(s string, i int, prose bool) (a stated, err scanError) {
	limit := spaceLimit(prose)
	a.start = i
	for _, fw := range fractionWords {
		if i >= len(s) || s[i]|0x20 != fw.words[0][0] {
			continue
		}
		j := matchPhrase(s, i, fw.words, limit)
		if j < 0 {
			continue
		}
		k := skipWhite(s, j, limit)
		if k == j {
			continue
		}
		exp, e := multWordAt(s, k)
		if e < 0 {
			continue
		}
		a.coef, a.frac, a.mult, a.hasMult = fw.coef, fw.frac, exp, true
		a.end, err = a.currencyWord(s, e, prose)
		if !err.failed() && !a.hasCode {
			err = scanError{e, ErrSyntax, "want a currency word such as pounds"}
		}
		return a, err
	}
	j := i
	if c, n := symbolAt(s, j); n > 0 {
		a.code, a.hasCode = c, true
		j += n
	} else if c, n, err := codeAt(s, j, prose); err.failed() {
		return a, err
	} else if n > 0 {
		a.code, a.hasCode = c, true
		j += n
	}
	if j >= len(s) || !isDigitByte(s[j]) {
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			return a, scanError{j, ErrSyntax, "want a digit: a figure is never signed after its currency"}
		}
		return a, scanError{j, ErrSyntax, "want a digit"}
	}
	if j, err = a.number(s, j); err.failed() {
		return a, err
	}
	if j, err = a.multiplier(s, j, prose); err.failed() {
		return a, err
	}
	if !a.hasCode {
		if j, err = a.currencyWord(s, j, prose); err.failed() {
			return a, err
		}
	}
	a.end = j
	return a, scanError{}
}

// symbolAt returns the currency of the symbol at s[i:] and its length, or
// n = 0 if there is none.
func symbolAt(s string, i int) (c Code, n int) {
	for _, sym := range figSymbols {
		if strings.HasPrefix(s[i:], sym.sym) {
			return *sym.code, len(sym.sym)
		}
	}
	return Code{}, 0
}

// codeAt returns the currency of an ISO code written before a number at
// s[i:], "GBP 2.4m", and the length of the code and the white space after
// it, or n = 0 if there is none. Outside prose, three letters before a
// number that name no currency are an error; in prose they are not a code
// and the code must be upper case.
func codeAt(s string, i int, prose bool) (c Code, n int, err scanError) {
	if len(s)-i < 3 || !isLetter(s[i]) || !isLetter(s[i+1]) || !isLetter(s[i+2]) || isWordAt(s, i+3) && !isDigitByte(s[i+3]) {
		return Code{}, 0, scanError{}
	}
	k := skipWhite(s, i+3, spaceLimit(prose))
	if k >= len(s) || !isDigitByte(s[k]) {
		return Code{}, 0, scanError{}
	}
	word := s[i : i+3]
	if prose && !isUpper3(word) {
		return Code{}, 0, scanError{}
	}
	c, e := ParseCode(word)
	if e != nil || c.IsZero() {
		if prose {
			return Code{}, 0, scanError{}
		}
		return Code{}, 0, scanError{i, ErrUnknownCurrency, "want an ISO 4217 currency code, not " + quoteWord(word)}
	}
	return c, k - i, scanError{}
}

// number reads the digits at s[j:], which start with a digit, and returns
// where they end.
func (a *stated) number(s string, j int) (int, scanError) {
	start, nd, first := j, 0, 0
	for run := 0; ; run++ {
		k := j
		for ; k < len(s) && isDigitByte(s[k]); k++ {
			if nd < maxCompactDigits {
				a.coef = a.coef*10 + int64(s[k]-'0')
			}
			nd++
		}
		if run == 0 {
			first = k - j
		} else if k-j != 3 {
			return j, scanError{j, ErrSyntax, "want three digits after a comma"}
		}
		j = k
		if j+1 < len(s) && s[j] == ',' && isDigitByte(s[j+1]) {
			a.grouped = true
			j++
			continue
		}
		break
	}
	if a.grouped && (first > 3 || s[start] == '0') {
		return start, scanError{start, ErrSyntax, "want one to three digits, not starting with 0, before the first comma"}
	}
	if j+1 < len(s) && s[j] == '.' && isDigitByte(s[j+1]) {
		for j++; j < len(s) && isDigitByte(s[j]); j++ {
			if nd < maxCompactDigits {
				a.coef = a.coef*10 + int64(s[j]-'0')
			}
			nd++
			a.frac++
		}
	}
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigitByte(s[j+1]) {
		return j, scanError{j, ErrSyntax, "want the end of the number, not another " + quoteWord(s[j:j+1])}
	}
	if nd > maxFigureDigits {
		return start, scanError{start, ErrRange, "want at most 30 digits"}
	}
	if nd > maxCompactDigits {
		b := make([]byte, 0, nd)
		for k := start; k < j; k++ {
			if isDigitByte(s[k]) {
				b = append(b, s[k])
			}
		}
		a.digits = string(b)
	}
	return j, scanError{}
}

// multiplier reads a multiplier or a "p" for pence after the digits ending
// at s[j:] and returns where it ends.
func (a *stated) multiplier(s string, j int, prose bool) (int, scanError) {
	k := j
	for k < len(s) && k-j <= maxSuffix && isLetter(s[k]) {
		k++
	}
	if k == j {
		if isWordAt(s, j) {
			return j, scanError{j, ErrSyntax, "want k, m, bn, a word such as million, or the end of the number"}
		}
		sp := skipWhite(s, j, spaceLimit(prose))
		if sp > j {
			if exp, e := multWordAt(s, sp); e > 0 {
				a.mult, a.hasMult = exp, true
				return e, scanError{}
			}
		}
		return j, scanError{}
	}
	if !isWordAt(s, k) {
		w := s[j:k]
		for _, m := range multSuffixes {
			if equalFoldASCII(w, m.word) {
				a.mult, a.hasMult = m.exp, true
				return k, scanError{}
			}
		}
		if !a.hasCode && equalFoldASCII(w, "p") {
			a.code, a.hasCode, a.pence, a.mult = GBP, true, true, -2
			return k, scanError{}
		}
	}
	return j, scanError{j, ErrSyntax, "want k, m, bn, a word such as million, or the end of the number"}
}

// currencyWord reads a currency written after the number, "2.4 million
// pounds", "30 pence", "2m GBP", if there is one, and returns where it ends.
func (a *stated) currencyWord(s string, j int, prose bool) (int, scanError) {
	sp := skipWhite(s, j, spaceLimit(prose))
	if sp == j {
		return j, scanError{}
	}
	for _, w := range currencyWords {
		if e := matchWord(s, sp, w.word); e > 0 {
			a.code, a.hasCode = *w.code, true
			return e, scanError{}
		}
	}
	if !a.hasMult {
		if e := matchWord(s, sp, "pence"); e > 0 {
			a.code, a.hasCode, a.pence, a.mult = GBP, true, true, -2
			return e, scanError{}
		}
	}
	if len(s)-sp < 3 || !isLetter(s[sp]) || !isLetter(s[sp+1]) || !isLetter(s[sp+2]) || isWordAt(s, sp+3) {
		return j, scanError{}
	}
	word := s[sp : sp+3]
	if equalFoldASCII(word, "and") || prose && !isUpper3(word) {
		return j, scanError{}
	}
	c, e := ParseCode(word)
	if e != nil || c.IsZero() {
		if prose {
			return j, scanError{}
		}
		return j, scanError{sp, ErrUnknownCurrency, "want an ISO 4217 currency code, not " + quoteWord(word)}
	}
	a.code, a.hasCode = c, true
	return sp + 3, scanError{}
}

// multWordAt returns the power of ten of the multiplier word at s[i:] and
// where it ends, or e = -1 if there is none.
func multWordAt(s string, i int) (exp int32, e int) {
	for _, m := range multWords {
		if e := matchWord(s, i, m.word); e > 0 {
			return m.exp, e
		}
	}
	return 0, -1
}

// A qualifier is the wording of a Bound before an amount.
type qualifier struct {
	words []string
	bound Bound
}

var qualifiers = [...]qualifier{
	{[]string{"about"}, About},
	{[]string{"around"}, About},
	{[]string{"approximately"}, About},
	{[]string{"roughly"}, About},
	{[]string{"some"}, About},
	{[]string{"circa"}, About},
	{[]string{"close", "to"}, About},
	{[]string{"an", "estimated"}, About},
	{[]string{"estimated"}, About},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"not", "less", "than"}, AtLeast},
	{[]string{"a", "minimum", "of"}, AtLeast},
	{[]string{"more", "than"}, MoreThan},
	{[]string{"over"}, MoreThan},
	{[]string{"above"}, MoreThan},
	{[]string{"in", "excess", "of"}, MoreThan},
	{[]string{"upwards", "of"}, MoreThan},
	{[]string{"just", "over"}, MoreThan},
	{[]string{"up", "to"}, AtMost},
	{[]string{"at", "most"}, AtMost},
	{[]string{"no", "more", "than"}, AtMost},
	{[]string{"not", "more", "than"}, AtMost},
	{[]string{"a", "maximum", "of"}, AtMost},
	{[]string{"as", "much", "as"}, AtMost},
	{[]string{"less", "than"}, LessThan},
	{[]string{"under"}, LessThan},
	{[]string{"below"}, LessThan},
	{[]string{"nearly"}, Nearly},
	{[]string{"almost"}, Nearly},
	{[]string{"just", "under"}, Nearly},
	{[]string{"not", "quite"}, Nearly},
	{[]string{"between"}, Range},
}

// qualifierAt returns the bound of the longest qualifier at s[i:] and where
// the white space after it ends, or BoundUnknown and i if there is none.
func qualifierAt(s string, i int) (Bound, int) {
	b, end := BoundUnknown, i
	if i >= len(s) || !isLetter(s[i]) {
		return b, i
	}
	c := s[i] | 0x20
	for _, q := range qualifiers {
		if q.words[0][0] != c {
			continue
		}
		e := matchPhrase(s, i, q.words, 0)
		if e < 0 || e <= end {
			continue
		}
		if sp := skipWhite(s, e, 0); sp > e {
			b, end = q.bound, e
		}
	}
	if b == BoundUnknown {
		return b, i
	}
	return b, skipWhite(s, end, 0)
}

// spaceLimit returns the most bytes of white space between words that
// skipWhite accepts: any amount outside prose.
func spaceLimit(prose bool) int {
	if prose {
		return proseSpace
	}
	return 0
}

// skipWhite returns the end of the run of white space at s[i:], or i if
// there is none or, when limit > 0, if the run is longer than limit bytes.
func skipWhite(s string, i, limit int) int {
	j := i
	for j < len(s) {
		r, n := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[j:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		j += n
		if limit > 0 && j-i > limit {
			return i
		}
	}
	return j
}

// matchPhrase returns the end of the words at s[i:], separated by white
// space, or -1 if they are not there.
func matchPhrase(s string, i int, words []string, limit int) int {
	for k, w := range words {
		if k > 0 {
			j := skipWhite(s, i, limit)
			if j == i {
				return -1
			}
			i = j
		}
		if i = matchWord(s, i, w); i < 0 {
			return -1
		}
	}
	return i
}

// matchWord returns the end of the lower-case ASCII word w at s[i:], in any
// case and followed by no letter or digit, or -1 if it is not there.
func matchWord(s string, i int, w string) int {
	if i < 0 || len(s)-i < len(w) || !equalFoldASCII(s[i:i+len(w)], w) || isWordAt(s, i+len(w)) {
		return -1
	}
	return i + len(w)
}

// equalFoldASCII reports whether s equals the lower-case ASCII word w in any
// case.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// isWordAt reports whether a letter or digit starts at s[i:].
func isWordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isLetter(c) || isDigitByte(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordBefore reports whether a letter or digit ends at s[:i].
func isWordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return isLetter(c) || isDigitByte(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isUpper3 reports whether w is three upper-case ASCII letters.
func isUpper3(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// quoteWord returns w in double quotes; w is ASCII letters or punctuation.
func quoteWord(w string) string { return `"` + w + `"` }
