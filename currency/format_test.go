package currency

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// dec returns the amount s (a plain decimal such as "-2.405") in c.
func fmtAmt(s string, c Code) Amount { return mustNew(decimal.RequireFromString(s), c) }

// formatCase is one row of the formatting tables: an amount and what each
// style writes for it.
type formatCase struct {
	name                           string
	a                              Amount
	full, whole, short, words, iso string
}

// checkFormat formats every case in every style with f and compares.
func checkFormat(t *testing.T, f Formatter, cases []formatCase) {
	t.Helper()
	for _, tc := range cases {
		want := map[Style]string{
			StyleUnknown: tc.full,
			Full:         tc.full,
			Whole:        tc.whole,
			Short:        tc.short,
			Words:        tc.words,
			ISO:          tc.iso,
			Style(99):    tc.full,
		}
		got := make(map[Style]string, len(want))
		for s := range want {
			got[s] = f.Format(tc.a, s)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: Format(%s) mismatch (-want +got):\n%s", tc.name, tc.a.Decimal(), diff)
		}
	}
}

var fmtCHF = MustParseCode("CHF")

func TestFormat(t *testing.T) {
	cases := []formatCase{
		{"millions", Pounds(2_400_000),
			"£2,400,000.00", "£2,400,000", "£2.4m", "£2.4 million", "GBP 2,400,000.00"},
		{"negative", Pounds(-400_000),
			"-£400,000.00", "-£400,000", "-£400k", "-£400,000", "-GBP 400,000.00"},
		{"billions", Pounds(1_500_000_000),
			"£1,500,000,000.00", "£1,500,000,000", "£1.5bn", "£1.5 billion", "GBP 1,500,000,000.00"},
		{"thousands", Pounds(70_000),
			"£70,000.00", "£70,000", "£70k", "£70,000", "GBP 70,000.00"},
		{"hundreds", Pounds(750),
			"£750.00", "£750", "£750", "£750", "GBP 750.00"},
		{"pence", Pence(240_000_050),
			"£2,400,000.50", "£2,400,000.50", "£2.4m", "£2.4 million", "GBP 2,400,000.50"},
		{"under a pound", Pence(5),
			"£0.05", "£0.05", "£0.05", "£0.05", "GBP 0.05"},
		{"sub-penny", fmtAmt("166.666", GBP),
			"£166.666", "£166.666", "£166.666", "£166.666", "GBP 166.666"},
		{"tenth of a penny", fmtAmt("-0.001", GBP),
			"-£0.001", "-£0.001", "-£0.001", "-£0.001", "-GBP 0.001"},
		{"trailing zeros dropped", fmtAmt("2.400", GBP),
			"£2.40", "£2.40", "£2.40", "£2.40", "GBP 2.40"},
		{"one decimal", fmtAmt("2.4", GBP),
			"£2.40", "£2.40", "£2.40", "£2.40", "GBP 2.40"},
		{"zero pounds", Pounds(0),
			"£0.00", "£0", "£0", "£0", "GBP 0.00"},
		{"zero at a scale", Pence(0),
			"£0.00", "£0", "£0", "£0", "GBP 0.00"},
		{"zero Amount", Amount{},
			"XXX 0", "XXX 0", "XXX 0", "XXX 0", "XXX 0"},
		{"positive exponent", mustNew(decimal.New(24, 5), GBP),
			"£2,400,000.00", "£2,400,000", "£2.4m", "£2.4 million", "GBP 2,400,000.00"},
		{"int64 limit", Pence(-9223372036854775808),
			"-£92,233,720,368,547,758.08", "-£92,233,720,368,547,758.08", "-£92,233.7tn", "-£92,233.7 trillion", "-GBP 92,233,720,368,547,758.08"},
		{"wide", fmtAmt("123456789012345678901234567890.125", GBP),
			"£123,456,789,012,345,678,901,234,567,890.125", "£123,456,789,012,345,678,901,234,567,890.125",
			"£123,456,789,012,345,678.9tn", "£123,456,789,012,345,678.9 trillion",
			"GBP 123,456,789,012,345,678,901,234,567,890.125"},
		{"wide negative whole", fmtAmt("-100000000000000000000000000000", GBP),
			"-£100,000,000,000,000,000,000,000,000,000.00", "-£100,000,000,000,000,000,000,000,000,000",
			"-£100,000,000,000,000,000tn", "-£100,000,000,000,000,000 trillion",
			"-GBP 100,000,000,000,000,000,000,000,000,000.00"},
		{"wide tiny", fmtAmt("0.0000000000000000000000000000001", GBP),
			"£0.0000000000000000000000000000001", "£0.0000000000000000000000000000001",
			"£0.0000000000000000000000000000001", "£0.0000000000000000000000000000001",
			"GBP 0.0000000000000000000000000000001"},
		{"yen", FromMinor(2_400, JPY),
			"¥2,400", "¥2,400", "¥2.4k", "¥2,400", "JPY 2,400"},
		{"yen with a fraction", fmtAmt("2400.5", JPY),
			"¥2,400.5", "¥2,400.5", "¥2.4k", "¥2,400.5", "JPY 2,400.5"},
		{"euro", fmtAmt("2.5", EUR),
			"€2.50", "€2.50", "€2.50", "€2.50", "EUR 2.50"},
		{"dollar", fmtAmt("3000000000", USD),
			"US$3,000,000,000.00", "US$3,000,000,000", "US$3bn", "US$3 billion", "USD 3,000,000,000.00"},
		{"other currency by code", FromMinor(-200, fmtCHF),
			"-CHF 2.00", "-CHF 2", "-CHF 2", "-CHF 2", "-CHF 2.00"},
		{"three minor digits", FromMinor(1234567, MustParseCode("KWD")),
			"KWD 1,234.567", "KWD 1,234.567", "KWD 1.2k", "KWD 1,234.567", "KWD 1,234.567"},
	}
	checkFormat(t, Formatter{}, cases)
	checkFormat(t, NewFormatter(language.BritishEnglish), cases)
	for _, tc := range cases {
		if got := tc.a.String(); got != tc.full {
			t.Errorf("%s: String() = %q, want %q", tc.name, got, tc.full)
		}
		for _, s := range []Style{Full, Whole, Short, Words, ISO} {
			if got, want := tc.a.Format(s), NewFormatter(language.BritishEnglish).Format(tc.a, s); got != want {
				t.Errorf("%s: Format(%v) = %q, want %q", tc.name, s, got, want)
			}
		}
	}
}

