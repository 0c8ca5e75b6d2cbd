package currency_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

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
	names := make([]string, 0, len(inputs))
	for name := range inputs {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
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
