package currency

import (
	"encoding/json"
	"testing"

	gv "github.com/govalues/decimal"
	"github.com/shopspring/decimal"
)

// Each benchmark of an Amount operation sits beside the baseline it is judged
// against; compare them as ratios within one run:
//
//	go test -run '^$' -bench . -count 6 ./currency

var (
	sinkGV      gv.Decimal
	sinkInt     int
	sinkAmount  Amount
	sinkAmounts []Amount
	sinkDecimal decimal.Decimal
	sinkErr     error
)

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkAmount, sinkErr = Parse("£2,400,000.00")
	}
}

// BenchmarkParseBaselineDecimal is shopspring reading the bare number, with no
// symbol or grouping: Parse's goal is to be no slower.
func BenchmarkParseBaselineDecimal(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkDecimal, sinkErr = decimal.NewFromString("2400000.00")
	}
}

func BenchmarkAdd(b *testing.B) {
	x, y := Pounds(2_000_000), MustParse("£400,000.50")
	b.ReportAllocs()
	for b.Loop() {
		sinkAmount, sinkErr = x.Add(y)
	}
}

// BenchmarkAddBaselineGovalues is govalues/decimal adding the same values:
// Add's goal is to take at most 1.5 times as long.
func BenchmarkAddBaselineGovalues(b *testing.B) {
	x, y := gv.MustNew(2_000_000, 0), gv.MustNew(40_000_050, 2)
	b.ReportAllocs()
	for b.Loop() {
		sinkGV, sinkErr = x.Add(y)
	}
}

func BenchmarkAddBaselineDecimal(b *testing.B) {
	x, y := decimal.New(2_000_000, 0), decimal.New(40_000_050, -2)
	b.ReportAllocs()
	for b.Loop() {
		sinkDecimal = x.Add(y)
	}
}

// sumInputs returns a million GBP amounts of mixed size and scale, as a
// national grants file holds, and the same values as decimals.
func sumInputs() ([]Amount, []decimal.Decimal) {
	amounts := make([]Amount, 1_000_000)
	decimals := make([]decimal.Decimal, len(amounts))
	for i := range amounts {
		pence := int64(i%97_331)*1_013 + int64(i%7)
		amounts[i] = Pence(pence)
		decimals[i] = decimal.New(pence, -2)
	}
	return amounts, decimals
}

func BenchmarkSum1M(b *testing.B) {
	amounts, _ := sumInputs()
	b.ReportAllocs()
	for b.Loop() {
		sinkAmount, sinkErr = Sum(amounts...)
	}
}

// BenchmarkSum1MBaselineDecimal is a loop of decimal.Decimal.Add over the same
// values: Sum's goal is to be at least ten times faster.
func BenchmarkSum1MBaselineDecimal(b *testing.B) {
	_, decimals := sumInputs()
	b.ReportAllocs()
	for b.Loop() {
		total := decimal.Zero
		for _, d := range decimals {
			total = total.Add(d)
		}
		sinkDecimal = total
	}
}

func BenchmarkSplit3(b *testing.B) {
	a := Pounds(2_165_000)
	b.ReportAllocs()
	for b.Loop() {
		sinkAmounts, sinkErr = a.Split(3)
	}
}

func BenchmarkAllocate(b *testing.B) {
	a := Pounds(3_595_000)
	b.ReportAllocs()
	for b.Loop() {
		sinkAmounts, sinkErr = a.Allocate(1_260_000, 2_165_000, 100_000, 70_000)
	}
}

// BenchmarkAllocateBaselineDecimal shares the same amount with shopspring
// decimals the straightforward way (rounded-down shares, remainder to the
// first part), to show what the minor-unit path saves.
func BenchmarkAllocateBaselineDecimal(b *testing.B) {
	whole := decimal.New(3_595_000, 0)
	weights := []decimal.Decimal{decimal.New(1_260_000, 0), decimal.New(2_165_000, 0), decimal.New(100_000, 0), decimal.New(70_000, 0)}
	total := decimal.Sum(weights[0], weights[1:]...)
	b.ReportAllocs()
	for b.Loop() {
		parts := make([]decimal.Decimal, len(weights))
		given := decimal.Zero
		for i, w := range weights {
			parts[i] = whole.Mul(w).DivRound(total, 2).RoundDown(2)
			given = given.Add(parts[i])
		}
		parts[0] = parts[0].Add(whole.Sub(given))
	}
}

