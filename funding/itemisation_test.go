package funding

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
)

// stated returns an allocation whose money is the figure s as worded.
func stated(id, s string) Allocation {
	return Allocation{ID: id, Stated: currency.MustParseFigure(s)}
}

// bn returns n hundred million pounds, so that bn(12) is £1.2bn.
func bn(tenths int64) currency.Amount { return currency.Pounds(tenths * 100_000_000) }

func TestReconcileInexactAndPartial(t *testing.T) {
	tests := []struct {
		name     string
		headline string
		partial  bool
		parts    []Allocation
		status   Status
		itemised Gap
		gap      Gap
		str      string
	}{
		{"more than and up to against a total", "£30bn", false,
			[]Allocation{stated("a", "more than £20bn"), stated("b", "up to £9bn")},
			Overlaps, Gap{Least: bn(200), LeastOpen: true, Unbounded: true}, Gap{},
			`itemised at least £20,000,000,000 may or may not add up to "£30bn"`},
		{"a range within more than", "more than £4m", false,
			[]Allocation{stated("a", "between £6m and £7m")},
			WithinWording, Gap{Least: currency.Pounds(5_500_000), Most: currency.Pounds(7_500_000), MostOpen: true}, Gap{},
			`itemised between £5,500,000 and £7,500,000 is within the wording of "more than £4m"`},
		{"inexact parts short of the headline", "£10m", false,
			[]Allocation{stated("a", "up to £2m"), {ID: "b", Amount: currency.Pounds(1_000_000)}},
			Unitemised, Gap{Least: currency.Pounds(1_000_000), Most: currency.Pounds(3_000_000)},
			Gap{Least: currency.Pounds(6_500_000), Most: currency.Pounds(9_500_000), MostOpen: true},
			`itemised between £1,000,000 and £3,000,000 falls between £6,500,000 and £9,500,000 short of "£10m"`},
		{"inexact parts above the headline", "up to £5m", false,
			[]Allocation{stated("a", "more than £6m")},
			OverAllocated, Gap{Least: currency.Pounds(6_000_000), LeastOpen: true, Unbounded: true},
			Gap{Least: currency.Pounds(1_000_000), LeastOpen: true, Unbounded: true},
			`itemised at least £6,000,000 exceeds "up to £5m" by at least £1,000,000`},
		{"up to alone", "£20m", false,
			[]Allocation{stated("a", "up to £9m")},
			Unitemised, Gap{Least: currency.Pounds(0), Most: currency.Pounds(9_000_000)},
			Gap{Least: currency.Pounds(10_500_000), Most: currency.Pounds(20_500_000), MostOpen: true},
			`itemised at most £9,000,000 falls between £10,500,000 and £20,500,000 short of "£20m"`},
		{"partial, exact parts", "£450m", true,
			[]Allocation{{ID: "a", Amount: currency.Pounds(100_000_000)}, {ID: "b", Amount: currency.Pounds(50_000_000)}},
			Partial, Gap{Least: currency.Pounds(150_000_000), Most: currency.Pounds(150_000_000)},
			Gap{Least: currency.Pounds(299_500_000), Most: currency.Pounds(300_500_000), MostOpen: true},
			`the named parts, £150,000,000, are part of "£450m"; the unnamed remainder is between £299,500,000 and £300,500,000`},
		{"partial, inexact parts", "£30bn", true,
			[]Allocation{{ID: "a", Amount: bn(12)}, stated("b", "up to £9bn")},
			Partial, Gap{Least: bn(12), Most: bn(102)},
			Gap{Least: bn(193), Most: bn(293), MostOpen: true},
			`the named parts, between £1,200,000,000 and £10,200,000,000, are part of "£30bn"; the unnamed remainder is between £19,300,000,000 and £29,300,000,000`},
		{"partial, unbounded part", "more than £4m", true,
			[]Allocation{stated("a", "more than £1m")},
			Partial, Gap{Least: currency.Pounds(1_000_000), LeastOpen: true, Unbounded: true},
			Gap{Least: currency.Pounds(0), Unbounded: true},
			`the named parts, at least £1,000,000, are part of "more than £4m"; the unnamed remainder is at least £0`},
		{"partial, but the named parts alone are too much", "£2.4m", true,
			[]Allocation{{ID: "a", Amount: currency.Pounds(3_000_000)}},
			OverAllocated, Gap{Least: currency.Pounds(3_000_000), Most: currency.Pounds(3_000_000)},
			Gap{Least: currency.Pounds(550_000), LeastOpen: true, Most: currency.Pounds(650_000)},
			`itemised £3,000,000 exceeds "£2.4m" by between £550,000 and £650,000`},
		{"an unqualified stated part counts exactly", "£1.5bn", false,
			[]Allocation{stated("a", "£1.2bn"), {ID: "b", Amount: bn(3)}},
			Matches, Gap{Least: bn(15), Most: bn(15)}, Gap{},
			`itemised £1,500,000,000 matches "£1.5bn"`},
	}
	for _, tt := range tests {
		p := pkg(tt.headline)
		p.Allocations, p.Partial = tt.parts, tt.partial
		r, err := p.Reconcile()
		if err != nil {
			t.Errorf("%s: Reconcile() error: %v", tt.name, err)
			continue
		}
		if r.Status != tt.status {
			t.Errorf("%s: Reconcile().Status = %v, want %v", tt.name, r.Status, tt.status)
		}
		if diff := cmp.Diff(tt.itemised, r.Itemised); diff != "" {
			t.Errorf("%s: Reconcile().Itemised (-want +got)\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.gap, r.Gap); diff != "" {
			t.Errorf("%s: Reconcile().Gap (-want +got)\n%s", tt.name, diff)
		}
		if got := r.String(); got != tt.str {
			t.Errorf("%s: Reconcile().String() =\n%s\nwant\n%s", tt.name, got, tt.str)
		}
		if r.Status == Partial && strings.Contains(r.String(), "short") {
			t.Errorf("%s: a partial itemisation is called short: %s", tt.name, r)
		}
	}
}

// hospitals is a package whose £1.2bn for 35 hospitals is itemised in turn.
func hospitals(count string, sub2 Allocation) Package {
	p := pkg("£1.5bn")
	p.Allocations = []Allocation{
		{ID: "hospitals", Stated: currency.MustParseFigure("£1.2bn"), Count: MustParseCount(count), Allocations: []Allocation{
			{ID: "wave-1", Amount: bn(3), Count: MustParseCount("five")},
			sub2,
		}},
		{ID: "other", Amount: bn(3)},
	}
	return p
}

func TestReconcileNested(t *testing.T) {
	tests := []struct {
		name   string
		p      Package
		status Status
		nested []string
	}{
		{"counts and money add up", hospitals("35", Allocation{ID: "wave-2", Stated: currency.MustParseFigure("£900m"), Count: MustParseCount("30")}),
			Matches, []string{`hospitals: itemised £1,200,000,000 matches "£1.2bn"`}},
		{"the counts do not add up", hospitals("36", Allocation{ID: "wave-2", Stated: currency.MustParseFigure("£900m"), Count: MustParseCount("30")}),
			Matches, []string{`hospitals: itemised £1,200,000,000 matches "£1.2bn"; the parts count 35, which is not 36`}},
		{"about a count admits the sum", hospitals("about 36", Allocation{ID: "wave-2", Stated: currency.MustParseFigure("£900m"), Count: MustParseCount("30")}),
			Matches, []string{`hospitals: itemised £1,200,000,000 matches "£1.2bn"`}},
		{"a sub-allocation short of its parent", hospitals("35", Allocation{ID: "wave-2", Amount: bn(7), Count: MustParseCount("30")}),
			Matches, []string{`hospitals: itemised £1,000,000,000 falls between £150,000,000 and £250,000,000 short of "£1.2bn"`}},
	}
	for _, tt := range tests {
		r, err := tt.p.Reconcile()
		if err != nil {
			t.Errorf("%s: Reconcile() error: %v", tt.name, err)
			continue
		}
		if r.Status != tt.status {
			t.Errorf("%s: Reconcile().Status = %v, want %v", tt.name, r.Status, tt.status)
		}
		var got []string
		for _, n := range r.Nested {
			got = append(got, n.String())
		}
		if diff := cmp.Diff(tt.nested, got); diff != "" {
			t.Errorf("%s: Reconcile().Nested (-want +got)\n%s", tt.name, diff)
		}
	}
}

func TestSubAllocationsOnly(t *testing.T) {
	// "£300m for Leeds and £200m for York", with no total of their own.
	p := pkg("£600m")
	p.Allocations = []Allocation{{ID: "north", Allocations: []Allocation{
		{ID: "leeds", Amount: currency.Pounds(300_000_000)},
		{ID: "york", Amount: currency.Pounds(200_000_000)},
	}}}
	r, err := p.Reconcile()
	if err != nil || r.Status != Unitemised || r.String() != `itemised £500,000,000 falls between £99,500,000 and £100,500,000 short of "£600m"` {
		t.Errorf("Reconcile() = %v, %v", r, err)
	}
	if len(r.Nested) != 0 {
		t.Errorf("Nested = %v, want none: the allocation has nothing of its own to reconcile with", r.Nested)
	}
	a, _ := p.Allocation("north")
	if f := a.Figure(); f.String() != "£500,000,000" {
		t.Errorf("Figure() of sub-allocations = %v, want £500,000,000", f)
	}
	if s, ok := p.Allocation("york"); !ok || !s.Amount.Equal(currency.Pounds(200_000_000)) {
		t.Errorf("Allocation(york) = %v, %t", s, ok)
	}
}

func TestPerUnitFromOwnCount(t *testing.T) {
	a := Allocation{ID: "h", Stated: currency.MustParseFigure("£1.2bn"), Count: MustParseCount("five")}
	shares, err := a.Shares()
	if err != nil || len(shares) != 5 || !shares[0].Equal(currency.Pounds(240_000_000)) {
		t.Errorf("Shares() = %v, %v; want five of £240,000,000", shares, err)
	}
	r, err := a.PerRecipient("hospital")
	if err != nil || r.String() != "£240,000,000 per hospital" {
		t.Errorf("PerRecipient() = %v, %v", r, err)
	}
	up := Allocation{ID: "u", Stated: currency.MustParseFigure("up to £9bn"), Count: MustParseCount("three")}
	if _, err := up.Shares(); !errors.Is(err, ErrInexact) {
		t.Errorf("Shares() of up to £9bn: error %v, want ErrInexact", err)
	}
	if _, err := up.PerRecipient("region"); !errors.Is(err, ErrInexact) {
		t.Errorf("PerRecipient() of up to £9bn: error %v, want ErrInexact", err)
	}
	p := pkg("£10bn")
	p.Allocations = []Allocation{up}
	if _, err := p.Itemised(); !errors.Is(err, ErrInexact) {
		t.Errorf("Itemised() with an up-to part: error %v, want ErrInexact", err)
	}
	if _, err := p.ByNovelty(); !errors.Is(err, ErrInexact) || !strings.Contains(err.Error(), "allocations[0].amount") {
		t.Errorf("ByNovelty() with an up-to part: error %v, want ErrInexact at allocations[0].amount", err)
	}
}

func TestValidateItemisation(t *testing.T) {
	eur := Allocation{ID: "e", Amount: currency.FromMinor(100, currency.EUR)}
	tests := []struct {
		name  string
		parts []Allocation
		path  string
		err   error
	}{
		{"both amount and figure", []Allocation{{ID: "a", Amount: currency.Pounds(1), Stated: currency.MustParseFigure("£1m")}}, "allocations[0].amount", ErrRange},
		{"no money at all", []Allocation{{ID: "a"}}, "allocations[0].amount", ErrMissing},
		{"negative figure", []Allocation{stated("a", "-£5m")}, "allocations[0].amount", ErrNegative},
		{"partial with nothing", []Allocation{{ID: "a", Amount: currency.Pounds(1), Partial: true}}, "allocations[0].partial", ErrMissing},
		{"duplicate at depth", []Allocation{{ID: "a", Allocations: []Allocation{{ID: "b", Amount: currency.Pounds(1)}, {ID: "a", Amount: currency.Pounds(1)}}}}, "allocations[0].allocations[1].id", ErrDuplicate},
		{"currency at depth", []Allocation{{ID: "a", Stated: currency.MustParseFigure("£1m"), Allocations: []Allocation{eur}}}, "allocations[0].allocations[0].amount", currency.ErrMismatch},
		{"sub-allocation missing money", []Allocation{{ID: "a", Allocations: []Allocation{{ID: "b"}}}}, "allocations[0].allocations[0].amount", ErrMissing},
	}
	for _, tt := range tests {
		p := pkg("£1m")
		p.Allocations = tt.parts
		err := p.Validate()
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != tt.path || !errors.Is(err, tt.err) {
			t.Errorf("%s: Validate() = %v, want %v at %s", tt.name, err, tt.err, tt.path)
		}
	}
}

func TestAllocationJSON(t *testing.T) {
	tests := []struct {
		in   string
		want Allocation
	}{
		{`{"id":"a","amount":"up to £9bn"}`, stated("a", "up to £9bn")},
		{`{"id":"a","amount":{"amount":"5.00","currency":"GBP"}}`, Allocation{ID: "a", Amount: currency.Pence(500)}},
		{`{"id":"a","allocations":[{"id":"b","amount":"more than £2m"}],"partial":true}`,
			Allocation{ID: "a", Allocations: []Allocation{stated("b", "more than £2m")}, Partial: true}},
	}
	for _, tt := range tests {
		var got Allocation
		if err := json.Unmarshal([]byte(tt.in), &got); err != nil {
			t.Errorf("Unmarshal(%s): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Unmarshal(%s) (-want +got)\n%s", tt.in, diff)
		}
		if got.Stated.Text() != tt.want.Stated.Text() {
			t.Errorf("Unmarshal(%s): wording %q, want %q", tt.in, got.Stated.Text(), tt.want.Stated.Text())
		}
		back, err := json.Marshal(got)
		if err != nil || string(back) != tt.in {
			t.Errorf("Marshal(Unmarshal(%s)) = %s, %v", tt.in, back, err)
		}
	}
	for _, in := range []string{`{"id":"a","amount":"lots"}`, `{"id":"a","amount":{"amount":"x","currency":"GBP"}}`, `{"id":"a","amount":7}`} {
		var a Allocation
		err := json.Unmarshal([]byte(in), &a)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != "amount" || !errors.Is(err, ErrSyntax) {
			t.Errorf("Unmarshal(%s) = %v, want ErrSyntax at amount", in, err)
		}
	}
}

func TestWrite360GivingRefusesInexactMoney(t *testing.T) {
	// 360Giving's amountAwarded is a number: "up to £9bn" is none.
	p := pkg("£10bn", currency.Pounds(1))
	p.Announced = MustDate(2024, 1, 1)
	p.Allocations[0].Recipients = []Org{{Name: "R"}}
	p.Allocations = append(p.Allocations, Allocation{ID: "b", Stated: currency.MustParseFigure("up to £9bn"), Recipients: []Org{{Name: "R"}}})
	var b strings.Builder
	err := Write360Giving(&b, "360G-test", p)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Path != "packages[0].allocations[1].amount" || !errors.Is(err, ErrInexact) || b.Len() > 0 {
		t.Errorf("Write360Giving = %v, with %d bytes written; want ErrInexact at packages[0].allocations[1].amount and nothing written", err, b.Len())
	}
}

func TestPartialWithoutTotal(t *testing.T) {
	// "Including £100m for Leeds", with no headline: the total is unknown.
	p := pkg("", currency.Pounds(100_000_000))
	p.Partial = true
	p.Period = MustParseFiscalYear("2024-25").Period()
	if _, err := p.Spend(); !errors.Is(err, ErrMissing) {
		t.Errorf("Spend() of a partial list with no headline: error %v, want ErrMissing", err)
	}
	if _, err := p.ByYear(); !errors.Is(err, ErrMissing) {
		t.Errorf("ByYear() of a partial list with no headline: error %v, want ErrMissing", err)
	}
	if total, err := p.Itemised(); err != nil || !total.Equal(currency.Pounds(100_000_000)) {
		t.Errorf("Itemised() = %v, %v; want the named £100,000,000", total, err)
	}
	p = pkg("£1bn")
	p.Allocations = []Allocation{{ID: "north", Partial: true, Allocations: []Allocation{{ID: "leeds", Amount: currency.Pounds(1)}}}}
	var fe *FieldError
	if err := p.Validate(); !errors.As(err, &fe) || fe.Path != "allocations[0].amount" || !errors.Is(err, ErrMissing) {
		t.Errorf("Validate() of a partial sub-list with no figure of its own = %v, want ErrMissing at allocations[0].amount", err)
	}
}

func TestReconcileAcrossTerms(t *testing.T) {
	three := Period{Start: MustDate(2024, 4, 1), End: MustDate(2027, 3, 31)}
	tests := []struct {
		name     string
		headline string
		period   Period
		parts    []Allocation
		str      string
	}{
		// £399.5m to £400.5m a year, three times.
		{"a year's headline against totals", "£400m a year", three,
			[]Allocation{{ID: "a", Amount: currency.Pounds(700_000_000)}, {ID: "b", Amount: currency.Pounds(500_000_000)}},
			`itemised £1,200,000,000 matches "£400m a year" (in all, between £1,198,500,000 and £1,201,500,000)`},
		{"a headline a year for three years", "£400m a year for three years", Period{},
			[]Allocation{{ID: "a", Amount: currency.Pounds(1_000_000_000)}},
			`itemised £1,000,000,000 falls between £198,500,000 and £201,500,000 short of "£400m a year for three years" (in all, between £1,198,500,000 and £1,201,500,000)`},
		{"a part a year against a total", "£1.2bn", three,
			[]Allocation{stated("a", "£100m a year"), {ID: "b", Amount: currency.Pounds(900_000_000)}},
			`itemised £1,200,000,000 matches "£1.2bn"`},
		{"a part a month over three years", "£1.2bn", three,
			[]Allocation{stated("a", "up to £10m a month"), {ID: "b", Amount: currency.Pounds(900_000_000)}},
			`itemised between £900,000,000 and £1,260,000,000 may or may not add up to "£1.2bn"`},
	}
	for _, tt := range tests {
		p := pkg(tt.headline)
		p.Period, p.Allocations = tt.period, tt.parts
		r, err := p.Reconcile()
		if err != nil || r.String() != tt.str {
			t.Errorf("%s: Reconcile() = %v, %v\nwant %s", tt.name, r, err, tt.str)
		}
	}
	// With nothing to say over what term, a year's money cannot be added up.
	p := pkg("£400m a year", currency.Pounds(1_200_000_000))
	if _, err := p.Reconcile(); !errors.Is(err, ErrRange) || errors.Is(err, ErrInvalid) ||
		err.Error() != `headline: value out of range: "£400m a year" is money per 1 year, and neither it nor the period says over what term to total it` {
		t.Errorf("Reconcile() of a year's money with no term = %v, want ErrRange, not ErrInvalid", err)
	}
	p = pkg("£1.2bn")
	p.Allocations = []Allocation{stated("a", "£5,000 a week")}
	p.Period = three
	if _, err := p.Reconcile(); !errors.Is(err, ErrRange) || !strings.HasPrefix(err.Error(), "allocations[0]: ") {
		t.Errorf("Reconcile() of money a week over years = %v, want ErrRange at allocations[0]", err)
	}
	if c, err := p.Contradictions(); err != nil || c != nil {
		t.Errorf("Contradictions() = %v, %v; want none: the terms do not add up, which Reconcile says", c, err)
	}
}
