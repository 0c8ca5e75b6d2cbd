package currency_test

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

// The interfaces database/sql looks for.
var (
	_ driver.Valuer = currency.Amount{}
	_ sql.Scanner   = (*currency.Amount)(nil)
	_ driver.Valuer = currency.Code{}
	_ sql.Scanner   = (*currency.Code)(nil)
)

func TestAmountValueScan(t *testing.T) {
	tests := []struct {
		in   currency.Amount
		want string
	}{
		{currency.Amount{}, "XXX 0"},
		{currency.Pounds(2_400_000), "GBP 2400000.00"},
		{currency.MustParse("-£400,000.5"), "GBP -400000.50"},
		{currency.MustParse("£0.005"), "GBP 0.005"},
		{currency.FromMinor(1234, currency.JPY), "JPY 1234"},
		{currency.MustParse("CHF 3"), "CHF 3.00"},
		{currency.MustParse("£123456789012345678901234567890.12"), "GBP 123456789012345678901234567890.12"},
	}
	for _, tt := range tests {
		v, err := tt.in.Value()
		if err != nil || v != tt.want {
			t.Errorf("%v.Value() = %#v, %v; want %q", tt.in, v, err, tt.want)
			continue
		}
		// Drivers hand text back as a string or as bytes.
		for _, src := range []any{v, []byte(tt.want)} {
			var got currency.Amount
			if err := got.Scan(src); err != nil || !got.Equal(tt.in) || got.Currency() != tt.in.Currency() {
				t.Errorf("Scan(%#v) = %v, %v; want %v", src, got, err, tt.in)
			}
		}
	}
}

func TestAmountScanErrors(t *testing.T) {
	for _, src := range []any{nil, 12.5, int64(1250), true, "12.50", "£12.5q", []byte("")} {
		a := currency.Pounds(7)
		err := a.Scan(src)
		var pe *currency.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Scan(%#v) = %v, want a *ParseError", src, err)
		}
		if !a.Equal(currency.Pounds(7)) {
			t.Errorf("Scan(%#v) changed the amount to %v", src, a)
		}
	}
	var a currency.Amount
	if err := a.Scan(nil); !errors.Is(err, currency.ErrSyntax) {
		t.Errorf("Scan(nil) = %v, want ErrSyntax", err)
	}
	// A float64 is named in the message, so that a REAL column is found.
	if err := a.Scan(12.5); err == nil || err.Error() != `currency: Amount.Scan("12.5"): invalid syntax: want an amount as text, such as "GBP 2400000.00", not a float64 at offset 0` {
		t.Errorf("Scan(12.5) = %v", err)
	}
}

func TestCodeValueScan(t *testing.T) {
	for _, tt := range []struct {
		in   currency.Code
		want string
	}{
		{currency.Code{}, "XXX"},
		{currency.GBP, "GBP"},
		{currency.JPY, "JPY"},
	} {
		v, err := tt.in.Value()
		if err != nil || v != tt.want {
			t.Errorf("%v.Value() = %#v, %v; want %q", tt.in, v, err, tt.want)
		}
		for _, src := range []any{v, []byte(tt.want)} {
			var got currency.Code
			if err := got.Scan(src); err != nil || got != tt.in {
				t.Errorf("Scan(%#v) = %v, %v; want %v", src, got, err, tt.in)
			}
		}
	}
	var c currency.Code
	if err := c.Scan([]byte("gbp")); err != nil || c != currency.GBP {
		t.Errorf(`Scan("gbp") = %v, %v; want GBP`, c, err)
	}
	for _, src := range []any{nil, int64(826), "GB", "ZZZ", "GBP  "} {
		c := currency.EUR
		if err := c.Scan(src); err == nil || c != currency.EUR {
			t.Errorf("Scan(%#v) = %v, %v; want an error and EUR unchanged", src, c, err)
		}
	}
}

func ExampleAmount_Value() {
	// database/sql calls Value to store an amount and Scan to read it back.
	v, _ := currency.MustParse("£2,400,000.50").Value()
	fmt.Printf("%q\n", v)
	var a currency.Amount
	err := a.Scan([]byte("GBP 2400000.50"))
	fmt.Println(a, err)
	// A REAL column cannot hold money exactly, so Scan refuses floats.
	fmt.Println(a.Scan(2400000.5) != nil)
	// Output:
	// "GBP 2400000.50"
	// £2,400,000.50 <nil>
	// true
}

func ExampleCode_Scan() {
	var c currency.Code
	err := c.Scan("EUR")
	v, _ := c.Value()
	fmt.Println(c, v, err)
	// Output: EUR EUR <nil>
}
