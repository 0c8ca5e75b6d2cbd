package funding

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// aberdeen is Aberdeen City Council's share of the 2015-16 Scottish local
// government settlement: "an extra £10million ... £328million in revenue
// funding, up from £318million in 2014-15".
func aberdeen() Allocation {
	fig := currency.MustParseFigure
	return Allocation{ID: "aberdeen-city", Stated: fig("£328million"),
		Change: Change{From: fig("£318million"), To: fig("£328million"), By: fig("£10million")}}
}

func TestAllocationChangeContradictions(t *testing.T) {
	fig := currency.MustParseFigure
	pct := decimal.RequireFromString
	three := Period{Start: MustDate(2024, 4, 1), End: MustDate(2027, 3, 31)}
	tests := []struct {
		name   string
		period Period
		as     []Allocation
		want   []string
	}{
		// £327.5m to £328.5m less £317.5m to £318.5m is a rise of £9m to
		// £11m, which "£10million" (£9.5m to £10.5m) admits.
		{"levels and difference agree", Period{}, []Allocation{aberdeen()}, nil},
		// "£12million" is £11.5m to £12.5m, above the rise's £11m.
		{"levels and difference disagree", Period{}, []Allocation{func() Allocation {
			a := aberdeen()
			a.Change.By = fig("£12million")
			return a
		}()},
			[]string{`aberdeen-city: the change from "£318million" to "£328million" (a rise of between £9,000,000 and £11,000,000) disagrees with the stated change "£12million"`}},
		// 9.5% to 10.5% of £2.45m to £2.55m is £232,750 to £267,750,
		// below the £500,000 to £1,500,000 "£1million" admits: a
		// sub-allocation's change is checked too, and named.
		{"a sub-allocation's percentage too low for its difference", Period{}, []Allocation{{ID: "police", Stated: fig("£10m"),
			Allocations: []Allocation{{ID: "lancashire", Stated: fig("£3.5million"), Change: Change{From: fig("£2.5million"), By: fig("£1million"), Percent: pct("10")}}}}},
			[]string{`lancashire: 10% of "£2.5million" (between £232,750 and £267,750) disagrees with the stated change "£1million"`}},
		// From £1.2m to £0.9m is a cut of £200,000 to £400,000.
		{"a cut that fits", Period{}, []Allocation{{ID: "a", Stated: fig("£0.9m"), Change: Change{From: fig("£1.2m"), To: fig("£0.9m"), Cut: true, By: fig("£300,000")}}}, nil},
		// "£7m" (£6.5m to £7.5m) is above all of "£5m" (£4.5m to £5.5m).
		{"recycled above the allocation's figure", Period{}, []Allocation{{ID: "a", Stated: fig("£5m"), Change: Change{Recycled: fig("£7m")}}},
			[]string{`a: the money announced before, "£7m", is more than its figure "£5m"`}},
		// "£2m a year" over three years is £4.5m to £7.5m, which "£5m"
		// (£4.5m to £5.5m) fits; against one year's £1.5m to £2.5m it
		// would not.
		{"recycled within a year's money over the period", three, []Allocation{{ID: "a", Stated: fig("£2m a year"), Change: Change{Recycled: fig("£5m")}}}, nil},
		{"no change", Period{}, []Allocation{{ID: "a", Stated: fig("£5m")}}, nil},
	}
	for _, tt := range tests {
		p := pkg("")
		p.Period, p.Allocations, p.Partial = tt.period, tt.as, true
		got, err := p.Contradictions()
		if err != nil {
			t.Errorf("%s: Contradictions() error: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Contradictions() (-want +got)\n%s", tt.name, diff)
		}
	}
}

func TestAllocationChangeValidate(t *testing.T) {
	fig := currency.MustParseFigure
	p := pkg("£10.8bn")
	p.Allocations = []Allocation{
		{ID: "a", Amount: currency.Pounds(1), Change: Change{Of: "earlier", Relation: TopsUp}},
		{ID: "b", Stated: fig("£328million"), Change: Change{From: fig("-£318million"), Percent: decimal.New(-3, 0), Relation: Relation(7)},
			Allocations: []Allocation{{ID: "c", Amount: currency.Pounds(1), Change: Change{By: fig("€1m"), RealPercent: decimal.New(-1, 0)}}}},
		// A relation with no Of is of an earlier level the record holds
		// no package for, as a package's is.
		{ID: "d", Amount: currency.Pounds(1), Change: Change{By: fig("£1"), Relation: TopsUp}},
	}
	want := []string{
		"allocations[0].change.of: value out of range",
		"allocations[1].allocations[0].change.by: currency mismatch",
		"allocations[1].allocations[0].change.realPercent: negative amount",
		"allocations[1].change.from: negative amount",
		"allocations[1].change.percent: negative amount",
		"allocations[1].change.relation: value out of range",
	}
	err := p.Validate()
	if diff := cmp.Diff(want, problems(err)); diff != "" {
		t.Errorf("Validate() problems (-want +got)\n%s", diff)
	}
	const msg = `funding: allocations[0].change.of: value out of range: "earlier": only a package's change names the package it changes, not an allocation's`
	if got := err.(interface{ Unwrap() []error }).Unwrap()[0].Error(); got != msg {
		t.Errorf("Validate() error 0 = %q, want %q", got, msg)
	}
	if diff := cmp.Diff([]string{"change.of: value out of range"}, problems(p.Allocations[0].Validate())); diff != "" {
		t.Errorf("Allocation.Validate() problems (-want +got)\n%s", diff)
	}
	if err := aberdeen().Validate(); err != nil {
		t.Errorf("Allocation.Validate() of Aberdeen's share = %v, want nil", err)
	}
}

func TestAllocationChangeJSON(t *testing.T) {
	tests := []struct {
		a    Allocation
		want string
	}{
		{aberdeen(), `{"id":"aberdeen-city","amount":"£328million","change":{"from":"£318million","to":"£328million","by":"£10million"}}`},
		{Allocation{ID: "a", Stated: currency.MustParseFigure("£1m")}, `{"id":"a","amount":"£1m"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.a)
		if err != nil || string(b) != tt.want {
			t.Errorf("json.Marshal(%s) = %s, %v; want %s", tt.a.ID, b, err, tt.want)
			continue
		}
		var back Allocation
		if err := json.Unmarshal(b, &back); err != nil {
			t.Errorf("json.Unmarshal(%s) error: %v", b, err)
		} else if diff := cmp.Diff(tt.a, back, cmp.AllowUnexported(currency.Figure{})); diff != "" {
			t.Errorf("json.Unmarshal(%s) (-want +got)\n%s", b, diff)
		}
	}
	// A misspelt key in an allocation's change is an error, at its path.
	for in, path := range map[string]string{
		`{"id":"p","allocations":[{"id":"a","amount":"£1m","change":{"form":"£1m"}}]}`:                                                   "allocations[0].change.form",
		`{"id":"p","allocations":[{"id":"a","amount":"£1m","allocations":[{"id":"b","amount":"£1m","change":{"relation":"doubles"}}]}]}`: "allocations[0].allocations[0].change.relation",
	} {
		var p Package
		err := json.Unmarshal([]byte(in), &p)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Path != path || !errors.Is(err, ErrSyntax) {
			t.Errorf("json.Unmarshal(%s) error = %v, want ErrSyntax at %s", in, err, path)
		}
	}
}
