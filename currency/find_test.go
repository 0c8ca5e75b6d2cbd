package currency_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/fundclaims/fundclaims/currency"
)

// foundFig is what a test compares of a Mention.
type foundFig struct {
	Text   string
	Bound  currency.Bound
	String string
}

func findAll(t *testing.T, text string) []foundFig {
	t.Helper()
	var got []foundFig
	for _, m := range currency.Find(text) {
		checkMention(t, text, m)
		got = append(got, foundFig{m.Figure.Text(), m.Figure.Bound(), m.Figure.String()})
	}
	return got
}

// checkMention checks that m slices back to its text and that ParseFigure
// reads its text as its figure.
func checkMention(t *testing.T, text string, m currency.Mention) {
	t.Helper()
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Figure.Text() {
		t.Errorf("Find: mention %q at [%d:%d] does not slice back to its text", m.Figure.Text(), m.Start, m.End)
		return
	}
	f, err := currency.ParseFigure(m.Figure.Text())
	if err != nil || !f.Equal(m.Figure) {
		t.Errorf("Find: mention %q is %v, but ParseFigure reads %v, %v", m.Figure.Text(), m.Figure, f, err)
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []foundFig
	}{
		{
			"City Hall Conservatives had a fully-costed proposal for a £4.5m inquiry in London into this heinous abuse - the mayor coughing up £2m after months of trying to avoid talking about it just rings hollow",
			[]foundFig{{"£4.5m", currency.Exact, "£4.5m"}, {"£2m", currency.Exact, "£2m"}},
		},
		{
			"The Mayor of London has today announced an investment of more than £4 million to help tackle sexual abuse in London.",
			[]foundFig{{"more than £4 million", currency.MoreThan, "more than £4m"}},
		},
		{
			"MOPAC is providing £1,260,000 for the four Rape Crisis Centres in London and £2,165,000 for the three London Sexual Assault Referral Centres. In addition a £100,000 development budget is being provided, and £70,000 to support the extension of an interpreter service.",
			[]foundFig{
				{"£1,260,000", currency.Exact, "£1,260,000"},
				{"£2,165,000", currency.Exact, "£2,165,000"},
				{"£100,000", currency.Exact, "£100,000"},
				{"£70,000", currency.Exact, "£70,000"},
			},
		},
		{
			"A £2.4m package of support has been announced. An initial data search identified about 9,000 historic cases; after reviewing 2,200 of them only about 1,200 remained in scope over the past 15 years.",
			[]foundFig{{"£2.4m", currency.Exact, "£2.4m"}},
		},
		{"Costs of £3m-£5m, £3m–£5m or £3m to £5m.", []foundFig{
			{"£3m-£5m", currency.Range, "between £3m and £5m"},
			{"£3m–£5m", currency.Range, "between £3m and £5m"},
			{"£3m to £5m", currency.Range, "between £3m and £5m"},
		}},
		{"Somewhere between £3m and £5m, or between 3 and 5 million pounds.", []foundFig{
			{"between £3m and £5m", currency.Range, "between £3m and £5m"},
			{"between 3 and 5 million pounds", currency.Range, "between £3m and £5m"},
		}},
		{"It rose from £3m to £5m.", []foundFig{{"£3m", currency.Exact, "£3m"}, {"£5m", currency.Exact, "£5m"}}},
		{"A range of £5m to £2m is backwards.", []foundFig{{"£5m", currency.Exact, "£5m"}, {"£2m", currency.Exact, "£2m"}}},
		{"between £3m, they said", []foundFig{{"£3m", currency.Exact, "£3m"}}},
		{"between £10bn-£15bn a year", []foundFig{{"between £10bn-£15bn a year", currency.Range, "between £10bn and £15bn a year"}}},
		{"£3m - £5m, spaced, is two figures", []foundFig{{"£3m", currency.Exact, "£3m"}, {"£5m", currency.Exact, "£5m"}}},
		{"£70,000 to support 5 centres, £5 to 10 people", []foundFig{{"£70,000", currency.Exact, "£70,000"}, {"£5", currency.Exact, "£5"}}},
		{"They handed over £2m, then spent over £4m.", []foundFig{{"£2m", currency.Exact, "£2m"}, {"over £4m", currency.MoreThan, "more than £4m"}}},
		{"I'm not unhappy about £30 million, though it costs about £40 million.",
			[]foundFig{{"£30 million", currency.Exact, "£30m"}, {"about £40 million", currency.About, "about £40m"}}},
		{"We talked about £6m.", []foundFig{{"£6m", currency.Exact, "£6m"}}},
		{"Nearly £4m; almost £4m; up to £10m; less than £1m; around £9bn; at least £4m.", []foundFig{
			{"Nearly £4m", currency.Nearly, "nearly £4m"},
			{"almost £4m", currency.Nearly, "nearly £4m"},
			{"up to £10m", currency.AtMost, "up to £10m"},
			{"less than £1m", currency.LessThan, "less than £1m"},
			{"around £9bn", currency.About, "about £9bn"},
			{"at least £4m", currency.AtLeast, "at least £4m"},
		}},
		{"half a billion pounds, €2m, $3 billion, US$3, 30p and USD 3bn but not usd 3bn or ALL 3", []foundFig{
			{"half a billion pounds", currency.Exact, "£0.5bn"},
			{"€2m", currency.Exact, "€2m"},
			{"$3 billion", currency.Exact, "$3bn"},
			{"US$3", currency.Exact, "$3"},
			{"30p", currency.Exact, "30p"},
			{"USD 3bn", currency.Exact, "$3bn"},
			// An upper-case word that is an ISO code (ALL, the Albanian
			// lek) counts before a number: Find cannot tell them apart.
			{"ALL 3", currency.Exact, "ALL 3"},
		}},
		{"Not money: £1e400, £1,2,3, £-2m, £2.4q, 2.4 million, 2m, a million people, £.", nil},
		{"£2.4m.", []foundFig{{"£2.4m", currency.Exact, "£2.4m"}}},
		{"(£2.4m)", []foundFig{{"£2.4m", currency.Exact, "£2.4m"}}},
		{"more than\n£4m", []foundFig{{"more than\n£4m", currency.MoreThan, "more than £4m"}}},
		{"more than          £4m", []foundFig{{"£4m", currency.Exact, "£4m"}}},
		{"£2m£3m", []foundFig{{"£2m", currency.Exact, "£2m"}, {"£3m", currency.Exact, "£3m"}}},
		{"over £4m-£5m", []foundFig{{"over £4m", currency.MoreThan, "more than £4m"}, {"£5m", currency.Exact, "£5m"}}},
		{" £2m", []foundFig{{"£2m", currency.Exact, "£2m"}}},
		{"£1m over £2m", []foundFig{{"£1m", currency.Exact, "£1m"}, {"over £2m", currency.MoreThan, "more than £2m"}}},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, findAll(t, tt.text)); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestFindOffsets(t *testing.T) {
	text := "a £4.5m inquiry – the mayor coughing up £2m"
	got := currency.Find(text)
	want := []struct{ Start, End int }{{2, 8}, {43, 47}}
	if len(got) != len(want) {
		t.Fatalf("Find(%q) = %d mentions, want %d", text, len(got), len(want))
	}
	for i, m := range got {
		if m.Start != want[i].Start || m.End != want[i].End {
			t.Errorf("Find(%q)[%d] = [%d:%d], want [%d:%d]", text, i, m.Start, m.End, want[i].Start, want[i].End)
		}
	}
}

func TestFindArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := []foundFig{
		{"£6.2m", currency.Exact, "£6.2m"},
		{"£6.2m", currency.Exact, "£6.2m"},
		{"more than £2 million", currency.MoreThan, "more than £2m"},
		{"£1,850,000", currency.Exact, "£1,850,000"},
		{"£2,340,000", currency.Exact, "£2,340,000"},
		{"£750,000", currency.Exact, "£750,000"},
		{"£95,000", currency.Exact, "£95,000"},
		{"30p", currency.Exact, "30p"},
		{"up to £120k a year", currency.AtMost, "up to £120k a year"},
		{"between £8m and £9.5m", currency.Range, "between £8m and £9.5m"},
		{"2.5 million pounds", currency.Exact, "£2.5m"},
		{"nearly £1m", currency.Nearly, "nearly £1m"},
		{"about £40m", currency.About, "about £40m"},
		{"less than £7m", currency.LessThan, "less than £7m"},
		{"at least £15m", currency.AtLeast, "at least £15m"},
		{"£3m-£4m", currency.Range, "between £3m and £4m"},
		{"£1.2bn", currency.Exact, "£1.2bn"},
		{"up to £500,000", currency.AtMost, "up to £500,000"},
		{"half a billion pounds", currency.Exact, "£0.5bn"},
		{"£250k to £400k", currency.Range, "between £250k and £400k"},
		{"roughly £300,000 a year", currency.About, "about £300,000 a year"},
		{"£1.2 million annually", currency.Exact, "£1.2m a year"},
		{"€2m", currency.Exact, "€2m"},
		{"$3 billion", currency.Exact, "$3bn"},
		{"£2m", currency.Exact, "£2m"},
		{"GBP 412.5m", currency.Exact, "£412.5m"},
		{"in excess of £60m", currency.MoreThan, "more than £60m"},
		{"£3m", currency.Exact, "£3m"},
		{"£3.4m", currency.Exact, "£3.4m"},
		{"almost £500k", currency.Nearly, "nearly £500k"},
		{"50p", currency.Exact, "50p"},
		{"£8m a year", currency.Exact, "£8m a year"},
		{"about £48,500", currency.About, "about £48,500"},
	}
	if diff := cmp.Diff(want, findAll(t, string(b))); diff != "" {
		t.Errorf("Find(testdata/article.txt) mismatch (-want +got):\n%s", diff)
	}
}

