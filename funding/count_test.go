package funding

import (
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

func TestParseCount(t *testing.T) {
	tests := []struct {
		in    string
		n     int64
		bound currency.Bound
		str   string
		err   error
	}{
		{"about 9,000", 9000, currency.About, "about 9,000", nil},
		{"around 24,000", 24000, currency.About, "about 24,000", nil},
		{"About 1,200", 1200, currency.About, "about 1,200", nil},
		{"2,200", 2200, currency.Exact, "2,200", nil},
		{"24000", 24000, currency.Exact, "24,000", nil},
		{"four", 4, currency.Exact, "4", nil},
		{"Three", 3, currency.Exact, "3", nil},
		{"exactly 12", 12, currency.Exact, "12", nil},
		{"more than 2,000", 2000, currency.MoreThan, "more than 2,000", nil},
		{"over 100", 100, currency.MoreThan, "more than 100", nil},
		{"at least 5", 5, currency.AtLeast, "at least 5", nil},
		{"no fewer than 5", 5, currency.AtLeast, "at least 5", nil},
		{"up to 40", 40, currency.AtMost, "up to 40", nil},
		{"fewer than 10", 10, currency.LessThan, "less than 10", nil},
		{"under 10", 10, currency.LessThan, "less than 10", nil},
		{"nearly 9,000", 9000, currency.Nearly, "nearly 9,000", nil},
		{"almost twenty", 20, currency.Nearly, "nearly 20", nil},
		{"1.2 million", 1_200_000, currency.Exact, "1,200,000", nil},
		{"about 24 thousand", 24000, currency.About, "about 24,000", nil},
		{"  about  9,000 ", 9000, currency.About, "about 9,000", nil},
		{"0", 0, 0, "", ErrZeroCount},
		{"zero", 0, 0, "", ErrZeroCount},
		{"about 0", 0, 0, "", ErrZeroCount},
		{"hundreds", 0, 0, "", ErrSyntax},
		{"about", 0, 0, "", ErrSyntax},
		{"", 0, 0, "", ErrSyntax},
		{"9,00", 0, 0, "", ErrSyntax},
		{"9000,000", 0, 0, "", ErrSyntax},
		{"1,2,3", 0, 0, "", ErrSyntax},
		{"-5", 0, 0, "", ErrSyntax},
		{"9,000 cases", 0, 0, "", ErrSyntax},
		{"1.25 thousand", 1250, currency.Exact, "1,250", nil},
		{"1.2", 0, 0, "", ErrRange},
		{"1.2345 thousand", 0, 0, "", ErrRange},
		{"99999999999999999999", 0, 0, "", ErrRange},
	}
	for _, tt := range tests {
		c, err := ParseCount(tt.in)
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseCount(%q) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if c.Value() != tt.n || c.Bound() != tt.bound || c.String() != tt.str {
			t.Errorf("ParseCount(%q) = %d %v %q, want %d %v %q", tt.in, c.Value(), c.Bound(), c.String(), tt.n, tt.bound, tt.str)
		}
		if err == nil {
			back, err := ParseCount(c.String())
			if err != nil || back != c {
				t.Errorf("ParseCount(%q) = %v, %v, want %v", c.String(), back, err, c)
			}
		}
	}
}

func TestNewCount(t *testing.T) {
	tests := []struct {
		b   currency.Bound
		n   int64
		err error
	}{
		{currency.Exact, 4, nil},
		{currency.About, 1, nil},
		{currency.Exact, 0, ErrZeroCount},
		{currency.Exact, -2, ErrZeroCount},
		{currency.Range, 4, ErrRange},
		{currency.BoundUnknown, 4, ErrRange},
		{currency.Bound(99), 4, ErrRange},
	}
	for _, tt := range tests {
		c, err := NewCount(tt.b, tt.n)
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("NewCount(%v, %d) = %v, %v, want error %v", tt.b, tt.n, c, err, tt.err)
		}
	}
}

func TestCountZeroAndText(t *testing.T) {
	var zero Count
	if !zero.IsZero() || zero.IsExact() || zero.String() != "" || zero.Bound() != currency.BoundUnknown {
		t.Errorf("zero Count = %v", zero)
	}
	var c Count
	if err := c.UnmarshalText([]byte("")); err != nil || !c.IsZero() {
		t.Errorf("UnmarshalText(\"\") = %v, %v", c, err)
	}
	if err := c.UnmarshalText([]byte("0")); !errors.Is(err, ErrZeroCount) {
		t.Errorf("UnmarshalText(\"0\") error = %v, want ErrZeroCount", err)
	}
	want := MustCount(currency.About, 9000)
	b, _ := want.MarshalText()
	if err := c.UnmarshalText(b); err != nil || !c.Equal(want) {
		t.Errorf("UnmarshalText(%q) = %v, %v, want %v", b, c, err, want)
	}
}
