package currency

import "strings"

// ApproxTolerancePercent is how far, in per cent of the stated value, an
// amount may lie from a figure stated as About ("around £9bn": £8.1bn to
// £9.9bn) or below one stated as Nearly ("nearly £4m": £3.6m up to but not
// including £4m).
const ApproxTolerancePercent = 10

// A Figure is an amount of money as a person stated it: "£2.4m",
// "more than £4 million", "between £3m and £5m", "£400m a year". It records
// the words, the Bound they put on the amount, the stated value, the
// precision the wording implies and so the Interval of actual amounts the
// words admit, the Terms the money is stated per or over (Per, Over) and,
// for a rate such as "80p in the £1" or "£5,000 per pupil", what it is of
// (Of, Each). Figures are
// immutable values, safe to share between goroutines.
//
// Precision is what the digits imply, as a reader takes them: "£2m" is
// stated to the nearest £1m, "£2.4m" to the nearest £100,000, "£1.5bn" to
// £100m, "£70k" to £1,000, "£750,000" and "£1,260,000" to £1, "£2.50" and
// "30p" to 1p. Trailing zeros count as stated: "£2.40m" is to the nearest
// £10,000.
//
// The zero Figure has Bound BoundUnknown, no currency, no terms, no Of or
// Each and no text, and admits nothing. ParseFigure, Find and ExactFigure make the others.
//
// Figures cannot be compared with ==; use Equal, which go-cmp also uses.
type Figure struct {
	_ [0]func()

	// Find returns a Figure in each of its many Mentions, so a Figure is
	// kept to 64 bytes and three pointers: the stated values as
	// coefficients of their precisions, one currency, the terms packed, and
	// what few figures have behind one pointer.
	text         string  // the words, a substring of what was read
	ext          *figExt // wide values and what a rate is of; nil for most
	lo, hi       int64   // the stated values, as multiples of 10^loExp and 10^hiExp, unless ext.wide
	loExp, hiExp int32   // the precisions of lo and hi, as powers of ten
	per, over    packedTerm
	code         Code
	bound        uint8 // a Bound; hi differs from lo only for a Range
}

// A figExt holds what few figures have: values too wide for lo and hi,
// and what a rate is stated of or for each of.
type figExt struct {
	wide   bool   // the values are lo and hi here, not the Figure's coefficients
	lo, hi Amount // the stated values, if wide
	of     Amount // what a rate is of, "in the £1"; zero if none
	ofExp  int32
	each   string // what it is stated for each of, "pupil", as written
}

// A packedTerm is a Term in four bytes, its count above its unit. The
// counts ParseFigure reads have at most six digits, in decades at most
// 9,999,990 years, within the 24 bits it keeps for them.
type packedTerm uint32

func packTerm(t Term) packedTerm { return packedTerm(uint32(t.n)<<8 | uint32(t.unit)) }

func (p packedTerm) term() Term { return Term{n: int32(p >> 8), unit: termUnit(p & 0xff)} }

// of returns what f is a rate of, or the zero Amount.
func (f *Figure) of() (Amount, int32) {
	if f.ext == nil {
		return Amount{}, 0
	}
	return f.ext.of, f.ext.ofExp
}

// each returns what f is stated for each of, as written, or "".
func (f *Figure) each() string {
	if f.ext == nil {
		return ""
	}
	return f.ext.each
}

// isRate reports whether f states a rate: money of an amount or for each
// of something.
func (f *Figure) isRate() bool {
	return f.ext != nil && (!f.ext.of.code.IsZero() || f.ext.each != "")
}

// set sets f, which is the zero Figure, to the figure with bound b stated
// as lo (and hi, for a Range) to the precisions 10^loExp and 10^hiExp,
// with the rate and terms of tl (which may be nil), worded as text. A rate
// of another currency is an error, and leaves f the zero Figure.
func (f *Figure) set(b Bound, lo, hi Amount, loExp, hiExp int32, tl *tail, text string) scanError {
	if b != Range {
		hi, hiExp = lo, loExp
	}
	var (
		ext       *figExt
		per, over packedTerm
	)
	if tl != nil {
		if !tl.of.code.IsZero() && tl.of.code != lo.code {
			*f = Figure{}
			return scanError{tl.ofAt, "want the amount a rate is of in " + lo.code.String() + ", the currency of the rate", mismatchError}
		}
		if !tl.of.code.IsZero() || tl.each != "" {
			ext = &figExt{of: tl.of, ofExp: tl.ofExp, each: tl.each}
		}
		per, over = packTerm(tl.per), packTerm(tl.over)
	}
	if lo.wide != nil || hi.wide != nil || lo.exp != loExp || hi.exp != hiExp {
		// Too many digits for a coefficient, or an amount whose exponent
		// is not its precision (an ExactFigure of £5e3).
		if ext == nil {
			ext = new(figExt)
		}
		ext.wide, ext.lo, ext.hi = true, lo, hi
	}
	// Field by field, not *f = Figure{...}: a composite literal is built on
	// the stack and copied in wide loads that stall on its narrow stores.
	// The pointers are written only if there are any, since f is zero and
	// while the GC marks each pointer written costs a write barrier: Find
	// leaves the text to write later, and most figures have no ext.
	if text != "" {
		f.text = text
	}
	if ext != nil {
		f.ext = ext
	}
	f.lo, f.hi, f.loExp, f.hiExp, f.per, f.over = lo.coef, hi.coef, loExp, hiExp, per, over
	f.code, f.bound = lo.code, uint8(b)
	return scanError{}
}

