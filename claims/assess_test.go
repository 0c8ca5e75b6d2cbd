package claims_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// fixture returns a record of small packages for table tests:
//   - "headline": announced as "£2.4m", for victim services, not itemised;
//   - "near": "£2.4m" itemised as £2,395,000;
//   - "two": "£2.4m" itemised as £1.4m and £1m;
//   - "four", "four2", "three9": £4,000,000, £4,200,000, £3,900,000 itemised;
//   - "short": "more than £4 million" itemised as £3,595,000;
//   - "inexact": "more than £4m", not itemised;
//   - "none": neither headline nor itemisation;
//   - "zero": one allocation of £0;
//   - "counts": with measures of cases and of solved cases;
//   - "big": £10,000,000,000,000,000.40 itemised.
func fixture() claims.Record {
	alloc := func(id string, pounds int64) funding.Allocation {
		return funding.Allocation{ID: id, Title: "Grant " + id, Amount: currency.Pounds(pounds)}
	}
	funder := funding.Org{Name: "Mayor of London"}
	pkg := func(id, headline string, allocs ...funding.Allocation) funding.Package {
		p := funding.Package{ID: id, Funder: funder, Allocations: allocs, Kind: funding.Services,
			Purposes: []string{"advocacy", "counselling"}, Novelty: funding.New}
		if headline != "" {
			p.Headline = currency.MustParseFigure(headline)
		}
		return p
	}
	counts := pkg("counts", "£2.4m")
	counts.Measures = []funding.Measure{
		{Count: funding.MustParseCount("about 9,000"), Noun: "historic cases"},
		{Count: funding.MustParseCount("9,000"), Noun: "cases searched"},
		{Count: funding.MustParseCount("2,200"), Noun: "cases reviewed"},
		{Count: funding.MustParseCount("about 1,200"), Noun: "cases in scope", Unit: "case in scope"},
		{Count: funding.MustParseCount("290"), Noun: "solved cases this year"},
		{Count: funding.MustParseCount("200"), Noun: "solved cases in 2024"},
		{Count: funding.MustParseCount("100"), Noun: "solved cases last year"},
	}
	none := funding.Package{ID: "none", Funder: funder}
	return claims.Record{
		Packages: []funding.Package{
			pkg("headline", "£2.4m"),
			pkg("near", "£2.4m", alloc("a", 2_395_000)),
			pkg("two", "£2.4m", alloc("a", 1_400_000), alloc("b", 1_000_000)),
			pkg("four", "", alloc("a", 4_000_000)),
			pkg("four2", "", alloc("a", 4_200_000)),
			pkg("three9", "", alloc("a", 3_900_000)),
			pkg("short", "more than £4 million", alloc("a", 1_260_000), alloc("b", 2_165_000), alloc("c", 100_000), alloc("d", 70_000)),
			pkg("inexact", "more than £4m"),
			none,
			pkg("zero", "", alloc("a", 0)),
			counts,
			{ID: "big", Funder: funder, Allocations: []funding.Allocation{{ID: "a", Amount: currency.MustParse("£10,000,000,000,000,000.40")}}},
		},
		Events: []claims.Event{
			{ID: "review", Title: "the review was announced", Date: funding.MustDate(2025, 1, 1)},
			{ID: "package", Title: "the package was announced", Date: funding.MustDate(2025, 6, 1), Package: "headline"},
			{ID: "undated", Title: "the minister spoke"},
		},
	}
}

// assessOne assesses one assertion, made by a claim about package about, in
// the fixture record.
func assessOne(t *testing.T, about string, a claims.Assertion, o claims.Options, extra ...claims.Claim) claims.Finding {
	t.Helper()
	r := fixture()
	c := claims.Claim{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: "words", About: about, Assertions: claims.Assertions{a}}
	r.Claims = append([]claims.Claim{c}, extra...)
	got, err := claims.Assess(r, o)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return got.Findings[0]
}

func stated(figure string) claims.StatedAmount {
	return claims.StatedAmount{Figure: currency.MustParseFigure(figure)}
}

