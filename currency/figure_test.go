package currency_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/currency"
)

func TestFigureAdmits(t *testing.T) {
	tests := []struct {
		figure string
		amount currency.Amount
		want   bool
	}{
		// Exact: what rounds half up to the figure at its precision.
		{"£2m", figGBP("2400000"), true},
		{"£2m", figGBP("1500000"), true},
		{"£2m", figGBP("1499999.99"), false},
		{"£2m", figGBP("2499999.99"), true},
		{"£2m", figGBP("2500000"), false},
		{"£2.4m", figGBP("2400000"), true},
		{"£2.4m", figGBP("2350000"), true},
		{"£2.4m", figGBP("2450000"), false},
		{"£2.4m", figGBP("2000000"), false},
		{"£1,260,000", figGBP("1260000"), true},
		{"£1,260,000", figGBP("1260000.49"), true},
		{"£1,260,000", figGBP("1260000.50"), false},
		{"£1,260,000", figGBP("1259999.50"), true},
		{"£1,260,000", figGBP("1261000"), false},
		{"30p", figGBP("0.30"), true},
		{"30p", figGBP("0.31"), false},
		{"£70k", figGBP("70000"), true},
		{"£70k", figGBP("70499"), true},
		{"£70k", figGBP("70500"), false},

		// About: the wider of rounding and ±10%, both ends included.
		{"around £9bn", figGBP("8100000000"), true},
		{"around £9bn", figGBP("9900000000"), true},
		{"around £9bn", figGBP("8099999999"), false},
		{"around £9bn", figGBP("9900000001"), false},
		{"about £2m", figGBP("1500000"), true},  // rounding is wider here
		{"about £2m", figGBP("2499999"), true},  // ...
		{"about £2m", figGBP("2500000"), false}, // ...and half-up
		{"about £2.4m", figGBP("2160000"), true},
		{"about £2.4m", figGBP("2640000"), true},
		{"about £2.4m", figGBP("2640001"), false},

		// AtLeast and MoreThan: the bound itself decides.
		{"at least £4m", figGBP("4000000"), true},
		{"at least £4m", figGBP("3999999.99"), false},
		{"at least £4m", figGBP("40000000000"), true},
		{"more than £4 million", figGBP("4000000"), false},
		{"more than £4 million", figGBP("4000000.01"), true},
		{"more than £4 million", figGBP("3595000"), false},
		{"over £4m", figGBP("4200000"), true},

		// AtMost and LessThan: from zero.
		{"up to £10m", figGBP("10000000"), true},
		{"up to £10m", figGBP("0"), true},
		{"up to £10m", figGBP("10000000.01"), false},
		{"up to £10m", figGBP("-1"), false},
		{"less than £1m", figGBP("1000000"), false},
		{"less than £1m", figGBP("999999.99"), true},

		// Nearly: below, within 10%.
		{"nearly £4m", figGBP("3950000"), true},
		{"nearly £4m", figGBP("3600000"), true},
		{"nearly £4m", figGBP("3599999"), false},
		{"nearly £4m", figGBP("4000000"), false},
		{"nearly £4m", figGBP("4200000"), false},
		{"almost £4m", figGBP("3999999.99"), true},

		// Range: from the low end's rounding to the high end's.
		{"£3m-£5m", figGBP("2500000"), true},
		{"£3m-£5m", figGBP("2499999"), false},
		{"£3m-£5m", figGBP("5499999"), true},
		{"£3m-£5m", figGBP("5500000"), false},
		{"between £3m and £5m", figGBP("4000000"), true},
		{"£3.5m-£5m", figGBP("3449999"), false},
		{"£3.5m-£5m", figGBP("3450000"), true},

		// A different currency is never admitted.
		{"£2m", currency.Pounds(2000000), true},
		{"£2m", figAmount("2000000", currency.EUR), false},
		{"€2m", figAmount("2000000", currency.EUR), true},
		{"$3 billion", figGBP("3000000000"), false},
		{"up to £10m", currency.Amount{}, false},
		{"at least £0", currency.Amount{}, false},
		{"at least £0", currency.Pounds(0), true},
	}
	for _, tt := range tests {
		f := currency.MustParseFigure(tt.figure)
		if got := f.Admits(tt.amount); got != tt.want {
			t.Errorf("ParseFigure(%q).Admits(%v) = %v, want %v (interval %v)", tt.figure, tt.amount, got, tt.want, f.Interval())
		}
		if got := f.Interval().Contains(tt.amount); got != tt.want {
			t.Errorf("ParseFigure(%q).Interval().Contains(%v) = %v, want %v", tt.figure, tt.amount, got, tt.want)
		}
	}
}

