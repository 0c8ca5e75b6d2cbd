package funding

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/fundclaims/fundclaims/currency"
)

// TestGoCmp checks that go-cmp, with no options, compares Rates, Series,
// Years and the package's errors; each used to panic on their unexported
// fields.
func TestGoCmp(t *testing.T) {
	rate := func(total currency.Amount, n int64) Rate {
		r, err := NewRate(total, MustCount(currency.About, n), "adult")
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	series := func(level string) Series {
		s, err := NewSeries("CPIH", map[Year]decimal.Decimal{CalendarYear(2016): decimal.RequireFromString(level)})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	parseErr := func(s string) error {
		_, err := ParseFiscalYear(s)
		return err
	}
	tests := []struct {
		name string
		x, y any
		same bool
	}{
		{"parse errors", parseErr("2017-19"), parseErr("2017-19"), true},
		{"field errors", &FieldError{Path: "id", Err: ErrMissing}, &FieldError{Path: "id", Err: ErrMissing}, true},
		{"field errors of two kinds", &FieldError{Path: "id", Err: ErrMissing}, &FieldError{Path: "id", Err: ErrDuplicate}, false},
		{"grant errors", &GrantError{Grant: "g", Field: "amountAwarded", Err: ErrNegative}, &GrantError{Grant: "g", Field: "amountAwarded", Err: ErrNegative}, true},
		{"line errors", &LineError{Func: "ReadONSCSV", Line: 3, Err: ErrSyntax}, &LineError{Func: "ReadONSCSV", Line: 4, Err: ErrSyntax}, false},
		{"other parse errors", parseErr("2017-19"), parseErr("2017-20"), false},
		{"rates", rate(currency.Pounds(4_000_000), 24_000), rate(currency.Pounds(4_000_000), 24_001), false},
		{"same rate", rate(currency.Pounds(4_000_000), 24_000), rate(currency.MustParse("£4,000,000.00"), 24_000), true},
		{"rounded rates", rate(currency.Pounds(1), 3), rate(currency.Pounds(1), 3).WithRounding(0, currency.HalfEven), false},
		{"series", series("100"), series("101"), false},
		{"same series", series("100"), series("100.0"), true},
		{"years", CalendarYear(2016), FiscalYear(2016).Year(), false},
		{"struct holding them", struct {
			R Rate
			S Series
			Y Year
		}{rate(currency.Pounds(1), 3), series("100"), CalendarYear(2016)}, struct {
			R Rate
			S Series
			Y Year
		}{rate(currency.Pounds(1), 3), series("100"), CalendarYear(2016)}, true},
	}
	for _, tt := range tests {
		if got := cmp.Equal(tt.x, tt.y); got != tt.same {
			t.Errorf("%s: cmp.Equal = %v, want %v", tt.name, got, tt.same)
		}
		if diff := cmp.Diff(tt.x, tt.y); (diff == "") != tt.same {
			t.Errorf("%s: cmp.Diff = %q, want it empty only if equal", tt.name, diff)
		}
	}
}