func TestAssessStatedAmount(t *testing.T) {
	tests := []struct {
		figure     string
		pkg        string
		allocation string
		tolerance  string
		want       claims.Verdict
		says       []string // phrases the explanation must contain
		diff       string   // the Difference, if any
	}{
		{"£2.4m", "headline", "", "", claims.Accurate, []string{"matches the £2.4m package", "new money"}, "£0.00"},
		{"£2m", "headline", "", "", claims.Understated, []string{"understates the £2.4m package by £400,000 (16.7%)", "what £2.4m rounds to at the nearest £1m"}, "-£400,000.00"},
		{"£2m", "headline", "", "20", claims.Rounded, []string{"rounded", "£400,000 (16.7%)", "within the 20%"}, "-£400,000.00"},
		{"£2m", "headline", "", "-1", claims.Understated, nil, "-£400,000.00"},
		{"£2.5m", "headline", "", "", claims.Overstated, []string{"overstates the £2.4m package by £100,000 (4.2%)."}, "£100,000.00"},
		{"£2.4m", "near", "", "", claims.Rounded, []string{"the itemised £2,395,000 rounded", "£5,000 (0.2%)"}, "£5,000.00"},
		{"£2.4m", "near", "", "-1", claims.Overstated, nil, "£5,000.00"},
		{"£2.4m", "two", "", "", claims.Accurate, []string{"matches the itemised £2.4m"}, "£0.00"},
		{"£1.4m", "two", "a", "", claims.Accurate, []string{"matches the £1.4m allocation “Grant a”"}, "£0.00"},
		{"£1.5m", "two", "b", "", claims.Overstated, []string{"overstates the £1m allocation"}, "£500,000.00"},
		// Bounds.
		{"at least £4m", "four", "", "", claims.Accurate, []string{"matches the itemised £4m"}, "£0.00"},
		// A strict hedge at the record's own figure: "more than £4m" for
		// exactly £4,000,000 names the money exactly, and only the hedge
		// is off, by a hair. It was Overstated with a difference of £0.
		{"more than £4m", "four", "", "", claims.Rounded, []string{"“more than £4m” is a hair off the itemised £4m: the record has exactly £4,000,000, the figure named, so the money is what was said, to within rounding; only the hedge is off, since strictly £4,000,000 is not more than £4m."}, "£0.00"},
		{"more than £4m", "four", "", "-1", claims.Overstated, []string{"“more than £4m” overstates the itemised £4m by a hair: the record has exactly £4,000,000, the figure named, and strictly £4,000,000 is not more than £4m; no rounding is allowed."}, "£0.00"},
		{"more than £4m", "four2", "", "", claims.Accurate, []string{"the stated £4m is £200,000 (4.8%) less than the record"}, "-£200,000.00"},
		{"up to £10m", "headline", "", "", claims.Accurate, nil, "£7,600,000.00"},
		{"less than £2m", "headline", "", "", claims.Understated, []string{"which is not less than £2m"}, "-£400,000.00"},
		{"about £2.5m", "headline", "", "", claims.Accurate, []string{"holds for the £2.4m package"}, "£100,000.00"},
		{"about £3m", "headline", "", "", claims.Overstated, nil, "£600,000.00"},
		{"nearly £4m", "three9", "", "", claims.Accurate, nil, "£100,000.00"},
		{"nearly £4m", "four2", "", "", claims.Understated, []string{"which is not nearly £4m"}, "-£200,000.00"},
		{"nearly £4m", "four", "", "", claims.Rounded, []string{"is a hair off the itemised £4m", "strictly £4,000,000 is not nearly £4m"}, "£0.00"},
		{"less than £4m", "four", "", "", claims.Rounded, []string{"strictly £4,000,000 is not less than £4m"}, "£0.00"},
		// Ranges.
		{"£3m-£5m", "four", "", "", claims.Accurate, nil, "£0.00"},
		{"£5m to £6m", "four", "", "", claims.Overstated, []string{"the stated £5m is £1m (25%) more than the record"}, "£1,000,000.00"},
		{"£1m-£1.5m", "headline", "", "", claims.Understated, []string{"the stated £1.5m is £900,000 (37.5%) less"}, "-£900,000.00"},
		// A headline the itemisation falls short of.
		{"more than £4 million", "short", "", "", claims.NotSupported, []string{"not supported by the itemised £3,595,000, which is at least £405,000 short"}, "£405,000.00"},
		{"£4m", "short", "", "", claims.NotSupported, []string{"what the itemised £3,595,000 rounds to at the nearest £1m", "£405,000 (11.3%) more"}, "£405,000.00"},
		{"£3.6m", "short", "", "", claims.Rounded, nil, "£5,000.00"},
		{"£3m", "short", "", "", claims.Understated, nil, "-£595,000.00"},
		// A headline with no itemisation that is not exact.
		{"more than £3m", "inexact", "", "", claims.Accurate, []string{"follows from the headline"}, ""},
		{"£2m", "inexact", "", "", claims.Understated, nil, ""},
		{"less than £1m", "inexact", "", "", claims.Understated, nil, ""},
		{"£5m", "inexact", "", "", claims.NotSupported, []string{"cannot be confirmed"}, ""},
		// Different currency, missing record, zero record.
		{"€2.4m", "headline", "", "", claims.NotLikeForLike, []string{"is in EUR but the record is in GBP"}, ""},
		{"$3 billion", "short", "", "", claims.NotLikeForLike, nil, ""},
		{"£2m", "none", "", "", claims.NotSupported, []string{"no amount for the package “none”"}, ""},
		{"£1m", "zero", "", "", claims.Overstated, []string{"overstates the itemised £0 by £1m."}, "£1,000,000.00"},
	}
	for _, tt := range tests {
		var o claims.Options
		if tt.tolerance != "" {
			o.Tolerance = decimalOf(tt.tolerance)
		}
		a := stated(tt.figure)
		a.Allocation = tt.allocation
		f := assessOne(t, tt.pkg, a, o)
		if f.Verdict != tt.want {
			t.Errorf("%q against %s/%s (tolerance %q) = %v, want %v\n%s", tt.figure, tt.pkg, tt.allocation, tt.tolerance, f.Verdict, tt.want, f.Explanation)
		}
		for _, s := range tt.says {
			if !strings.Contains(f.Explanation, s) {
				t.Errorf("%q against %s: explanation lacks %q:\n%s", tt.figure, tt.pkg, s, f.Explanation)
			}
		}
		gotDiff := ""
		if !f.Difference.Currency().IsZero() {
			gotDiff = f.Difference.String()
		}
		if gotDiff != tt.diff {
			t.Errorf("%q against %s: Difference = %q, want %q", tt.figure, tt.pkg, gotDiff, tt.diff)
		}
	}
}