func BenchmarkCompare(b *testing.B) {
	x, y := MustParse("£2.4"), MustParse("£2.40")
	b.ReportAllocs()
	for b.Loop() {
		_, sinkErr = x.Compare(y)
	}
}

// BenchmarkCompareBaselineGovalues is govalues/decimal comparing the same
// values: Compare's goal is to take at most 1.5 times as long.
func BenchmarkCompareBaselineGovalues(b *testing.B) {
	x, y := gv.MustNew(24, 1), gv.MustNew(240, 2)
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = x.Cmp(y)
	}
}

func BenchmarkCompareBaselineDecimal(b *testing.B) {
	x, y := decimal.New(24, -1), decimal.New(240, -2)
	b.ReportAllocs()
	for b.Loop() {
		_ = x.Cmp(y)
	}
}

func BenchmarkRatio(b *testing.B) {
	x, y := Pounds(4_500_000), Pounds(2_400_000)
	b.ReportAllocs()
	for b.Loop() {
		sinkDecimal, sinkErr = x.Ratio(y)
	}
}

// BenchmarkRatioBaselineDecimal is shopspring's DivRound at the same 16
// places.
func BenchmarkRatioBaselineDecimal(b *testing.B) {
	x, y := decimal.New(4_500_000, 0), decimal.New(2_400_000, 0)
	b.ReportAllocs()
	for b.Loop() {
		sinkDecimal = x.DivRound(y, 16)
	}
}

// BenchmarkMulRound is a share of a grant at a rate, rounded to pence:
// £2,165,000.00 × 0.0325, then Round(2, HalfEven).
func BenchmarkMulRound(b *testing.B) {
	x, rate := MustParse("£2,165,000.00"), decimal.New(325, -4)
	b.ReportAllocs()
	for b.Loop() {
		p, err := x.Mul(rate)
		sinkAmount, sinkErr = p.Round(2, HalfEven), err
	}
}

// BenchmarkMulRoundBaselineGovalues is govalues/decimal on the same values;
// its Round is half to even. MulRound's goal is at most 1.5 times as long.
func BenchmarkMulRoundBaselineGovalues(b *testing.B) {
	x, rate := gv.MustNew(216_500_000, 2), gv.MustNew(325, 4)
	b.ReportAllocs()
	for b.Loop() {
		p, err := x.Mul(rate)
		sinkGV, sinkErr = p.Round(2), err
	}
}

var jsonInput = []byte(`{"amount":"2400000.00","currency":"GBP"}`)

func BenchmarkUnmarshalJSON(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var a Amount
		sinkErr = json.Unmarshal(jsonInput, &a)
		sinkAmount = a
	}
}

// BenchmarkUnmarshalJSONBaselineGovalues is encoding/json reading the same
// text into a struct of a govalues Decimal and a string: UnmarshalJSON's
// goal is to be no slower.
func BenchmarkUnmarshalJSONBaselineGovalues(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var v struct {
			Amount   gv.Decimal `json:"amount"`
			Currency string     `json:"currency"`
		}
		sinkErr = json.Unmarshal(jsonInput, &v)
		sinkGV = v.Amount
	}
}

// BenchmarkAllocateLeftover shares £1,000,003 in the ratio 7:5:3:2:1, which
// leaves pennies over for the largest remainders: its goal is one
// allocation, the result.
func BenchmarkAllocateLeftover(b *testing.B) {
	a := Pounds(1_000_003)
	b.ReportAllocs()
	for b.Loop() {
		sinkAmounts, sinkErr = a.Allocate(7, 5, 3, 2, 1)
	}
}