// ExactFigure returns the Exact figure for an amount known from a record,
// such as an itemised grant. Its precision is the smallest digit a carries,
// and never coarser than one whole unit of the currency: £2,165,000 (from
// Pounds) is precise to £1 and £2,165,000.00 (from Parse) to 1p. Its Text is
// its String. Negative amounts are allowed; a figure for a negative amount
// rounds half away from zero like any other, so it admits the amounts in
// (n − p/2, n + p/2].
//
// ExactFigure returns the zero Figure if a has no currency (the zero Amount).
func ExactFigure(a Amount) Figure {
	if a.code.IsZero() {
		return Figure{}
	}
	exp := a.exp
	if a.wide != nil {
		exp = a.wide.Exponent()
	}
	exp = min(exp, 0)
	var f Figure
	f.set(Exact, a, a, exp, exp, nil, "")
	// What String writes of an exact figure with no terms, no rate and no
	// tail: its amount alone, written here from a without String's
	// allocation of a buffer and its questions of what f does not have.
	var buf [40]byte
	f.text = string(appendStated(buf[:0], a, exp))
	return f
}

// MustParseFigure is like ParseFigure but panics if s is not a figure. It is
// for tests and package-level variables.
func MustParseFigure(s string) Figure {
	f, err := ParseFigure(s)
	if err != nil {
		panic(err)
	}
	return f
}

// IsZero reports whether f is the zero Figure.
func (f Figure) IsZero() bool { return f.bound == uint8(BoundUnknown) }

// Bound returns how the words bound the amount: Exact for "£2.4m", MoreThan
// for "more than £4 million", Range for "£3m-£5m".
func (f Figure) Bound() Bound { return Bound(f.bound) }

// Nominal returns the value stated, without the words around it: £4,000,000
// for "more than £4 million", £2,400,000 for "£2.4m" and the low end,
// £3,000,000, for "between £3m and £5m". The zero Figure gives the zero
// Amount.
func (f Figure) Nominal() Amount { return f.nominal() }

// nominal is Nominal for a figure held in place: a method of a Figure
// value copies its 64 bytes, so the methods of this package that read a
// figure's amounts call this and high rather than Nominal and High.
func (f *Figure) nominal() Amount {
	if f.ext != nil && f.ext.wide {
		return f.ext.lo
	}
	return Amount{coef: f.lo, exp: f.loExp, code: f.code}
}

// High returns the high end of a Range (£5,000,000 for "£3m-£5m"); for any
// other figure it is Nominal.
func (f Figure) High() Amount { return f.high() }

// high is High for a figure held in place (see nominal).
func (f *Figure) high() Amount {
	if f.ext != nil && f.ext.wide {
		return f.ext.hi
	}
	return Amount{coef: f.hi, exp: f.hiExp, code: f.code}
}

// Precision returns the unit the wording states the figure to: £1,000,000
// for "£2m", £100,000 for "£2.4m", £1 for "£1,260,000", 1p for "30p". For a
// Range whose ends are stated to different precisions ("£3.5m-£5m") it is
// the coarser one. It is always a power of ten in the figure's currency; the
// zero Figure gives the zero Amount.
func (f Figure) Precision() Amount {
	if f.IsZero() {
		return Amount{}
	}
	return Amount{coef: 1, exp: max(f.loExp, f.hiExp), code: f.code}
}

// Currency returns the figure's currency; the zero Figure's is the zero Code.
func (f Figure) Currency() Code { return f.code }

// Interval returns the amounts f admits: Admits(a) is Interval().Contains(a).
// The zero Figure gives the empty zero Interval.
func (f Figure) Interval() Interval {
	return intervalOf(Bound(f.bound), f.nominal(), f.high(), f.loExp, f.hiExp)
}