// adversarial returns inputs of about n bytes built to make a careless
// scanner quadratic: long runs of digits, groups, symbols, qualifiers and
// range dashes with no money at their end.
func adversarial(n int) map[string]string {
	return map[string]string{
		"digits":        "£" + strings.Repeat("1", n),
		"groups":        "£1" + strings.Repeat(",000", n/4),
		"commas":        strings.Repeat("1,", n/2),
		"symbols":       strings.Repeat("£", n/2),
		"spaces":        "£2" + strings.Repeat(" ", n) + "million",
		"words":         strings.Repeat("a ", n/2),
		"halves":        strings.Repeat("half a ", n/7),
		"qualifiers":    strings.Repeat("more than ", n/10) + "£4m",
		"ranges":        strings.Repeat("£1-", n/4),
		"dashes":        strings.Repeat("1-", n/2),
		"codes":         strings.Repeat("GBP ", n/4),
		"letters":       "£2" + strings.Repeat("m", n),
		"between":       strings.Repeat("between ", n/8),
		"mixed":         strings.Repeat("over £4m to £5m and £", n/21),
		"money":         strings.Repeat("£1m £2m £3m ", n/12),
		"invalid utf-8": strings.Repeat("\xc2\xe2£\xff", n/5),
		// A table of numbers, "1 1 1" and "1-1-1", and numbers with words
		// that no currency follows.
		"spaced digits": strings.Repeat("1 ", n/2),
		"digit words":   strings.Repeat("1 a ", n/4),
		"number words":  strings.Repeat("twenty one ", n/11),
		"hyphens":       strings.Repeat("twenty-five ", n/12),
		"units":         strings.Repeat("1 to 2 and ", n/11),
		"spaced codes":  strings.Repeat("£ GBP\u2009", n/9),
	}
}

