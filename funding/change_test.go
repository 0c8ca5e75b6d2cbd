package funding

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestChangeContradictions(t *testing.T) {
	fig := currency.MustParseFigure
	pct := decimal.RequireFromString
	tests := []struct {
		name     string
		headline string
		c        Change
		want     []string
	}{
		{"levels and difference agree", "", Change{From: fig("£50.1bn"), To: fig("£53.9bn"), By: fig("£3.8bn")}, nil},
		{"a rounded difference agrees", "", Change{From: fig("£50.1bn"), To: fig("£53.9bn"), By: fig("£4bn")}, nil},
		{"levels and difference disagree", "", Change{From: fig("£50.1bn"), To: fig("£53.9bn"), By: fig("£5bn")},
			[]string{`the change from "£50.1bn" to "£53.9bn" (a rise of between £3,700,000,000 and £3,900,000,000) disagrees with the stated change "£5bn"`}},
		// 9% of £50.05bn to £50.15bn is £4,254,250,000 to £4,764,250,000,
		// more than the rise of £3.7bn to £3.9bn: the rise is about 7.6%.
		{"a percentage too high for the levels", "", Change{From: fig("£50.1bn"), To: fig("£53.9bn"), Percent: pct("9")},
			[]string{`9% of "£50.1bn" (between £4,254,250,000 and £4,764,250,000) disagrees with the change from "£50.1bn" to "£53.9bn" (a rise of between £3,700,000,000 and £3,900,000,000)`}},
		{"a percentage that fits", "", Change{From: fig("£50.1bn"), To: fig("£53.9bn"), Percent: pct("7.6")}, nil},
		{"a cut that fits", "", Change{From: fig("£1.2m"), To: fig("£0.9m"), Cut: true, By: fig("more than £300,000")}, nil},
		{"a cut too big for the levels", "", Change{From: fig("£1.2m"), To: fig("£0.9m"), Cut: true, By: fig("more than £500,000")},
			[]string{`the change from "£1.2m" to "£0.9m" (a cut of between £200,000 and £400,000) disagrees with the stated change "more than £500,000"`}},
		{"a top-up alone", "£9.2m", Change{By: fig("£9.2m"), To: fig("£190m"), Of: "earlier", Relation: TopsUp}, nil},
		// "an additional £11.6m ... In total £237m": a top-up of an
		// earlier level the record holds no package for, which was
		// refused for want of an Of.
		{"a top-up of an unnamed level", "£11.6m", Change{By: fig("£11.6m"), To: fig("£237m"), Relation: TopsUp}, nil},
		// 237 − 200 = 37, not 11.6: the levels still check the top-up.
		{"a top-up of an unnamed level that does not fit", "£11.6m", Change{From: fig("£200m"), By: fig("£11.6m"), To: fig("£237m"), Relation: TopsUp},
			[]string{`the change from "£200m" to "£237m" (a rise of between £36,000,000 and £38,000,000) disagrees with the stated change "£11.6m"`}},
		{"recycled above the headline", "£800m", Change{Recycled: fig("£1.5bn")},
			[]string{`the money announced before, "£1.5bn", is more than the headline "£800m"`}},
		{"recycled within the headline", "£3bn", Change{Recycled: fig("£1bn"), Of: "old", Relation: Reannounces}, nil},
	}
	for _, tt := range tests {
		p := pkg(tt.headline)
		p.Change = tt.c
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

func TestChangeValidate(t *testing.T) {
	p := pkg("£1m")
	p.Change = Change{By: currency.MustParseFigure("€5m"), Percent: decimal.New(-9, 0), Relation: TopsUp,
		RealBy: currency.MustParseFigure("€1m"), RealPercent: decimal.New(-2, 0)}
	err := p.Validate()
	for _, want := range []struct {
		path string
		err  error
	}{{"change.by", currency.ErrMismatch}, {"change.percent", ErrNegative}, {"change.realBy", currency.ErrMismatch}, {"change.realPercent", ErrNegative}} {
		found := false
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var fe *FieldError
			if errors.As(e, &fe) && fe.Path == want.path && errors.Is(e, want.err) {
				found = true
			}
		}
		if !found {
			t.Errorf("Validate() = %v, want %v at %s", err, want.err, want.path)
		}
	}
}

func TestChangeJSON(t *testing.T) {
	in := `{"from":"£50.1bn","to":"£53.9bn","by":"£3.8bn","percent":"7.6","realBy":"£2bn","realPercent":"3.9","realCut":true,"of":"budget-2024","relation":"tops up","recycled":"£1bn"}`
	var c Change
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		t.Fatal(err)
	}
	if c.Relation != TopsUp || c.Percent.String() != "7.6" || c.From.Text() != "£50.1bn" || c.RealBy.Text() != "£2bn" || c.RealPercent.String() != "3.9" || !c.RealCut {
		t.Errorf("Unmarshal(%s) = %+v", in, c)
	}
	back, err := json.Marshal(c)
	if err != nil || string(back) != in {
		t.Errorf("Marshal = %s, %v; want %s", back, err, in)
	}
	if (Change{}).IsZero() != true || c.IsZero() {
		t.Error("IsZero is wrong")
	}
}