func TestFormatShortRounding(t *testing.T) {
	tests := []struct {
		a            Amount
		short, words string
	}{
		{Pounds(999), "£999", "£999"},
		{fmtAmt("999.99", GBP), "£999.99", "£999.99"},
		{Pounds(1_000), "£1k", "£1,000"},
		{Pounds(1_049), "£1k", "£1,049"},
		{Pounds(1_050), "£1.1k", "£1,050"},
		{fmtAmt("1234.56", GBP), "£1.2k", "£1,234.56"},
		{Pounds(9_950), "£10k", "£9,950"},
		{Pounds(99_950), "£100k", "£99,950"},
		{Pounds(999_949), "£999.9k", "£999,949"},
		{Pounds(999_950), "£1m", "£999,950"},
		{Pounds(1_000_000), "£1m", "£1 million"},
		{fmtAmt("2449999.99", GBP), "£2.4m", "£2.4 million"},
		{Pounds(2_450_000), "£2.5m", "£2.5 million"},
		{Pounds(-2_450_000), "-£2.5m", "-£2.5 million"},
		{Pounds(-2_449_999), "-£2.4m", "-£2.4 million"},
		{Pounds(4_500_000), "£4.5m", "£4.5 million"},
		{Pounds(999_950_000), "£1bn", "£1 billion"},
		{Pounds(999_949_999), "£999.9m", "£999.9 million"},
		{Pounds(1_260_000), "£1.3m", "£1.3 million"},
		{Pounds(9_000_000_000), "£9bn", "£9 billion"},
		{Pounds(999_950_000_000), "£1tn", "£1 trillion"},
		{Pounds(2_500_000_000_000), "£2.5tn", "£2.5 trillion"},
		{Pounds(999_950_000_000_000), "£1,000tn", "£1,000 trillion"},
		{Pounds(1_234_567_000_000_000), "£1,234.6tn", "£1,234.6 trillion"},
		{fmtAmt("99999999999999999999999.99", GBP), "£100,000,000,000tn", "£100,000,000,000 trillion"},
	}
	for _, tt := range tests {
		if got := tt.a.Format(Short); got != tt.short {
			t.Errorf("Format(%s, Short) = %q, want %q", tt.a.Decimal(), got, tt.short)
		}
		if got := tt.a.Format(Words); got != tt.words {
			t.Errorf("Format(%s, Words) = %q, want %q", tt.a.Decimal(), got, tt.words)
		}
	}
}