// Admits reports whether an actual amount a is consistent with the words of
// f, given the precision p they imply. For a figure stated as n (low and
// high ends n and h for a Range), f admits, by Bound:
//
//   - Exact ("£2.4m"): the amounts that round half up to n at precision p,
//     [n − p/2, n + p/2); "£2.4m" admits £2,350,000 up to but not including
//     £2,450,000, and "£2m" admits £2,400,000.
//   - About ("around £9bn"): the wider of the Exact interval and the closed
//     interval within ApproxTolerancePercent of n, [n − 10%, n + 10%].
//   - AtLeast ("at least £4m"): [n, ∞), £4,000,000 included.
//   - MoreThan ("more than £4m", "over £4m"): (n, ∞), so neither £4,000,000
//     nor £3,595,000 (which rounds to £4m) is admitted: the speaker put the
//     bound on the amount, not on its rounding.
//   - AtMost ("up to £10m"): [0, n].
//   - LessThan ("less than £1m"): [0, n).
//   - Nearly ("nearly £4m", "almost £4m"): below n but within
//     ApproxTolerancePercent of it, [n − 10%, n); £4,200,000 is not nearly
//     £4m.
//   - Range ("£3m-£5m"): from the least amount that rounds to n to the
//     greatest that rounds to h, [n − p/2, h + p/2) with each end's own
//     precision; "£3m-£5m" admits [£2,500,000, £5,500,000).
//
// An amount in another currency, including the zero Amount, is never
// admitted, and the zero Figure admits nothing.
func (f Figure) Admits(a Amount) bool { return f.Interval().Contains(a) }

// Text returns the words as they were stated, "over £4 million" say, as
// ParseFigure read them (without surrounding white space) or as Find found
// them. A figure from ExactFigure has its String as its Text; the zero
// Figure has "".
func (f Figure) Text() string { return f.text }

// String returns the figure the way a careful editor would write it, short
// but true to its precision: "£2.4m", "£1,260,000", "30p", "about £9bn",
// "more than £4m", "up to £10m", "nearly £4m", "between £3m and £5m",
// "£400m a year", "£2bn over 5 years".
// Multiples of a thousand, million, billion and trillion are written with k,
// m, bn and tn when that takes at most two decimal places at the stated
// precision; other figures are written in full with commas. £, €, $ and ¥
// stand for GBP, EUR, USD and JPY and other currencies are written with
// their ISO code ("CHF 2m"). ParseFigure reads String back as a figure with
// the same Bound, values and precision, as long as no amount in it has more
// than the 30 digits ParseFigure reads. The zero Figure gives "".
func (f Figure) String() string {
	if f.bound == uint8(BoundUnknown) {
		return ""
	}
	b := make([]byte, 0, 32)
	switch Bound(f.bound) {
	case About:
		b = append(b, "about "...)
	case AtLeast:
		b = append(b, "at least "...)
	case MoreThan:
		b = append(b, "more than "...)
	case AtMost:
		b = append(b, "up to "...)
	case LessThan:
		b = append(b, "less than "...)
	case Nearly:
		b = append(b, "nearly "...)
	case Range:
		b = append(b, "between "...)
	}
	b = appendStated(b, f.nominal(), f.loExp)
	if Bound(f.bound) == Range {
		b = append(b, " and "...)
		b = appendStated(b, f.high(), f.hiExp)
	}
	if of, ofExp := f.of(); !of.code.IsZero() {
		b = append(b, " in the "...)
		b = appendStated(b, of, ofExp)
	}
	if each := f.each(); each != "" {
		b = append(b, " per "...)
		b = append(b, strings.ToLower(each)...)
	}
	if per := f.per.term(); !per.IsZero() {
		// ParseFigure and Find make Per terms of one unit only.
		b = append(b, " a "...)
		b = append(b, termUnits[per.unit].one...)
	}
	if over := f.over.term(); !over.IsZero() {
		b = append(b, " over "...)
		b = append(b, over.String()...)
	}
	return string(b)
}

// Equal reports whether f and g state the same thing: the same Bound, the
// same values to the same precisions in the same currency, the same Per and
// Over terms and, for a rate, the same Of. The wording is not compared, so "£2.4m" equals
// "£2.4 million", "over £4m" equals "more than £4m" and "£8m per year"
// equals "£8m annually", but "£8m a year" does not equal "£8m". All zero
// Figures are equal.
func (f Figure) Equal(g Figure) bool {
	fo, foExp := f.of()
	gro, goExp := g.of()
	return f.bound == g.bound && f.loExp == g.loExp && f.hiExp == g.hiExp &&
		f.per == g.per && f.over == g.over && foExp == goExp && fo.Equal(gro) &&
		strings.EqualFold(f.each(), g.each()) &&
		f.Nominal().Equal(g.Nominal()) && f.High().Equal(g.High())
}

