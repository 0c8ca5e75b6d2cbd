package funding

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

// A Year is the period a price index gives a level for: a calendar year
// ("2016") or a UK financial year ("2016-17"). ONS series are by calendar
// year; HM Treasury's GDP deflators are by financial year. Years are small
// comparable values, usable as map keys.
//
// The zero Year is unknown; no index has a level for it.
type Year struct {
	start  int32 // the calendar year, or the year the financial year starts
	fiscal bool
}

// CalendarYear returns the calendar year y. A y outside 1 to 9999 gives the
// zero Year.
func CalendarYear(y int) Year {
	if y < minYear || y > maxYear {
		return Year{}
	}
	return Year{start: int32(y)}
}

// Year returns the financial year y as a Year, the key of a price index.
// An invalid FiscalYear, including the zero one, gives the zero Year.
func (y FiscalYear) Year() Year {
	if !y.Valid() {
		return Year{}
	}
	return Year{start: int32(y), fiscal: true}
}

// ParseYear reads a calendar year of four digits ("2016") or a financial
// year in any form ParseFiscalYear reads ("2016-17", "FY2016/17"). It
// returns a *ParseError matching ErrSyntax or ErrRange as ParseFiscalYear
// does.
func ParseYear(s string) (Year, error) {
	if len(s) == 4 {
		if n, ok := digits(s); ok {
			if y := CalendarYear(n); !y.IsZero() {
				return y, nil
			}
			return Year{}, &ParseError{Func: "ParseYear", Input: s, Err: expected(ErrRange, "want a year from 0001 to 9999")}
		}
	}
	fy, err := ParseFiscalYear(s)
	if err != nil {
		pe := err.(*ParseError)
		return Year{}, &ParseError{Func: "ParseYear", Input: s, Offset: pe.Offset, Err: pe.Err}
	}
	return fy.Year(), nil
}

// IsZero reports whether y is the zero, unknown Year.
func (y Year) IsZero() bool { return y == Year{} }

// Equal reports whether y and o are the same year, as y == o does. go-cmp
// uses it, so cmp.Equal and cmp.Diff work on Years and what holds them.
func (y Year) Equal(o Year) bool { return y == o }

// Fiscal returns y as a FiscalYear and true if it is a financial year, or
// the zero FiscalYear and false if it is a calendar year or unknown.
func (y Year) Fiscal() (FiscalYear, bool) {
	if !y.fiscal {
		return 0, false
	}
	return FiscalYear(y.start), true
}

// Calendar returns y's calendar year and true if it is a calendar year, or
// 0 and false if it is a financial year or unknown.
func (y Year) Calendar() (int, bool) {
	if y.fiscal || y.start == 0 {
		return 0, false
	}
	return int(y.start), true
}

// Compare orders years by the year they start in, a calendar year before
// the financial year that starts in it: 2016 < 2016-17 < 2017. The zero
// Year sorts first.
func (y Year) Compare(o Year) int {
	switch {
	case y.start != o.start:
		if y.start < o.start {
			return -1
		}
		return 1
	case y.fiscal == o.fiscal:
		return 0
	case o.fiscal:
		return -1
	}
	return 1
}

// String returns "2016" for a calendar year, "2016-17" for a financial year
// and "" for the zero Year.
func (y Year) String() string {
	switch {
	case y.IsZero():
		return ""
	case y.fiscal:
		return FiscalYear(y.start).String()
	}
	return itoa4(int(y.start))
}

// MarshalText returns y as String writes it.
func (y Year) MarshalText() ([]byte, error) { return []byte(y.String()), nil }

// UnmarshalText sets y to the year in text, as ParseYear reads it; "" gives
// the zero Year.
func (y *Year) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*y = Year{}
		return nil
	}
	v, err := ParseYear(string(text))
	if err != nil {
		return err
	}
	*y = v
	return nil
}

// A PriceIndex gives the level of prices in a year, relative to some base
// (2015 = 100, say); only ratios of its levels mean anything. Series, read
// from a CSV file by ReadONSCSV or ReadIndexCSV, is one. The package ships
// no price data: bring a series whose source you can cite.
type PriceIndex interface {
	// Level returns the index level for y, or an error matching
	// ErrNoLevel if the index has none.
	Level(y Year) (decimal.Decimal, error)
}

