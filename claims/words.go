package claims

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

// A prose buffer builds the sentences of explanations and reports by
// appending, without fmt, so that assessing a large record stays fast.
type prose struct{ b []byte }

// reset empties the buffer, keeping its storage.
func (p *prose) reset() { p.b = p.b[:0] }

// String returns the buffer's contents as a new string.
func (p *prose) String() string { return string(p.b) }

// s appends text.
func (p *prose) s(text string) *prose { p.b = append(p.b, text...); return p }

// lower appends text with its first byte in lower case if it is an ASCII
// capital: "more than £4m" for "More than £4m".
func (p *prose) lower(text string) *prose {
	start := len(p.b)
	p.b = append(p.b, text...)
	if start < len(p.b) && p.b[start] >= 'A' && p.b[start] <= 'Z' {
		p.b[start] += 'a' - 'A'
	}
	return p
}

// q appends text in curly double quotes: “text”.
func (p *prose) q(text string) *prose {
	p.b = append(p.b, "“"...)
	p.b = append(p.b, text...)
	p.b = append(p.b, "”"...)
	return p
}

// money appends a as a newsroom writes it (see appendBrief).
func (p *prose) money(a currency.Amount) *prose { p.b = appendBrief(p.b, a); return p }

// moneyAbs appends the absolute value of a as money does.
func (p *prose) moneyAbs(a currency.Amount) *prose { return p.money(a.Abs()) }

// full appends a in whole pounds if it has no pence, else in full:
// "£3,595,000".
func (p *prose) full(a currency.Amount) *prose {
	p.b = a.AppendFormat(p.b, currency.Whole)
	return p
}

// pct appends the absolute value of d, a percentage, to one decimal place,
// rounded half away from zero, without a trailing ".0", and a per cent
// sign: "16.7%", "10%".
func (p *prose) pct(d decimal.Decimal) *prose {
	p.b = appendRounded(p.b, d, 1, true)
	p.b = append(p.b, '%')
	return p
}

// ratio appends d to three decimal places, rounded half away from zero,
// without trailing zeros: "1.875", "0.833", "3".
func (p *prose) ratio(d decimal.Decimal) *prose {
	p.b = appendRounded(p.b, d, 3, false)
	return p
}

// int appends n in digits grouped in threes: "2,200".
func (p *prose) int(n int64) *prose {
	p.b = appendGrouped(p.b, n)
	return p
}

// capitalise upper-cases the first letter of the text appended since
// offset start.
func (p *prose) capitalise(start int) {
	if start >= len(p.b) {
		return
	}
	r, size := utf8.DecodeRune(p.b[start:])
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return
	}
	up := string(unicode.ToUpper(r))
	if len(up) == size {
		copy(p.b[start:], up)
		return
	}
	rest := append([]byte(up), p.b[start+size:]...)
	p.b = append(p.b[:start], rest...)
}

// appendGrouped appends n in decimal with commas between groups of three
// digits.
func appendGrouped(dst []byte, n int64) []byte {
	var tmp [20]byte
	digits := strconv.AppendInt(tmp[:0], n, 10)
	if n < 0 {
		dst = append(dst, '-')
		digits = digits[1:]
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, c)
	}
	return dst
}

// appendBrief appends a the way a newsroom writes an amount it knows
// exactly: in millions and up in Short style when that loses nothing
// ("£2.4m", "£2.1m", "£1m"), otherwise in whole units ("£400,000",
// "£3,595,000", "£166.67"). It does not allocate when dst has room.
// Whether Short loses anything is found by rounding, in integers, as
// seldom as it can be: once for most amounts, and a second time only for
// billions and more.
func appendBrief(dst []byte, a currency.Amount) []byte {
	abs := a.Abs()
	// Short writes the largest unit the amount reaches to one decimal
	// place: it loses nothing if the amount is a whole number of tenths of
	// that unit, and so of £100,000, the tenth of the smallest unit, a
	// million. An amount that is not is written whole; one that is is
	// written short, which names its unit: below a million ("£400k") it
	// is written whole instead, in millions it is exact, and in billions
	// and trillions it is exact if it is in tenths of them.
	if !abs.Round(-5, currency.Down).Equal(abs) {
		return a.AppendFormat(dst, currency.Whole)
	}
	start := len(dst)
	dst = a.AppendFormat(dst, currency.Short)
	unit := int32(0)
	switch {
	case len(dst)-start >= 2 && dst[len(dst)-1] == 'm':
		return dst
	case len(dst)-start >= 3 && string(dst[len(dst)-2:]) == "bn":
		unit = 9
	case len(dst)-start >= 3 && string(dst[len(dst)-2:]) == "tn":
		unit = 12
	}
	if unit != 0 && abs.Round(1-unit, currency.Down).Equal(abs) {
		return dst
	}
	return a.AppendFormat(dst[:start], currency.Whole)
}
