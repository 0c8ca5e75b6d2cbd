package claims

import (
	"os"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

// quoteNewsText returns the two source stories repeated to about n bytes: news
// text with quotations, speakers and money at the density of real
// articles.
func quoteNewsText(b *testing.B, n int) string {
	b.Helper()
	one := quoteSourceB(b, london2025Source) + "\n\n" + quoteSourceB(b, mopac2016Source) + "\n\n"
	return strings.Repeat(one, max(1, n/len(one)))
}

// quoteSourceB is quoteSource for a benchmark.
func quoteSourceB(b *testing.B, path string) string {
	b.Helper()
	s, err := os.ReadFile(path)
	if err != nil {
		b.Skip("the source stories are in ../shared/sources beside the module")
	}
	return string(s)
}

// BenchmarkQuotations measures quotations on about 1 MB of news text; its
// baseline, BenchmarkQuotationsBaseline, is currency.Find over the same
// text, the money scanner every draft runs, so that the ratio of the two
// says what reading quotations and speakers costs beside it.
func BenchmarkQuotations(b *testing.B) {
	text := quoteNewsText(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		quotations(text)
	}
}

// BenchmarkQuotationsBaseline is currency.Find over BenchmarkQuotations'
// text.
func BenchmarkQuotationsBaseline(b *testing.B) {
	text := quoteNewsText(b, 1<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		currency.Find(text)
	}
}
