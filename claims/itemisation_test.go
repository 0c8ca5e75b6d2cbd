package claims_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// itemised returns a record of packages whose itemisations cannot stand
// for the package: a partial list, parts stated inexactly, and parts
// stated inexactly with no headline.
func itemised() claims.Record {
	funder := funding.Org{Name: "HM Treasury"}
	fig := currency.MustParseFigure
	return claims.Record{Packages: []funding.Package{
		{ID: "partial", Funder: funder, Headline: fig("£450m"), Partial: true, Allocations: []funding.Allocation{
			{ID: "leeds", Amount: currency.Pounds(100_000_000)},
			{ID: "york", Amount: currency.Pounds(50_000_000)},
		}},
		{ID: "inexact", Funder: funder, Headline: fig("£30bn"), Allocations: []funding.Allocation{
			{ID: "roads", Stated: fig("more than £20bn")},
			{ID: "rail", Stated: fig("up to £9bn")},
		}},
		{ID: "bare", Funder: funder, Allocations: []funding.Allocation{{ID: "rail", Stated: fig("up to £9bn")}}},
		{ID: "over", Funder: funder, Headline: fig("£2.4m"), Partial: true, Allocations: []funding.Allocation{
			{ID: "a", Amount: currency.Pounds(3_000_000)},
		}},
		{ID: "including", Funder: funder, Partial: true, Allocations: []funding.Allocation{
			{ID: "leeds", Amount: currency.Pounds(100_000_000)},
			{ID: "york", Amount: currency.Pounds(50_000_000)},
		}},
	}}
}

func TestAssessAgainstItemisations(t *testing.T) {
	tests := []struct {
		pkg, alloc, said string
		verdict          claims.Verdict
		basis            claims.Basis
		words            string // in the explanation
	}{
		{"partial", "", "£450m", claims.Accurate, claims.FromHeadline,
			`allocations that name only part of it: the named parts, £150,000,000, are part of "£450m"; the unnamed remainder is between £299,500,000 and £300,500,000`},
		{"partial", "", "£500m", claims.Overstated, claims.FromHeadline, "overstates the £450m package by £50m"},
		{"partial", "", "£150m", claims.Understated, claims.FromHeadline, "understates the £450m package"},
		{"partial", "leeds", "£100m", claims.Accurate, claims.FromAllocation, "matches the £100m allocation"},
		{"inexact", "", "£30bn", claims.Accurate, claims.FromHeadline, `allocations not all stated exactly, so that itemised at least £20,000,000,000 may or may not add up to "£30bn".`},
		{"inexact", "rail", "up to £9bn", claims.Accurate, claims.FromAllocation, `“up to £9bn” follows from the figure “up to £9bn”.`},
		{"inexact", "rail", "£12bn", claims.Overstated, claims.FromAllocation, `“£12bn” overstates the allocation “rail”: its figure is “up to £9bn”.`},
		{"inexact", "rail", "£9bn", claims.NotSupported, claims.FromAllocation, `cannot be confirmed: the record has only the figure “up to £9bn” for the allocation “rail”.`},
		// Named parts alone above the headline: the record contradicts
		// itself, and the figure is weighed against the headline.
		{"over", "", "£2.4m", claims.Accurate, claims.FromHeadline,
			`The record has the headline as announced, and allocations that come to more than it admits. The record contradicts itself: itemised £3,000,000 exceeds "£2.4m" by between £550,000 and £650,000.`},
		{"bare", "", "£9bn", claims.NotSupported, claims.BasisUnknown, "add up to at most £9,000,000,000, not an exact amount"},
		// A partial list with no headline: the whole is at least the named
		// £150m, so £450m cannot be confirmed and £100m is too little.
		{"including", "", "£450m", claims.NotSupported, claims.BasisUnknown,
			"The record has no amount for the package “including” to check “£450m” against. Its allocations name only part of the money, £150,000,000, and it has no headline for the whole."},
		{"including", "", "£100m", claims.Understated, claims.BasisUnknown,
			"“£100m” understates the package “including”: its named allocations alone come to £150,000,000."},
	}
	for _, tt := range tests {
		r := itemised()
		r.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: "words", About: tt.pkg,
			Assertions: claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure(tt.said), Allocation: tt.alloc}}}}
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatalf("Assess: %v", err)
		}
		f := a.Findings[0]
		if f.Verdict != tt.verdict || f.Basis != tt.basis || !strings.Contains(f.Explanation, tt.words) {
			t.Errorf("%q about %s %s = %v from %v: %s\nwant %v from %v, saying %q", tt.said, tt.pkg, tt.alloc, f.Verdict, f.Basis, f.Explanation, tt.verdict, tt.basis, tt.words)
		}
		if tt.pkg == "partial" && f.Verdict == claims.NotSupported {
			t.Errorf("%q about a partial itemisation is not supported: %s", tt.said, f.Explanation)
		}
	}
}

