package currency

import "strconv"

// An Interval is the set of amounts a Figure admits: every amount in one
// currency from a least to a greatest, either end of which may be open (the
// end itself is not admitted), and whose upper end may be missing ("more than
// £4m" has no greatest amount). The lower end is always finite. Intervals are
// immutable values.
//
// The zero Interval is empty: it contains nothing, not even an amount in the
// zero Code. It is the interval of the zero Figure.
//
// Intervals cannot be compared with ==; use Equal, which go-cmp also uses.
type Interval struct {
	_ [0]func()

	min, max         Amount
	minOpen, maxOpen bool
	unbounded        bool // no upper end; max and maxOpen are unused
	code             Code
	nonEmpty         bool
}

// IsEmpty reports whether iv is the empty zero Interval.
func (iv Interval) IsEmpty() bool { return !iv.nonEmpty }

// Currency returns the currency of the amounts in iv; the zero Interval's is
// the zero Code.
func (iv Interval) Currency() Code { return iv.code }

// Min returns the lower end of iv: its least amount if iv is closed below,
// otherwise the amount just outside it. The zero Interval gives the zero
// Amount.
func (iv Interval) Min() Amount { return iv.min }

// Max returns the upper end of iv: its greatest amount if iv is closed above,
// otherwise the amount just outside it. It returns the zero Amount if iv is
// Unbounded or empty.
func (iv Interval) Max() Amount { return iv.max }

// MinOpen reports whether Min itself lies outside iv, as £4,000,000 lies
// outside "more than £4m".
func (iv Interval) MinOpen() bool { return iv.minOpen }

// MaxOpen reports whether Max itself lies outside iv, as £2,450,000 lies
// outside "£2.4m" (which rounds half up to £2.5m). It is false if iv is
// Unbounded.
func (iv Interval) MaxOpen() bool { return iv.maxOpen }

// Unbounded reports whether iv has no upper end, as "at least £4m" has none.
func (iv Interval) Unbounded() bool { return iv.unbounded }

// Contains reports whether a lies in iv. An amount in another currency,
// including the zero Amount, never does, and the zero Interval contains
// nothing.
func (iv Interval) Contains(a Amount) bool {
	if !iv.nonEmpty || a.code != iv.code {
		return false
	}
	if c := cmpValue(a, iv.min); c < 0 || c == 0 && iv.minOpen {
		return false
	}
	if iv.unbounded {
		return true
	}
	c := cmpValue(a, iv.max)
	return c < 0 || c == 0 && !iv.maxOpen
}

// Equal reports whether iv and o contain the same amounts, comparing their
// ends by value (£2.4 equals £2.40). All empty Intervals are equal.
func (iv Interval) Equal(o Interval) bool {
	if !iv.nonEmpty || !o.nonEmpty {
		return iv.nonEmpty == o.nonEmpty
	}
	if iv.code != o.code || iv.minOpen != o.minOpen || iv.unbounded != o.unbounded || cmpValue(iv.min, o.min) != 0 {
		return false
	}
	return iv.unbounded || iv.maxOpen == o.maxOpen && cmpValue(iv.max, o.max) == 0
}

// Add returns the interval of every sum x + y with x in iv and y in o: the
// total of two parts known only by their figures. Its lower end is the sum
// of the lower ends and its upper end the sum of the upper ends, each end
// open if either end it sums is open, and unbounded if either is: "more
// than £20bn" and "up to £9bn" add up to (£20bn, ∞), and "between £6m and
// £7m", which admits [£5.5m, £7.5m), and "£2m", which admits [£1.5m,
// £2.5m), add up to [£7m, £10m). The sums are exact.
//
// Add returns a *MismatchError if iv and o are in different currencies, and
// the empty zero Interval, with no error, if either is empty: no sum has a
// part from the empty set.
func (iv Interval) Add(o Interval) (Interval, error) {
	if !iv.nonEmpty || !o.nonEmpty {
		return Interval{}, nil
	}
	if iv.code != o.code {
		return Interval{}, &MismatchError{Op: "Interval.Add", A: iv.code, B: o.code}
	}
	c := iv.code
	out := Interval{code: c, nonEmpty: true, min: add(iv.min, o.min, c), minOpen: iv.minOpen || o.minOpen}
	if iv.unbounded || o.unbounded {
		out.unbounded = true
		return out, nil
	}
	out.max, out.maxOpen = add(iv.max, o.max, c), iv.maxOpen || o.maxOpen
	return out, nil
}

