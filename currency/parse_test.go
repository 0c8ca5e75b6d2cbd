package currency

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Amount
	}{
		{"£2,400,000.00", Amount{coef: 240000000, exp: -2, code: GBP}},
		{"£2400000", Pounds(2_400_000)},
		{"-£400,000", Pounds(-400_000)},
		{"−£400,000", Pounds(-400_000)},
		{"£0.30", Pence(30)},
		{"£166.666", Amount{coef: 166666, exp: -3, code: GBP}},
		{"€2.50", FromMinor(250, EUR)},
		{"US$3", Amount{coef: 3, code: USD}},
		{"$3", Amount{coef: 3, code: USD}},
		{"¥1,000", Amount{coef: 1000, code: JPY}},
		{"GBP 2400000.00", Pence(240_000_000)},
		{"gbp 2,400,000", Pounds(2_400_000)},
		{"GBP -400000.00", Pounds(-400_000)},
		{"2400000.00 GBP", Pounds(2_400_000)},
		{"-5 CHF", Amount{coef: -5, code: MustParseCode("CHF")}},
		{"XXX 0", Amount{}},
		{"£1,000,000,000,000,000,000,000.01", mustNew(dec("1000000000000000000000.01"), GBP)},
		{"£0000000000000000000000012", Pounds(12)},
		{"£0.0000000000000000000000001", mustNew(dec("1e-25"), GBP)},

		// Multipliers make exact amounts.
		{"£2.4m", Pounds(2_400_000)},
		{"£2.4 million", Pounds(2_400_000)},
		{"2.4 million pounds", Pounds(2_400_000)},
		{"-£2.4m", Pounds(-2_400_000)},
		{"−£2.4m", Pounds(-2_400_000)},
		{"£1.5bn", Pounds(1_500_000_000)},
		{"£70k", Pounds(70_000)},
		{"30p", Pence(30)},
		{"GBP 2.4m", Pounds(2_400_000)},
		{"half a billion pounds", Pounds(500_000_000)},
		{"£1.000000000000000000000000001tn", mustNew(dec("1000000000000.000000000000001"), GBP)},

		// White space around the amount is no part of it.
		{"£2 ", Pounds(2)},
		{" \t£2,400,000.00\n", Pence(240_000_000)},
		{"\u00a0GBP 2400000.00\u2003", Pence(240_000_000)},
		{"XXX 0.00", Amount{}},
		{"0 XXX", Amount{}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q) (-want +got)\n%s", tt.in, diff)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		kind   error
		offset int
	}{
		{"", ErrSyntax, 0},
		{"£", ErrSyntax, 2},
		{"2.40", ErrSyntax, 0},
		{"£2.4q", ErrSyntax, 5},
		{"£2.4mx", ErrSyntax, 5},
		{"£-2", ErrSyntax, 2},
		{"--£2", ErrSyntax, 1},
		{"£1,2,3", ErrSyntax, 5},
		{"£1234,567", ErrSyntax, 6},
		{"£1,23", ErrSyntax, 3},
		{"£1e400", ErrSyntax, 3},
		{"£2.", ErrSyntax, 4},
		{"£.5", ErrSyntax, 2},
		{"£2.4.5", ErrSyntax, 5},
		{"   ", ErrSyntax, 0},
		{"£2 x", ErrSyntax, 3},
		{"XXX 5", ErrUnknownCurrency, 0},
		{"5 XXX", ErrUnknownCurrency, 2},
		{" XXX 5", ErrUnknownCurrency, 1},
		{"more than £4m", ErrSyntax, 0},
		{"£8m a year", ErrSyntax, 0},
		{" £3m-£5m", ErrSyntax, 1},
		{"£5m or more", ErrSyntax, 0},
		{"80p in the £1", ErrSyntax, 0},
		{"ZZZ 5", ErrUnknownCurrency, 0},
		{"5 ZZZ", ErrUnknownCurrency, 2},
		{"GBP -£5", ErrSyntax, 5},
		{strings.Repeat("9", 10<<20), ErrRange, 1024},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tt.kind) {
			t.Errorf("Parse(%.20q) error = %v, want a *ParseError matching %v", tt.in, err, tt.kind)
			continue
		}
		if pe.Func != "Parse" || pe.Input != tt.in || pe.Offset != tt.offset {
			t.Errorf("Parse(%.20q) error = {Func %q, Offset %d}, want {Parse, %d}", tt.in, pe.Func, pe.Offset, tt.offset)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "currency: Parse(") || len(msg) > 300 {
			t.Errorf("Parse(%.20q) message %q, want a short one naming the package and input", tt.in, msg)
		}
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"£\") did not panic")
		}
	}()
	MustParse("£")
}