func TestAssessNumbers(t *testing.T) {
	f := assessOne(t, "headline", stated("£2m"), claims.Options{})
	want := claims.Finding{
		Claim: "c", Kind: claims.AssertionStatedAmount, Verdict: claims.Understated, Package: "headline",
		Basis:      claims.FromHeadline,
		Role:       claims.RolePackage,
		Stated:     currency.MustParseFigure("£2m"),
		Recorded:   currency.MustParseFigure("£2.4m"),
		Difference: currency.Pounds(-400_000),
		Percent:    decimalOf("-16.66666666666667"),
		Ratio:      decimalOf("0.8333333333333333"),
	}
	f.Explanation = ""
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("Assess(£2m against £2.4m) mismatch (-want +got):\n%s", diff)
	}
}

func TestAssessCounterproposal(t *testing.T) {
	tests := []struct {
		name  string
		about string
		cp    claims.Counterproposal
		want  claims.Verdict
		says  []string
	}{
		{"inquiry", "headline", claims.Counterproposal{Proposer: "City Hall Conservatives", Purpose: "inquiry", Spending: funding.Inquiry, Cost: currency.MustParseFigure("£4.5m"), Costed: true},
			claims.NotLikeForLike, []string{"City Hall Conservatives’ proposed £4.5m inquiry is 1.875 times the £2.4m package and £2.1m more, but the two are not like for like", "no costing to check"}},
		{"same thing", "headline", claims.Counterproposal{Purpose: "counselling", Spending: funding.Services, Cost: currency.MustParseFigure("£3m")},
			claims.Opinion, []string{"The proposed £3m spending on services is 1.25 times", "does not show whether the two are like for like"}},
		{"other currency", "headline", claims.Counterproposal{Cost: currency.MustParseFigure("€5m")},
			claims.NotLikeForLike, []string{"is in EUR"}},
		{"no package", "", claims.Counterproposal{Cost: currency.MustParseFigure("up to £5m")},
			claims.Opinion, []string{"stated as “up to £5m”", "names no package"}},
		{"no amount", "none", claims.Counterproposal{Cost: currency.MustParseFigure("£5m")},
			claims.Opinion, []string{"no amount for the package"}},
	}
	for _, tt := range tests {
		f := assessOne(t, tt.about, tt.cp, claims.Options{})
		if f.Verdict != tt.want {
			t.Errorf("%s: verdict = %v, want %v\n%s", tt.name, f.Verdict, tt.want, f.Explanation)
		}
		for _, s := range tt.says {
			if !strings.Contains(f.Explanation, s) {
				t.Errorf("%s: explanation lacks %q:\n%s", tt.name, s, f.Explanation)
			}
		}
	}
}

