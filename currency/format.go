package currency

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// String returns a as Format(Full) writes it in British English:
// "£2,400,000.00", "-£400,000.00", "£166.666", "¥2,400", "US$3.00". It never
// rounds, and Parse reads every String back to an Equal amount: that is why
// currencies other than GBP, EUR, USD and JPY are written with their ISO code
// ("CHF 2.00") rather than a symbol Parse does not know. The zero Amount,
// which has no currency, is "XXX 0", with ISO 4217's code for "no currency".
func (a Amount) String() string {
	var buf [64]byte
	return string(defaultLocale().appendAmount(buf[:0], a, Full))
}

// Format returns a written in style s in British English: "£2,400,000.00"
// (Full), "£2,400,000" (Whole), "£2.4m" (Short), "£2.4 million" (Words) or
// "GBP 2,400,000.00" (ISO). See Style for what each style does; only Short
// and Words round. Use a Formatter for other locales.
func (a Amount) Format(s Style) string {
	var buf [64]byte
	return string(defaultLocale().appendAmount(buf[:0], a, s))
}

// AppendFormat appends a, written in style s in British English as Format
// writes it, to dst and returns the extended buffer. It does not allocate
// when dst has room and a's coefficient fits in an int64.
func (a Amount) AppendFormat(dst []byte, s Style) []byte {
	return defaultLocale().appendAmount(dst, a, s)
}

// A Formatter writes amounts the way one locale does: its decimal and
// grouping separators and group sizes, its digits and minus sign, its
// currency symbols, and where it puts the symbol. NewFormatter(de-DE) writes
// £2,400,000 as "2.400.000,00 £".
//
// The separators, digits, minus sign and symbols come from golang.org/x/text,
// asked once per language tag and cached for the life of the process; the
// digits of the amount are written by the Formatter itself, exactly, at any
// size. x/text does not export where a locale puts the currency symbol, so
// that comes from a small table of the Unicode CLDR's currency patterns
// covering the common languages; others get CLDR's default, the symbol and a
// space before the number ("£ 2,400,000.00", as x/text itself prints). The
// symbol is separated from the number by an ordinary space (U+0020), never
// CLDR's no-break space, where the pattern has one, and also where the
// symbol's side next to the number is a letter ("CHF 2.00").
//
// Formatters are small values, safe for concurrent use. The zero Formatter
// formats in British English, like Amount's own methods.
type Formatter struct {
	loc *locale
}

// NewFormatter returns a Formatter for the locale tag names, such as
// language.German or language.MustParse("fr-CH"). A tag x/text knows nothing
// about gets its nearest match's separators and symbols.
func NewFormatter(tag language.Tag) Formatter {
	return Formatter{loc: localeFor(tag)}
}

// Equal reports whether f and g write for the same locale; the zero
// Formatter writes as NewFormatter(language.BritishEnglish) does. go-cmp
// uses it, so cmp.Equal and cmp.Diff work on Formatters.
func (f Formatter) Equal(g Formatter) bool { return f.locale() == g.locale() }

// locale returns the locale f writes for.
func (f Formatter) locale() *locale {
	if f.loc == nil {
		return defaultLocale()
	}
	return f.loc
}

// Format returns a written in style s in f's locale.
func (f Formatter) Format(a Amount, s Style) string {
	var buf [64]byte
	return string(f.AppendFormat(buf[:0], a, s))
}

// AppendFormat appends a, written in style s in f's locale, to dst and
// returns the extended buffer. It does not allocate when dst has room and
// a's coefficient fits in an int64.
func (f Formatter) AppendFormat(dst []byte, a Amount, s Style) []byte {
	return f.locale().appendAmount(dst, a, s)
}

// digitString is an unsigned decimal number as its significant digits and
// the place of the decimal point: digits "24" with point 7 is 2,400,000 and
// with point -1 is 0.024. The digits have no leading or trailing zeros, and
// are empty for zero.
type digitString struct {
	d     []byte
	point int
}

// at returns digit i, counting from the first significant one; places
// outside d are zeros.
func (x digitString) at(i int) byte {
	if i >= 0 && i < len(x.d) {
		return x.d[i]
	}
	return '0'
}

// fracLen returns how many digits x has after the decimal point.
func (x digitString) fracLen() int { return max(len(x.d)-x.point, 0) }

