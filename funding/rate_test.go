package funding

import (
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

func TestRate(t *testing.T) {
	tests := []struct {
		total currency.Amount
		count string
		unit  string
		per   string
		exact bool
		bound currency.Bound
		str   string
	}{
		{currency.Pounds(2_400_000), "about 1,200", "case in scope", "£2,000.00", true, currency.About, "about £2,000 per case in scope"},
		{currency.Pounds(2_400_000), "1,200", "case", "£2,000.00", true, currency.Exact, "£2,000 per case"},
		{currency.Pounds(4_000_000), "around 24,000", "adult", "£166.67", false, currency.About, "about £166.67 per adult"},
		{currency.Pounds(4_000_000), "24,000", "adult", "£166.67", false, currency.Exact, "£166.67 per adult"},
		{currency.Pounds(1_260_000), "four", "Rape Crisis Centre", "£315,000.00", true, currency.Exact, "£315,000 per Rape Crisis Centre"},
		{currency.Pounds(2_165_000), "three", "centre", "£721,666.67", false, currency.Exact, "£721,666.67 per centre"},
		// The count's bound turns round: more people, less each.
		{currency.Pounds(1000), "more than 10", "person", "£100.00", true, currency.LessThan, "less than £100 per person"},
		{currency.Pounds(1000), "at least 10", "person", "£100.00", true, currency.AtMost, "up to £100 per person"},
		{currency.Pounds(1000), "up to 10", "person", "£100.00", true, currency.AtLeast, "at least £100 per person"},
		{currency.Pounds(1000), "fewer than 10", "person", "£100.00", true, currency.MoreThan, "more than £100 per person"},
		{currency.Pounds(1000), "nearly 10", "person", "£100.00", true, currency.MoreThan, "more than £100 per person"},
		// Half a penny rounds up, away from zero.
		{currency.Pence(1), "2", "share", "£0.01", false, currency.Exact, "£0.01 per share"},
		{currency.FromMinor(1000, currency.JPY), "3", "person", "¥333", false, currency.Exact, "¥333 per person"},
	}
	for _, tt := range tests {
		r, err := NewRate(tt.total, MustParseCount(tt.count), tt.unit)
		if err != nil {
			t.Errorf("NewRate(%v, %q, %q) error: %v", tt.total, tt.count, tt.unit, err)
			continue
		}
		if got := r.PerUnit().String(); got != tt.per {
			t.Errorf("NewRate(%v, %q).PerUnit() = %s, want %s", tt.total, tt.count, got, tt.per)
		}
		if got := r.IsExact(); got != tt.exact {
			t.Errorf("NewRate(%v, %q).IsExact() = %t, want %t", tt.total, tt.count, got, tt.exact)
		}
		if got := r.Bound(); got != tt.bound {
			t.Errorf("NewRate(%v, %q).Bound() = %v, want %v", tt.total, tt.count, got, tt.bound)
		}
		if got := r.String(); got != tt.str {
			t.Errorf("NewRate(%v, %q).String() = %q, want %q", tt.total, tt.count, got, tt.str)
		}
		if !r.Total().Equal(tt.total) || r.Count() != MustParseCount(tt.count) || r.Unit() != tt.unit {
			t.Errorf("NewRate(%v, %q) accessors = %v, %v, %q", tt.total, tt.count, r.Total(), r.Count(), r.Unit())
		}
	}
}

func TestRateRounding(t *testing.T) {
	r, _ := NewRate(currency.Pounds(4_000_000), MustParseCount("24,000"), "adult")
	tests := []struct {
		places int32
		mode   currency.Rounding
		want   string
	}{
		{2, currency.HalfUp, "£166.67"},
		{2, currency.Down, "£166.66"},
		{0, currency.HalfEven, "£167.00"},
		{4, currency.HalfUp, "£166.6667"},
		{-1, currency.HalfUp, "£170.00"},
	}
	for _, tt := range tests {
		if got := r.WithRounding(tt.places, tt.mode).PerUnit().String(); got != tt.want {
			t.Errorf("WithRounding(%d, %v).PerUnit() = %s, want %s", tt.places, tt.mode, got, tt.want)
		}
	}
	if got := r.PerUnit().String(); got != "£166.67" {
		t.Errorf("WithRounding changed the original: %s", got)
	}
}

func TestNewRateErrors(t *testing.T) {
	tests := []struct {
		total currency.Amount
		count Count
		unit  string
		err   error
	}{
		{currency.Pounds(1), Count{}, "case", ErrZeroCount},
		{currency.Amount{}, MustParseCount("4"), "case", ErrMissing},
		{currency.Pounds(1), MustParseCount("4"), " ", ErrMissing},
	}
	for _, tt := range tests {
		if _, err := NewRate(tt.total, tt.count, tt.unit); !errors.Is(err, tt.err) {
			t.Errorf("NewRate(%v, %v, %q) error = %v, want %v", tt.total, tt.count, tt.unit, err, tt.err)
		}
	}
	var zero Rate
	if !zero.PerUnit().IsZero() || zero.String() != "" || zero.IsExact() || zero.Bound() != currency.BoundUnknown {
		t.Errorf("zero Rate: %v %q %t %v", zero.PerUnit(), zero.String(), zero.IsExact(), zero.Bound())
	}
}