func TestAssessCountsAndRatios(t *testing.T) {
	count := func(s, measure string) claims.CountClaim {
		return claims.CountClaim{Count: funding.MustParseCount(s), Noun: "historic cases", Measure: measure}
	}
	q := func(count, noun string) claims.Quantity {
		var c funding.Count
		if count != "" {
			c = funding.MustParseCount(count)
		}
		return claims.Quantity{Count: c, Noun: noun}
	}
	m := func(count, noun string) claims.Quantity {
		x := q(count, noun)
		x.Measure = noun
		return x
	}
	tests := []struct {
		name string
		a    claims.Assertion
		want claims.Verdict
		says string
	}{
		{"count agrees", count("about 9,000", "historic cases"), claims.Accurate, "agrees with the record, which has about 9,000 historic cases"},
		{"count exact against about", count("9,000", "historic cases"), claims.Accurate, "agrees"},
		{"count too many", count("12,000", "historic cases"), claims.Overstated, "overstates the record’s about 9,000 historic cases by 3,000 (33.3%)"},
		{"count too few", count("5,000", "historic cases"), claims.Understated, "by 4,000 (44.4%)"},
		{"more than, equal", count("more than 9,000", "cases searched"), claims.Overstated, ""},
		{"at least, equal", count("at least 9,000", "cases searched"), claims.Accurate, ""},
		{"nearly, within", count("nearly 10,000", "cases searched"), claims.Accurate, ""},
		{"nearly, larger", count("nearly 8,000", "cases searched"), claims.Understated, ""},
		{"no measure", count("about 9,000", ""), claims.NotSupported, "holds no count of historic cases"},
		{"share", claims.RatioClaim{Numerator: m("about 1,200", "cases in scope"), Denominator: m("2,200", "cases reviewed")},
			claims.Accurate, "About 1,200 cases in scope out of 2,200 cases reviewed is about 55%, and the record has both counts."},
		{"share, exact", claims.RatioClaim{Numerator: m("", "solved cases this year"), Denominator: m("", "cases reviewed")},
			claims.Accurate, "290 solved cases this year out of 2,200 cases reviewed is 13.2%"},
		{"share, claim only", claims.RatioClaim{Numerator: q("1,200", "cases in scope"), Denominator: q("2,200", "cases reviewed")},
			claims.NotSupported, "does not hold both counts"},
		{"threefold, no base", claims.RatioClaim{Numerator: q("", "solved cases over the past year"), Denominator: q("", "solved cases in the year before"), Stated: claims.MustParseProportion("threefold")},
			claims.NotSupported, "cannot be checked without base figures: the record has no count of solved cases in the year before or of solved cases over the past year"},
		{"threefold, one base", claims.RatioClaim{Numerator: m("", "solved cases this year"), Denominator: q("", "solved cases before"), Stated: claims.MustParseProportion("threefold")},
			claims.NotSupported, "no count of solved cases before."},
		{"threefold, rounded", claims.RatioClaim{Numerator: m("", "solved cases this year"), Denominator: m("", "solved cases last year"), Stated: claims.MustParseProportion("threefold")},
			claims.Rounded, "290 solved cases this year against 100 solved cases last year is 2.9 times"},
		{"threefold, overstated", claims.RatioClaim{Numerator: m("", "solved cases in 2024"), Denominator: m("", "solved cases last year"), Stated: claims.MustParseProportion("threefold")},
			claims.Overstated, "overstated it by 50%"},
		{"twofold, accurate", claims.RatioClaim{Numerator: m("", "solved cases in 2024"), Denominator: m("", "solved cases last year"), Stated: claims.MustParseProportion("twofold")},
			claims.Accurate, "is 2 times, as"},
		{"contradicted count", claims.RatioClaim{Numerator: m("about 2,000", "cases in scope"), Denominator: m("2,200", "cases reviewed")},
			claims.Overstated, "The claim’s “about 2,000 cases in scope” overstates the record’s about 1,200 cases in scope."},
	}
	for _, tt := range tests {
		f := assessOne(t, "counts", tt.a, claims.Options{})
		if f.Verdict != tt.want {
			t.Errorf("%s: verdict = %v, want %v\n%s", tt.name, f.Verdict, tt.want, f.Explanation)
		}
		if !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%s: explanation lacks %q:\n%s", tt.name, tt.says, f.Explanation)
		}
	}
}