// TestFindLinear runs Find on 256 KB adversarial inputs and checks that
// every mention slices back out of its text. It asserts no time, which a
// loaded machine would make flaky: a quadratic scan of these inputs would
// run past go test's timeout, and BenchmarkFindAdversarial measures the
// cost per byte of each against the article's.
func TestFindLinear(t *testing.T) {
	for name, in := range adversarial(1 << 18) {
		for _, m := range currency.Find(in) {
			if in[m.Start:m.End] != m.Figure.Text() {
				t.Errorf("Find on %s: mention [%d:%d] does not slice back", name, m.Start, m.End)
				break
			}
		}
	}
}

// TestFindEdges holds the mentions Find once got wrong.
func TestFindEdges(t *testing.T) {
	tests := []struct {
		text string
		want []foundFig
	}{
		// A minus sign touching the amount is its sign.
		{"a -£2m swing", []foundFig{{"-£2m", currency.Exact, "-£2m"}}},
		{"a −£2m swing", []foundFig{{"−£2m", currency.Exact, "-£2m"}}},
		{"(-£2m)", []foundFig{{"-£2m", currency.Exact, "-£2m"}}},
		// ...but not a hyphen joining words or a range.
		{"2019-£2m", []foundFig{{"£2m", currency.Exact, "£2m"}}},
		{"pre-£2m", []foundFig{{"£2m", currency.Exact, "£2m"}}},
		// The end of a year pair is no range's first amount: "2025-26 to
		// £85m" is £85m, not £26 to £85m.
		{"funding in 2025-26 to £85m", []foundFig{{"£85m", currency.Exact, "£85m"}}},
		{"funding in 2025/26 to £85m", []foundFig{{"£85m", currency.Exact, "£85m"}}},
		{"funding in 2025–26 to £85m", []foundFig{{"£85m", currency.Exact, "£85m"}}},
		{"costs of 2 to £5m", []foundFig{{"2 to £5m", currency.Range, "between £2m and £5m"}}},
		// Digits after a symbol belong to it: "£1.5p" is no amount, not 1.5p.
		{"£1.5p", nil},
		{"$30p", nil},
		{"€2.5p and £3", []foundFig{{"£3", currency.Exact, "£3"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, findAll(t, tt.text)); diff != "" {
			t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// mentionView is what TestFindForms compares of a Mention.
type mentionView struct {
	Text                        string
	Nominal                     currency.Amount
	String                      string
	Converts, Repaired, Assumed bool
}

// findViews returns the views of the mentions FindIn finds in text, after
// checking each as checkMention does; one whose currency FindIn assumed,
// which ParseFigure rejects, only for slicing back to its text.
func findViews(t *testing.T, text string, story currency.Code) []mentionView {
	t.Helper()
	var got []mentionView
	for _, m := range currency.FindIn(text, story) {
		if !m.Assumed {
			checkMention(t, text, m)
		} else if text[m.Start:m.End] != m.Figure.Text() {
			t.Errorf("FindIn(%q): mention %q at [%d:%d] does not slice back", text, m.Figure.Text(), m.Start, m.End)
		}
		got = append(got, mentionView{m.Figure.Text(), m.Figure.Nominal(), m.Figure.String(), m.Converts, m.Repaired, m.Assumed})
	}
	return got
}

func TestFindForms(t *testing.T) {
	eur := func(s string) currency.Amount { return figAmount(s, currency.EUR) }
	usd := func(s string) currency.Amount { return figAmount(s, currency.USD) }
	tests := []struct {
		text  string
		story currency.Code
		want  []mentionView
	}{
		{"It will cost almost €2 billion (£1.7bn) in all.", currency.Code{}, []mentionView{
			{"almost €2 billion", eur("2000000000"), "nearly €2bn", false, false, false},
			{"£1.7bn", figGBP("1700000000"), "£1.7bn", true, false, false},
		}},
		// https://menafn.com/1110089181/UK-US-Historic-Deal-Set-to-Create-15000-Job
		{"the landmark £250 billion ($338.8 billion) investment deal", currency.Code{}, []mentionView{
			{"£250 billion", figGBP("250000000000"), "£250bn", false, false, false},
			{"$338.8 billion", usd("338800000000"), "$338.8bn", true, false, false},
		}},
		// https://www.swissinfo.ch/eng/factbox-investment-wins-for-uk%27s-new-government-as-it-holds-summit/87728080
		{"it would spend 12 billion pounds ($15.7 billion) to double", currency.Code{}, []mentionView{
			{"12 billion pounds", figGBP("12000000000"), "£12bn", false, false, false},
			{"$15.7 billion", usd("15700000000"), "$15.7bn", true, false, false},
		}},
		{"$50m ( about £40m ) and £3m (£4m)", currency.Code{}, []mentionView{
			{"$50m", usd("50000000"), "$50m", false, false, false},
			{"about £40m", figGBP("40000000"), "about £40m", true, false, false},
			{"£3m", figGBP("3000000"), "£3m", false, false, false},
			{"£4m", figGBP("4000000"), "£4m", false, false, false}, // same currency: no conversion
		}},
		{"More than \uFFFD3.1m, a Â£2.4m fund, to raise\uFFFD5m.", currency.Code{}, []mentionView{
			{"More than \uFFFD3.1m", figGBP("3100000"), "more than £3.1m", false, true, false},
			{"Â£2.4m", figGBP("2400000"), "£2.4m", false, true, false},
			{"\uFFFD5m", figGBP("5000000"), "£5m", false, true, false},
		}},
		// A misspelt multiplier is read as the word it misspells, and
		// marked repaired: without it "£23.4 millon" would be £23.40.
		// https://bdaily.co.uk/articles/2014/10/08/leeds-city-council-faces-70-million-further-cuts-over-the-next-two-years
		{"a projected further reduction of £23.4 millon the year after", currency.Code{}, []mentionView{
			{"£23.4 millon", figGBP("23400000"), "£23.4m", false, true, false},
		}},
		{"£5 milion, £2billon, half a bilion pounds, twenty millon pounds, about £1 trillon, over £3 trilion", currency.Code{}, []mentionView{
			{"£5 milion", figGBP("5000000"), "£5m", false, true, false},
			{"£2billon", figGBP("2000000000"), "£2bn", false, true, false},
			{"half a bilion pounds", figGBP("500000000"), "£0.5bn", false, true, false}, // precise to £0.1bn, as "half a billion pounds" is
			{"twenty millon pounds", figGBP("20000000"), "£20m", false, true, false},
			{"about £1 trillon", figGBP("1000000000000"), "about £1tn", false, true, false},
			{"over £3 trilion", figGBP("3000000000000"), "more than £3tn", false, true, false},
		}},
		// A word that is not one of the misspellings is not a multiplier:
		// "mullion" is a word of its own.
		{"£5 mullion windows and £2 mil", currency.Code{}, []mentionView{
			{"£5", figGBP("5"), "£5", false, false, false},
			{"£2", figGBP("2"), "£2", false, false, false},
		}},
		{"a budget of 45k, a 310m budget, £3m, 2 million people, 2,200 cases and 15 years", currency.GBP, []mentionView{
			{"45k", figGBP("45000"), "£45k", false, false, true},
			{"310m", figGBP("310000000"), "£310m", false, false, true},
			{"£3m", figGBP("3000000"), "£3m", false, false, false},
		}},
		{"a budget of 45k and a 310m budget", currency.Code{}, nil},
		{"a 45k-50k grant or 3-5m, in 2019-20", currency.GBP, []mentionView{
			{"45k-50k", figGBP("45000"), "between £45k and £50k", false, false, true},
			{"3-5m", figGBP("3000000"), "between £3m and £5m", false, false, true},
		}},
		{"80p in the £1, $50 million or so, £12bn pounds, £5m or more than £6m and £2m-plus", currency.Code{}, []mentionView{
			{"80p in the £1", figGBP("0.80"), "80p in the £1", false, false, false},
			{"$50 million or so", usd("50000000"), "about $50m", false, false, false},
			{"£12bn pounds", figGBP("12000000000"), "£12bn", false, false, false},
			{"£5m", figGBP("5000000"), "£5m", false, false, false},
			{"more than £6m", figGBP("6000000"), "more than £6m", false, false, false},
			{"£2m-plus", figGBP("2000000"), "at least £2m", false, false, false},
		}},
		{"twenty million pounds, one and a half billion pounds, twenty people, £3m—£5m and £2.4 m", currency.Code{}, []mentionView{
			{"twenty million pounds", figGBP("20000000"), "£20m", false, false, false},
			{"one and a half billion pounds", figGBP("1500000000"), "£1.5bn", false, false, false},
			{"£3m—£5m", figGBP("3000000"), "between £3m and £5m", false, false, false},
			{"£2.4 m", figGBP("2400000"), "£2.4m", false, false, false},
		}},
		// Not rates or hedges: a part of a whole, coins, a sum.
		{"£5m in £1 coins, £2m in the £10m fund, £2m+£3m", currency.Code{}, []mentionView{
			{"£5m", figGBP("5000000"), "£5m", false, false, false},
			{"£1", figGBP("1"), "£1", false, false, false},
			{"£2m", figGBP("2000000"), "£2m", false, false, false},
			{"£10m", figGBP("10000000"), "£10m", false, false, false},
			{"£2m", figGBP("2000000"), "£2m", false, false, false},
			{"£3m", figGBP("3000000"), "£3m", false, false, false},
		}},
		// https://www.itv.com/news/2019-09-04/sajid-javid-spending-review-brexit
		{"This pledge includes £5,000 per pupil in secondary schools, 5 per cent more.", currency.Code{}, []mentionView{
			{"£5,000 per pupil", figGBP("5000"), "£5,000 per pupil", false, false, false},
		}},
		{"£2m euros is £2m", currency.Code{}, []mentionView{
			{"£2m", figGBP("2000000"), "£2m", false, false, false},
			{"£2m", figGBP("2000000"), "£2m", false, false, false},
		}},
	}
	for _, tt := range tests {
		got := findViews(t, tt.text, tt.story)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("FindIn(%q, %v) mismatch (-want +got):\n%s", tt.text, tt.story, diff)
		}
		if tt.story.IsZero() {
			if diff := cmp.Diff(currency.FindIn(tt.text, tt.story), currency.Find(tt.text)); diff != "" {
				t.Errorf("FindIn(%q, XXX) differs from Find (-FindIn +Find):\n%s", tt.text, diff)
			}
		}
	}
}

// TestFindChange holds "to" ranges whose words before the first amount make
// it a change or a starting level: "an increase of £20m to £120m" is a rise
// of £20m that brings the level to £120m, two figures, not a range from
// £20m to £120m. The same words before a dash, "between", or a first amount
// that leaves its currency to the second still make a range.
func TestFindChange(t *testing.T) {
	tests := []struct {
		text  string
		story currency.Code
		want  []mentionView
	}{
		// Change words, then the level.
		{"an increase of £20m to £120m", currency.Code{}, []mentionView{
			{"£20m", figGBP("20000000"), "£20m", false, false, false},
			{"£120m", figGBP("120000000"), "£120m", false, false, false},
		}},
		{"a rise of £5m to £25m", currency.Code{}, []mentionView{
			{"£5m", figGBP("5000000"), "£5m", false, false, false},
			{"£25m", figGBP("25000000"), "£25m", false, false, false},
		}},
		{"Spending is up £2m to £12m.", currency.Code{}, []mentionView{
			{"£2m", figGBP("2000000"), "£2m", false, false, false},
			{"£12m", figGBP("12000000"), "£12m", false, false, false},
		}},
		{"Up £2m to £12m", currency.Code{}, []mentionView{
			{"£2m", figGBP("2000000"), "£2m", false, false, false},
			{"£12m", figGBP("12000000"), "£12m", false, false, false},
		}},
		{"The grant was cut by £300,000 to £1.2m.", currency.Code{}, []mentionView{
			{"£300,000", figGBP("300000"), "£300,000", false, false, false},
			{"£1.2m", figGBP("1200000"), "£1.2m", false, false, false},
		}},
		{"it fell £1.5m to £8.25m, down £250k to £3m", currency.Code{}, []mentionView{
			{"£1.5m", figGBP("1500000"), "£1.5m", false, false, false},
			{"£8.25m", figGBP("8250000"), "£8.25m", false, false, false},
			{"£250k", figGBP("250000"), "£250k", false, false, false},
			{"£3m", figGBP("3000000"), "£3m", false, false, false},
		}},
		{"a reduction of €4bn to €40bn and a BOOST OF $10m to $60m", currency.Code{}, []mentionView{
			{"€4bn", figAmount("4000000000", currency.EUR), "€4bn", false, false, false},
			{"€40bn", figAmount("40000000000", currency.EUR), "€40bn", false, false, false},
			{"$10m", figAmount("10000000", currency.USD), "$10m", false, false, false},
			{"$60m", figAmount("60000000", currency.USD), "$60m", false, false, false},
		}},
		{"an uplift of £4m to £44m, rising £1m to £45m", currency.Code{}, []mentionView{
			{"£4m", figGBP("4000000"), "£4m", false, false, false},
			{"£44m", figGBP("44000000"), "£44m", false, false, false},
			{"£1m", figGBP("1000000"), "£1m", false, false, false},
			{"£45m", figGBP("45000000"), "£45m", false, false, false},
		}},
		{"profits up 2m to 12m", currency.GBP, []mentionView{
			{"2m", figGBP("2000000"), "£2m", false, false, true},
			{"12m", figGBP("12000000"), "£12m", false, false, true},
		}},
		// A level less than twice the change would mean the change more
		// than doubled it: the words give the size of the change as a
		// range. Twice is the level.
		{"a rise of £3.7bn to £3.9bn, cut by £2m to £3m, up £5m to £10m", currency.Code{}, []mentionView{
			{"£3.7bn to £3.9bn", figGBP("3700000000"), "between £3.7bn and £3.9bn", false, false, false},
			{"£2m to £3m", figGBP("2000000"), "between £2m and £3m", false, false, false},
			{"£5m", figGBP("5000000"), "£5m", false, false, false},
			{"£10m", figGBP("10000000"), "£10m", false, false, false},
		}},
		// A starting level, as before.
		{"from £50.1bn to £53.9bn", currency.Code{}, []mentionView{
			{"£50.1bn", figGBP("50100000000"), "£50.1bn", false, false, false},
			{"£53.9bn", figGBP("53900000000"), "£53.9bn", false, false, false},
		}},
		// Ranges still.
		{"between £6m and £7m", currency.Code{}, []mentionView{
			{"between £6m and £7m", figGBP("6000000"), "between £6m and £7m", false, false, false},
		}},
		{"£3m to £5m", currency.Code{}, []mentionView{
			{"£3m to £5m", figGBP("3000000"), "between £3m and £5m", false, false, false},
		}},
		{"costs of £20m to £30m", currency.Code{}, []mentionView{
			{"£20m to £30m", figGBP("20000000"), "between £20m and £30m", false, false, false},
		}},
		{"£3m—£5m", currency.Code{}, []mentionView{
			{"£3m—£5m", figGBP("3000000"), "between £3m and £5m", false, false, false},
		}},
		// A dash or "between" makes the size of the change a range.
		{"a fall of £2m-£3m, an increase of between £2m and £3m", currency.Code{}, []mentionView{
			{"£2m-£3m", figGBP("2000000"), "between £2m and £3m", false, false, false},
			{"between £2m and £3m", figGBP("2000000"), "between £2m and £3m", false, false, false},
		}},
		// An amount that takes its currency from the other end is one
		// quantity with it: the rise is of between £2m and £3m. Two
		// figures would also lose the one that is no money alone.
		{"it rose by 2 to 3 million pounds, up £2m to 12m", currency.Code{}, []mentionView{
			{"2 to 3 million pounds", figGBP("2000000"), "between £2m and £3m", false, false, false},
			{"£2m to 12m", figGBP("2000000"), "between £2m and £12m", false, false, false},
		}},
		// "up" that is a verb's ("coughing up") is no change, nor is a
		// word that ends in "up".
		{"coughing up £2m to £5m, a markup £1m to £2m", currency.Code{}, []mentionView{
			{"£2m to £5m", figGBP("2000000"), "between £2m and £5m", false, false, false},
			{"£1m to £2m", figGBP("1000000"), "between £1m and £2m", false, false, false},
		}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, findViews(t, tt.text, tt.story)); diff != "" {
			t.Errorf("FindIn(%q, %v) mismatch (-want +got):\n%s", tt.text, tt.story, diff)
		}
	}
}