// appendAmount does the work of every Format and AppendFormat.
func (l *locale) appendAmount(dst []byte, a Amount, s Style) []byte {
	if a.wide == nil && l.plain && (s == Whole || s == Short) && !a.code.IsZero() {
		if sym := l.symbol(a.code); sym != "" && !spaceBetween(sym, true) {
			return l.appendPlain(dst, a, s, sym)
		}
	}
	var buf [24]byte
	var x digitString
	var exp int
	neg := false
	if a.wide == nil {
		x.d = appendUint(buf[:0], uabs(a.coef))
		exp = int(a.exp)
		neg = a.coef < 0
	} else {
		c := a.wide.Coefficient()
		neg = c.Sign() < 0
		x.d = c.Abs(c).Append(buf[:0], 10)
		exp = int(a.wide.Exponent())
	}
	x.point = len(x.d) + exp
	for len(x.d) > 0 && x.d[len(x.d)-1] == '0' {
		x.d = x.d[:len(x.d)-1]
	}
	if len(x.d) == 0 {
		x.point, neg = 0, false
	}

	// The zero Code has no symbol: it is written as ISO 4217's "XXX", so that
	// the zero Amount reads back through Parse like every other.
	sym := a.code.String()
	if s != ISO && !a.code.IsZero() {
		sym = l.symbol(a.code)
	}

	frac := x.fracLen()
	suffix := ""
	var rbuf [24]byte
	switch s {
	case Whole, Short, Words:
		if s != Whole && l.english {
			if r, sfx, ok := abbreviate(x, s == Words, rbuf[:0]); ok {
				x, frac, suffix = r, r.fracLen(), sfx
				break
			}
		}
		if frac > 0 {
			frac = max(frac, a.code.MinorUnits())
		}
	default:
		frac = max(frac, a.code.MinorUnits())
	}

	tpl := l.pos
	if neg {
		tpl = l.neg
	}
	for i := 0; i < len(tpl); i++ {
		switch tpl[i] {
		case 'S':
			if sym == "" {
				continue
			}
			if i > 0 && tpl[i-1] == 'N' && spaceBetween(sym, false) {
				dst = append(dst, ' ')
			}
			dst = append(dst, sym...)
			if i+1 < len(tpl) && tpl[i+1] == 'N' && spaceBetween(sym, true) {
				dst = append(dst, ' ')
			}
		case 'N':
			dst = l.appendNumber(dst, x, frac)
			dst = append(dst, suffix...)
		case '-':
			dst = append(dst, l.minus...)
		case ' ':
			if sym != "" {
				dst = append(dst, ' ')
			}
		}
	}
	return dst
}

// appendPlain is appendAmount for a compact amount in Whole or Short in a
// plain locale, with sym its currency's symbol, which touches the number:
// the same digits, abbreviated as abbreviate does, written with the minus
// sign and the symbol first and the number grouped in threes, without
// reading the locale's placement. Assess writes amounts of money into the
// explanations of most of its findings in these two styles.
func (l *locale) appendPlain(dst []byte, a Amount, s Style, sym string) []byte {
	if v, ok := wholeUnits(a); ok {
		return l.appendPlainWhole(dst, a.coef < 0, v, s, sym)
	}
	// The digits are those of |coef| without its trailing zeros, which
	// are dropped from the number itself first, so that they are neither
	// written nor read back; point is the place of the decimal point.
	u := uabs(a.coef)
	point := int(a.exp)
	for u != 0 && u%10 == 0 {
		u /= 10
		point++
	}
	var buf, rbuf [24]byte
	i := len(buf)
	for ; u != 0; u /= 10 {
		i--
		buf[i] = byte('0' + u%10)
	}
	d := buf[i:]
	point += len(d)
	neg := a.coef < 0
	if len(d) == 0 {
		point, neg = 0, false
	}
	frac := max(len(d)-point, 0)
	suffix := ""
	r, sfx, short := digitString{}, "", false
	if s == Short && l.english {
		r, sfx, short = abbreviate(digitString{d: d, point: point}, false, rbuf[:0])
	}
	switch {
	case short:
		d, point, frac, suffix = r.d, r.point, r.fracLen(), sfx
	case frac > 0:
		frac = max(frac, a.code.MinorUnits())
	}
	if neg {
		dst = append(dst, l.minus...)
	}
	dst = append(dst, sym...)
	if point <= 0 {
		dst = append(dst, '0')
	}
	// The integer part: the digits, then the zeros below them, with a
	// separator after the digit at next, counting down in threes.
	group := l.group[0]
	whole := min(point, len(d))
	next := (point - 1) % 3
	for i := 0; i < point; i++ {
		c := byte('0')
		if i < whole {
			c = d[i]
		}
		dst = append(dst, c)
		if i == next && i < point-1 {
			dst = append(dst, group)
			next += 3
		}
	}
	if frac > 0 {
		dst = append(dst, l.decimal[0])
		for i := point; i < point+frac; i++ {
			c := byte('0')
			if i >= 0 && i < len(d) {
				c = d[i]
			}
			dst = append(dst, c)
		}
	}
	return append(dst, suffix...)
}