func TestFormatterFormat(t *testing.T) {
	de := NewFormatter(language.MustParse("de-DE"))
	checkFormat(t, de, []formatCase{
		{"de millions", Pounds(2_400_000),
			"2.400.000,00 £", "2.400.000 £", "2.400.000 £", "2.400.000 £", "2.400.000,00 GBP"},
		{"de negative", Pounds(-400_000),
			"-400.000,00 £", "-400.000 £", "-400.000 £", "-400.000 £", "-400.000,00 GBP"},
		{"de pence", fmtAmt("1234.5", EUR),
			"1.234,50 €", "1.234,50 €", "1.234,50 €", "1.234,50 €", "1.234,50 EUR"},
		{"de yen", FromMinor(2_400, JPY),
			"2.400 ¥", "2.400 ¥", "2.400 ¥", "2.400 ¥", "2.400 JPY"},
		{"de wide", fmtAmt("-12345678901234567890123.456", EUR),
			"-12.345.678.901.234.567.890.123,456 €", "-12.345.678.901.234.567.890.123,456 €",
			"-12.345.678.901.234.567.890.123,456 €", "-12.345.678.901.234.567.890.123,456 €",
			"-12.345.678.901.234.567.890.123,456 EUR"},
		{"de zero Amount", Amount{}, "0 XXX", "0 XXX", "0 XXX", "0 XXX", "0 XXX"},
	})

	// fr-FR groups with a no-break space (U+00A0) in x/text's data.
	fr := NewFormatter(language.MustParse("fr-FR"))
	checkFormat(t, fr, []formatCase{
		{"fr millions", fmtAmt("2400000", EUR),
			"2\u00a0400\u00a0000,00 €", "2\u00a0400\u00a0000 €", "2\u00a0400\u00a0000 €", "2\u00a0400\u00a0000 €", "2\u00a0400\u00a0000,00 EUR"},
		{"fr pounds", Pence(-12345),
			"-123,45 £GB", "-123,45 £GB", "-123,45 £GB", "-123,45 £GB", "-123,45 GBP"},
	})

	us := NewFormatter(language.AmericanEnglish)
	checkFormat(t, us, []formatCase{
		{"us dollars", fmtAmt("2400000", USD),
			"$2,400,000.00", "$2,400,000", "$2.4m", "$2.4 million", "USD 2,400,000.00"},
		{"us negative", fmtAmt("-1500000000", USD),
			"-$1,500,000,000.00", "-$1,500,000,000", "-$1.5bn", "-$1.5 billion", "-USD 1,500,000,000.00"},
		{"us pounds", Pounds(70_000),
			"£70,000.00", "£70,000", "£70k", "£70,000", "GBP 70,000.00"},
		{"us yen", FromMinor(2_400, JPY),
			"¥2,400", "¥2,400", "¥2.4k", "¥2,400", "JPY 2,400"},
		{"us francs", FromMinor(200, fmtCHF),
			"CHF 2.00", "CHF 2", "CHF 2", "CHF 2", "CHF 2.00"},
	})

	// Other placements and number shapes.
	tests := []struct {
		tag  string
		a    Amount
		s    Style
		want string
	}{
		{"nl", fmtAmt("-1234.5", EUR), Full, "€ -1.234,50"},
		{"nl", fmtAmt("1234.5", EUR), Full, "€ 1.234,50"},
		{"de-AT", fmtAmt("1234.5", EUR), Full, "€ 1\u00a0234,50"},
		{"de-CH", FromMinor(-123456, fmtCHF), Full, "CHF-1’234.56"},
		{"de-CH", FromMinor(123456, fmtCHF), Full, "CHF 1’234.56"},
		{"en-IN", Pounds(240_000_000), Full, "£24,00,00,000.00"},
		{"en-IN", Pounds(240_000_000), Short, "£240m"},
		{"en-DE", Pounds(2_400_000), Short, "2,4m £"},
		{"sv-SE", fmtAmt("-400000", EUR), Whole, "−400\u00a0000 €"},
		{"es-MX", Pounds(2_400_000), Full, "GBP 2,400,000.00"},
		{"es-ES", Pounds(2_400_000), Full, "2.400.000,00 GBP"},
		{"ja-JP", FromMinor(2_400, JPY), Full, "￥2,400"},
		{"bn", Pounds(2_400_000), Full, "২৪,০০,০০০.০০£"},
		{"und", Pounds(2_400_000), Full, "£ 2,400,000.00"},
		{"xh", Pounds(-2_400_000), Full, "-£ 2,400,000.00"},
		{"en-GB-u-nu-arab", fmtAmt("-1234.5", GBP), Full, "\u061c-£١٬٢٣٤٫٥٠"},
		{"en-GB-u-nu-arab", Pounds(2_450_000), Short, "£٢٫٥m"},
		{"th-TH-u-nu-thai", Pounds(1_234), Whole, "£๑,๒๓๔"},
	}
	for _, tt := range tests {
		f := NewFormatter(language.MustParse(tt.tag))
		if got := f.Format(tt.a, tt.s); got != tt.want {
			t.Errorf("NewFormatter(%s).Format(%s, %v) = %q, want %q", tt.tag, tt.a.Decimal(), tt.s, got, tt.want)
		}
	}
}

