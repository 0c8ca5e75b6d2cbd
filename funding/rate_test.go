package funding

import (
	"errors"
	"math/big"
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

// TestRateNegativeTotal is the regression test for a bound that pointed the
// wrong way: -£700 over more than 7 households is more than -£100 each,
// since each share is nearer zero than -£100.
func TestRateNegativeTotal(t *testing.T) {
	tests := []struct {
		total currency.Amount
		count string
		want  string
	}{
		{currency.Pounds(-700), "more than 7", "more than -£100 per household"},
		{currency.Pounds(-700), "at least 7", "at least -£100 per household"},
		{currency.Pounds(-700), "up to 7", "up to -£100 per household"},
		{currency.Pounds(-700), "fewer than 7", "less than -£100 per household"},
		{currency.Pounds(-700), "nearly 7", "less than -£100 per household"},
		{currency.Pounds(-700), "about 7", "about -£100 per household"},
		// Nothing shared is £0 each, however many share it.
		{currency.Pounds(0), "more than 7", "£0 per household"},
		{currency.Pounds(0), "about 7", "£0 per household"},
	}
	for _, tt := range tests {
		r, err := NewRate(tt.total, MustParseCount(tt.count), "household")
		if err != nil {
			t.Fatal(err)
		}
		if got := r.String(); got != tt.want {
			t.Errorf("NewRate(%v, %q).String() = %q, want %q", tt.total, tt.count, got, tt.want)
		}
	}
}

// admitted returns true counts that count c admits, for checking a rate's
// bound: the count itself where it is admitted, and numbers on the side
// its qualifier allows, near and far. An About count admits numbers near
// it, which give no bound to check, so it gives only its own value.
func admitted(c Count) []int64 {
	n := c.Value()
	switch c.Bound() {
	case currency.MoreThan:
		return []int64{n + 1, n + 2, 10 * n}
	case currency.AtLeast:
		return []int64{n, n + 1, 10 * n}
	case currency.AtMost:
		return []int64{1, max(1, n-1), n}
	case currency.LessThan, currency.Nearly:
		if n < 2 {
			return nil // no count of things is below 1
		}
		return []int64{n - max(1, n/10), n - 1}
	}
	return []int64{n}
}

// checkRateBound checks that the bound NewRate(total, c, ...) states
// between its stated amount per unit (total ÷ c's value, unrounded) and
// the true one (total ÷ each count c admits) holds in exact rational
// arithmetic.
func checkRateBound(t *testing.T, total currency.Amount, c Count) {
	t.Helper()
	r, err := NewRate(total, c, "household")
	if err != nil {
		t.Fatalf("NewRate(%v, %v): %v", total, c, err)
	}
	tot := total.Decimal().Rat()
	stated := new(big.Rat).Quo(tot, new(big.Rat).SetInt64(c.Value()))
	b := r.Bound()
	if total.Sign() == 0 && b != currency.Exact {
		t.Errorf("NewRate(%v, %v).Bound() = %v, want exact: £0 each", total, c, b)
	}
	for _, n := range admitted(c) {
		truth := new(big.Rat).Quo(tot, new(big.Rat).SetInt64(n))
		cmp := truth.Cmp(stated)
		var ok bool
		switch b {
		case currency.Exact:
			ok = cmp == 0 || c.Bound() == currency.About
		case currency.About:
			ok = true
		case currency.MoreThan:
			ok = cmp > 0
		case currency.AtLeast:
			ok = cmp >= 0
		case currency.LessThan:
			ok = cmp < 0
		case currency.AtMost:
			ok = cmp <= 0
		}
		if !ok {
			t.Errorf("NewRate(%v, %q) says %q, but over %d it is %s each", total, c, r, n, truth.FloatString(4))
		}
	}
}

// TestRateBoundProperty checks every count qualifier against positive,
// negative and zero totals.
func TestRateBoundProperty(t *testing.T) {
	bounds := []currency.Bound{currency.Exact, currency.About, currency.AtLeast, currency.MoreThan,
		currency.AtMost, currency.LessThan, currency.Nearly}
	totals := []currency.Amount{currency.Pounds(700), currency.Pounds(-700), currency.Pounds(0),
		currency.Pence(1), currency.Pence(-1), currency.MustParse("-£2,165,000.00")}
	for _, b := range bounds {
		for _, n := range []int64{1, 2, 3, 7, 24_000} {
			c := MustCount(b, n)
			for _, total := range totals {
				checkRateBound(t, total, c)
			}
		}
	}
}

// FuzzRateBound checks the bound for any total in pence and any count.
func FuzzRateBound(f *testing.F) {
	f.Add(int64(-70_000), int64(7), uint8(currency.MoreThan))
	f.Add(int64(100_000), int64(10), uint8(currency.Nearly))
	f.Add(int64(0), int64(3), uint8(currency.LessThan))
	f.Fuzz(func(t *testing.T, pence, n int64, b uint8) {
		c, err := NewCount(currency.Bound(b), n)
		if err != nil || n > 1<<40 {
			return // not a count, or one whose multiples would overflow
		}
		checkRateBound(t, currency.Pence(pence), c)
	})
}