// wholeUnits returns |a| in whole units of its currency, if it is a whole
// number of them that fits in a uint64, as the amounts of money in most
// writing are: its coefficient scaled up, or down without a remainder.
func wholeUnits(a Amount) (uint64, bool) {
	u := uabs(a.coef)
	switch {
	case a.exp >= 0 && int(a.exp) < len(pow10):
		hi, lo := bits.Mul64(u, uint64(pow10[a.exp]))
		return lo, hi == 0
	case a.exp < 0 && int(-a.exp) < len(pow10):
		m := uint64(pow10[-a.exp])
		return u / m, u%m == 0
	}
	return 0, false
}

// appendPlainWhole is appendPlain for an amount of v whole units, negative
// if neg and v is not zero: the same text, worked out in integers rather
// than digits. Short gives v in tenths of the largest unit it reaches,
// rounded half away from zero as abbreviate rounds, and a tenth that
// rounds up to a thousand of a unit is one of the next.
func (l *locale) appendPlainWhole(dst []byte, neg bool, v uint64, s Style, sym string) []byte {
	if neg && v != 0 {
		dst = append(dst, l.minus...)
	}
	dst = append(dst, sym...)
	u := len(abbrevUnits)
	if s == Short && l.english {
		u = 0
		for u < len(abbrevUnits) && v < uint64(pow10[abbrevUnits[u].zeros]) {
			u++
		}
	}
	if u == len(abbrevUnits) {
		return appendGroupedUint(dst, v, l.group[0])
	}
	tenth := uint64(pow10[abbrevUnits[u].zeros-1])
	t := v / tenth
	if 2*(v%tenth) >= tenth {
		t++
	}
	if t == 10_000 && u > 0 {
		t, u = 10, u-1
	}
	dst = appendGroupedUint(dst, t/10, l.group[0])
	if t%10 != 0 {
		dst = append(dst, l.decimal[0], byte('0'+t%10))
	}
	return append(dst, abbrevUnits[u].short...)
}

// appendGroupedUint appends u in decimal, its digits grouped in threes with
// sep between the groups: "2,400,000". It writes them from the last, a group
// at a time, two digits of it from digitPairs.
func appendGroupedUint(dst []byte, u uint64, sep byte) []byte {
	var b [26]byte // 20 digits and 6 separators
	i := len(b)
	for u >= 1000 {
		g := u % 1000
		u /= 1000
		d := g % 100 * 2
		b[i-1], b[i-2], b[i-3], b[i-4] = digitPairs[d+1], digitPairs[d], byte('0'+g/100), sep
		i -= 4
	}
	switch {
	case u >= 100:
		d := u % 100 * 2
		b[i-1], b[i-2], b[i-3] = digitPairs[d+1], digitPairs[d], byte('0'+u/100)
		i -= 3
	case u >= 10:
		b[i-1], b[i-2] = digitPairs[2*u+1], digitPairs[2*u]
		i -= 2
	default:
		b[i-1] = byte('0' + u)
		i--
	}
	return append(dst, b[i:]...)
}

// digitPairs holds the two digits of each number from 00 to 99, in order.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

// spaceBetween reports whether a space goes between sym and a number that
// touches it in the placement, the number following sym if numberFollows
// and preceding it if not. This is CLDR's currency spacing rule: a space
// goes in when the symbol's rune next to the number is neither a symbol nor
// a space, which keeps "CHF 2.00" apart but lets "US$2.00" touch.
func spaceBetween(sym string, numberFollows bool) bool {
	switch sym {
	case "£", "€", "$", "¥":
		// One currency symbol, the common case: it is a symbol, and
		// touches the number on either side.
		return false
	}
	var r rune
	if numberFollows {
		r, _ = utf8.DecodeLastRuneInString(sym)
	} else {
		r, _ = utf8.DecodeRuneInString(sym)
	}
	return !unicode.IsSymbol(r) && !unicode.IsSpace(r)
}