func TestAppendFormat(t *testing.T) {
	buf := []byte("total: ")
	buf = Pounds(2_400_000).AppendFormat(buf, Full)
	buf = append(buf, ", in Berlin: "...)
	buf = NewFormatter(language.German).AppendFormat(buf, Pounds(2_400_000), Full)
	if got, want := string(buf), "total: £2,400,000.00, in Berlin: 2.400.000,00 £"; got != want {
		t.Errorf("AppendFormat = %q, want %q", got, want)
	}
}

func TestStringRoundTrip(t *testing.T) {
	amounts := []Amount{
		Pounds(2_400_000), Pounds(-400_000), Pence(5), Pence(-9223372036854775808),
		fmtAmt("166.666", GBP), fmtAmt("-0.001", GBP), fmtAmt("2.5", EUR), fmtAmt("-3", USD),
		FromMinor(2_400, JPY), fmtAmt("2400.5", JPY), FromMinor(-200, fmtCHF),
		FromMinor(1, MustParseCode("KWD")), fmtAmt("1", MustParseCode("CAD")),
		fmtAmt("123456789012345678901234567890.125", GBP),
		fmtAmt("-0.0000000000000000000000000000001", EUR),
		mustNew(decimal.New(7, 25), USD),
	}
	for _, a := range amounts {
		s := a.String()
		got, err := Parse(s)
		if err != nil {
			t.Errorf("Parse(%q) error: %v", s, err)
			continue
		}
		if !got.Equal(a) {
			t.Errorf("Parse(%q) = %v, want %v", s, got.Decimal(), a.Decimal())
		}
	}
}