func TestAssessAcrossTerms(t *testing.T) {
	funder := funding.Org{Name: "Department for Transport"}
	fig := currency.MustParseFigure
	three := funding.Period{Start: funding.MustDate(2024, 4, 1), End: funding.MustDate(2027, 3, 31)}
	record := claims.Record{Packages: []funding.Package{
		{ID: "total", Funder: funder, Headline: fig("£1.2bn"), Period: three},
		{ID: "yearly", Funder: funder, Headline: fig("£1.5bn a year")},
		{ID: "fy", Funder: funder, Headline: fig("£250,000"), Period: funding.MustParseFiscalYear("2024-25").Period()},
	}}
	tests := []struct {
		pkg, said string
		verdict   claims.Verdict
		words     string
	}{
		{"total", "£400m a year", claims.Accurate,
			"Converted first, like with like: £400,000,000 a year over 3 years is £1,200,000,000. “£400m a year” matches the £1.2bn package."},
		{"total", "£500m a year", claims.Overstated,
			"£500,000,000 a year over 3 years is £1,500,000,000. “£500m a year” overstates the £1.2bn package by £300m (25%)."},
		// £2.6bn against £4.5bn over the three years: 42.2% less.
		{"yearly", "£2.6bn over three years", claims.Understated,
			"£1,500,000,000 a year over 3 years is £4,500,000,000. “£2.6bn over three years” understates the £1.5bn a year package by £1.9bn (42.2%)."},
		{"fy", "£5,000 a week", claims.NotLikeForLike, "are money for different terms"},
		// £400m a year for three years is £1.2bn exactly: "more than"
		// is off by a hair, not understated by £0.
		{"total", "more than £400m a year", claims.Rounded,
			"£400,000,000 a year over 3 years is £1,200,000,000. “more than £400m a year” is a hair off the £1.2bn package: converted, the money is exactly what was said, to within rounding; only the hedge is off."},
	}
	for _, tt := range tests {
		r := record
		r.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: "words", About: tt.pkg,
			Assertions: claims.Assertions{claims.StatedAmount{Figure: fig(tt.said)}}}}
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatalf("Assess: %v", err)
		}
		f := a.Findings[0]
		if f.Verdict != tt.verdict || !strings.Contains(f.Explanation, tt.words) {
			t.Errorf("%q about %s = %v: %s\nwant %v, saying %q", tt.said, tt.pkg, f.Verdict, f.Explanation, tt.verdict, tt.words)
		}
	}
}

func TestAssessSaysTheRecordContradictsItself(t *testing.T) {
	fig := currency.MustParseFigure
	r := claims.Record{Packages: []funding.Package{{ID: "schools", Funder: funding.Org{Name: "DfE"}, Headline: fig("£53.9bn"),
		Change: funding.Change{From: fig("£50.1bn"), To: fig("£53.9bn"), By: fig("£5bn")}}}}
	r.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: "words", About: "schools",
		Assertions: claims.Assertions{claims.StatedAmount{Figure: fig("£53.9bn")}}}}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := `The record contradicts itself: the change from "£50.1bn" to "£53.9bn" (a rise of between £3,700,000,000 and £3,900,000,000) disagrees with the stated change "£5bn".`
	if f := a.Findings[0]; f.Verdict != claims.Accurate || !strings.Contains(f.Explanation, want) {
		t.Errorf("finding = %v: %s\nwant it to say %s", f.Verdict, f.Explanation, want)
	}
}