func TestText(t *testing.T) {
	tests := []struct {
		a    Amount
		text string
		json string
	}{
		{Pounds(2_400_000), "GBP 2400000.00", `{"amount":"2400000.00","currency":"GBP"}`},
		{Pence(-40), "GBP -0.40", `{"amount":"-0.40","currency":"GBP"}`},
		{Amount{coef: 24, exp: 5, code: GBP}, "GBP 2400000.00", `{"amount":"2400000.00","currency":"GBP"}`},
		{Amount{coef: 1, exp: -6, code: GBP}, "GBP 0.000001", `{"amount":"0.000001","currency":"GBP"}`},
		{Amount{coef: 166666, exp: -3, code: GBP}, "GBP 166.666", `{"amount":"166.666","currency":"GBP"}`},
		{Amount{coef: 5, code: JPY}, "JPY 5", `{"amount":"5","currency":"JPY"}`},
		{Amount{}, "XXX 0", `{"amount":"0","currency":"XXX"}`},
		// A wide amount keeps every digit, finer than pence too.
		{mustNew(dec("12345678901234567890.125"), GBP), "GBP 12345678901234567890.125", `{"amount":"12345678901234567890.125","currency":"GBP"}`},
		{mustNew(dec("-12345678901234567890.5"), GBP), "GBP -12345678901234567890.50", `{"amount":"-12345678901234567890.50","currency":"GBP"}`},
	}
	for _, tt := range tests {
		text, _ := tt.a.MarshalText()
		if string(text) != tt.text {
			t.Errorf("MarshalText(%v) = %q, want %q", tt.a.Decimal(), text, tt.text)
		}
		js, _ := tt.a.MarshalJSON()
		if string(js) != tt.json {
			t.Errorf("MarshalJSON(%v) = %s, want %s", tt.a.Decimal(), js, tt.json)
		}
		var back Amount
		if err := back.UnmarshalText(text); err != nil || !back.Equal(tt.a) {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back.Decimal(), err, tt.a.Decimal())
		}
		if err := back.UnmarshalJSON(js); err != nil || !back.Equal(tt.a) {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v", js, back.Decimal(), err, tt.a.Decimal())
		}
	}
}

func TestUnmarshalJSON(t *testing.T) {
	good := map[string]Amount{
		`{"amount":2400000.00,"currency":"GBP"}`:                           Pence(240_000_000),
		`{"amount":2.4e6,"currency":"GBP"}`:                                Pounds(2_400_000),
		`{"currency":"EUR","amount":"-1.5"}`:                               FromMinor(-150, EUR),
		`{"amount":0.1000000000000000055511151231257827,"currency":"GBP"}`: mustNew(dec("0.1000000000000000055511151231257827"), GBP),
		`{"amount":"1","currency":"GBP","note":"ignored"}`:                 Pounds(1),
	}
	for in, want := range good {
		var got Amount
		if err := got.UnmarshalJSON([]byte(in)); err != nil || !got.Equal(want) {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v", in, got.Decimal(), err, want.Decimal())
		}
	}
	bad := map[string]error{
		`{"currency":"GBP"}`:                  ErrSyntax,
		`{"amount":"1"}`:                      ErrSyntax,
		`{"amount":"£1","currency":"GBP"}`:    ErrSyntax,
		`{"amount":"1,000","currency":"GBP"}`: ErrSyntax,
		`{"amount":1e401,"currency":"GBP"}`:   ErrRange,
		`{"amount":"1","currency":"ZZZ"}`:     ErrUnknownCurrency,
		`{"amount":true,"currency":"GBP"}`:    ErrSyntax,
		`[1]`:                                 ErrSyntax,
	}
	for in, want := range bad {
		var got Amount
		if err := got.UnmarshalJSON([]byte(in)); !errors.Is(err, want) {
			t.Errorf("UnmarshalJSON(%s) error = %v, want %v", in, err, want)
		}
	}
}

// TestParseErrorMessages checks the messages users see, the one the
// ParseError doc shows among them.
func TestParseErrorMessages(t *testing.T) {
	tests := []struct{ in, want string }{
		{"£2.4q", `currency: Parse("£2.4q"): invalid syntax: want the amount to end after its digits at offset 5`},
		{"more than £4m", `currency: Parse("more than £4m"): invalid syntax: want one exact amount, not the figure "more than £4m": use ParseFigure at offset 0`},
		{"£8m per year", `currency: Parse("£8m per year"): invalid syntax: want one exact amount, not the figure "£8m a year": use ParseFigure at offset 0`},
		{"XXX 5", `currency: Parse("XXX 5"): unknown currency: want a currency: XXX names none, and only the zero Amount, "XXX 0", has none at offset 0`},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %s", tt.in, err, tt.want)
		}
	}
}

// TestQualifierAtSpacings checks that qualifierAt reads every qualifier,
// and the same one, however its words are spaced: its quick compare of the
// one-space spelling must agree with spacedQualifierAt, the word-by-word
// reading, which it relies on no qualifier's words beginning another's.
func TestQualifierAtSpacings(t *testing.T) {
	for _, q := range qualifiers {
		for _, other := range qualifiers {
			if len(other.words) > len(q.words) && slices.Equal(other.words[:len(q.words)], q.words) {
				t.Errorf("qualifier %q begins qualifier %q", q.words, other.words)
			}
		}
		for _, space := range []string{" ", "  ", "\t", "\u00a0"} {
			s := strings.ToUpper(q.words[0][:1]) + strings.Join(q.words, space)[1:] + space + "£4m"
			want := len(s) - len("£4m")
			if b, after := qualifierAt(s, 0); b != q.bound || after != want {
				t.Errorf("qualifierAt(%q, 0) = %v, %d, want %v, %d", s, b, after, q.bound, want)
			}
			if b, after := spacedQualifierAt(s, 0); b != q.bound || after != want {
				t.Errorf("spacedQualifierAt(%q, 0) = %v, %d, want %v, %d", s, b, after, q.bound, want)
			}
		}
	}
}
