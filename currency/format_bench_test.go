package currency

import (
	"testing"

	"github.com/shopspring/decimal"
	xcurrency "golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The formatting benchmarks all write £2,400,000.00. The baselines are
// x/text's currency formatting of the same sum, which x/text can only take
// as a machine number (here the int64 2400000), and shopspring's StringFixed,
// which writes the bare digits with no symbol or grouping.
//
//	go test -run '^$' -bench 'Format|String|XText' -count 6 ./currency

var (
	benchAmount = Pounds(2_400_000)
	benchPounds = int64(2_400_000)
	benchSink   string
	benchBytes  []byte
)

// BenchmarkXTextPrinter is the baseline named in issue 6: x/text's printer
// formatting the same amount. The printer is made once, outside the loop,
// which is the fairest to x/text.
func BenchmarkXTextPrinter(b *testing.B) {
	b.ReportAllocs()
	p := message.NewPrinter(language.BritishEnglish)
	for b.Loop() {
		benchSink = p.Sprint(xcurrency.GBP.Amount(benchPounds))
	}
}

// BenchmarkXTextNewPrinter is the baseline exactly as issue 6 writes it,
// with a new printer for every amount.
func BenchmarkXTextNewPrinter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		benchSink = message.NewPrinter(language.BritishEnglish).Sprint(xcurrency.GBP.Amount(benchPounds))
	}
}

// BenchmarkStringBaselineDecimal is shopspring's plain formatting of the
// same value, for scale: digits only, no symbol and no grouping.
func BenchmarkStringBaselineDecimal(b *testing.B) {
	b.ReportAllocs()
	d := decimal.New(240_000_000, -2)
	for b.Loop() {
		benchSink = d.StringFixed(2)
	}
}

func BenchmarkAppendFormat(b *testing.B) {
	b.ReportAllocs()
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = benchAmount.AppendFormat(buf[:0], Full)
	}
	benchBytes = buf
}

func BenchmarkAppendFormatStyles(b *testing.B) {
	for _, s := range []Style{Full, Whole, Short, Words, ISO} {
		b.Run(s.String(), func(b *testing.B) {
			b.ReportAllocs()
			buf := make([]byte, 0, 64)
			for b.Loop() {
				buf = benchAmount.AppendFormat(buf[:0], s)
			}
			benchBytes = buf
		})
	}
}

func BenchmarkAppendFormatWide(b *testing.B) {
	b.ReportAllocs()
	a := mustNew(decimal.RequireFromString("123456789012345678901234567890.125"), GBP)
	buf := make([]byte, 0, 128)
	for b.Loop() {
		buf = a.AppendFormat(buf[:0], Full)
	}
	benchBytes = buf
}

func BenchmarkFormatterAppendFormat(b *testing.B) {
	b.ReportAllocs()
	de := NewFormatter(language.German)
	buf := make([]byte, 0, 64)
	for b.Loop() {
		buf = de.AppendFormat(buf[:0], benchAmount, Full)
	}
	benchBytes = buf
}

func BenchmarkString(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		benchSink = benchAmount.String()
	}
}

func BenchmarkNewFormatterCached(b *testing.B) {
	b.ReportAllocs()
	tag := language.German
	_ = NewFormatter(tag)
	for b.Loop() {
		_ = NewFormatter(tag)
	}
}