func TestAssessTopUp(t *testing.T) {
	fig := currency.MustParseFigure
	funder := funding.Org{Name: "DfT"}
	record := func(to string) claims.Record {
		return claims.Record{Packages: []funding.Package{
			{ID: "fund-2024", Funder: funder, Headline: fig("£180.8m")},
			{ID: "fund-2025", Funder: funder, Headline: fig("£9.2m"), Novelty: funding.New,
				Change: funding.Change{By: fig("£9.2m"), To: fig(to), Of: "fund-2024", Relation: funding.TopsUp}},
		}, Claims: []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Minister"}, Quote: "words", About: "fund-2025",
			Assertions: claims.Assertions{claims.StatedAmount{Figure: fig("£9.2m")}}}}}
	}
	tests := []struct {
		to, words, not string
	}{
		{"£190m", `The record says it tops up the package “fund-2024”, announced as “£180.8m”, bringing the total to £190m, an increase of £9.2m.`, "contradicts"},
		// £180.75m–£180.85m up to £199.5m–£200.5m is a rise of £18.65m to £19.75m, not £9.2m.
		{"£200m", `The record contradicts itself: the change from "£180.8m" to "£200m" (a rise of between £18,650,000 and £19,750,000) disagrees with the stated change "£9.2m".`, "\x00"},
	}
	for _, tt := range tests {
		a, err := claims.Assess(record(tt.to), claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		f := a.Findings[0]
		if !strings.Contains(f.Explanation, tt.words) || strings.Contains(f.Explanation, tt.not) {
			t.Errorf("to %s: %s\nwant it to say %s", tt.to, f.Explanation, tt.words)
		}
	}
	bad := record("£190m")
	bad.Packages[1].Change.Of = "fund-2023"
	if err := bad.Validate(); !errors.Is(err, claims.ErrNotFound) || !strings.Contains(err.Error(), "packages[1].change.of") {
		t.Errorf("Validate() with a change of a missing package = %v, want ErrNotFound at packages[1].change.of", err)
	}
}