// Shift returns iv moved by a, every amount in it plus a: (£4m, ∞) shifted
// by £1.5m is (£5.5m, ∞). A negative a moves it down, so that the lower end
// may be below zero. It returns a *MismatchError if a is in another
// currency than iv, and the empty zero Interval for the empty one. The zero
// Amount shifts any interval by nothing.
func (iv Interval) Shift(a Amount) (Interval, error) {
	if !iv.nonEmpty {
		return Interval{}, nil
	}
	c, err := common("Interval.Shift", Amount{code: iv.code}, a)
	if err != nil {
		return Interval{}, err
	}
	out := iv
	out.min = add(iv.min, a, c)
	if !iv.unbounded {
		out.max = add(iv.max, a, c)
	}
	return out, nil
}

// String returns iv in interval notation with whole amounts where they have
// no fraction: "[£2,350,000, £2,450,000)", "(£4,000,000, ∞)", or "∅" for the
// empty Interval. A square bracket is a closed end, a parenthesis an open
// one.
func (iv Interval) String() string {
	if !iv.nonEmpty {
		return "∅"
	}
	b := make([]byte, 0, 48)
	if iv.minOpen {
		b = append(b, '(')
	} else {
		b = append(b, '[')
	}
	b = appendIntervalEnd(b, iv.min)
	b = append(b, ", "...)
	if iv.unbounded {
		return string(append(b, "∞)"...))
	}
	b = appendIntervalEnd(b, iv.max)
	if iv.maxOpen {
		b = append(b, ')')
	} else {
		b = append(b, ']')
	}
	return string(b)
}

// intervalOf returns the interval of amounts that a figure with bound b,
// stated as lo (and hi, for a Range) to the precisions 10^loExp and 10^hiExp,
// admits. Figure.Admits documents the rules.
func intervalOf(b Bound, lo, hi Amount, loExp, hiExp int32) Interval {
	c := lo.code
	iv := Interval{code: c, nonEmpty: true}
	switch b {
	case Exact:
		half := halfUnit(loExp, c)
		iv.min, iv.max = add(lo, half.Neg(), c), add(lo, half, c)
		// Half-up rounding takes a tie away from zero, so the end nearer
		// zero is the closed one.
		switch {
		case half.IsZero():
		case lo.Sign() < 0:
			iv.minOpen = true
		default:
			iv.maxOpen = true
		}
	case About:
		half := halfUnit(loExp, c)
		tol := tolerance(lo)
		if cmpValue(half, tol) > 0 {
			return intervalOf(Exact, lo, hi, loExp, hiExp)
		}
		iv.min, iv.max = add(lo, tol.Neg(), c), add(lo, tol, c)
	case AtLeast:
		iv.min, iv.unbounded = lo, true
	case MoreThan:
		iv.min, iv.minOpen, iv.unbounded = lo, true, true
	case AtMost:
		iv.min, iv.max = Amount{code: c}, lo
	case LessThan:
		iv.min, iv.max, iv.maxOpen = Amount{code: c}, lo, true
	case Nearly:
		iv.min, iv.max, iv.maxOpen = add(lo, tolerance(lo).Neg(), c), lo, true
	case Range:
		iv.min = add(lo, halfUnit(loExp, c).Neg(), c)
		iv.max, iv.maxOpen = add(hi, halfUnit(hiExp, c), c), true
	default:
		return Interval{}
	}
	return iv
}

// halfUnit returns half of 10^exp in currency c: the distance from a figure
// stated to that precision to the ends of the amounts that round to it. An
// exponent so small that its half has no decimal exponent is a precision
// finer than any amount can show, and gives zero.
func halfUnit(exp int32, c Code) Amount {
	if e, ok := add32(exp, -1); ok {
		return Amount{coef: 5, exp: e, code: c}
	}
	return Amount{code: c}
}