func TestRelationAliases(t *testing.T) {
	for in, want := range map[string]Relation{"top-up": TopsUp, "tops-up": TopsUp, "Replaces": Replaces, "reannounces": Reannounces} {
		if r, err := ParseRelation(in); err != nil || r != want {
			t.Errorf("ParseRelation(%q) = %v, %v; want %v", in, r, err, want)
		}
	}
	if _, err := Relation(9).MarshalText(); !errors.Is(err, ErrRange) || Relation(9).String() != "Relation(9)" {
		t.Errorf("Relation(9).MarshalText() error = %v, want ErrRange", err)
	}
}

func TestProfile(t *testing.T) {
	fig := currency.MustParseFigure
	three := Period{Start: MustDate(2024, 4, 1), End: MustDate(2027, 3, 31)}
	profile := []ProfileYear{
		{MustParseFiscalYear("2025-26"), fig("£0.6bn")},
		{MustParseFiscalYear("2024-25"), fig("£0.3bn")},
		{MustParseFiscalYear("2026-27"), fig("£1.2bn")},
	}
	p := pkg("£2.1bn")
	p.Period, p.Profile = three, profile
	got, err := p.ByYear()
	want := []YearShare{
		{MustParseFiscalYear("2024-25"), 365, bn(3)},
		{MustParseFiscalYear("2025-26"), 365, bn(6)},
		{MustParseFiscalYear("2026-27"), 365, bn(12)},
	}
	if diff := cmp.Diff(want, got); err != nil || diff != "" {
		t.Errorf("ByYear() error %v (-want +got)\n%s", err, diff)
	}
	if c, err := p.Contradictions(); err != nil || c != nil {
		t.Errorf("Contradictions() = %q, %v; want none", c, err)
	}
	p.Profile = append(p.Profile, ProfileYear{MustParseFiscalYear("2028-29"), fig("£0.5bn")})
	c, err := p.Contradictions()
	wantC := []string{
		"profile year 2028-29 is outside the period 2024-04-01/2027-03-31",
		`the profile adds up to £2,600,000,000, which is not "£2.1bn"`,
	}
	if diff := cmp.Diff(wantC, c); err != nil || diff != "" {
		t.Errorf("Contradictions() error %v (-want +got)\n%s", err, diff)
	}
	p.Profile = append(p.Profile, ProfileYear{MustParseFiscalYear("2028-29"), fig("£0.1bn")})
	if err := p.Validate(); !errors.Is(err, ErrDuplicate) {
		t.Errorf("Validate() of a year profiled twice = %v, want ErrDuplicate", err)
	}
	p.Profile = []ProfileYear{{MustParseFiscalYear("2024-25"), fig("up to £0.3bn")}}
	if _, err := p.ByYear(); !errors.Is(err, ErrInexact) {
		t.Errorf("ByYear() of an inexact profile = %v, want ErrInexact", err)
	}
}

func TestByYearPerYear(t *testing.T) {
	// 2023-24 has 366 days; a year's money is a year's money all the same.
	p := pkg("£400m a year")
	p.Period = Period{Start: MustDate(2023, 4, 1), End: MustDate(2026, 3, 31)}
	got, err := p.ByYear()
	m := currency.Pounds(400_000_000)
	want := []YearShare{{MustParseFiscalYear("2023-24"), 366, m}, {MustParseFiscalYear("2024-25"), 365, m}, {MustParseFiscalYear("2025-26"), 365, m}}
	if diff := cmp.Diff(want, got); err != nil || diff != "" {
		t.Errorf("ByYear() error %v (-want +got)\n%s", err, diff)
	}
	p.Period.Start = MustDate(2023, 7, 1)
	if _, err := p.ByYear(); !errors.Is(err, ErrRange) {
		t.Errorf("ByYear() over part of a year = %v, want ErrRange", err)
	}
	p = pkg("£8m a month")
	p.Period = MustParseFiscalYear("2024-25").Period()
	if _, err := p.ByYear(); !errors.Is(err, ErrRange) {
		t.Errorf("ByYear() of money a month = %v, want ErrRange", err)
	}
	// A total is spread by days.
	p = pkg("£365")
	p.Period = Period{Start: MustDate(2017, 1, 1), End: MustDate(2017, 12, 31)}
	got, err = p.ByYear()
	want = []YearShare{{MustParseFiscalYear("2016-17"), 90, currency.Pounds(90)}, {MustParseFiscalYear("2017-18"), 275, currency.Pounds(275)}}
	if diff := cmp.Diff(want, got); err != nil || diff != "" {
		t.Errorf("ByYear() of a total error %v (-want +got)\n%s", err, diff)
	}
}

func TestHeadlineTermAgainstPeriod(t *testing.T) {
	two := Period{Start: MustDate(2024, 4, 1), End: MustDate(2026, 3, 31)}
	tests := []struct {
		headline string
		want     []string
	}{
		{"£2.6bn over three years", []string{`the headline "£2.6bn over three years" is over 3 years, but the period 2024-04-01/2026-03-31 is 2 years`}},
		{"£2.6bn over two years", nil},
		{"£2.6bn over 24 months", nil},
		{"£1.3bn a year", nil},
	}
	for _, tt := range tests {
		p := pkg(tt.headline)
		p.Period = two
		got, err := p.Contradictions()
		if diff := cmp.Diff(tt.want, got); err != nil || diff != "" {
			t.Errorf("%s: Contradictions() error %v (-want +got)\n%s", tt.headline, err, diff)
		}
	}
}
