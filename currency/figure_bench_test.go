package currency_test

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/currency"
)

var (
	sinkFigure   currency.Figure
	sinkAmount   currency.Amount
	sinkMentions []currency.Mention
	sinkErr      error
)

func BenchmarkParseFigure(b *testing.B) {
	for _, s := range []string{"£2.4m", "more than £4 million", "£1,260,000", "between £3m and £5m", "£400m a year"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := currency.ParseFigure(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseFigureMoreThan reads a qualified figure; its goal is to
// take at most 3 times as long as BenchmarkParseFigureBaselineParse.
func BenchmarkParseFigureMoreThan(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkFigure, sinkErr = currency.ParseFigure("more than £4 million")
	}
}

// BenchmarkParseFigureBaselineParse is Parse reading an exact amount.
func BenchmarkParseFigureBaselineParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkAmount, sinkErr = currency.Parse("£2,400,000.00")
	}
}

// BenchmarkParseCode reads an amount with an ISO code; its goal is to be as
// fast as BenchmarkParseCodeBaselineSymbol, the same digits after £.
func BenchmarkParseCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkAmount, sinkErr = currency.Parse("GBP 2400000.00")
	}
}

func BenchmarkParseCodeBaselineSymbol(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkAmount, sinkErr = currency.Parse("£2400000.00")
	}
}

// readArticle returns testdata/article.txt, a news story with 33 figures.
func readArticle(b *testing.B) string {
	article, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(article)
}

// BenchmarkFind finds the money in a news article; its goal is to be at
// least 5 times as fast as BenchmarkFindBaselineRegexp.
func BenchmarkFind(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkMentions = currency.Find(text)
	}
}

// moneyRegexp is a precompiled regular expression for the money in
// prose, as a caller without Find might write it: a qualifier, a symbol,
// grouped digits and a multiplier, and a range's second amount. It finds
// less than Find does, and parses nothing.
var moneyRegexp = regexp.MustCompile(`(?i)(?:(?:more than|over|about|around|up to|at least|nearly|almost|less than|between)\s+)?[£€$]\d{1,3}(?:,\d{3})*(?:\.\d+)?\s?(?:m|bn|k|million|billion)?\b(?:\s*(?:-|–|to|and)\s*[£€$]?\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion)?\b)?`)

func BenchmarkFindBaselineRegexp(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(moneyRegexp.FindAllStringIndex(text, -1)) == 0 {
			b.Fatal("the regexp found nothing")
		}
	}
}

// BenchmarkFindDigits runs Find on text of the article's length that is
// all numbers and no money; its goal is to cost at most twice as much per
// byte as BenchmarkFindDigitsBaselineProse, the article itself.
func BenchmarkFindDigits(b *testing.B) {
	n := len(readArticle(b))
	text := strings.Repeat("1 ", n/2)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkMentions = currency.Find(text)
	}
}

// BenchmarkFindAdversarial runs Find on each of TestFindLinear's
// adversarial inputs at the article's length, to set their cost per byte
// beside BenchmarkFindDigitsBaselineProse's. Its goal is at most twice
// prose's cost per byte on every input; "money" is a mention every 4
// bytes, and "ranges" and "mixed" one every 6 to 11, and each pays for
// reading and building its mentions.
func BenchmarkFindAdversarial(b *testing.B) {
	inputs := adversarial(len(readArticle(b)))
	benchFindEach(b, inputs)
}

// denseMoney returns texts of about n bytes that are all money, as
// itemised lists and tables of figures are: a mention every 4 to 30 bytes,
// where the article has one every 85.
func denseMoney(n int) map[string]string {
	repeat := func(s string) string { return strings.Repeat(s, max(1, n/len(s))) }
	return map[string]string{
		"money":       repeat("£1m £2m £3m "),
		"multipliers": repeat("£1m £2m £3.5bn £40k "),
		"grouped":     repeat("£250,000.00, £1.2bn and £40m, "),
		"itemised":    repeat("Youth centres: £1,850,000\nOutreach: £2,340,000\nMental health: £750,000\nEvaluation: £95,000\n"),
		"qualified":   repeat("more than £2 million, up to £120k a year, between £8m and £9.5m, nearly £1m, "),
		"ranges":      repeat("£1-"),
		"mixed":       repeat("over £4m to £5m and £"),
	}
}

// BenchmarkFindDense runs Find on each of denseMoney's texts, of the
// article's length, and in the same iterations on the article, timing the
// two apart, so that a load on the machine weighs on both alike. Its ns/op
// and MB/s are the dense text's; prose-MB/s is the article's, and x-prose
// the dense text's cost per byte over the article's, whose goal is at most
// 2. BenchmarkFindAdversarial counts the allocations.
func BenchmarkFindDense(b *testing.B) {
	prose := readArticle(b)
	inputs := denseMoney(len(prose))
	for _, name := range slices.Sorted(maps.Keys(inputs)) {
		text := inputs[name]
		b.Run(name, func(b *testing.B) {
			var inProse, inDense time.Duration
			for b.Loop() {
				t0 := time.Now()
				sinkMentions = currency.Find(prose)
				t1 := time.Now()
				sinkMentions = currency.Find(text)
				inDense += time.Since(t1)
				inProse += t1.Sub(t0)
			}
			perByte := func(d time.Duration, n int) float64 { return d.Seconds() / float64(n) }
			b.ReportMetric(float64(inDense.Nanoseconds())/float64(b.N), "ns/op")
			b.ReportMetric(1/perByte(inDense, b.N*len(text))/1e6, "MB/s")
			b.ReportMetric(1/perByte(inProse, b.N*len(prose))/1e6, "prose-MB/s")
			b.ReportMetric(perByte(inDense, len(text))/perByte(inProse, len(prose)), "x-prose")
		})
	}
}

func BenchmarkFindDigitsBaselineProse(b *testing.B) {
	text := readArticle(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sinkMentions = currency.Find(text)
	}
}

func BenchmarkFigureAdmits(b *testing.B) {
	f := currency.MustParseFigure("more than £4 million")
	a := currency.Pounds(3595000)
	b.ReportAllocs()
	for b.Loop() {
		if f.Admits(a) {
			b.Fatal("admitted")
		}
	}
}

func BenchmarkFigureString(b *testing.B) {
	f := currency.MustParseFigure("between £3m and £5m")
	b.ReportAllocs()
	for b.Loop() {
		_ = f.String()
	}
}

// BenchmarkFindOnDense runs Find on each of denseMoney's texts alone, of
// the article's length, with nothing else in its iterations: under
// callgrind its instructions per byte, set beside
// BenchmarkFindDigitsBaselineProse's, give BenchmarkFindDense's x-prose in
// counts that do not move with the machine's load.
func BenchmarkFindOnDense(b *testing.B) {
	inputs := denseMoney(len(readArticle(b)))
	benchFindEach(b, inputs)
}

// benchFindEach runs Find on each of inputs, by name in order, as a
// sub-benchmark that reports its bytes and allocations.
func benchFindEach(b *testing.B, inputs map[string]string) {
	for _, name := range slices.Sorted(maps.Keys(inputs)) {
		text := inputs[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				sinkMentions = currency.Find(text)
			}
		})
	}
}
