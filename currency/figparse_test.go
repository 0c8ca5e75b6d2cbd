package currency_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"

	"github.com/fundclaims/fundclaims/currency"
)

// figView is what a test compares of a Figure: go-cmp compares the Amounts
// with their Equal method.
type figView struct {
	Bound     currency.Bound
	Nominal   currency.Amount
	High      currency.Amount
	Precision currency.Amount
	String    string
	Text      string
}

func figOf(f currency.Figure) figView {
	return figView{f.Bound(), f.Nominal(), f.High(), f.Precision(), f.String(), f.Text()}
}

// figAmount returns the amount with value s in currency c.
func figAmount(s string, c currency.Code) currency.Amount {
	a, err := currency.New(decimal.RequireFromString(s), c)
	if err != nil {
		panic(err)
	}
	return a
}

func figGBP(s string) currency.Amount { return figAmount(s, currency.GBP) }

// wantFig returns the view of a figure with the given bound, value, precision
// and editor's wording, whose text is in.
func wantFig(in string, b currency.Bound, nominal, precision currency.Amount, str string) figView {
	return figView{b, nominal, nominal, precision, str, in}
}

func TestParseFigure(t *testing.T) {
	eur := func(s string) currency.Amount { return figAmount(s, currency.EUR) }
	usd := func(s string) currency.Amount { return figAmount(s, currency.USD) }
	tests := []struct {
		in   string
		want figView
	}{
		// The forms issue 2 lists.
		{"£2.4m", wantFig("£2.4m", currency.Exact, figGBP("2400000"), figGBP("100000"), "£2.4m")},
		{"£2.4 million", wantFig("£2.4 million", currency.Exact, figGBP("2400000"), figGBP("100000"), "£2.4m")},
		{"£1.5bn", wantFig("£1.5bn", currency.Exact, figGBP("1500000000"), figGBP("100000000"), "£1.5bn")},
		{"£70k", wantFig("£70k", currency.Exact, figGBP("70000"), figGBP("1000"), "£70k")},
		{"£750,000", wantFig("£750,000", currency.Exact, figGBP("750000"), figGBP("1"), "£750,000")},
		{"£1,260,000", wantFig("£1,260,000", currency.Exact, figGBP("1260000"), figGBP("1"), "£1,260,000")},
		{"30p", wantFig("30p", currency.Exact, figGBP("0.30"), figGBP("0.01"), "30p")},
		{"€2m", wantFig("€2m", currency.Exact, eur("2000000"), eur("1000000"), "€2m")},
		{"$3 billion", wantFig("$3 billion", currency.Exact, usd("3000000000"), usd("1000000000"), "$3bn")},
		{"2.4 million pounds", wantFig("2.4 million pounds", currency.Exact, figGBP("2400000"), figGBP("100000"), "£2.4m")},
		{"half a billion pounds", wantFig("half a billion pounds", currency.Exact, figGBP("500000000"), figGBP("100000000"), "£0.5bn")},
		{"more than £4 million", wantFig("more than £4 million", currency.MoreThan, figGBP("4000000"), figGBP("1000000"), "more than £4m")},
		{"over £4m", wantFig("over £4m", currency.MoreThan, figGBP("4000000"), figGBP("1000000"), "more than £4m")},
		{"at least £4m", wantFig("at least £4m", currency.AtLeast, figGBP("4000000"), figGBP("1000000"), "at least £4m")},
		{"up to £10m", wantFig("up to £10m", currency.AtMost, figGBP("10000000"), figGBP("1000000"), "up to £10m")},
		{"less than £1m", wantFig("less than £1m", currency.LessThan, figGBP("1000000"), figGBP("1000000"), "less than £1m")},
		{"around £9bn", wantFig("around £9bn", currency.About, figGBP("9000000000"), figGBP("1000000000"), "about £9bn")},
		{"about £2m", wantFig("about £2m", currency.About, figGBP("2000000"), figGBP("1000000"), "about £2m")},
		{"nearly £4m", wantFig("nearly £4m", currency.Nearly, figGBP("4000000"), figGBP("1000000"), "nearly £4m")},
		{"almost £4m", wantFig("almost £4m", currency.Nearly, figGBP("4000000"), figGBP("1000000"), "nearly £4m")},
		{"£3m-£5m", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "£3m-£5m"}},
		{"£3m–£5m", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "£3m–£5m"}},
		{"£3m to £5m", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "£3m to £5m"}},
		{"between £3m and £5m", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "between £3m and £5m"}},

		// Precision from the digits.
		{"£2m", wantFig("£2m", currency.Exact, figGBP("2000000"), figGBP("1000000"), "£2m")},
		{"£2.50", wantFig("£2.50", currency.Exact, figGBP("2.5"), figGBP("0.01"), "£2.50")},
		{"£2.40m", wantFig("£2.40m", currency.Exact, figGBP("2400000"), figGBP("10000"), "£2.40m")},
		{"£1.26m", wantFig("£1.26m", currency.Exact, figGBP("1260000"), figGBP("10000"), "£1.26m")},
		{"£1260000", wantFig("£1260000", currency.Exact, figGBP("1260000"), figGBP("1"), "£1,260,000")},
		{"£1,000.5", wantFig("£1,000.5", currency.Exact, figGBP("1000.5"), figGBP("0.1"), "£1,000.5")},
		{"£0.5m", wantFig("£0.5m", currency.Exact, figGBP("500000"), figGBP("100000"), "£0.5m")},
		{"£1.25k", wantFig("£1.25k", currency.Exact, figGBP("1250"), figGBP("10"), "£1.25k")},
		{"£2,000k", wantFig("£2,000k", currency.Exact, figGBP("2000000"), figGBP("1000"), "£2,000k")},
		{"£1,500m", wantFig("£1,500m", currency.Exact, figGBP("1500000000"), figGBP("1000000"), "£1,500m")},
		{"£3tn", wantFig("£3tn", currency.Exact, figGBP("3000000000000"), figGBP("1000000000000"), "£3tn")},
		{"£0", wantFig("£0", currency.Exact, figGBP("0"), figGBP("1"), "£0")},
		{"2.5p", wantFig("2.5p", currency.Exact, figGBP("0.025"), figGBP("0.001"), "2.5p")},
		{"£0.30", wantFig("£0.30", currency.Exact, figGBP("0.3"), figGBP("0.01"), "30p")},
		{"£0.5", wantFig("£0.5", currency.Exact, figGBP("0.5"), figGBP("0.1"), "£0.5")},
		{"a million pounds", wantFig("a million pounds", currency.Exact, figGBP("1000000"), figGBP("1000000"), "£1m")},
		{"a quarter of a million euros", wantFig("a quarter of a million euros", currency.Exact, eur("250000"), eur("10000"), "€0.25m")},
		{"£123,456,789,012,345,678,901,234,567,890", wantFig("£123,456,789,012,345,678,901,234,567,890", currency.Exact, figGBP("123456789012345678901234567890"), figGBP("1"), "£123,456,789,012,345,678,901,234,567,890")},

		// Spelling: case, white space, symbols, codes and words.
		{"  MORE THAN £4M\t", wantFig("MORE THAN £4M", currency.MoreThan, figGBP("4000000"), figGBP("1000000"), "more than £4m")},
		{"£1.5BN", wantFig("£1.5BN", currency.Exact, figGBP("1500000000"), figGBP("100000000"), "£1.5bn")},
		{"£2.4\u00a0million", wantFig("£2.4\u00a0million", currency.Exact, figGBP("2400000"), figGBP("100000"), "£2.4m")},
		{"£2.4million", wantFig("£2.4million", currency.Exact, figGBP("2400000"), figGBP("100000"), "£2.4m")},
		{"£5mn", wantFig("£5mn", currency.Exact, figGBP("5000000"), figGBP("1000000"), "£5m")},
		{"US$3", wantFig("US$3", currency.Exact, usd("3"), usd("1"), "$3")},
		{"¥1,000", wantFig("¥1,000", currency.Exact, figAmount("1000", currency.JPY), figAmount("1", currency.JPY), "¥1,000")},
		{"GBP 2.4m", wantFig("GBP 2.4m", currency.Exact, figGBP("2400000"), figGBP("100000"), "£2.4m")},
		{"gbp2.4m", wantFig("gbp2.4m", currency.Exact, figGBP("2400000"), figGBP("100000"), "£2.4m")},
		{"2m CHF", wantFig("2m CHF", currency.Exact, figAmount("2000000", currency.MustParseCode("CHF")), figAmount("1000000", currency.MustParseCode("CHF")), "CHF 2m")},
		{"CHF 2m", wantFig("CHF 2m", currency.Exact, figAmount("2000000", currency.MustParseCode("CHF")), figAmount("1000000", currency.MustParseCode("CHF")), "CHF 2m")},
		{"3 billion dollars", wantFig("3 billion dollars", currency.Exact, usd("3000000000"), usd("1000000000"), "$3bn")},
		{"2 million euros", wantFig("2 million euros", currency.Exact, eur("2000000"), eur("1000000"), "€2m")},
		{"30 pence", wantFig("30 pence", currency.Exact, figGBP("0.30"), figGBP("0.01"), "30p")},
		{"£2m sterling", wantFig("£2m sterling", currency.Exact, figGBP("2000000"), figGBP("1000000"), "£2m")},
		{"-£400,000", wantFig("-£400,000", currency.Exact, figGBP("-400000"), figGBP("1"), "-£400,000")},

		// Other qualifiers.
		{"some £2m", wantFig("some £2m", currency.About, figGBP("2000000"), figGBP("1000000"), "about £2m")},
		{"an estimated £2m", wantFig("an estimated £2m", currency.About, figGBP("2000000"), figGBP("1000000"), "about £2m")},
		{"no more than £2m", wantFig("no more than £2m", currency.AtMost, figGBP("2000000"), figGBP("1000000"), "up to £2m")},
		{"no less than £2m", wantFig("no less than £2m", currency.AtLeast, figGBP("2000000"), figGBP("1000000"), "at least £2m")},
		{"in excess of £2m", wantFig("in excess of £2m", currency.MoreThan, figGBP("2000000"), figGBP("1000000"), "more than £2m")},
		{"under £2m", wantFig("under £2m", currency.LessThan, figGBP("2000000"), figGBP("1000000"), "less than £2m")},
		{"just under £2m", wantFig("just under £2m", currency.Nearly, figGBP("2000000"), figGBP("1000000"), "nearly £2m")},
		{"a maximum of £2m", wantFig("a maximum of £2m", currency.AtMost, figGBP("2000000"), figGBP("1000000"), "up to £2m")},
		// A word that says how near the bound is keeps the bound: "slightly
		// more than" is more than, "slightly less than" a little below,
		// as "just under" is, and "well under" less than.
		{"slightly more than £30 million", wantFig("slightly more than £30 million", currency.MoreThan, figGBP("30000000"), figGBP("1000000"), "more than £30m")},
		{"just more than £2m", wantFig("just more than £2m", currency.MoreThan, figGBP("2000000"), figGBP("1000000"), "more than £2m")},
		{"a little over £2m", wantFig("a little over £2m", currency.MoreThan, figGBP("2000000"), figGBP("1000000"), "more than £2m")},
		{"well over £2m", wantFig("well over £2m", currency.MoreThan, figGBP("2000000"), figGBP("1000000"), "more than £2m")},
		{"slightly less than £2m", wantFig("slightly less than £2m", currency.Nearly, figGBP("2000000"), figGBP("1000000"), "nearly £2m")},
		{"a little under £2m", wantFig("a little under £2m", currency.Nearly, figGBP("2000000"), figGBP("1000000"), "nearly £2m")},
		{"just short of £2m", wantFig("just short of £2m", currency.Nearly, figGBP("2000000"), figGBP("1000000"), "nearly £2m")},
		{"well below £2m", wantFig("well below £2m", currency.LessThan, figGBP("2000000"), figGBP("1000000"), "less than £2m")},

		// Ranges whose ends share what one of them leaves out.
		{"£3-5m", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "£3-5m"}},
		{"£3m-5m", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "£3m-5m"}},
		{"£3m - £5m", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "£3m - £5m"}},
		{"3 to 5 million pounds", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "3 to 5 million pounds"}},
		{"between 3 and 5 million pounds", figView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), "between £3m and £5m", "between 3 and 5 million pounds"}},
		{"20-30p", figView{currency.Range, figGBP("0.2"), figGBP("0.3"), figGBP("0.01"), "between 20p and 30p", "20-30p"}},
		{"£3.5m-£5m", figView{currency.Range, figGBP("3500000"), figGBP("5000000"), figGBP("1000000"), "between £3.5m and £5m", "£3.5m-£5m"}},
		{"£750,000-£1m", figView{currency.Range, figGBP("750000"), figGBP("1000000"), figGBP("1000000"), "between £750,000 and £1m", "£750,000-£1m"}},
		{"£3-£5m", figView{currency.Range, figGBP("3"), figGBP("5000000"), figGBP("1000000"), "between £3 and £5m", "£3-£5m"}},
		{"between £500 and £1m", figView{currency.Range, figGBP("500"), figGBP("1000000"), figGBP("1000000"), "between £500 and £1m", "between £500 and £1m"}},
		{"250p-£3m", figView{currency.Range, figGBP("2.5"), figGBP("3000000"), figGBP("1000000"), "between £2.50 and £3m", "250p-£3m"}},
		{"£2m-£2m", figView{currency.Range, figGBP("2000000"), figGBP("2000000"), figGBP("1000000"), "between £2m and £2m", "£2m-£2m"}},
	}
	for _, tt := range tests {
		f, err := currency.ParseFigure(tt.in)
		if tt.want.Bound == currency.BoundUnknown {
			if err == nil {
				t.Errorf("ParseFigure(%q) = %v, want an error", tt.in, f)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseFigure(%q) error: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, figOf(f)); diff != "" {
			t.Errorf("ParseFigure(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseFigureErrors(t *testing.T) {
	tests := []struct {
		in     string
		want   error
		offset int
	}{
		{"", currency.ErrSyntax, 0},
		{"   ", currency.ErrSyntax, 0},
		{"£", currency.ErrSyntax, 2},
		{"£2.4q", currency.ErrSyntax, 5},
		{"£-2m", currency.ErrSyntax, 2},
		{"£1,2,3", currency.ErrSyntax, 4},
		{"£1,23", currency.ErrSyntax, 4},
		{"£1,2345", currency.ErrSyntax, 4},
		{"£1234,567", currency.ErrSyntax, 2},
		{"£0,500", currency.ErrSyntax, 2},
		{"£1.2.3", currency.ErrSyntax, 5},
		{"£2m-£1m", currency.ErrRange, 5},
		{"between £5m and £2m", currency.ErrRange, 17},
		{"£1e400", currency.ErrSyntax, 3},
		{"£1234567890123456789012345678901", currency.ErrRange, 2},
		{"£0.0000000000000000000000000000001", currency.ErrRange, 2},
		// 28 decimal places of pence are 30 of pounds and a 0 before them.
		{"0.0000000000000000000000000000p", currency.ErrRange, 0},
		{"0.0000000000000000000000000000-2p", currency.ErrRange, 0},
		{"XYZ 2m", currency.ErrUnknownCurrency, 0},
		{"xxx 2m", currency.ErrUnknownCurrency, 0}, // ISO 4217 code for no currency
		{"2m xyz", currency.ErrUnknownCurrency, 3},
		{"2m", currency.ErrSyntax, 0},
		{"2.4 million", currency.ErrSyntax, 0},
		{"a million", currency.ErrSyntax, 9},
		{"£3m-€5m", currency.ErrMismatch, 5},
		{"£3m-5", currency.ErrSyntax, 5},
		{"3-5", currency.ErrSyntax, 2},
		{"£2mx", currency.ErrSyntax, 3},
		{"£2m euros", currency.ErrMismatch, 5},
		{"£2m CHF", currency.ErrMismatch, 5},
		{"£2m and more", currency.ErrSyntax, 4},
		{"£30p", currency.ErrSyntax, 4},
		{"30pence", currency.ErrSyntax, 2},
		{"£2.4é", currency.ErrSyntax, 5},
		{"more than", currency.ErrSyntax, 0},
		{"more than £4m-£5m", currency.ErrSyntax, 14},
		{"between £3m", currency.ErrSyntax, 12},
		{"between £3m and", currency.ErrSyntax, 16},
		{"£3m-", currency.ErrSyntax, 5},
		{"£3m to", currency.ErrSyntax, 4},
		{"-more than £4m", currency.ErrSyntax, 1},
		{"-£4m-£5m", currency.ErrSyntax, 5},
		{"$", currency.ErrSyntax, 1},
		{".5m", currency.ErrSyntax, 0},
		{"£.5m", currency.ErrSyntax, 2},
		{"\xff£2m", currency.ErrSyntax, 0},
		{"-£2m or so", currency.ErrSyntax, 5},
		{"XXX 5", currency.ErrUnknownCurrency, 0}, // as Parse says
		{"up to £5m or more", currency.ErrSyntax, 10},
		{"£3m-£5m or so", currency.ErrSyntax, 9},
		{"80p in the €1", currency.ErrMismatch, 11},
		{"£2m a year ago", currency.ErrSyntax, 4},
		{"twenty million", currency.ErrSyntax, 14},
		{"twenty", currency.ErrSyntax, 6},
	}
	for _, tt := range tests {
		f, err := currency.ParseFigure(tt.in)
		if err == nil {
			t.Errorf("ParseFigure(%q) = %v, want an error matching %v", tt.in, f, tt.want)
			continue
		}
		var pe *currency.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseFigure(%q) error %v is a %T, want *ParseError", tt.in, err, err)
			continue
		}
		if !errors.Is(err, tt.want) || pe.Func != "ParseFigure" || pe.Input != tt.in || pe.Offset != tt.offset {
			t.Errorf("ParseFigure(%q) error = %v (offset %d), want %v at offset %d", tt.in, err, pe.Offset, tt.want, tt.offset)
		}
		if !strings.HasPrefix(err.Error(), "currency: ParseFigure(") {
			t.Errorf("ParseFigure(%q) error = %q, want it to begin with the package and function", tt.in, err)
		}
		if !f.IsZero() {
			t.Errorf("ParseFigure(%q) returned %v with its error, want the zero Figure", tt.in, f)
		}
	}
}

func TestParseFigureTooLong(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("9", 10<<20),
		"£" + strings.Repeat("1", 10<<20) + "m",
		strings.Repeat("£", 129),
		"£2m" + strings.Repeat(" ", 254),
	} {
		_, err := currency.ParseFigure(in)
		var pe *currency.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, currency.ErrRange) || pe.Offset != 256 {
			t.Errorf("ParseFigure of %d bytes: error %v, want ErrRange at offset 256", len(in), err)
			continue
		}
		if len(pe.Input) > 256 || !strings.Contains(err.Error(), "at most 256 bytes") {
			t.Errorf("ParseFigure of %d bytes: error %q (input %d bytes), want it to name the limit and quote a short input", len(in), err, len(pe.Input))
		}
	}
	// The quote is cut at a rune boundary at most 3 bytes before the
	// limit, and no further: walking back over a long run of stray UTF-8
	// continuation bytes made the fuzzer take each such input for new
	// coverage, and stall for a minute minimizing it.
	for _, in := range []string{
		"0" + strings.Repeat("\x97", 1000),
		"0  0 З" + strings.Repeat("\x97", 300),
		strings.Repeat("a", 255) + "€" + strings.Repeat("a", 10),
	} {
		_, err := currency.ParseFigure(in)
		var pe *currency.ParseError
		if !errors.As(err, &pe) || len(pe.Input) < 256-3 || len(pe.Input) > 256 {
			t.Errorf("ParseFigure of %d bytes quotes %d bytes of it, want 253 to 256", len(in), len(pe.Input))
		}
	}
	// 256 bytes is still read.
	in := "£2m" + strings.Repeat(" ", 256-len("£2m"))
	if _, err := currency.ParseFigure(in); err != nil {
		t.Errorf("ParseFigure of 256 bytes: %v", err)
	}
}

func TestMustParseFigurePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseFigure(\"£2.4q\") did not panic")
		}
	}()
	currency.MustParseFigure("£2.4q")
}

func TestBound(t *testing.T) {
	names := map[currency.Bound]string{
		currency.BoundUnknown: "unknown",
		currency.Exact:        "exact",
		currency.About:        "about",
		currency.AtLeast:      "at least",
		currency.MoreThan:     "more than",
		currency.AtMost:       "at most",
		currency.LessThan:     "less than",
		currency.Range:        "range",
		currency.Nearly:       "nearly",
		currency.Bound(42):    "Bound(42)",
		currency.Bound(-1):    "Bound(-1)",
	}
	for b, want := range names {
		if got := b.String(); got != want {
			t.Errorf("Bound(%d).String() = %q, want %q", int(b), got, want)
		}
		got, err := currency.ParseBound(want)
		valid := b >= currency.Exact && b <= currency.Nearly
		switch {
		case valid && (err != nil || got != b):
			t.Errorf("ParseBound(%q) = %v, %v, want %v", want, got, err, b)
		case !valid && !errors.Is(err, currency.ErrSyntax):
			t.Errorf("ParseBound(%q) = %v, %v, want ErrSyntax", want, got, err)
		}
		if valid {
			text, _ := b.MarshalText()
			var back currency.Bound
			if err := back.UnmarshalText(text); err != nil || back != b {
				t.Errorf("Bound %v: UnmarshalText(MarshalText) = %v, %v", b, back, err)
			}
		}
	}
	var b currency.Bound
	if err := b.UnmarshalText([]byte("roughly")); !errors.Is(err, currency.ErrSyntax) {
		t.Errorf("UnmarshalText(\"roughly\") error = %v, want ErrSyntax", err)
	}
}

