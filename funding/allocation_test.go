package funding

import (
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
)

func TestShares(t *testing.T) {
	tests := []struct {
		name string
		a    Allocation
		want []string
	}{
		{"four Rape Crisis Centres", Allocation{ID: "x", Amount: currency.Pounds(1_260_000), Count: MustParseCount("four"), Recipients: []Org{{Name: "London Rape Crisis Centres"}}},
			[]string{"£315,000.00", "£315,000.00", "£315,000.00", "£315,000.00"}},
		{"three SARCs", Allocation{ID: "x", Amount: currency.Pounds(2_165_000), Count: MustParseCount("three")},
			[]string{"£721,666.67", "£721,666.67", "£721,666.66"}},
		{"named recipients", Allocation{ID: "x", Amount: currency.Pence(100), Recipients: []Org{{Name: "a"}, {Name: "b"}, {Name: "c"}}},
			[]string{"£0.34", "£0.33", "£0.33"}},
		{"one", Allocation{ID: "x", Amount: currency.Pounds(70_000)}, []string{"£70,000.00"}},
	}
	for _, tt := range tests {
		shares, err := tt.a.Shares()
		if err != nil {
			t.Errorf("%s: Shares() error: %v", tt.name, err)
			continue
		}
		got := make([]string, len(shares))
		for i, s := range shares {
			got[i] = s.String()
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Shares() (-want +got)\n%s", tt.name, diff)
		}
		if sum, _ := currency.Sum(shares...); !sum.Equal(tt.a.Amount) {
			t.Errorf("%s: shares add up to %v, want %v", tt.name, sum, tt.a.Amount)
		}
	}
}

// TestDescribeShares checks the shares written as runs of equal ones, as
// every report shows them, worked by hand.
func TestDescribeShares(t *testing.T) {
	tests := []struct {
		name string
		a    Allocation
		want string
	}{
		// 1,260,000 / 4 = 315,000.
		{"equal", Allocation{ID: "x", Amount: currency.Pounds(1_260_000), Count: MustParseCount("four")}, "4 × £315,000"},
		// 2,165,000 / 3 = 721,666.66 with 2p over: a few unequal
		// shares are written out.
		{"a few unequal", Allocation{ID: "x", Amount: currency.Pounds(2_165_000), Count: MustParseCount("three")},
			"£721,666.67 + £721,666.67 + £721,666.66"},
		// 86,715,535 / 41 = 2,115,013.04 with 36p over: 36 get a penny
		// more (36 × 2,115,013.05 + 5 × 2,115,013.04 = 86,715,535).
		{"runs", Allocation{ID: "x", Amount: currency.Pounds(86_715_535), Count: MustParseCount("41")},
			"36 × £2,115,013.05 + 5 × £2,115,013.04"},
		// 900,000,000 / 35 = 25,714,285.71 with 15p over.
		{"runs of many", Allocation{ID: "x", Amount: currency.Pounds(900_000_000), Count: MustParseCount("35")},
			"15 × £25,714,285.72 + 20 × £25,714,285.71"},
		// 100,001p / 5 = 20,000p with 1p over: a run of one is no
		// "1 ×" (200.01 + 4 × 200 = 1,000.01).
		{"a run of one", Allocation{ID: "x", Amount: currency.MustParse("£1,000.01"), Count: MustParseCount("5")},
			"£200.01 + 4 × £200"},
		{"one", Allocation{ID: "x", Amount: currency.Pounds(70_000)}, ""},
		{"inexact count", Allocation{ID: "x", Amount: currency.Pounds(100), Count: MustParseCount("about 4")}, ""},
	}
	for _, tt := range tests {
		if got := tt.a.DescribeShares(); got != tt.want {
			t.Errorf("%s: DescribeShares() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSharesErrors(t *testing.T) {
	a := Allocation{ID: "x", Amount: currency.Pounds(100), Count: MustParseCount("about 4")}
	if _, err := a.Shares(); !errors.Is(err, ErrInexact) {
		t.Errorf("Shares() among about four: error %v, want ErrInexact", err)
	}
	r, err := a.PerRecipient("centre")
	if err != nil || r.String() != "about £25 per centre" {
		t.Errorf("PerRecipient() among about four = %v, %v", r, err)
	}
	a.Count = MustCount(currency.Exact, 1<<40)
	if _, err := a.Shares(); !errors.Is(err, ErrRange) {
		t.Errorf("Shares() among 2^40: error %v, want ErrRange", err)
	}
	if n, err := a.Sharers(); err != nil || n != 1<<40 {
		t.Errorf("Sharers() = %d, %v", n, err)
	}
}

func TestPackageLookups(t *testing.T) {
	p := pkg("£3m", currency.Pounds(1), currency.Pounds(2))
	if a, ok := p.Allocation("a1"); !ok || !a.Amount.Equal(currency.Pounds(2)) {
		t.Errorf("Allocation(a1) = %v, %t", a, ok)
	}
	if _, ok := p.Allocation("zz"); ok {
		t.Error("Allocation(zz) found")
	}
	if c := pkg("", currency.FromMinor(5, currency.EUR)).Currency(); c != currency.EUR {
		t.Errorf("Currency() = %v, want EUR", c)
	}
	if c := pkg("").Currency(); !c.IsZero() {
		t.Errorf("Currency() of an empty package = %v, want the zero Code", c)
	}
	p.Allocations[0].Novelty = New
	totals, err := p.ByNovelty()
	want := []NoveltyTotal{{NoveltyUnknown, currency.Pounds(2)}, {New, currency.Pounds(1)}}
	if diff := cmp.Diff(want, totals); err != nil || diff != "" {
		t.Errorf("ByNovelty() error %v (-want +got)\n%s", err, diff)
	}
}
