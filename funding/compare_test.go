package funding

import (
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestCompare(t *testing.T) {
	support := Spend{Label: "package", Amount: currency.Pounds(2_400_000), Purposes: []string{"advocacy", "counselling"}, Kind: Services}
	inquiry := Spend{Label: "inquiry", Amount: currency.Pounds(4_500_000), Purposes: []string{"inquiry"}, Kind: Inquiry}
	fy17, fy18 := FiscalYear(2017).Period(), FiscalYear(2018).Period()
	type result struct {
		Difference, Ratio, Change       string
		Currency, Purpose, Kind, Period Likeness
		Overall                         Likeness
		Reasons                         []string
	}
	tests := []struct {
		name string
		a, b Spend
		want result
	}{
		{"inquiry against support", inquiry, support, result{"£2,100,000", "1.875", "87.5", Alike, Unlike, Unlike, LikenessUnknown, Unlike,
			[]string{"different purposes: inquiry vs advocacy, counselling", "different kinds of spending: inquiry vs services"}}},
		{"support against inquiry", support, inquiry, result{"-£2,100,000", "0.5333333333333333", "-46.66666666666667", Alike, Unlike, Unlike, LikenessUnknown, Unlike,
			[]string{"different purposes: advocacy, counselling vs inquiry", "different kinds of spending: services vs inquiry"}}},
		{"like for like", Spend{Amount: currency.Pounds(3), Purposes: []string{" Counselling"}, Kind: Services, Period: fy17},
			Spend{Amount: currency.Pounds(2), Purposes: []string{"counselling", "advocacy"}, Kind: Services, Period: fy17},
			result{"£1", "1.5", "50", Alike, Alike, Alike, Alike, Alike, nil}},
		{"periods apart", Spend{Amount: currency.Pounds(2), Period: fy18}, Spend{Amount: currency.Pounds(2), Period: fy17},
			result{"£0", "1", "0", Alike, LikenessUnknown, LikenessUnknown, Unlike, Unlike,
				[]string{"periods do not overlap: 2018-04-01/2019-03-31 vs 2017-04-01/2018-03-31"}}},
		{"nothing known", Spend{Amount: currency.Pounds(2)}, Spend{Amount: currency.Pounds(4)},
			result{"-£2", "0.5", "-50", Alike, LikenessUnknown, LikenessUnknown, LikenessUnknown, LikenessUnknown, nil}},
	}
	for _, tt := range tests {
		c, err := Compare(tt.a, tt.b)
		if err != nil {
			t.Errorf("%s: Compare error: %v", tt.name, err)
			continue
		}
		got := result{c.Difference.Format(currency.Whole), c.Ratio.String(), c.Change.String(),
			c.Currency, c.Purpose, c.Kind, c.Period, c.Overall(), c.Reasons()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Compare (-want +got)\n%s", tt.name, diff)
		}
		if c.LikeForLike() != (tt.want.Overall == Alike) {
			t.Errorf("%s: LikeForLike() = %t", tt.name, c.LikeForLike())
		}
	}
}

func TestCompareErrors(t *testing.T) {
	gbp := Spend{Amount: currency.Pounds(2)}
	eur := Spend{Amount: currency.FromMinor(200, currency.EUR)}
	c, err := Compare(eur, gbp)
	if !errors.Is(err, currency.ErrMismatch) || c.Currency != Unlike || c.Overall() != Unlike {
		t.Errorf("Compare(EUR, GBP) = %v, %v; want Unlike currency and ErrMismatch", c, err)
	}
	if want := []string{"different currencies: EUR vs GBP"}; !cmp.Equal(c.Reasons(), want) {
		t.Errorf("Compare(EUR, GBP).Reasons() = %q, want %q", c.Reasons(), want)
	}
	c, err = Compare(gbp, Spend{Amount: currency.Pounds(0)})
	if !errors.Is(err, currency.ErrDivideByZero) || !c.Difference.Equal(currency.Pounds(2)) {
		t.Errorf("Compare(£2, £0) = %v, %v; want the difference and ErrDivideByZero", c, err)
	}
	if _, err := Compare(Spend{}, gbp); !errors.Is(err, ErrMissing) {
		t.Errorf("Compare(no amount, £2) error = %v, want ErrMissing", err)
	}
}

func TestComparisonString(t *testing.T) {
	a := Spend{Label: "inquiry", Amount: currency.Pounds(4_500_000), Purposes: []string{"inquiry"}, Kind: Inquiry}
	b := Spend{Label: "package", Amount: currency.Pounds(2_400_000), Purposes: []string{"support"}, Kind: Services}
	c, _ := Compare(a, b)
	want := "£4,500,000 inquiry vs £2,400,000 package: £2,100,000 more, 1.875 times (+87.5%); not like for like: different purposes: inquiry vs support; different kinds of spending: inquiry vs services"
	if got := c.String(); got != want {
		t.Errorf("String() = %q\nwant %q", got, want)
	}
	c, _ = Compare(Spend{Amount: currency.Pounds(1)}, Spend{Amount: currency.Pounds(2)})
	if got, want := c.String(), "£1 vs £2: £1 less, 0.5 times (-50%); like for like not known"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	c, _ = Compare(Spend{Amount: currency.Pounds(2), Kind: Services}, Spend{Amount: currency.Pounds(2), Kind: Services})
	c.Purpose, c.Period = Alike, Alike
	if got, want := c.String(), "£2 vs £2: the same, 1 times (0%); like for like"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if !c.Ratio.Equal(decimal.New(1, 0)) {
		t.Errorf("Ratio = %v, want 1", c.Ratio)
	}
}

func TestSpendOf(t *testing.T) {
	p := pkg("more than £4 million", currency.Pounds(1))
	p.Title, p.Kind = "2016 package", Services
	s, err := p.Spend()
	if err != nil || !s.Amount.Equal(currency.Pounds(4_000_000)) || s.Label != "2016 package" || s.Kind != Services {
		t.Errorf("Package.Spend() = %+v, %v", s, err)
	}
	p = pkg("", currency.Pounds(1), currency.Pounds(2))
	s, err = p.Spend()
	if err != nil || !s.Amount.Equal(currency.Pounds(3)) || s.Label != "p" {
		t.Errorf("Package.Spend() with no headline = %+v, %v; want the itemised £3", s, err)
	}
	a := Allocation{ID: "x", Amount: currency.Pounds(5), Kind: Development}
	s, err = a.Spend()
	if err != nil || s.Label != "x" || s.Kind != Development {
		t.Errorf("Allocation.Spend() = %+v, %v", s, err)
	}
	if _, err := (Package{}).Spend(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Package{}.Spend() error = %v, want ErrInvalid", err)
	}
	if _, err := (Allocation{}).Spend(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Allocation{}.Spend() error = %v, want ErrInvalid", err)
	}
}

func TestCompareTerms(t *testing.T) {
	fig := currency.MustParseFigure
	spend := func(s string) Spend { f := fig(s); return Spend{Amount: f.Nominal(), Figure: f} }
	three := Period{Start: MustDate(2024, 4, 1), End: MustDate(2027, 3, 31)}
	tests := []struct {
		name       string
		a, b       Spend
		difference string
		term       Likeness
		conversion string
		reasons    []string
	}{
		{"a year against three years", spend("about £1.5bn a year"), spend("£2.6bn over three years"),
			"£1,900,000,000", Alike, "£1,500,000,000 a year over 3 years is £4,500,000,000", nil},
		{"three years against a year", spend("£2.6bn over three years"), spend("£1.5bn a year"),
			"-£1,900,000,000", Alike, "£1,500,000,000 a year over 3 years is £4,500,000,000", nil},
		{"a year for three years is a total", spend("£1.5bn a year for three years"), spend("£4.5bn"),
			"£0", Alike, "", nil},
		{"a month against a year", spend("£8m a month"), spend("£90m a year"),
			"£6,000,000", Alike, "£8,000,000 a month over 1 year is £96,000,000", nil},
		{"a year against a period of three financial years", spend("£400m a year"), Spend{Amount: bn(12), Period: three},
			"£0", Alike, "£400,000,000 a year over 3 years is £1,200,000,000", nil},
		{"a week against a year", spend("£5,000 a week"), spend("£250,000 over a year"),
			"-£245,000", Unlike, "", []string{"different terms: per 1 week vs over 1 year"}},
		{"a year against a total of no term", spend("£1.5bn a year"), spend("£2.6bn"),
			"-£1,100,000,000", Unlike, "", []string{"different terms: per 1 year vs no stated term"}},
		{"totals over different terms", spend("£2bn over two years"), spend("£3bn over five years"),
			"-£1,000,000,000", Unlike, "", []string{"different terms: over 2 years vs over 5 years"}},
		{"totals over one term in two units", spend("£2bn over 12 months"), spend("£3bn over a year"),
			"-£1,000,000,000", Alike, "", nil},
	}
	for _, tt := range tests {
		c, err := Compare(tt.a, tt.b)
		if err != nil {
			t.Errorf("%s: Compare error: %v", tt.name, err)
			continue
		}
		if got := c.Difference.Format(currency.Whole); got != tt.difference || c.Term != tt.term || c.Conversion != tt.conversion {
			t.Errorf("%s: Compare = %s, %v, %q; want %s, %v, %q", tt.name, got, c.Term, c.Conversion, tt.difference, tt.term, tt.conversion)
		}
		if diff := cmp.Diff(tt.reasons, c.Reasons()); diff != "" {
			t.Errorf("%s: Reasons (-want +got)\n%s", tt.name, diff)
		}
	}
}