func TestAssessJudgements(t *testing.T) {
	proposal := claims.Claim{ID: "p", Speaker: funding.Person{Name: "B"}, Quote: "we proposed £4.5m", About: "counts",
		Assertions: claims.Assertions{claims.Counterproposal{Proposer: "B", Spending: funding.Inquiry, Purpose: "inquiry", Cost: currency.MustParseFigure("£4.5m")}}}
	tests := []struct {
		name  string
		about string
		a     claims.Assertion
		says  []string
	}{
		{"too little", "counts", claims.Insufficiency{Against: "p", Needed: currency.MustParseFigure("£10m")},
			[]string{"Whether the £2.4m package is too little is a judgement", "B’s proposed £4.5m inquiry is £2.1m more (1.875 times), though not like for like",
				"the £10m said to be needed is £7.6m more (4.167 times)", "£2.4m over about 1,200 cases in scope is about £2,000 per case in scope"}},
		{"too little, nothing to go on", "none", claims.Insufficiency{}, []string{"The record holds nothing to measure it against."}},
		{"too little, allocation", "two", claims.Insufficiency{Allocation: "b"}, []string{"Whether the £1m allocation “Grant b” is too little"}},
		{"too late, dated", "headline", claims.Lateness{Events: []string{"review"}},
			[]string{"the review was announced (1 January 2025); the package was announced (1 June 2025)", "From the first dated event to the last is 151 days."}},
		{"too late, partly dated", "", claims.Lateness{Events: []string{"undated", "review"}},
			[]string{"the minister spoke (date not recorded); the review was announced (1 January 2025)", "does not date one of them"}},
		{"too late, nothing", "none", claims.Lateness{}, []string{"holds no events"}},
		{"endorsement", "headline", claims.Endorsement{}, []string{"A Speaker’s endorsement is a judgement", "for advocacy and counselling, and describes the money as new money"}},
		{"endorsement, no package", "", claims.Endorsement{}, []string{"A Speaker’s endorsement is a judgement, not a fact the record can check."}},
	}
	for _, tt := range tests {
		f := assessOne(t, tt.about, tt.a, claims.Options{}, proposal)
		if f.Verdict != claims.Opinion {
			t.Errorf("%s: verdict = %v, want opinion", tt.name, f.Verdict)
		}
		for _, s := range tt.says {
			if !strings.Contains(f.Explanation, s) {
				t.Errorf("%s: explanation lacks %q:\n%s", tt.name, s, f.Explanation)
			}
		}
	}
}