// ivView is what a test compares of an Interval.
type ivView struct {
	Min, Max         currency.Amount
	MinOpen, MaxOpen bool
	Unbounded        bool
	String           string
}

func ivOf(iv currency.Interval) ivView {
	return ivView{iv.Min(), iv.Max(), iv.MinOpen(), iv.MaxOpen(), iv.Unbounded(), iv.String()}
}

func TestFigureInterval(t *testing.T) {
	tests := []struct {
		figure string
		want   ivView
	}{
		{"£2.4m", ivView{figGBP("2350000"), figGBP("2450000"), false, true, false, "[£2,350,000, £2,450,000)"}},
		{"£1,260,000", ivView{figGBP("1259999.5"), figGBP("1260000.5"), false, true, false, "[£1,259,999.50, £1,260,000.50)"}},
		{"£2.50", ivView{figGBP("2.495"), figGBP("2.505"), false, true, false, "[£2.495, £2.505)"}},
		{"about £2m", ivView{figGBP("1500000"), figGBP("2500000"), false, true, false, "[£1,500,000, £2,500,000)"}},
		{"around £9bn", ivView{figGBP("8100000000"), figGBP("9900000000"), false, false, false, "[£8,100,000,000, £9,900,000,000]"}},
		{"at least £4m", ivView{figGBP("4000000"), currency.Amount{}, false, false, true, "[£4,000,000, ∞)"}},
		{"more than £4m", ivView{figGBP("4000000"), currency.Amount{}, true, false, true, "(£4,000,000, ∞)"}},
		{"up to £10m", ivView{figGBP("0"), figGBP("10000000"), false, false, false, "[£0, £10,000,000]"}},
		{"less than £1m", ivView{figGBP("0"), figGBP("1000000"), false, true, false, "[£0, £1,000,000)"}},
		{"nearly £4m", ivView{figGBP("3600000"), figGBP("4000000"), false, true, false, "[£3,600,000, £4,000,000)"}},
		{"£3m-£5m", ivView{figGBP("2500000"), figGBP("5500000"), false, true, false, "[£2,500,000, £5,500,000)"}},
		{"-£400,000", ivView{figGBP("-400000.5"), figGBP("-399999.5"), true, false, false, "(-£400,000.50, -£399,999.50]"}},
		{"€2m", ivView{figAmount("1500000", currency.EUR), figAmount("2500000", currency.EUR), false, true, false, "[€1,500,000, €2,500,000)"}},
		{"at least £0.00", ivView{figGBP("0"), currency.Amount{}, false, false, true, "[£0, ∞)"}},
		{"£0.00", ivView{figGBP("-0.005"), figGBP("0.005"), false, true, false, "[-£0.005, £0.005)"}},
		{"up to 0p", ivView{figGBP("0"), figGBP("0"), false, false, false, "[£0, £0]"}},
		{"2m CHF", ivView{figAmount("1500000", currency.MustParseCode("CHF")), figAmount("2500000", currency.MustParseCode("CHF")), false, true, false, "[CHF 1,500,000, CHF 2,500,000)"}},
	}
	for _, tt := range tests {
		iv := currency.MustParseFigure(tt.figure).Interval()
		if diff := cmp.Diff(tt.want, ivOf(iv)); diff != "" {
			t.Errorf("ParseFigure(%q).Interval() mismatch (-want +got):\n%s", tt.figure, diff)
		}
		if iv.IsEmpty() || iv.Currency() != tt.want.Min.Currency() {
			t.Errorf("ParseFigure(%q).Interval() = %v: IsEmpty %v, Currency %v", tt.figure, iv, iv.IsEmpty(), iv.Currency())
		}
	}
}