// tolerance returns ApproxTolerancePercent per cent of |a|, exactly.
func tolerance(a Amount) Amount {
	t := mulInt(a.Abs(), ApproxTolerancePercent)
	if e, ok := add32(t.exp, -2); t.wide == nil && ok {
		return Amount{coef: t.coef, exp: e, code: t.code}
	}
	return fromDecimal(t.Decimal().Shift(-2), t.code)
}

// appendIntervalEnd appends a with its currency symbol, its whole part grouped in
// threes and its fraction, if it has one, written to at least the minor unit
// and without trailing zeros beyond it: "£2,350,000", "£2.50", "£2.495".
func appendIntervalEnd(dst []byte, a Amount) []byte {
	var buf [40]byte
	ds, exp, neg := coefDigits(a, buf[:0])
	frac := 0
	if exp < 0 && !zeroDigits(ds) {
		frac = int(-exp)
		for frac > 0 && ds[len(ds)-1] == '0' {
			ds, frac = ds[:len(ds)-1], frac-1
		}
		if frac > 0 {
			for minor := a.code.MinorUnits(); frac < minor; frac++ {
				ds = append(ds, '0')
			}
		}
	} else if exp > 0 {
		ds = withZeros(ds, int(exp))
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = appendFigureSymbol(dst, a.code)
	return appendGrouped(dst, ds, frac)
}

// coefDigits appends to buf the decimal digits of |a|'s coefficient, and
// returns them, its exponent and whether a is negative. With room in buf
// it does not allocate for a compact amount: Figure.String writes the
// digits of every figure ExactFigure makes.
func coefDigits(a Amount, buf []byte) ([]byte, int32, bool) {
	if a.wide == nil {
		return strconv.AppendUint(buf, uabs(a.coef), 10), a.exp, a.coef < 0
	}
	c := a.wide.Coefficient()
	neg := c.Sign() < 0
	return c.Abs(c).Append(buf, 10), a.wide.Exponent(), neg
}

// zeroDigits reports whether ds, digits from coefDigits, are those of zero.
func zeroDigits(ds []byte) bool { return len(ds) == 1 && ds[0] == '0' }

// withZeros returns ds followed by n zeros, appended to it.
func withZeros(ds []byte, n int) []byte {
	if n <= 0 || zeroDigits(ds) {
		return ds
	}
	for range n {
		ds = append(ds, '0')
	}
	return ds
}

// appendGrouped appends the non-negative number whose digits are ds with the
// decimal point frac digits from the right, its whole part grouped in threes
// with commas: ("2400000", 0) gives "2,400,000", ("250", 2) "2.50" and
// ("5", 2) "0.05".
func appendGrouped(dst []byte, ds []byte, frac int) []byte {
	point := len(ds) - frac // the digits of ds before the point; the missing ones are zeros
	whole := ds[:max(point, 0)]
	for len(whole) > 1 && whole[0] == '0' {
		whole = whole[1:]
	}
	if len(whole) == 0 {
		dst = append(dst, '0')
	}
	for i := 0; i < len(whole); i++ {
		if i > 0 && (len(whole)-i)%3 == 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, whole[i])
	}
	if frac > 0 {
		dst = append(dst, '.')
		for i := point; i < 0; i++ {
			dst = append(dst, '0')
		}
		dst = append(dst, ds[max(point, 0):]...)
	}
	return dst
}

// appendFigureSymbol appends the symbol a figure writes for c: £, €, $ or ¥ for
// GBP, EUR, USD and JPY, otherwise the ISO code and a space ("CHF ").
func appendFigureSymbol(dst []byte, c Code) []byte {
	switch c {
	case GBP:
		return append(dst, "£"...)
	case EUR:
		return append(dst, "€"...)
	case USD:
		return append(dst, '$')
	case JPY:
		return append(dst, "¥"...)
	}
	dst = append(dst, c.String()...)
	return append(dst, ' ')
}
