package currency_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/currency"
)

func TestTerm(t *testing.T) {
	tests := []struct {
		term   currency.Term
		zero   bool
		string string
	}{
		{currency.Years(1), false, "1 year"},
		{currency.Years(3), false, "3 years"},
		{currency.Months(6), false, "6 months"},
		{currency.Months(1), false, "1 month"},
		{currency.Weeks(1), false, "1 week"},
		{currency.Weeks(2), false, "2 weeks"},
		{currency.Days(1), false, "1 day"},
		{currency.Days(90), false, "90 days"},
		{currency.Years(2147483647), false, "2147483647 years"},
		{currency.Years(0), true, ""},
		{currency.Months(-1), true, ""},
		{currency.Weeks(-1 << 40), true, ""},
		{currency.Days(1 << 31), true, ""},
		{currency.Term{}, true, ""},
	}
	for _, tt := range tests {
		if got := tt.term.IsZero(); got != tt.zero {
			t.Errorf("%#v.IsZero() = %v, want %v", tt.term, got, tt.zero)
		}
		if got := tt.term.String(); got != tt.string {
			t.Errorf("%#v.String() = %q, want %q", tt.term, got, tt.string)
		}
	}
	if currency.Years(0) != (currency.Term{}) || currency.Years(1) == currency.Months(12) || currency.Years(2) != currency.Years(2) {
		t.Error("Terms compare wrongly with ==")
	}
}

func TestTermRatio(t *testing.T) {
	tests := []struct {
		t, u     currency.Term
		num, den int64
		ok       bool
	}{
		{currency.Years(3), currency.Years(1), 3, 1, true},
		{currency.Years(1), currency.Years(3), 1, 3, true},
		{currency.Months(18), currency.Years(1), 3, 2, true},
		{currency.Years(1), currency.Months(1), 12, 1, true},
		{currency.Years(5), currency.Months(6), 10, 1, true},
		{currency.Months(4), currency.Months(6), 2, 3, true},
		{currency.Weeks(1), currency.Days(1), 7, 1, true},
		{currency.Days(14), currency.Weeks(4), 1, 2, true},
		{currency.Years(2147483647), currency.Months(1), 25769803764, 1, true},
		{currency.Weeks(52), currency.Years(1), 0, 0, false},
		{currency.Years(1), currency.Days(365), 0, 0, false},
		{currency.Months(1), currency.Weeks(4), 0, 0, false},
		{currency.Term{}, currency.Years(1), 0, 0, false},
		{currency.Years(1), currency.Term{}, 0, 0, false},
		{currency.Term{}, currency.Term{}, 0, 0, false},
	}
	for _, tt := range tests {
		num, den, ok := tt.t.Ratio(tt.u)
		if num != tt.num || den != tt.den || ok != tt.ok {
			t.Errorf("%v.Ratio(%v) = %d, %d, %v, want %d, %d, %v", tt.t, tt.u, num, den, ok, tt.num, tt.den, tt.ok)
		}
	}
}

// termView is what a test compares of a figure with terms.
type termView struct {
	Nominal   currency.Amount
	Per, Over currency.Term
	String    string
}