func TestIntervalEqual(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"£2.4m", "£2.4 million", true},
		{"£2.4m", "2.4 million pounds", true},
		{"over £4m", "more than £4,000,000", true},
		{"at least £4m", "more than £4m", false},
		{"at least £4m", "at least £4.0m", true},
		{"£2m", "£2.0m", false},
		{"£2m", "€2m", false},
		{"about £2m", "£2m", true},
		{"up to £1m", "less than £1m", false},
	}
	for _, tt := range tests {
		a, b := currency.MustParseFigure(tt.a).Interval(), currency.MustParseFigure(tt.b).Interval()
		if got := a.Equal(b); got != tt.want {
			t.Errorf("Interval of %q (%v) .Equal(interval of %q (%v)) = %v, want %v", tt.a, a, tt.b, b, got, tt.want)
		}
	}
	var zero currency.Interval
	if !zero.Equal(currency.Figure{}.Interval()) || zero.Equal(currency.MustParseFigure("£2m").Interval()) {
		t.Error("the zero Interval should equal only empty Intervals")
	}
}

func TestZeroFigure(t *testing.T) {
	var f currency.Figure
	got := struct {
		View    figView
		IsZero  bool
		Empty   bool
		IvStr   string
		Admits0 bool
		AdmitsZ bool
	}{figOf(f), f.IsZero(), f.Interval().IsEmpty(), f.Interval().String(), f.Admits(currency.Pounds(0)), f.Admits(currency.Amount{})}
	want := got
	want.View = figView{}
	want.IsZero, want.Empty, want.IvStr, want.Admits0, want.AdmitsZ = true, true, "∅", false, false
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zero Figure mismatch (-want +got):\n%s", diff)
	}
	if !f.Currency().IsZero() {
		t.Errorf("zero Figure Currency() = %v, want the zero Code", f.Currency())
	}
}

func TestExactFigure(t *testing.T) {
	tests := []struct {
		a    currency.Amount
		want figView
	}{
		{currency.Pounds(2165000), figView{currency.Exact, figGBP("2165000"), figGBP("2165000"), figGBP("1"), "£2,165,000", "£2,165,000"}},
		{currency.MustParse("£2,165,000.00"), figView{currency.Exact, figGBP("2165000"), figGBP("2165000"), figGBP("0.01"), "£2,165,000.00", "£2,165,000.00"}},
		{currency.Pence(30), figView{currency.Exact, figGBP("0.3"), figGBP("0.3"), figGBP("0.01"), "30p", "30p"}},
		{currency.MustParse("£2.495"), figView{currency.Exact, figGBP("2.495"), figGBP("2.495"), figGBP("0.001"), "£2.495", "£2.495"}},
		{currency.Pounds(-400000), figView{currency.Exact, figGBP("-400000"), figGBP("-400000"), figGBP("1"), "-£400,000", "-£400,000"}},
		{figAmount(figGBP("2400000").Decimal().Shift(-5).Shift(5).String(), currency.GBP), figView{currency.Exact, figGBP("2400000"), figGBP("2400000"), figGBP("1"), "£2,400,000", "£2,400,000"}},
		{figAmount("1000", currency.JPY), figView{currency.Exact, figAmount("1000", currency.JPY), figAmount("1000", currency.JPY), figAmount("1", currency.JPY), "¥1,000", "¥1,000"}},
		{figGBP("12345678901234567890123456789.5"), figView{currency.Exact, figGBP("12345678901234567890123456789.5"), figGBP("12345678901234567890123456789.5"), figGBP("0.1"), "£12,345,678,901,234,567,890,123,456,789.5", "£12,345,678,901,234,567,890,123,456,789.5"}},
		{currency.Amount{}, figView{}},
	}
	for _, tt := range tests {
		f := currency.ExactFigure(tt.a)
		if diff := cmp.Diff(tt.want, figOf(f)); diff != "" {
			t.Errorf("ExactFigure(%v) mismatch (-want +got):\n%s", tt.a, diff)
		}
		if !f.IsZero() && !f.Admits(tt.a) {
			t.Errorf("ExactFigure(%v) does not admit its own amount", tt.a)
		}
		if f.IsZero() {
			continue
		}
		back, err := currency.ParseFigure(f.String())
		if err != nil || !back.Equal(f) {
			t.Errorf("ParseFigure(ExactFigure(%v).String()) = %v, %v, want %v", tt.a, back, err, f)
		}
	}
}