func TestFormatAllocs(t *testing.T) {
	de := NewFormatter(language.German)
	buf := make([]byte, 0, 128)
	amounts := []Amount{
		Pounds(2_400_000), Pounds(-400_000), Pence(-9223372036854775808), fmtAmt("166.666", GBP),
		fmtAmt("2.5", EUR), FromMinor(2_400, JPY), FromMinor(200, fmtCHF), mustNew(decimal.New(24, 20), GBP), Amount{},
	}
	for _, a := range amounts {
		_ = de.Format(a, Full) // fill the symbol cache
		for _, s := range []Style{Full, Whole, Short, Words, ISO} {
			if n := testing.AllocsPerRun(100, func() { buf = a.AppendFormat(buf[:0], s) }); n != 0 {
				t.Errorf("AppendFormat(%s, %v) allocates %v times, want 0", a.Decimal(), s, n)
			}
			if n := testing.AllocsPerRun(100, func() { buf = de.AppendFormat(buf[:0], a, s) }); n != 0 {
				t.Errorf("de-DE AppendFormat(%s, %v) allocates %v times, want 0", a.Decimal(), s, n)
			}
			if n := testing.AllocsPerRun(100, func() { _ = a.Format(s) }); n > 1 {
				t.Errorf("Format(%s, %v) allocates %v times, want at most 1", a.Decimal(), s, n)
			}
		}
	}
}

func TestFormatterConcurrent(t *testing.T) {
	// A tag no other test uses, so that the goroutines race to fill its
	// caches; run with -race.
	tag := language.MustParse("pt-AO")
	codes := []Code{GBP, EUR, USD, JPY, fmtCHF, MustParseCode("CAD"), MustParseCode("AUD"), MustParseCode("AOA")}
	want := make([]string, len(codes))
	var wg sync.WaitGroup
	got := make([][]string, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := NewFormatter(tag)
			for _, c := range codes {
				got[g] = append(got[g], f.Format(FromMinor(123456, c), Full))
			}
		}()
	}
	wg.Wait()
	for i, c := range codes {
		want[i] = NewFormatter(tag).Format(FromMinor(123456, c), Full)
	}
	for g := range got {
		if diff := cmp.Diff(want, got[g]); diff != "" {
			t.Errorf("goroutine %d: Format mismatch (-want +got):\n%s", g, diff)
		}
	}
}

func TestStyleString(t *testing.T) {
	tests := []struct {
		s    Style
		want string
	}{
		{StyleUnknown, "unknown"},
		{Full, "full"},
		{Whole, "whole"},
		{Short, "short"},
		{Words, "words"},
		{ISO, "iso"},
		{Style(9), "Style(9)"},
		{Style(-1), "Style(-1)"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("Style(%d).String() = %q, want %q", int(tt.s), got, tt.want)
		}
	}
}

func TestParseStyle(t *testing.T) {
	tests := []struct {
		in   string
		want Style
	}{
		{"full", Full},
		{"whole", Whole},
		{"short", Short},
		{"words", Words},
		{"iso", ISO},
		{"ISO", ISO},
		{"Short", Short},
	}
	for _, tt := range tests {
		got, err := ParseStyle(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseStyle(%q) = %v, %v, want %v, nil", tt.in, got, err, tt.want)
		}
		var u Style
		if err := u.UnmarshalText([]byte(tt.in)); err != nil || u != tt.want {
			t.Errorf("UnmarshalText(%q) = %v, %v, want %v, nil", tt.in, u, err, tt.want)
		}
		text, _ := tt.want.MarshalText()
		if back, err := ParseStyle(string(text)); err != nil || back != tt.want {
			t.Errorf("ParseStyle(%q) = %v, %v, want %v, nil", text, back, err, tt.want)
		}
	}

	for _, in := range []string{"", "unknown", "fulll", " full", "Style(1)", strings.Repeat("x", 1<<20)} {
		got, err := ParseStyle(in)
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseStyle(%.20q) = %v, %v, want a *ParseError matching ErrSyntax", in, got, err)
			continue
		}
		want := &ParseError{Func: "ParseStyle", Input: in, Offset: 0, Err: expected(ErrSyntax, "want full, whole, short, words or iso")}
		if diff := cmp.Diff(want, pe); diff != "" {
			t.Errorf("ParseStyle(%.20q) error mismatch (-want +got):\n%s", in, diff)
		}
		if got != StyleUnknown {
			t.Errorf("ParseStyle(%.20q) = %v, want %v", in, got, StyleUnknown)
		}
		if !strings.HasPrefix(err.Error(), "currency: ParseStyle(") {
			t.Errorf("ParseStyle(%.20q) error %q, want it to start with the package and function", in, err)
		}
	}
}

