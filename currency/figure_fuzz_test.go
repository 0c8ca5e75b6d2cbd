package currency_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

// figureSeeds are the fuzz targets' starting inputs: every form ParseFigure
// reads and every kind of bad input.
var figureSeeds = []string{
	"£2.4m", "£2.4 million", "£1.5bn", "£70k", "£750,000", "£1,260,000", "30p", "€2m",
	"$3 billion", "2.4 million pounds", "half a billion pounds", "more than £4 million",
	"over £4m", "at least £4m", "up to £10m", "less than £1m", "around £9bn", "about £2m",
	"nearly £4m", "almost £4m", "£3m-£5m", "£3m–£5m", "£3m to £5m", "between £3m and £5m",
	"£3-5m", "20-30p", "-£400,000", "GBP 2.4m", "2m CHF", "a quarter of a million euros",
	"£", "£2.4q", "£-2m", "£1,2,3", "£2m-£1m", "£1e400", "XYZ 2m", "£0.0000000001", "at least £0.00", "up to 0p",
	"0p to £0B", "£3-£5m", "250p-£3m",
}

// FuzzParseFigure checks that ParseFigure never panics, that what it reads
// it writes back as a figure with the same meaning, and that a figure
// admits its own stated value unless its bound excludes it.
func FuzzParseFigure(f *testing.F) {
	for _, s := range figureSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := currency.ParseFigure(s)
		if err != nil {
			if !fig.IsZero() {
				t.Errorf("ParseFigure(%q) returned %v with error %v", s, fig, err)
			}
			return
		}
		if fig.IsZero() || fig.Currency().IsZero() {
			t.Fatalf("ParseFigure(%q) = the zero Figure or no currency, no error", s)
		}
		_ = fig.Interval().String()
		str := fig.String()
		back, err := currency.ParseFigure(str)
		if err != nil {
			t.Fatalf("ParseFigure(%q) = %q, which ParseFigure rejects: %v", s, str, err)
		}
		if !back.Equal(fig) || !back.Interval().Equal(fig.Interval()) {
			t.Fatalf("ParseFigure(%q) = %q with interval %v, which reads back with interval %v", s, str, fig.Interval(), back.Interval())
		}
		text, _ := fig.MarshalText()
		var un currency.Figure
		if err := un.UnmarshalText(text); err != nil || !un.Equal(fig) || un.Text() != fig.Text() {
			t.Fatalf("UnmarshalText(MarshalText(ParseFigure(%q))) = %v, %v", s, un, err)
		}
		n := fig.Nominal()
		switch fig.Bound() {
		case currency.MoreThan, currency.LessThan, currency.Nearly:
			if fig.Admits(n) {
				t.Fatalf("ParseFigure(%q) admits its own bound %v", s, n)
			}
		default:
			if !fig.Admits(n) || !fig.Admits(fig.High()) {
				t.Fatalf("ParseFigure(%q) (interval %v) does not admit its stated value", s, fig.Interval())
			}
		}
	})
}

// FuzzFind checks that Find never panics, that every mention slices back to
// its text in order without overlaps, and that ParseFigure reads each
// mention's text as its figure.
func FuzzFind(f *testing.F) {
	f.Add("City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months")
	f.Add("an investment of more than £4 million; £1,260,000 and £2,165,000; £3m-£5m; between 3 and 5 million pounds")
	for _, s := range figureSeeds {
		f.Add("costs of " + s + ".")
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, m := range currency.Find(text) {
			if m.Start < end || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Text {
				t.Fatalf("Find(%q): mention %q at [%d:%d] is out of place (previous ended at %d)", text, m.Text, m.Start, m.End, end)
			}
			end = m.End
			fig, err := currency.ParseFigure(m.Text)
			if err != nil || !fig.Equal(m.Figure) || m.Figure.Text() != m.Text {
				t.Fatalf("Find(%q): mention %q is %v, but ParseFigure reads %v, %v", text, m.Text, m.Figure, fig, err)
			}
		}
	})
}