func TestFigureEqual(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"£2.4m", "£2.4 million", true},
		{"over £4m", "more than £4 million", true},
		{"£3m-£5m", "between £3m and £5m", true},
		{"£2m", "£2.0m", false},
		{"£2m", "about £2m", false},
		{"£2m", "€2m", false},
		{"£3m-£5m", "£3m-£6m", false},
		// Terms are compared; their wording is not.
		{"£8m per year", "£8m annually", true},
		{"£400m-a-year", "£400m a year", true},
		{"£8m a year", "£8m", false},
		{"£8m a year", "£8m a month", false},
		{"£2bn over five years", "£2bn over 5 years", true},
		{"£2bn over five years", "£2bn over 60 months", false},
		{"£2bn over five years", "£2bn", false},
		{"£1.5bn a year for three years", "£1.5bn a year", false},
	}
	for _, tt := range tests {
		if got := currency.MustParseFigure(tt.a).Equal(currency.MustParseFigure(tt.b)); got != tt.want {
			t.Errorf("ParseFigure(%q).Equal(ParseFigure(%q)) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	if !(currency.Figure{}).Equal(currency.Figure{}) {
		t.Error("zero Figures are not Equal")
	}
}

func TestFigureStringRoundTrip(t *testing.T) {
	for _, in := range []string{
		"£2.4m", "£2.4 million", "£1.5bn", "£70k", "£750,000", "£1,260,000", "30p", "€2m",
		"$3 billion", "2.4 million pounds", "half a billion pounds", "more than £4 million",
		"over £4m", "at least £4m", "up to £10m", "less than £1m", "around £9bn", "about £2m",
		"nearly £4m", "almost £4m", "£3m-£5m", "£3m to £5m", "between £3m and £5m",
		"£3-5m", "20-30p", "£2.40m", "£0.5", "£0.50", "2.5p", "£1.25k", "£2,000k", "£1,500m",
		"£0m", "£0", "CHF 2m", "£750,000-£1m", "-£400,000", "a quarter of a million euros",
		"£123,456,789,012,345,678,901,234,567,890", "£0.00000000000000000000000000001",
		"£1.000000000000000000000000001tn",
	} {
		f := currency.MustParseFigure(in)
		back, err := currency.ParseFigure(f.String())
		if err != nil {
			t.Errorf("ParseFigure(%q) = %q, which does not parse: %v", in, f, err)
			continue
		}
		if !back.Equal(f) || !back.Interval().Equal(f.Interval()) {
			t.Errorf("ParseFigure(%q) = %q, which parses as %v (interval %v), want interval %v", in, f, figOf(back), back.Interval(), f.Interval())
		}
	}
}

func TestFigureMarshalText(t *testing.T) {
	type claim struct {
		Said   currency.Figure `json:"said"`
		Nought currency.Figure `json:"nought"`
	}
	in := claim{Said: currency.MustParseFigure("more than £4 million")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"said":"more than £4 million","nought":""}`; got != want {
		t.Errorf("json.Marshal = %s, want %s", got, want)
	}
	var out claim
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(figOf(in.Said), figOf(out.Said)); diff != "" {
		t.Errorf("json round trip mismatch (-want +got):\n%s", diff)
	}
	if !out.Nought.IsZero() {
		t.Errorf("json round trip of the zero Figure = %v", out.Nought)
	}
	if err := json.Unmarshal([]byte(`{"said":"£2.4q"}`), &out); !errors.Is(err, currency.ErrSyntax) {
		t.Errorf("json.Unmarshal of a bad figure: error %v, want ErrSyntax", err)
	}
}