// fmtFuzzCodes are the currencies FuzzFormatRoundTrip picks from.
var fmtFuzzCodes = []Code{GBP, EUR, USD, JPY, fmtCHF, MustParseCode("KWD"), MustParseCode("CLF"), MustParseCode("CAD")}

func FuzzFormatRoundTrip(f *testing.F) {
	f.Add(int64(240_000_000), int16(-2), uint8(0), "")
	f.Add(int64(-40_000_000), int16(-2), uint8(1), "")
	f.Add(int64(166666), int16(-3), uint8(0), "")
	f.Add(int64(-9223372036854775808), int16(-2), uint8(2), "")
	f.Add(int64(2400), int16(0), uint8(3), "")
	f.Add(int64(-200), int16(-2), uint8(4), "")
	f.Add(int64(5), int16(20), uint8(5), "")
	f.Add(int64(0), int16(-30), uint8(6), "")
	f.Add(int64(0), int16(-3), uint8(0), "-123456789012345678901234567890125")
	f.Fuzz(func(t *testing.T, coef int64, exp int16, cur uint8, digits string) {
		exp %= 64
		d := decimal.New(coef, int32(exp))
		if digits != "" {
			// digits, when set, is a longer coefficient than an int64 holds.
			if len(digits) > 200 || strings.Trim(strings.TrimPrefix(digits, "-"), "0123456789") != "" {
				t.Skip()
			}
			big, err := decimal.NewFromString(digits)
			if err != nil {
				t.Skip()
			}
			d = big.Shift(int32(exp))
		}
		a, err := New(d, fmtFuzzCodes[int(cur)%len(fmtFuzzCodes)])
		if err != nil {
			t.Skip() // beyond MaxDigits
		}
		s := a.String()
		got, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q) error: %v", s, err)
		}
		if !got.Equal(a) {
			t.Fatalf("Parse(%q) = %v, want %v", s, got.Decimal(), a.Decimal())
		}
		// Every style writes something, and the locale-specific ones do
		// not lose the sign.
		for _, st := range []Style{Whole, Short, Words, ISO} {
			out := a.Format(st)
			if out == "" || (a.Sign() < 0) != strings.HasPrefix(out, "-") {
				t.Fatalf("Format(%s, %v) = %q", a.Decimal(), st, out)
			}
		}
	})
}

// TestAppendThrees checks appendNumber's path for groups of three against
// its general one, which a locale with its own table of digits takes even
// when the digits are ASCII: they must write every number alike.
func TestAppendThrees(t *testing.T) {
	ascii := [10]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	general := &locale{decimal: ".", group: ",", primary: 3, secondary: 3, digits: &ascii}
	fast := &locale{decimal: ".", group: ",", primary: 3, secondary: 3}
	for _, d := range []string{"", "1", "24", "123", "1234567", "9999999999999999999"} {
		for point := -3; point <= 22; point++ {
			for frac := 0; frac <= 3; frac++ {
				x := digitString{d: []byte(d), point: point}
				got := string(fast.appendNumber(nil, x, frac))
				want := string(general.appendNumber(nil, x, frac))
				if got != want {
					t.Errorf("appendNumber(%q point %d, %d) = %q, want %q", d, point, frac, got, want)
				}
			}
		}
	}
}

// TestSpaceBetween checks CLDR's currency spacing, and that the one-symbol
// case spaceBetween answers first agrees with the rule: "£", "€", "$" and
// "¥" are symbols and touch the number on both sides.
func TestSpaceBetween(t *testing.T) {
	tests := []struct {
		sym               string
		follows, precedes bool // a space when the number follows sym, precedes it
	}{
		{"£", false, false}, {"€", false, false}, {"$", false, false}, {"¥", false, false},
		{"US$", false, true}, {"CHF", true, true}, {"zł", true, true},
	}
	for _, tt := range tests {
		if got := spaceBetween(tt.sym, true); got != tt.follows {
			t.Errorf("spaceBetween(%q, true) = %v, want %v", tt.sym, got, tt.follows)
		}
		if got := spaceBetween(tt.sym, false); got != tt.precedes {
			t.Errorf("spaceBetween(%q, false) = %v, want %v", tt.sym, got, tt.precedes)
		}
	}
}