// appendNumber appends x with the locale's digits, grouping and decimal
// separator, and frac digits after the point.
func (l *locale) appendNumber(dst []byte, x digitString, frac int) []byte {
	if l.digits == nil && l.primary == 3 && l.secondary == 3 && len(l.group) == 1 && len(l.decimal) == 1 {
		return l.appendThrees(dst, x, frac)
	}
	if x.point <= 0 {
		dst = l.appendDigit(dst, '0')
	}
	for i := 0; i < x.point; i++ {
		dst = l.appendDigit(dst, x.at(i))
		if left := x.point - 1 - i; left > 0 && l.groupsAt(left) {
			dst = append(dst, l.group...)
		}
	}
	if frac > 0 {
		dst = append(dst, l.decimal...)
		for i := range frac {
			dst = l.appendDigit(dst, x.at(x.point+i))
		}
	}
	return dst
}

// appendThrees is appendNumber for a locale with ASCII digits, a one-byte
// grouping and decimal separator, and groups of three, as en-GB and most
// others have: it writes the digits with a countdown to the next group
// rather than asking groupsAt at each one.
func (l *locale) appendThrees(dst []byte, x digitString, frac int) []byte {
	if x.point <= 0 {
		dst = append(dst, '0')
	}
	group := l.group[0]
	for i, next := 0, (x.point-1)%3; i < x.point; i++ {
		dst = append(dst, x.at(i))
		if i == next && i < x.point-1 {
			dst = append(dst, group)
			next += 3
		}
	}
	if frac > 0 {
		dst = append(dst, l.decimal[0])
		for i := range frac {
			dst = append(dst, x.at(x.point+i))
		}
	}
	return dst
}

// groupsAt reports whether a grouping separator goes before the last left
// digits of the integer part.
func (l *locale) groupsAt(left int) bool {
	switch {
	case l.primary == 0 || left < l.primary:
		return false
	case left == l.primary:
		return true
	}
	return (left-l.primary)%l.secondary == 0
}

// appendDigit appends the ASCII digit d as the locale writes it.
func (l *locale) appendDigit(dst []byte, d byte) []byte {
	if l.digits == nil {
		return append(dst, d)
	}
	return append(dst, l.digits[d-'0']...)
}

// An abbrevUnit is one of Short's and Words' units.
type abbrevUnit struct {
	zeros       int    // the unit is 10^zeros
	short, word string // "m", " million"
}

// abbrevUnits are the units of Short and Words, largest first.
var abbrevUnits = [...]abbrevUnit{
	{12, "tn", " trillion"},
	{9, "bn", " billion"},
	{6, "m", " million"},
	{3, "k", ""},
}

// abbreviate returns x in the largest unit it reaches (Words: from a
// million), rounded half away from zero to one decimal place, and the unit's
// suffix. It uses buf for the digits. It reports false if x is below the
// smallest unit, and should be written in full.
func abbreviate(x digitString, words bool, buf []byte) (digitString, string, bool) {
	if len(x.d) == 0 {
		return x, "", false
	}
	u := 0
	for u < len(abbrevUnits) && x.point <= abbrevUnits[u].zeros {
		u++
	}
	if u == len(abbrevUnits) || words && abbrevUnits[u].word == "" {
		return x, "", false
	}
	head := x.point - abbrevUnits[u].zeros // digits before the point, at least 1
	// The digits to the tenths of the unit, those beyond x.d zeros.
	buf = append(buf[:0], x.d[:min(head+1, len(x.d))]...)
	for len(buf) <= head {
		buf = append(buf, '0')
	}
	if x.at(head+1) >= '5' {
		i := head
		for ; i >= 0 && buf[i] == '9'; i-- {
			buf[i] = '0'
		}
		if i >= 0 {
			buf[i]++
		} else {
			buf = append(buf, 0)
			copy(buf[1:], buf)
			buf[0] = '1'
			head++
		}
	}
	if head > 3 && u > 0 {
		// Rounding reached 1,000 of the unit: one of the next.
		u--
		buf, head = buf[:1], 1
	}
	for len(buf) > 0 && buf[len(buf)-1] == '0' {
		buf = buf[:len(buf)-1]
	}
	sfx := abbrevUnits[u].short
	if words {
		sfx = abbrevUnits[u].word
	}
	return digitString{d: buf, point: head}, sfx, true
}