// formView is what TestParseFigureForms compares of a Figure.
type formView struct {
	Bound         currency.Bound
	Nominal, High currency.Amount
	Precision     currency.Amount
	Of            currency.Amount
	Per, Over     currency.Term
	String        string
}

func TestParseFigureForms(t *testing.T) {
	eur := func(s string) currency.Amount { return figAmount(s, currency.EUR) }
	usd := func(s string) currency.Amount { return figAmount(s, currency.USD) }
	exact := func(n, p string, str string) formView {
		return formView{currency.Exact, figGBP(n), figGBP(n), figGBP(p), currency.Amount{}, currency.Term{}, currency.Term{}, str}
	}
	bounded := func(b currency.Bound, n, p string, str string) formView {
		v := exact(n, p, str)
		v.Bound = b
		return v
	}
	rate := func(b currency.Bound, n string, str string) formView {
		v := bounded(b, n, "0.01", str)
		v.Of = figGBP("1")
		return v
	}
	var none currency.Term
	tests := []struct {
		in   string
		want formView
	}{
		// Space after the symbol.
		{"£ 2.5 billion", exact("2500000000", "100000000", "£2.5bn")},
		{"£ 250,000.00", exact("250000", "0.01", "£250,000.00")},
		{"€ 2m", formView{currency.Exact, eur("2000000"), eur("2000000"), eur("1000000"), currency.Amount{}, none, none, "€2m"}},
		// The currency twice.
		{"£12bn pounds", exact("12000000000", "1000000000", "£12bn")},
		{"up to £40 billion pounds", bounded(currency.AtMost, "40000000000", "1000000000", "up to £40bn")},
		{"£2m sterling", exact("2000000", "1000000", "£2m")},
		{"GBP 2m pounds", exact("2000000", "1000000", "£2m")},
		// Misspelt multipliers, read as the words they misspell: £23.4m is
		// 234 × £0.1m, precise to £0.1m.
		{"£23.4 millon", exact("23400000", "100000", "£23.4m")},
		{"£5milion", exact("5000000", "1000000", "£5m")},
		{"£2 BILLON", exact("2000000000", "1000000000", "£2bn")},
		{"half a bilion pounds", exact("500000000", "100000000", "£0.5bn")},
		// Hedges after the figure.
		{"$50 million or so", formView{currency.About, usd("50000000"), usd("50000000"), usd("1000000"), currency.Amount{}, none, none, "about $50m"}},
		{"about £80m-ish", bounded(currency.About, "80000000", "1000000", "about £80m")},
		{"£80m-ish", bounded(currency.About, "80000000", "1000000", "about £80m")},
		{"£5m or thereabouts", bounded(currency.About, "5000000", "1000000", "about £5m")},
		{"£5m or more", bounded(currency.AtLeast, "5000000", "1000000", "at least £5m")},
		{"£2m-plus", bounded(currency.AtLeast, "2000000", "1000000", "at least £2m")},
		{"£2m+", bounded(currency.AtLeast, "2000000", "1000000", "at least £2m")},
		{"£2m and upwards", bounded(currency.AtLeast, "2000000", "1000000", "at least £2m")},
		{"£5m or less", bounded(currency.AtMost, "5000000", "1000000", "up to £5m")},
		// Rates: money in each pound, not an amount.
		{"80p in the £1", rate(currency.Exact, "0.80", "80p in the £1")},
		{"50p in every £1", rate(currency.Exact, "0.50", "50p in the £1")},
		{"up to 90p in the pound", rate(currency.AtMost, "0.90", "up to 90p in the £1")},
		{"80p in the £", rate(currency.Exact, "0.80", "80p in the £1")},
		// Number words.
		{"twenty million pounds", exact("20000000", "1000000", "£20m")},
		{"a quarter of a million pounds", exact("250000", "10000", "£0.25m")},
		{"three quarters of a million pounds", exact("750000", "10000", "£0.75m")},
		{"quarter of a billion euros", formView{currency.Exact, eur("250000000"), eur("250000000"), eur("10000000"), currency.Amount{}, none, none, "€0.25bn"}},
		{"A Thousand Pounds", exact("1000", "1000", "£1k")},
		{"one and a half billion pounds", exact("1500000000", "100000000", "£1.5bn")},
		{"two and a quarter million pounds", exact("2250000", "10000", "£2.25m")},
		{"twenty-five million pounds", exact("25000000", "1000000", "£25m")},
		{"two hundred and fifty million pounds", exact("250000000", "1000000", "£250m")},
		{"fifty pence", exact("0.50", "0.01", "50p")},
		{"Ten Billion Euros", formView{currency.Exact, eur("10000000000"), eur("10000000000"), eur("1000000000"), currency.Amount{}, none, none, "€10bn"}},
		// Spaced and plural multipliers, dashes and minus signs.
		{"£2.4 m", exact("2400000", "100000", "£2.4m")},
		{"£2.4 millions", exact("2400000", "100000", "£2.4m")},
		{"£3 bn", exact("3000000000", "1000000000", "£3bn")},
		{"£3m—£5m", formView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), currency.Amount{}, none, none, "between £3m and £5m"}},
		{"−£400,000", exact("-400000", "1", "-£400,000")},
		// Mis-decoded pages.
		{"\uFFFD3.1m", exact("3100000", "100000", "£3.1m")},
		{"More than \uFFFD3.1m", bounded(currency.MoreThan, "3100000", "100000", "more than £3.1m")},
		{"Â£2.4m", exact("2400000", "100000", "£2.4m")},
		{"between £10bn-£15bn", formView{currency.Range, figGBP("10000000000"), figGBP("15000000000"), figGBP("1000000000"), currency.Amount{}, none, none, "between £10bn and £15bn"}},
		{"between £3m – £5m", formView{currency.Range, figGBP("3000000"), figGBP("5000000"), figGBP("1000000"), currency.Amount{}, none, none, "between £3m and £5m"}},
		// Forms from real pages.
		// https://www.the-sun.com/news/1763040/government-covid-package-feed-kids-therese-coffey/
		{"£170million", exact("170000000", "1000000", "£170m")},
		{"£20-a-week", formView{currency.Exact, figGBP("20"), figGBP("20"), figGBP("1"), currency.Amount{}, currency.Weeks(1), none, "£20 a week"}},
		// https://www.governmentbusiness.co.uk/node/25078
		{"over £5.6 billion over the next three years", formView{currency.MoreThan, figGBP("5600000000"), figGBP("5600000000"), figGBP("100000000"), currency.Amount{}, none, currency.Years(3), "more than £5.6bn over 3 years"}},
		// https://www.saffronwaldenconservatives.com/news/top-announcements-government-update
		{"more than £600 billion pounds", bounded(currency.MoreThan, "600000000000", "1000000000", "more than £600bn")},
		// https://www.contadoraccountancy.co.uk/post/2020/03/11/budget-breakdown-public-services
		{"£90 million per annum", formView{currency.Exact, figGBP("90000000"), figGBP("90000000"), figGBP("1000000"), currency.Amount{}, currency.Years(1), none, "£90m a year"}},
		// https://metro.co.uk/2022/11/17/autumn-statement-nhs-and-schools-to-get-11200000000-extra-funding-17777458/
		{"£3.3 billion in each of the next two years", formView{currency.Exact, figGBP("3300000000"), figGBP("3300000000"), figGBP("100000000"), currency.Amount{}, currency.Years(1), currency.Years(2), "£3.3bn a year over 2 years"}},
		// https://www.tes.com/magazine/archive/no-money-left-schools-says-chancellor?amp
		{"£394 million per week", formView{currency.Exact, figGBP("394000000"), figGBP("394000000"), figGBP("1000000"), currency.Amount{}, currency.Weeks(1), none, "£394m a week"}},
		// https://www.joe.co.uk/politics/rishi-sunak-financial-support-package-260787
		{"up to £3,000 per month", formView{currency.AtMost, figGBP("3000"), figGBP("3000"), figGBP("1"), currency.Amount{}, currency.Months(1), none, "up to £3,000 a month"}},
	}
	for _, tt := range tests {
		f, err := currency.ParseFigure(tt.in)
		if err != nil {
			t.Errorf("ParseFigure(%q) error: %v", tt.in, err)
			continue
		}
		got := formView{f.Bound(), f.Nominal(), f.High(), f.Precision(), f.Of(), f.Per(), f.Over(), f.String()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseFigure(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		back, err := currency.ParseFigure(f.String())
		if err != nil || !back.Equal(f) {
			t.Errorf("ParseFigure(%q) = %q, which reads back as %v, %v", tt.in, f, back, err)
		}
	}
}
