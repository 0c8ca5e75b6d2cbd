package currency

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		a    Amount
		n    int
		want []Amount
	}{
		{Pounds(2_165_000), 3, []Amount{MustParse("£721,666.67"), MustParse("£721,666.67"), MustParse("£721,666.66")}},
		{Pounds(1_260_000), 4, []Amount{Pounds(315_000), Pounds(315_000), Pounds(315_000), Pounds(315_000)}},
		{Pence(-100), 3, []Amount{Pence(-34), Pence(-33), Pence(-33)}},
		{Pence(2), 3, []Amount{Pence(1), Pence(1), Pence(0)}},
		{MustParse("£0.005"), 2, []Amount{MustParse("£0.003"), MustParse("£0.002")}},
		{Amount{coef: 10, code: JPY}, 3, []Amount{Amount{coef: 4, code: JPY}, Amount{coef: 3, code: JPY}, Amount{coef: 3, code: JPY}}},
		{Pounds(7), 1, []Amount{Pounds(7)}},
		{mustNew(dec("100000000000000000000"), GBP), 3, []Amount{
			mustNew(dec("33333333333333333333.34"), GBP), mustNew(dec("33333333333333333333.33"), GBP), mustNew(dec("33333333333333333333.33"), GBP)}},
	}
	for _, tt := range tests {
		got, err := tt.a.Split(tt.n)
		if err != nil {
			t.Errorf("Split(%v, %d) error: %v", tt.a.Decimal(), tt.n, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Split(%v, %d) (-want +got)\n%s", tt.a.Decimal(), tt.n, diff)
		}
	}
	for _, n := range []int{0, -1} {
		if _, err := Pounds(1).Split(n); !errors.Is(err, ErrWeights) {
			t.Errorf("Split(%d) error = %v, want ErrWeights", n, err)
		}
	}
}

func TestAllocate(t *testing.T) {
	tests := []struct {
		a       Amount
		weights []int64
		want    []Amount
	}{
		// The 2016 itemisation shared in proportion to its own lines.
		{Pounds(3_595_000), []int64{1_260_000, 2_165_000, 100_000, 70_000},
			[]Amount{Pounds(1_260_000), Pounds(2_165_000), Pounds(100_000), Pounds(70_000)}},
		// Largest remainders get the spare pennies: 1/6, 2/6, 3/6 of £1.
		{Pounds(1), []int64{1, 2, 3}, []Amount{Pence(17), Pence(33), Pence(50)}},
		{Pence(-100), []int64{1, 2, 3}, []Amount{Pence(-17), Pence(-33), Pence(-50)}},
		{Pence(100), []int64{0, 1, 0}, []Amount{Pence(0), Pence(100), Pence(0)}},
		{Pence(5), []int64{1, 1, 1, 1}, []Amount{Pence(2), Pence(1), Pence(1), Pence(1)}},
		// Weights whose product with the amount overflows 64 bits.
		{Amount{coef: math.MaxInt64, exp: -2, code: GBP}, []int64{math.MaxInt64 / 2, math.MaxInt64 / 2},
			[]Amount{Amount{coef: math.MaxInt64/2 + 1, exp: -2, code: GBP}, Amount{coef: math.MaxInt64 / 2, exp: -2, code: GBP}}},
	}
	for _, tt := range tests {
		got, err := tt.a.Allocate(tt.weights...)
		if err != nil {
			t.Errorf("Allocate(%v, %v) error: %v", tt.a.Decimal(), tt.weights, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Allocate(%v, %v) (-want +got)\n%s", tt.a.Decimal(), tt.weights, diff)
		}
	}
	bad := map[string][]int64{"none": nil, "negative": {1, -1}, "all zero": {0, 0}}
	for name, w := range bad {
		if _, err := Pounds(1).Allocate(w...); !errors.Is(err, ErrWeights) {
			t.Errorf("Allocate(%s %v) error = %v, want ErrWeights", name, w, err)
		}
	}
	if _, err := Pounds(1).Allocate(math.MaxInt64, 1); !errors.Is(err, ErrRange) {
		t.Errorf("Allocate(overflowing weights) error = %v, want ErrRange", err)
	}
}

func TestAllocateManyParts(t *testing.T) {
	// More parts than fit the stack buffers exercises the heap path.
	weights := make([]int64, 100)
	for i := range weights {
		weights[i] = int64(i%7 + 1)
	}
	parts, err := Pounds(1_000_003).Allocate(weights...)
	if err != nil {
		t.Fatal(err)
	}
	slow := make([]Amount, len(weights))
	total, _ := weightTotal(weights)
	Pounds(1_000_003).allocateBig(slow, weights, total)
	if diff := cmp.Diff(slow, parts); diff != "" {
		t.Errorf("Allocate of 100 parts differs from the exact path (-exact +fast)\n%s", diff)
	}
	if sum, _ := Sum(parts...); !sum.Equal(Pounds(1_000_003)) {
		t.Errorf("100 parts add up to %v, want £1,000,003", sum.Decimal())
	}
}