func TestAssessInvalidRecord(t *testing.T) {
	r := fixture()
	r.Claims = []claims.Claim{{ID: "lost", Speaker: funding.Person{Name: "A"}, Quote: "£2m",
		Assertions: claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure("£2m"), Package: "missing"}}}}
	a, err := claims.Assess(r, claims.Options{})
	if !errors.Is(err, claims.ErrNotFound) || !strings.Contains(err.Error(), `claim "lost"`) {
		t.Errorf("Assess(record naming a missing package) error = %v, want ErrNotFound naming the claim", err)
	}
	if len(a.Findings) != 0 {
		t.Errorf("Assess(invalid record) gave %d findings, want none", len(a.Findings))
	}
}

func TestAssessEmpty(t *testing.T) {
	a, err := claims.Assess(claims.Record{}, claims.Options{})
	if err != nil || len(a.Findings) != 0 || !a.Tolerance.Equal(decimalOf("10")) {
		t.Errorf("Assess(Record{}) = %+v, %v; want no findings, tolerance 10, no error", a, err)
	}
}

func TestAssessNoRounding(t *testing.T) {
	// 40p out of £10 quadrillion is 0% to 14 decimal places of a per cent:
	// rounded by default, but not when no rounding is allowed.
	f := assessOne(t, "big", stated("£10,000,000,000,000,000"), claims.Options{Tolerance: decimalOf("-1")})
	if f.Verdict != claims.Understated {
		t.Errorf("40p under with no rounding allowed = %v, want understated\n%s", f.Verdict, f.Explanation)
	}
	f = assessOne(t, "big", stated("£10,000,000,000,000,000"), claims.Options{})
	if f.Verdict != claims.Rounded {
		t.Errorf("40p under by default = %v, want rounded\n%s", f.Verdict, f.Explanation)
	}
}

// TestAssessScaleSlip checks that a figure whose digits are the record's at
// a thousand or a million times the scale is said to look like a slip of
// scale, whatever the verdict, as "£33,900,000 a year" for the £33.9bn NHS
// settlement: 33,900,000 × 1,000 = 33,900,000,000.
func TestAssessScaleSlip(t *testing.T) {
	fig := currency.MustParseFigure
	r := claims.Record{Packages: []funding.Package{{ID: "nhs", Funder: funding.Org{Name: "HM Government"}, Headline: fig("£33.9 billion")}}}
	tests := []struct {
		said    string
		verdict claims.Verdict
		says    string // "" for no note of a slip
	}{
		{"£33,900,000 a year", claims.NotLikeForLike, "“£33,900,000 a year” has the digits of the record’s £33.9bn at a thousandth of its scale (£33,900,000 × 1,000 = £33,900,000,000): it looks like a slip of scale rather than another figure."},
		{"£33.9m", claims.Understated, "“£33.9m” has the digits of the record’s £33.9bn at a thousandth of its scale (£33,900,000 × 1,000 = £33,900,000,000)"},
		// 33,900 × 1,000,000 = 33,900,000,000.
		{"£33,900", claims.Understated, "at a millionth of its scale (£33,900 × 1,000,000 = £33,900,000,000)"},
		// 33.9tn = 33,900,000,000 × 1,000.
		{"£33.9 trillion", claims.Overstated, "at a thousand times its scale (£33,900,000,000 × 1,000 = £33,900,000,000,000)"},
		// 34,000,000 × 1,000 = 34bn, not 33.9bn: another figure.
		{"£34m", claims.Understated, ""},
		{"£33.9bn", claims.Accurate, ""},
	}
	for _, tt := range tests {
		rr := r
		rr.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "An MP"}, Quote: "words", About: "nhs",
			Assertions: claims.Assertions{claims.StatedAmount{Figure: fig(tt.said)}}}}
		a, err := claims.Assess(rr, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		f := a.Findings[0]
		slip := strings.Contains(f.Explanation, "slip of scale")
		if f.Verdict != tt.verdict || tt.says == "" && slip || tt.says != "" && !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%q against £33.9bn = %v, %q; want %v, saying %q", tt.said, f.Verdict, f.Explanation, tt.verdict, tt.says)
		}
	}
}