// TestAssessLaterChange checks that findings on a package say what a
// later package of the record did to it: a top-up, with the new total,
// a replacement, a re-announcement.
func TestAssessLaterChange(t *testing.T) {
	fig := currency.MustParseFigure
	funder := funding.Org{Name: "Department of Health"}
	tests := []struct {
		name  string
		later funding.Package
		words string
	}{
		// £250m + £150m = £400m.
		{"topped up by its By", funding.Package{ID: "top-up", Funder: funder, Headline: fig("£150m"),
			Change: funding.Change{By: fig("£150m"), Of: "fund", Relation: funding.TopsUp}},
			"It was later topped up by the package “top-up”, announced as “£150m”, by £150m, bringing the total to £400m."},
		// With no By, From and To give it: £400m − £250m = £150m.
		{"topped up from … to", funding.Package{ID: "top-up", Funder: funder, Headline: fig("£400m"),
			Change: funding.Change{From: fig("£250m"), To: fig("£400m"), Of: "fund", Relation: funding.TopsUp}},
			"It was later topped up by the package “top-up”, announced as “£400m”, by £150m, bringing the total to £400m."},
		// With neither, the later headline may be the addition or the new
		// level: no total is guessed.
		{"topped up by a headline alone", funding.Package{ID: "top-up", Funder: funder, Headline: fig("£9.2m"),
			Change: funding.Change{Of: "fund", Relation: funding.TopsUp}},
			"It was later topped up by the package “top-up”, announced as “£9.2m”."},
		// A stated total is the record's, not a sum.
		{"topped up to a stated total", funding.Package{ID: "top-up", Funder: funder, Headline: fig("about £150m"),
			Change: funding.Change{By: fig("about £150m"), To: fig("about £400m"), Of: "fund", Relation: funding.TopsUp}},
			"It was later topped up by the package “top-up”, announced as “about £150m”, by about £150m, bringing the total to about £400m."},
		// An inexact top-up with no stated total gives no total.
		{"topped up inexactly", funding.Package{ID: "top-up", Funder: funder, Headline: fig("more than £150m"),
			Change: funding.Change{By: fig("more than £150m"), Of: "fund", Relation: funding.TopsUp}},
			"It was later topped up by the package “top-up”, announced as “more than £150m”, by more than £150m."},
		{"replaced", funding.Package{ID: "next", Funder: funder, Headline: fig("£300m"),
			Change: funding.Change{Of: "fund", Relation: funding.Replaces}},
			"It was later replaced by the package “next”, announced as “£300m”."},
		{"re-announced", funding.Package{ID: "again", Funder: funder, Headline: fig("£250m"),
			Change: funding.Change{Of: "fund", Relation: funding.Reannounces}},
			"It was later re-announced as the package “again”, announced as “£250m”."},
		{"changed", funding.Package{ID: "other", Funder: funder, Headline: fig("£20m"),
			Change: funding.Change{Of: "fund", By: fig("£20m"), Cut: true}},
			"It was later changed by the package “other”, announced as “£20m”, a cut of £20m."},
	}
	for _, tt := range tests {
		r := claims.Record{
			Packages: []funding.Package{{ID: "fund", Funder: funder, Headline: fig("£250m")}, tt.later},
			Claims: []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Source"}, Quote: "words", About: "fund",
				Assertions: claims.Assertions{claims.StatedAmount{Figure: fig("£250m")}}}},
		}
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if f := a.Findings[0]; f.Verdict != claims.Accurate || !strings.Contains(f.Explanation, tt.words) {
			t.Errorf("%s: %v, %s\nwant accurate, saying %s", tt.name, f.Verdict, f.Explanation, tt.words)
		}
	}
}

func TestAssessItemisationOfOtherTerms(t *testing.T) {
	fig := currency.MustParseFigure
	funder := funding.Org{Name: "DfT"}
	three := funding.Period{Start: funding.MustDate(2024, 4, 1), End: funding.MustDate(2027, 3, 31)}
	r := claims.Record{Packages: []funding.Package{
		// £400m a year over three financial years, itemised as totals.
		{ID: "buses", Funder: funder, Headline: fig("£400m a year"), Period: three, Allocations: []funding.Allocation{
			{ID: "north", Amount: currency.Pounds(700_000_000)}, {ID: "south", Amount: currency.Pounds(500_000_000)}}},
		// A year's money with nothing to total it over.
		{ID: "trams", Funder: funder, Headline: fig("£400m a year"), Allocations: []funding.Allocation{
			{ID: "north", Amount: currency.Pounds(700_000_000)}}},
	}}
	tests := []struct {
		pkg, said string
		verdict   claims.Verdict
		words     string
	}{
		{"buses", "£1.2bn", claims.Accurate, "“£1.2bn” matches the itemised £1.2bn."},
		{"trams", "£400m a year", claims.Accurate, `The record has the headline as announced, but its allocations cannot be added up: headline: value out of range: "£400m a year" is money per 1 year, and neither it nor the period says over what term to total it.`},
	}
	for _, tt := range tests {
		rr := r
		rr.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: "words", About: tt.pkg,
			Assertions: claims.Assertions{claims.StatedAmount{Figure: fig(tt.said)}}}}
		a, err := claims.Assess(rr, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if f := a.Findings[0]; f.Verdict != tt.verdict || !strings.Contains(f.Explanation, tt.words) {
			t.Errorf("%q about %s = %v: %s\nwant %v, saying %s", tt.said, tt.pkg, f.Verdict, f.Explanation, tt.verdict, tt.words)
		}
	}
}
