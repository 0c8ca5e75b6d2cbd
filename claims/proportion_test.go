package claims_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
)

// rat returns the rational s, "9/100" or "1.086".
func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad rational " + s)
	}
	return r
}

func TestParseProportion(t *testing.T) {
	tests := []struct {
		in     string
		ratio  string // the ratio stated, exactly
		bound  currency.Bound
		admits []string // ratios the words admit
		not    []string // ratios they do not
	}{
		// "9%" admits 8.5% up to but not including 9.5%.
		{"9%", "9/100", currency.Exact, []string{"0.085", "0.09", "0.0949"}, []string{"0.0849", "0.095", "1.09"}},
		{"9 per cent", "9/100", currency.Exact, []string{"0.085"}, []string{"0.095"}},
		{"0.1 per cent", "1/1000", currency.Exact, []string{"0.0005", "0.00149"}, []string{"0.00049", "0.0015"}},
		{"a 9% increase", "109/100", currency.Exact, []string{"1.085", "1.0949"}, []string{"1.095", "1.084", "0.91"}},
		{"an increase of 9%", "109/100", currency.Exact, []string{"1.09"}, []string{"0.09"}},
		{"up 9 percent", "109/100", currency.Exact, []string{"1.09"}, nil},
		{"a cut of 5%", "19/20", currency.Exact, []string{"0.95", "0.9549", "0.9451"}, []string{"1.05", "0.945", "0.9551"}},
		{"down by 5%", "19/20", currency.Exact, []string{"0.95"}, nil},
		{"an increase of more than 9%", "109/100", currency.MoreThan, []string{"1.0901"}, []string{"1.09", "1.05"}},
		{"up to 9%", "9/100", currency.AtMost, []string{"0", "0.09"}, []string{"0.0901"}},
		// "two thirds" has no digits: it admits what is within 10% of 2/3,
		// from 3/5 to 11/15.
		{"two thirds", "2/3", currency.Exact, []string{"0.6", "0.667", "11/15"}, []string{"0.599", "0.7334"}},
		{"two-thirds", "2/3", currency.Exact, []string{"2/3"}, nil},
		{"half", "1/2", currency.Exact, []string{"0.45", "0.55"}, []string{"0.44"}},
		{"a quarter", "1/4", currency.Exact, []string{"0.25"}, nil},
		{"almost three quarters", "3/4", currency.Nearly, []string{"0.675", "0.7499"}, []string{"0.75", "0.674"}},
		{"one in five", "1/5", currency.Exact, []string{"0.2"}, []string{"0.25"}},
		// A fraction in figures (thelondoneconomic-2016, "over 4/5 of the
		// money") is read as its words are.
		{"4/5", "4/5", currency.Exact, []string{"0.8", "0.75"}, []string{"0.7"}},
		{"over 4/5", "4/5", currency.MoreThan, []string{"0.81"}, []string{"0.8"}},
		// Multiples are stated to the nearest whole unless written with
		// decimals.
		{"doubled", "2", currency.Exact, []string{"1.5", "2.4999"}, []string{"1.4999", "2.5"}},
		{"more than doubled", "2", currency.MoreThan, []string{"2.0001", "7"}, []string{"2", "1.9"}},
		{"nearly quadruple", "4", currency.Nearly, []string{"3.6", "3.99"}, []string{"4", "3.59"}},
		{"a threefold increase", "3", currency.Exact, []string{"3", "2.5"}, []string{"3.5"}},
		{"3-fold", "3", currency.Exact, []string{"3"}, nil},
		{"2.5 times", "5/2", currency.Exact, []string{"2.45", "2.5499"}, []string{"2.55"}},
		{"about three times", "3", currency.About, []string{"2.5", "3.3", "3.4999"}, []string{"3.5", "2.49"}},
		{"3", "3", currency.Exact, []string{"3"}, nil},
		// A change with no number is a change of more than nothing.
		{"an increase", "1", currency.MoreThan, []string{"1.0001"}, []string{"1", "0.99"}},
		{"a cut", "1", currency.MoreThan, []string{"0.9999"}, []string{"1", "1.01"}},
	}
	for _, tt := range tests {
		p, err := claims.ParseProportion(tt.in)
		if err != nil {
			t.Errorf("ParseProportion(%q): %v", tt.in, err)
			continue
		}
		if got := p.Ratio(); got.Cmp(rat(tt.ratio)) != 0 {
			t.Errorf("ParseProportion(%q).Ratio() = %v, want %s", tt.in, got.RatString(), tt.ratio)
		}
		if p.Bound() != tt.bound || p.String() != tt.in {
			t.Errorf("ParseProportion(%q) = %q, %v; want %q, %v", tt.in, p.String(), p.Bound(), tt.in, tt.bound)
		}
		for _, r := range tt.admits {
			if !p.Admits(rat(r)) {
				t.Errorf("%q.Admits(%s) = false, want true", tt.in, r)
			}
		}
		for _, r := range tt.not {
			if p.Admits(rat(r)) {
				t.Errorf("%q.Admits(%s) = true, want false", tt.in, r)
			}
		}
		var back claims.Proportion
		text, _ := p.MarshalText()
		if err := back.UnmarshalText(text); err != nil || back != p {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, p)
		}
	}
}