// TestAssessCountOfAllocation checks a count said with no money against
// the count of the allocation it names, as Ashworth's "it is just
// reconfiguring six" against the six hospitals the £2.7bn is for.
func TestAssessCountOfAllocation(t *testing.T) {
	fig := currency.MustParseFigure
	r := claims.Record{Packages: []funding.Package{{ID: "hip", Funder: funding.Org{Name: "HM Government"}, Headline: fig("£13bn"), Partial: true,
		Allocations: []funding.Allocation{
			{ID: "first", Title: "First phase", Stated: fig("£2.7bn"), Count: funding.MustParseCount("six")},
			{ID: "seed", Title: "Seed money", Stated: fig("£100m"), Count: funding.MustParseCount("34")},
			{ID: "uncounted", Title: "Uncounted", Stated: fig("£1m")},
		}}}}
	tests := []struct {
		count, alloc string
		want         claims.Verdict
		says         string
	}{
		{"six", "first", claims.Accurate, "“6 hospitals” agrees with the record: the allocation “First phase” is for 6."},
		// 7 − 6 = 1; 7 / 6 = 1.1667, 16.7% more.
		{"seven", "first", claims.Overstated, "“7 hospitals” overstates the count of the allocation “First phase”, 6, by 1 (16.7%)."},
		// "about 30" admits 27 to 33, not 34: 30 / 34 = 0.8824, 11.8% less.
		{"about 30", "seed", claims.Understated, "“about 30 hospitals” understates the count of the allocation “Seed money”, 34, by 4 (11.8%)."},
		{"more than 30", "seed", claims.Accurate, "agrees with the record: the allocation “Seed money” is for 34."},
		{"two", "uncounted", claims.NotSupported, "The record has no count for the allocation “Uncounted” to check “2 hospitals” against."},
	}
	for _, tt := range tests {
		rr := r
		rr.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "Jonathan Ashworth"}, Quote: "words", About: "hip",
			Assertions: claims.Assertions{claims.CountClaim{Count: funding.MustParseCount(tt.count), Noun: "hospitals", Allocation: tt.alloc}}}}
		a, err := claims.Assess(rr, claims.Options{})
		if err != nil {
			t.Fatalf("%s of %s: %v", tt.count, tt.alloc, err)
		}
		if f := a.Findings[0]; f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%q of %s = %v, %q; want %v, saying %q", tt.count, tt.alloc, f.Verdict, f.Explanation, tt.want, tt.says)
		}
	}
	r.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: "words", About: "hip",
		Assertions: claims.Assertions{claims.CountClaim{Count: funding.MustParseCount("six"), Noun: "hospitals", Allocation: "second"}}}}
	if err := r.Validate(); !errors.Is(err, claims.ErrNotFound) || !strings.Contains(err.Error(), "assertions[0].allocation") {
		t.Errorf("Validate() with a count of a missing allocation = %v, want ErrNotFound at assertions[0].allocation", err)
	}
}

// TestAssessChangeOfLevelsForATerm checks that levels stated for a term
// give no size of change to weigh a figure for none against: £500m a year
// less £400m a year is £100m a year, not £100m.
func TestAssessChangeOfLevelsForATerm(t *testing.T) {
	fig := currency.MustParseFigure
	const quote = "Spending is up by £100m."
	at := strings.Index(quote, "£100m")
	r := claims.Record{
		Packages: []funding.Package{{ID: "yearly", Funder: funding.Org{Name: "HM Government"}, Headline: fig("£500m a year"),
			Change: funding.Change{From: fig("£400m a year"), To: fig("£500m a year")}}},
		Claims: []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: quote, About: "yearly",
			Assertions: claims.Assertions{claims.StatedAmount{Figure: fig("£100m"), Span: claims.Span{Start: at, End: at + len("£100m")}}}}},
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f := a.Findings[0]; f.Basis == claims.FromChange || f.Verdict == claims.Accurate {
		t.Errorf("Assess(%q) = %v, basis %v, %q; want it not weighed against the change", quote, f.Verdict, f.Basis, f.Explanation)
	}
}
