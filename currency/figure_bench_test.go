package currency_test

import (
	"os"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

func BenchmarkParseFigure(b *testing.B) {
	for _, s := range []string{"£2.4m", "more than £4 million", "£1,260,000", "between £3m and £5m"} {
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

func BenchmarkFind(b *testing.B) {
	article, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(article)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(currency.Find(text)) == 0 {
			b.Fatal("Find foundFig nothing")
		}
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