// Each returns, in lower case, what the money is stated for each of:
// "pupil" for "£5,000 per pupil", "tonne" for "£200 per tonne". Such a
// figure, like a rate, is money per something, not an amount: its values
// and Interval are the money for each one. A figure of money, and the zero
// Figure, give "".
func (f Figure) Each() string { return strings.ToLower(f.each()) }

// Of returns the amount a rate is stated of: £1 for "80p in the £1",
// "50p in every £1" and "up to 90p in the pound". Such a figure is a rate,
// not an amount of money: its Nominal, Interval and Admits are the money
// per Of (80p in each £1), and a caller weighing amounts should set it
// aside. A figure of money, and the zero Figure, give the zero Amount.
func (f Figure) Of() Amount {
	of, _ := f.of()
	return of
}

// Per returns the term the money is stated per: "£400m a year",
// "£8m per year", "£30m annually" and "£400m-a-year" give Years(1), "£2m a
// month" Months(1) and "£5,000 a week" Weeks(1). A figure that states no
// such term, and the zero Figure, give the zero Term. The figure's values
// and Interval are the money per term: "£400m a year" admits £400m, as a
// year's amount.
func (f Figure) Per() Term { return f.per.term() }

// Over returns the term a total is stated over: "£2bn over five years" and
// "£2bn for 5 years" give Years(5), and "£1.5bn a year for three years" has
// Per Years(1) and Over Years(3). A figure that states no such term, and the
// zero Figure, give the zero Term.
func (f Figure) Over() Term { return f.over.term() }

// MarshalText returns the figure's words, its Text, so that UnmarshalText
// reads back an equal Figure with the same Text. The zero Figure gives empty
// text.
func (f Figure) MarshalText() ([]byte, error) { return []byte(f.text), nil }

// UnmarshalText sets f to the figure text states, as ParseFigure reads it;
// empty text gives the zero Figure.
func (f *Figure) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*f = Figure{}
		return nil
	}
	v, err := ParseFigure(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// scales are the multiples String writes with a suffix, largest first.
var scales = [...]struct {
	exp    int32
	suffix string
}{{12, "tn"}, {9, "bn"}, {6, "m"}, {3, "k"}}

// appendStated appends n as a figure stated to the precision 10^e writes it,
// with its currency symbol: "£2.4m" for (£2,400,000, 5), "£1,260,000" for
// (£1,260,000, 0), "30p" for (£0.30, -2).
func appendStated(dst []byte, n Amount, e int32) []byte {
	if n.wide == nil && n.exp == 0 && e == 0 {
		// Whole units stated to the unit, as ExactFigure makes of an
		// amount in pounds: no scale lies within two places of the unit,
		// so the number is written in full, from the coefficient itself.
		if n.coef < 0 {
			dst = append(dst, '-')
		}
		return appendGroupedUint(appendFigureSymbol(dst, n.code), uabs(n.coef), ',')
	}
	var buf [40]byte
	ds, exp, neg := coefDigits(n, buf[:0])
	switch {
	case exp > e:
		ds = withZeros(ds, int(exp-e))
	case exp < e:
		// Only zeros lie below the stated precision of a figure ParseFigure
		// or ExactFigure made; were there others, write them all.
		k := int(e - exp)
		switch {
		case k < len(ds) && allZeros(ds[len(ds)-k:]):
			ds = ds[:len(ds)-k]
		case !zeroDigits(ds):
			e = exp
		}
	}
	if neg {
		dst = append(dst, '-')
	}
	// intDigits is the number of digits of n before the decimal point.
	intDigits := int64(len(ds)) + int64(e)
	if zeroDigits(ds) {
		intDigits = 0
	}
	if n.code == GBP && !neg && !zeroDigits(ds) && intDigits <= 0 && e <= -2 {
		dst = appendGrouped(dst, ds, int(-2-e))
		return append(dst, 'p')
	}
	pick := -1
	for i, s := range scales {
		if d := int64(s.exp) - int64(e); d < 0 || d > 2 {
			continue
		}
		pick = i
		if intDigits > int64(s.exp) {
			break
		}
	}
	dst = appendFigureSymbol(dst, n.code)
	if pick >= 0 {
		dst = appendGrouped(dst, ds, int(scales[pick].exp-e))
		return append(dst, scales[pick].suffix...)
	}
	if e >= 0 {
		return appendGrouped(dst, withZeros(ds, int(e)), 0)
	}
	return appendGrouped(dst, ds, int(-e))
}

// allZeros reports whether s is all '0's.
func allZeros(s []byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' {
			return false
		}
	}
	return true
}