// RealTerms returns a, an amount in the prices of year from, in the prices
// of year to: a × level(to) ÷ level(from), exactly, then rounded half up
// (ties away from zero) to the currency's minor unit. £4,000,000 in 2016
// prices, with levels 100.0 for 2016 and 130.0 for 2025, is £5,200,000 in
// 2025 prices.
//
// RealTerms returns an error matching ErrMissing if index is nil, the
// error of index.Level for a year it has no level for, and an error
// matching ErrRange if a level is not positive.
func RealTerms(a currency.Amount, from, to Year, index PriceIndex) (currency.Amount, error) {
	if index == nil {
		return currency.Amount{}, expected(ErrMissing, "want a price index")
	}
	lf, err := level(index, from)
	if err != nil {
		return currency.Amount{}, err
	}
	lt, err := level(index, to)
	if err != nil {
		return currency.Amount{}, err
	}
	m, err := a.Mul(lt)
	if err != nil {
		return currency.Amount{}, err
	}
	return m.Div(lf, int32(a.Currency().MinorUnits()), currency.HalfUp)
}

// level returns index's level for y, checking that it is positive.
func level(index PriceIndex, y Year) (decimal.Decimal, error) {
	l, err := index.Level(y)
	if err != nil {
		return decimal.Decimal{}, err
	}
	if l.Sign() <= 0 {
		return decimal.Decimal{}, expected(ErrRange, "index level for "+y.String()+" is "+l.String()+", not positive")
	}
	return l, nil
}

// A Series is a price index as a table of levels by Year, such as an ONS
// time series. It is immutable once made and safe for concurrent use.
//
// The zero Series has no levels and no title.
type Series struct {
	title  string
	levels map[Year]decimal.Decimal
}

// NewSeries returns the series with the given title and levels, which it
// copies. It returns an error matching ErrRange if a level is not positive
// or a year is the zero Year.
func NewSeries(title string, levels map[Year]decimal.Decimal) (Series, error) {
	m := make(map[Year]decimal.Decimal, len(levels))
	for y, l := range levels {
		if y.IsZero() {
			return Series{}, expected(ErrRange, "want a known year")
		}
		if l.Sign() <= 0 {
			return Series{}, expected(ErrRange, "index level for "+y.String()+" is "+l.String()+", not positive")
		}
		m[y] = l
	}
	return Series{title: title, levels: m}, nil
}

// Title returns the series' title, such as the ONS title row's "CPIH INDEX
// 00: ALL ITEMS 2015=100"; "" if it has none.
func (s Series) Title() string { return s.title }

// Len returns the number of years s has a level for.
func (s Series) Len() int { return len(s.levels) }

// Years returns the years s has a level for, in order (see Year.Compare).
func (s Series) Years() []Year {
	ys := make([]Year, 0, len(s.levels))
	for y := range s.levels {
		ys = append(ys, y)
	}
	slices.SortFunc(ys, Year.Compare)
	return ys
}

// Level returns s's level for y. It returns an error matching ErrNoLevel if
// s has none: a series by calendar year has no level for a financial year,
// and the reverse.
func (s Series) Level(y Year) (decimal.Decimal, error) {
	l, ok := s.levels[y]
	if !ok {
		name := s.title
		if name == "" {
			name = "series"
		}
		return decimal.Decimal{}, expected(ErrNoLevel, quote(name)+" has no level for "+quote(y.String()))
	}
	return l, nil
}

// Equal reports whether s and t have the same title and the same level, by
// value, for the same years. go-cmp uses it, so cmp.Equal and cmp.Diff work
// on Series.
func (s Series) Equal(t Series) bool {
	if s.title != t.title || len(s.levels) != len(t.levels) {
		return false
	}
	for y, l := range s.levels {
		if m, ok := t.levels[y]; !ok || !l.Equal(m) {
			return false
		}
	}
	return true
}
