package currency_test

import (
	"strings"
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
	"£ 2.5 billion", "£12bn pounds", "$50 million or so", "about £80m-ish", "£2m-plus",
	"80p in the £1", "up to 90p in the pound", "one and a half billion pounds", "£2.4 m",
	"£3m—£5m", "−£400,000", "\uFFFD3.1m", "Â£2.4m", "£400m-a-year", "£2bn over five years",
	"£3.3 billion in each of the next two years", "XXX 5", "£5,000 per pupil per year",
	"£20 a week per child", "£5m in £1 coins", "£2m+£3m",
	// Inputs past the 256-byte limit, cut 0 to 3 bytes back to a rune
	// boundary or at the limit amid stray continuation bytes. Without
	// them each long input the fuzzer made was new coverage, and it spent
	// up to a minute minimizing it, a quadratic search over its bytes.
	strings.Repeat("£", 200), "a" + strings.Repeat("£", 200), strings.Repeat("a", 254) + strings.Repeat("€", 10),
	"0" + strings.Repeat("\x97", 300),
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

// FuzzFind checks that Find and FindIn never panic, that every mention's
// span lies in the text and slices back to its text, in order and without
// overlaps, and that each mention's text re-parses to its figure:
// ParseFigure reads it, or, for a mention whose currency FindIn assumed,
// FindIn reads it back as one equal mention.
func FuzzFind(f *testing.F) {
	f.Add("City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months")
	f.Add("an investment of more than £4 million; £1,260,000 and £2,165,000; £3m-£5m; between 3 and 5 million pounds")
	f.Add("almost €2 billion (£1.7bn), raise\uFFFD5m, a Â£2.4m fund, a 310m budget, 45k, a -£2m swing, 80p in the £1")
	f.Add("£400m-a-year, £2bn over five years, £1.5bn a year for three years, twenty million pounds, £5m or more")
	f.Add("an increase of £20m to £120m, a rise of £3.7bn to £3.9bn, spending is up £2m to 12m, coughing up £2m to £5m")
	for _, s := range figureSeeds {
		f.Add("costs of " + s + ".")
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, story := range []currency.Code{{}, currency.GBP} {
			end := 0
			for _, m := range currency.FindIn(text, story) {
				if m.Start < end || m.End <= m.Start || m.End > len(text) || text[m.Start:m.End] != m.Figure.Text() {
					t.Fatalf("FindIn(%q, %v): mention %q at [%d:%d] is out of place (previous ended at %d)", text, story, m.Figure.Text(), m.Start, m.End, end)
				}
				end = m.End
				if m.Assumed {
					back := currency.FindIn(m.Figure.Text(), story)
					if len(back) != 1 || !back[0].Figure.Equal(m.Figure) || back[0].Figure.Text() != m.Figure.Text() {
						t.Fatalf("FindIn(%q, %v): assumed mention %q is %v, but FindIn reads it back as %v", text, story, m.Figure.Text(), m.Figure, back)
					}
					continue
				}
				fig, err := currency.ParseFigure(m.Figure.Text())
				if err != nil || !fig.Equal(m.Figure) {
					t.Fatalf("FindIn(%q, %v): mention %q is %v, but ParseFigure reads %v, %v", text, story, m.Figure.Text(), m.Figure, fig, err)
				}
			}
		}
	})
}