func TestParseFigureTerms(t *testing.T) {
	tests := []struct {
		in   string
		want termView
	}{
		{"£400m-a-year", termView{figGBP("400000000"), currency.Years(1), currency.Term{}, "£400m a year"}},
		{"£0.3 billion a year", termView{figGBP("300000000"), currency.Years(1), currency.Term{}, "£0.3bn a year"}},
		{"£8m per year", termView{figGBP("8000000"), currency.Years(1), currency.Term{}, "£8m a year"}},
		{"£30m annually", termView{figGBP("30000000"), currency.Years(1), currency.Term{}, "£30m a year"}},
		{"£30m per annum", termView{figGBP("30000000"), currency.Years(1), currency.Term{}, "£30m a year"}},
		{"£30m each year", termView{figGBP("30000000"), currency.Years(1), currency.Term{}, "£30m a year"}},
		{"£30m every year", termView{figGBP("30000000"), currency.Years(1), currency.Term{}, "£30m a year"}},
		{"£30m yearly", termView{figGBP("30000000"), currency.Years(1), currency.Term{}, "£30m a year"}},
		{"£2m a month", termView{figGBP("2000000"), currency.Months(1), currency.Term{}, "£2m a month"}},
		{"£2m per month", termView{figGBP("2000000"), currency.Months(1), currency.Term{}, "£2m a month"}},
		{"£2m monthly", termView{figGBP("2000000"), currency.Months(1), currency.Term{}, "£2m a month"}},
		{"£5,000 a week", termView{figGBP("5000"), currency.Weeks(1), currency.Term{}, "£5,000 a week"}},
		{"£5,000 weekly", termView{figGBP("5000"), currency.Weeks(1), currency.Term{}, "£5,000 a week"}},
		{"£350m a week", termView{figGBP("350000000"), currency.Weeks(1), currency.Term{}, "£350m a week"}},
		{"£1m a day", termView{figGBP("1000000"), currency.Days(1), currency.Term{}, "£1m a day"}},
		{"£2bn over five years", termView{figGBP("2000000000"), currency.Term{}, currency.Years(5), "£2bn over 5 years"}},
		{"£2bn over three years", termView{figGBP("2000000000"), currency.Term{}, currency.Years(3), "£2bn over 3 years"}},
		{"£2bn for three years", termView{figGBP("2000000000"), currency.Term{}, currency.Years(3), "£2bn over 3 years"}},
		{"£2bn over 5 years", termView{figGBP("2000000000"), currency.Term{}, currency.Years(5), "£2bn over 5 years"}},
		{"£2bn over a year", termView{figGBP("2000000000"), currency.Term{}, currency.Years(1), "£2bn over 1 year"}},
		{"£2bn over 1 year", termView{figGBP("2000000000"), currency.Term{}, currency.Years(1), "£2bn over 1 year"}},
		{"£2bn over the next ten years", termView{figGBP("2000000000"), currency.Term{}, currency.Years(10), "£2bn over 10 years"}},
		{"£2bn over twenty-five years", termView{figGBP("2000000000"), currency.Term{}, currency.Years(25), "£2bn over 25 years"}},
		// https://thelondonweekly.net/world-news/43-news/10278-uk-secures-record-150bn-us-investment-during-historic-state-visit
		{"£90 billion over the next decade", termView{figGBP("90000000000"), currency.Term{}, currency.Years(10), "£90bn over 10 years"}},
		{"£2bn over two decades", termView{figGBP("2000000000"), currency.Term{}, currency.Years(20), "£2bn over 20 years"}},
		{"£2bn over the next year", termView{figGBP("2000000000"), currency.Term{}, currency.Years(1), "£2bn over 1 year"}},
		{"£6m over 18 months", termView{figGBP("6000000"), currency.Term{}, currency.Months(18), "£6m over 18 months"}},
		{"£1.5bn a year for three years", termView{figGBP("1500000000"), currency.Years(1), currency.Years(3), "£1.5bn a year over 3 years"}},
		{"up to £40m a year", termView{figGBP("40000000"), currency.Years(1), currency.Term{}, "up to £40m a year"}},
		{"more than £1bn over four years", termView{figGBP("1000000000"), currency.Term{}, currency.Years(4), "more than £1bn over 4 years"}},
		{"£3m-£5m a year", termView{figGBP("3000000"), currency.Years(1), currency.Term{}, "between £3m and £5m a year"}},
		{"between £3m and £5m over two years", termView{figGBP("3000000"), currency.Term{}, currency.Years(2), "between £3m and £5m over 2 years"}},
		{"-£400m a year", termView{figGBP("-400000000"), currency.Years(1), currency.Term{}, "-£400m a year"}},
		{"£400M A YEAR", termView{figGBP("400000000"), currency.Years(1), currency.Term{}, "£400m a year"}},
	}
	for _, tt := range tests {
		f, err := currency.ParseFigure(tt.in)
		if err != nil {
			t.Errorf("ParseFigure(%q) error: %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, termView{f.Nominal(), f.Per(), f.Over(), f.String()}); diff != "" {
			t.Errorf("ParseFigure(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		// String and Text both read back to an Equal figure.
		for _, s := range []string{f.String(), f.Text()} {
			back, err := currency.ParseFigure(s)
			if err != nil || !back.Equal(f) {
				t.Errorf("ParseFigure(%q) = %v, %v, want a figure Equal to ParseFigure(%q)", s, back, err, tt.in)
			}
		}
		text, _ := f.MarshalText()
		var un currency.Figure
		if err := un.UnmarshalText(text); err != nil || !un.Equal(f) || un.Text() != tt.in {
			t.Errorf("UnmarshalText(MarshalText(ParseFigure(%q))) = %v (text %q), %v", tt.in, un, un.Text(), err)
		}
	}
}

func TestParseFigureTermErrors(t *testing.T) {
	for _, in := range []string{
		"£2m a year ago", "£2m over", "£2m over years", "£2m over 0 years", "£2m over 3 year",
		"£2m over a years", "£2m a years", "£2m-a year", "£2m a-year", "£2m for three-year-olds",
		"£2m over 1234567 years", "£2m over five", "£2m a year a year", "£2m over 2 years over 3 years",
		"£2m over two years a year", "£2m over the next", "£2m over the next years", "£2m over decades",
		"£2m over a decades",
	} {
		if f, err := currency.ParseFigure(in); err == nil {
			t.Errorf("ParseFigure(%q) = %v (per %v, over %v), want an error", in, f, f.Per(), f.Over())
		}
	}
}

func TestZeroFigureTerms(t *testing.T) {
	var zero currency.Figure
	if !zero.Per().IsZero() || !zero.Over().IsZero() || !currency.ExactFigure(currency.Pounds(2)).Per().IsZero() {
		t.Error("the zero Figure and ExactFigure should state no term")
	}
}

func TestFindTerms(t *testing.T) {
	tests := []struct {
		text string
		want []foundFig
	}{
		{"a £400m-a-year deal", []foundFig{{"£400m-a-year", currency.Exact, "£400m a year"}}},
		{"It costs £8m per year, £30m annually and £2bn over five years.", []foundFig{
			{"£8m per year", currency.Exact, "£8m a year"},
			{"£30m annually", currency.Exact, "£30m a year"},
			{"£2bn over five years", currency.Exact, "£2bn over 5 years"},
		}},
		{"up from £2m a year ago", []foundFig{{"£2m", currency.Exact, "£2m"}}},
		{"£5m for three-year-olds and £1m over £2m", []foundFig{
			{"£5m", currency.Exact, "£5m"}, {"£1m", currency.Exact, "£1m"}, {"over £2m", currency.MoreThan, "more than £2m"},
		}},
		{"£1.5bn a year for three years", []foundFig{{"£1.5bn a year for three years", currency.Exact, "£1.5bn a year over 3 years"}}},
		{"£3m-£5m a year", []foundFig{{"£3m-£5m a year", currency.Range, "between £3m and £5m a year"}}},
		{"£2m a      year", []foundFig{{"£2m", currency.Exact, "£2m"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, findAll(t, tt.text)); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestParseFigureEach(t *testing.T) {
	tests := []struct {
		in      string
		each    string
		per     currency.Term
		nominal currency.Amount
		str     string
	}{
		// https://www.itv.com/news/2019-09-04/sajid-javid-spending-review-brexit
		{"£5,000 per pupil", "pupil", currency.Term{}, figGBP("5000"), "£5,000 per pupil"},
		// https://www.governmentbusiness.co.uk/news/11032020/%C2%A330bn-coronavirus-package-announced-budget-2020
		{"£200 per tonne", "tonne", currency.Term{}, figGBP("200"), "£200 per tonne"},
		{"£24 per Head", "head", currency.Term{}, figGBP("24"), "£24 per head"},
		{"£5,000 per pupil per year", "pupil", currency.Years(1), figGBP("5000"), "£5,000 per pupil a year"},
		{"£20 a week per child", "child", currency.Weeks(1), figGBP("20"), "£20 per child a week"},
	}
	for _, tt := range tests {
		f, err := currency.ParseFigure(tt.in)
		if err != nil {
			t.Errorf("ParseFigure(%q) error: %v", tt.in, err)
			continue
		}
		if f.Each() != tt.each || f.Per() != tt.per || !f.Nominal().Equal(tt.nominal) || f.String() != tt.str {
			t.Errorf("ParseFigure(%q) = %q (each %q, per %v, nominal %v), want %q (each %q, per %v, nominal %v)", tt.in, f, f.Each(), f.Per(), f.Nominal(), tt.str, tt.each, tt.per, tt.nominal)
		}
		if back, err := currency.ParseFigure(f.String()); err != nil || !back.Equal(f) {
			t.Errorf("ParseFigure(%q) = %q, which reads back as %v, %v", tt.in, f, back, err)
		}
	}
	for _, in := range []string{"£5 per cent", "£5 per", "£5 per pupil per child", "£5 per year-end"} {
		if f, err := currency.ParseFigure(in); err == nil {
			t.Errorf("ParseFigure(%q) = %v (each %q), want an error", in, f, f.Each())
		}
	}
	if currency.MustParseFigure("£5 per pupil").Equal(currency.MustParseFigure("£5")) {
		t.Error(`"£5 per pupil" equals "£5"`)
	}
	if _, err := currency.Parse("£5 per pupil"); err == nil {
		t.Error(`Parse("£5 per pupil") reads a rate as an amount`)
	}
}
