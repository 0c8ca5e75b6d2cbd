package funding

import (
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestParseYear(t *testing.T) {
	tests := []struct {
		in   string
		want Year
		str  string
		err  error
	}{
		{"2016", CalendarYear(2016), "2016", nil},
		{"2016-17", FiscalYear(2016).Year(), "2016-17", nil},
		{"FY2016/17", FiscalYear(2016).Year(), "2016-17", nil},
		{"0000", Year{}, "", ErrRange},
		{"16", Year{}, "", ErrSyntax},
		{"2016-18", Year{}, "", ErrSyntax},
		{"", Year{}, "", ErrSyntax},
	}
	for _, tt := range tests {
		got, err := ParseYear(tt.in)
		if got != tt.want || got.String() != tt.str || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseYear(%q) = %v, %v, want %v, %v", tt.in, got, err, tt.want, tt.err)
		}
	}
	if y, ok := FiscalYear(2016).Year().Fiscal(); !ok || y != 2016 {
		t.Errorf("Fiscal() = %v, %t", y, ok)
	}
	if y, ok := CalendarYear(2016).Calendar(); !ok || y != 2016 {
		t.Errorf("Calendar() = %v, %t", y, ok)
	}
	if _, ok := CalendarYear(2016).Fiscal(); ok {
		t.Error("CalendarYear(2016).Fiscal() ok")
	}
	if _, ok := (Year{}).Calendar(); ok {
		t.Error("Year{}.Calendar() ok")
	}
	if !CalendarYear(0).IsZero() || !FiscalYear(0).Year().IsZero() || !CalendarYear(10000).IsZero() {
		t.Error("out-of-range years are not zero")
	}
	order := []Year{{}, CalendarYear(2016), FiscalYear(2016).Year(), CalendarYear(2017)}
	for i := range order {
		for j := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := order[i].Compare(order[j]); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
	var y Year
	if err := y.UnmarshalText([]byte("2016-17")); err != nil || y != FiscalYear(2016).Year() {
		t.Errorf("UnmarshalText(2016-17) = %v, %v", y, err)
	}
	if err := y.UnmarshalText(nil); err != nil || !y.IsZero() {
		t.Errorf("UnmarshalText(\"\") = %v, %v", y, err)
	}
}

func TestRealTerms(t *testing.T) {
	index, err := NewSeries("test", map[Year]decimal.Decimal{
		CalendarYear(2016):      dec("100.0"),
		CalendarYear(2025):      dec("130.0"),
		FiscalYear(2016).Year(): dec("100.7"),
		FiscalYear(2024).Year(): dec("131.3"),
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		a        currency.Amount
		from, to Year
		want     string
		err      error
	}{
		{currency.Pounds(4_000_000), CalendarYear(2016), CalendarYear(2025), "£5,200,000.00", nil},
		{currency.Pounds(5_200_000), CalendarYear(2025), CalendarYear(2016), "£4,000,000.00", nil},
		{currency.Pounds(2_400_000), FiscalYear(2024).Year(), FiscalYear(2016).Year(), "£1,840,670.22", nil}, // 2,400,000 × 100.7 / 131.3
		{currency.Pence(1), CalendarYear(2016), CalendarYear(2025), "£0.01", nil},                            // 1.3p rounds to 1p
		{currency.Pounds(1), CalendarYear(2016), CalendarYear(2020), "", ErrNoLevel},
		{currency.Pounds(1), FiscalYear(2025).Year(), CalendarYear(2016), "", ErrNoLevel},
	}
	for _, tt := range tests {
		got, err := RealTerms(tt.a, tt.from, tt.to, index)
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("RealTerms(%v, %v, %v) error = %v, want %v", tt.a, tt.from, tt.to, err, tt.err)
			continue
		}
		if err == nil && got.String() != tt.want {
			t.Errorf("RealTerms(%v, %v, %v) = %v, want %s", tt.a, tt.from, tt.to, got, tt.want)
		}
	}
	if _, err := RealTerms(currency.Pounds(1), CalendarYear(2016), CalendarYear(2016), nil); !errors.Is(err, ErrMissing) {
		t.Errorf("RealTerms with no index: error %v, want ErrMissing", err)
	}
	if _, err := RealTerms(currency.Pounds(1), CalendarYear(2016), CalendarYear(2016), badIndex{}); !errors.Is(err, ErrRange) {
		t.Errorf("RealTerms with a zero level: error %v, want ErrRange", err)
	}
}

// badIndex has a level of zero for every year.
type badIndex struct{}

func (badIndex) Level(Year) (decimal.Decimal, error) { return decimal.Zero, nil }

func TestSeries(t *testing.T) {
	if _, err := NewSeries("", map[Year]decimal.Decimal{CalendarYear(2016): dec("-1")}); !errors.Is(err, ErrRange) {
		t.Errorf("NewSeries(negative level) error = %v, want ErrRange", err)
	}
	if _, err := NewSeries("", map[Year]decimal.Decimal{{}: dec("1")}); !errors.Is(err, ErrRange) {
		t.Errorf("NewSeries(zero year) error = %v, want ErrRange", err)
	}
	levels := map[Year]decimal.Decimal{CalendarYear(2017): dec("2"), CalendarYear(2016): dec("1")}
	s, err := NewSeries("t", levels)
	if err != nil {
		t.Fatal(err)
	}
	levels[CalendarYear(2018)] = dec("3") // the series keeps its own copy
	if diff := cmp.Diff([]Year{CalendarYear(2016), CalendarYear(2017)}, s.Years(), cmp.Comparer(func(a, b Year) bool { return a == b })); diff != "" || s.Len() != 2 || s.Title() != "t" {
		t.Errorf("Series: Len %d Title %q Years (-want +got)\n%s", s.Len(), s.Title(), diff)
	}
	var zero Series
	if _, err := zero.Level(CalendarYear(2016)); !errors.Is(err, ErrNoLevel) {
		t.Errorf("Series{}.Level error = %v, want ErrNoLevel", err)
	}
}