func TestParseProportionErrors(t *testing.T) {
	tests := []struct {
		in     string
		err    error
		offset int
	}{
		{"", claims.ErrSyntax, 0},
		{"lots", claims.ErrSyntax, 0},
		{"up 9", claims.ErrSyntax, 4}, // where "%" should be
		{"9% of the budget", claims.ErrSyntax, 3},
		{"five thirds", claims.ErrRange, 0},
		{"a cut of 120%", claims.ErrRange, 0},
		{"a threefold cut", claims.ErrSyntax, 0},
		{"1234567890123456%", claims.ErrRange, 0},
		{"-3", claims.ErrRange, 0},
		{"9.%", claims.ErrSyntax, 0},
		{"one in many", claims.ErrSyntax, 7},
		// A financial year or a whole over ten is no fraction in figures;
		// more than one whole is out of range.
		{"2012/13", claims.ErrSyntax, 0},
		{"1/12", claims.ErrSyntax, 0},
		{"5/4", claims.ErrRange, 0},
	}
	for _, tt := range tests[1:] {
		_, err := claims.ParseProportion(tt.in)
		var pe *claims.ParseError
		if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Offset != tt.offset || pe.Func != "ParseProportion" {
			t.Errorf("ParseProportion(%q) = %v (offset %d), want %v at offset %d", tt.in, err, offsetOf(err), tt.err, tt.offset)
		}
	}
	if _, err := claims.ParseProportion(tests[0].in); !errors.Is(err, claims.ErrSyntax) {
		t.Errorf(`ParseProportion("") = %v, want ErrSyntax`, err)
	}
	if p, err := claims.ParseProportion("9"); err != nil || p.Ratio().Cmp(big.NewRat(9, 1)) != 0 {
		t.Errorf(`ParseProportion("9") = %v, %v; want a multiple of 9`, p, err)
	}
	var zero claims.Proportion
	if !zero.IsZero() || zero.Admits(big.NewRat(1, 1)) || zero.Ratio().Sign() != 0 || zero.String() != "" {
		t.Error("the zero Proportion is not empty")
	}
	if err := zero.UnmarshalText(nil); err != nil || !zero.IsZero() {
		t.Errorf("UnmarshalText(nil) = %v", err)
	}
}

// offsetOf returns the Offset of a *claims.ParseError, or -1.
func offsetOf(err error) int {
	var pe *claims.ParseError
	if errors.As(err, &pe) {
		return pe.Offset
	}
	return -1
}

func FuzzParseProportion(f *testing.F) {
	for _, s := range []string{"9%", "a 9% increase", "0.1 per cent", "two thirds", "more than doubled",
		"nearly quadruple", "one in five", "2.5 times", "an increase of more than 9%", "up to 9%", "3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := claims.ParseProportion(s)
		if err != nil {
			return
		}
		back, err := claims.ParseProportion(p.String())
		if err != nil || back != p {
			t.Fatalf("ParseProportion(%q) = %v, but its String %q reads back as %v, %v", s, p, p.String(), back, err)
		}
		if p.Ratio().Sign() < 0 {
			t.Fatalf("ParseProportion(%q).Ratio() = %v, negative", s, p.Ratio())
		}
		if p.Bound() == currency.Exact && !p.Admits(p.Ratio()) {
			t.Fatalf("ParseProportion(%q) does not admit its own ratio %v", s, p.Ratio().RatString())
		}
	})
}
