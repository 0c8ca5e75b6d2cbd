package claims_test

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// moneyRecord is a record of levels of one budget by year and an itemised
// package, with invented numbers of the shape of real ones.
func moneyRecord() claims.Record {
	gov := funding.Org{Name: "HM Government"}
	year := func(s string) funding.Period { return funding.MustParseFiscalYear(s).Period() }
	head := currency.MustParseFigure
	return claims.Record{
		Packages: []funding.Package{
			{ID: "y2024", Funder: gov, Headline: head("£18m"), Period: year("2024-25")},
			{ID: "y2025", Funder: gov, Headline: head("£20m"), Period: year("2025-26")},
			{ID: "small", Funder: gov, Headline: head("£5.2m")},
			{ID: "edu", Funder: gov, Headline: head("£300m"), Allocations: []funding.Allocation{
				{ID: "schools", Amount: currency.Pounds(200_000_000)},
				{ID: "roads", Amount: currency.Pounds(100_000_000)},
			}},
			{ID: "counted", Funder: gov, Headline: head("£2m"), Measures: []funding.Measure{
				{Count: funding.MustParseCount("400"), Noun: "cases"},
			}},
		},
	}
}

// assessIn assesses the assertions of one claim about package about with
// quote in r and returns the findings. A ratio with no span is given the
// whole quote as its words.
func assessIn(t *testing.T, r claims.Record, about, quote string, as ...claims.Assertion) []claims.Finding {
	t.Helper()
	for i, a := range as {
		if rc, ok := a.(claims.RatioClaim); ok && rc.Span.IsZero() {
			rc.Span = claims.Span{Start: 0, End: len(quote)}
			as[i] = rc
		}
	}
	r.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: quote, About: about, Assertions: as}}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return a.Findings
}

func TestAssessProportions(t *testing.T) {
	pkg := func(id string) claims.Quantity { return claims.Quantity{Noun: id, Package: id} }
	alloc := func(id string) claims.Quantity { return claims.Quantity{Noun: id, Package: "edu", Allocation: id} }
	said := func(figure, noun string) claims.Quantity {
		return claims.Quantity{Noun: noun, Amount: currency.MustParseFigure(figure)}
	}
	ratio := func(stated string, num, den claims.Quantity) claims.RatioClaim {
		return claims.RatioClaim{Numerator: num, Denominator: den, Stated: claims.MustParseProportion(stated)}
	}
	real := func(r claims.RatioClaim) claims.RatioClaim { r.Terms = claims.RealTerms; return r }
	prices := moneyRecord()
	prices.Prices = map[funding.Year]decimal.Decimal{
		funding.MustParseFiscalYear("2024-25").Year(): decimal.NewFromInt(100),
		funding.MustParseFiscalYear("2025-26").Year(): decimal.NewFromInt(108),
	}
	tests := []struct {
		name string
		r    claims.Record
		a    claims.RatioClaim
		want claims.Verdict
		says string
	}{
		// £20m against £18m is an increase of 11.11%, outside the 8.5% to
		// 9.5% that "9%" admits; 9 is 19% less than 11.11. The increase is
		// written to one more place than the claim's "9%".
		{"a 9% increase, understated", moneyRecord(), ratio("a 9% increase", pkg("y2025"), pkg("y2024")),
			claims.Understated, "The £20m package against the £18m package is an 11.1% increase: “words” understated it by 19%."},
		{"an 11% increase, rounded", moneyRecord(), ratio("an 11% increase", pkg("y2025"), pkg("y2024")),
			claims.Rounded, "is an 11.1% increase, and “words” is that rounded"},
		// £18m against £20m is a cut of 10%: "a cut of 5%" understates it
		// by half.
		{"a cut of 5%", moneyRecord(), ratio("a cut of 5%", pkg("y2024"), pkg("y2025")),
			claims.Understated, "is a 10% cut: “words” understated it by 50%."},
		{"an increase that was a cut", moneyRecord(), ratio("an increase of 9%", pkg("y2024"), pkg("y2025")),
			claims.Overstated, "is a 10% cut, not an increase"},
		// £200m of £300m is two thirds exactly.
		{"two thirds", moneyRecord(), ratio("two thirds", alloc("schools"), pkg("edu")),
			claims.Accurate, "The £200m allocation against the itemised £300m is 66.7%, as “words” says."},
		{"a third", moneyRecord(), ratio("a third", alloc("roads"), pkg("edu")), claims.Accurate, "33.3%"},
		// Half admits 45% to 55%; 66.7% is 25% more than 50%.
		{"half", moneyRecord(), ratio("half", alloc("schools"), pkg("edu")), claims.Understated, "understated it by 25%"},
		// £20m against £5.2m is 3.846 times: nearly four times.
		{"nearly quadruple", moneyRecord(), ratio("nearly quadruple", pkg("y2025"), pkg("small")),
			claims.Accurate, "is 3.846 times, as"},
		{"more than doubled, the claim's figures", moneyRecord(), ratio("more than doubled", said("£53.9bn", "spending now"), said("£20bn", "spending then")),
			claims.NotSupported, "Spending now of £53.9bn against spending then of £20bn is 2.695 times, as “words” says. The record does not hold both amounts"},
		// £20m of £20bn is 0.1%; "1 per cent" is ten times that.
		{"0.1 per cent", moneyRecord(), ratio("0.1 per cent", pkg("y2025"), said("£20bn", "the NHS budget")),
			claims.NotSupported, "is 0.1%, as"},
		{"1 per cent, the claim's own figures", moneyRecord(), ratio("1 per cent", pkg("y2025"), said("£20bn", "the NHS budget")),
			claims.Overstated, "overstated it by 900%. That is on the claim’s own figures."},
		{"money against a count", moneyRecord(), claims.RatioClaim{Package: "counted", Numerator: pkg("counted"),
			Denominator: claims.Quantity{Noun: "cases", Measure: "cases"}}, claims.NotLikeForLike, "a sum of money against a count"},
		{"no base", moneyRecord(), ratio("a 9% increase", pkg("y2025"), claims.Quantity{Noun: "the budget before"}),
			claims.NotSupported, "the record has no amount for the budget before."},
		// In real terms, £18m in 2024-25 is £19.44m in 2025-26 prices, and
		// £20m against it an increase of 2.88%: "an 11% increase" is 281.9%
		// more than that.
		{"real terms, with prices", prices, real(ratio("an 11% increase", pkg("y2025"), pkg("y2024"))),
			claims.Overstated, "The £20m package against the £18m package, in 2025-26 prices, is a 2.9% increase: “words” overstated it by 281.9%."},
		{"real terms, no prices", moneyRecord(), real(ratio("an 11% increase", pkg("y2025"), pkg("y2024"))),
			claims.NotAssessed, "the record has no price index to adjust for inflation, so it is not assessed: a rise in cash is not a rise in real terms."},
	}
	for _, tt := range tests {
		fs := assessIn(t, tt.r, "", "words", tt.a)
		f := fs[0]
		if f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%s: %v, %q; want %v, saying %q", tt.name, f.Verdict, f.Explanation, tt.want, tt.says)
		}
	}
}

// TestAssessConsistency checks a percentage against the money change the
// same claim states: the base each implies.
func TestAssessConsistency(t *testing.T) {
	change := claims.StatedAmount{Figure: currency.MustParseFigure("£600,000"), Role: claims.RoleChange}
	ratio := func(stated string, num, den claims.Quantity) claims.RatioClaim {
		return claims.RatioClaim{Numerator: num, Denominator: den, Stated: claims.MustParseProportion(stated)}
	}
	pkg := func(id string) claims.Quantity { return claims.Quantity{Noun: id, Package: id} }
	none := func(noun string) claims.Quantity { return claims.Quantity{Noun: noun} }
	tests := []struct {
		name string
		a    claims.RatioClaim
		want claims.Verdict
		says string
	}{
		// To £20m, a 9% increase is from £20m ÷ 1.09 = £18,348,623.85;
		// £600,000 more makes it from £19.4m; £1,051,376.15 apart.
		{"after known", ratio("a 9% increase", pkg("y2025"), none("the budget before")), claims.Inconsistent,
			"The claim’s own figures disagree: a 9% increase to £20m is from £18,348,624, but £600,000 makes it from £19.4m: the bases they imply are £1,051,376 apart."},
		// From £18m, 9% is £1,620,000; £600,000 is 9% of £6,666,666.67;
		// £11,333,333.33 apart.
		{"before known", ratio("a 9% increase", none("the budget after"), pkg("y2024")), claims.Inconsistent,
			"a 9% increase on £18m is £1,620,000, not £600,000, which is a 9% increase on £6,666,667: the bases they imply are £11,333,333 apart."},
		// £600,000 is 3% of £20m.
		{"they agree", ratio("a 3% increase", none("the budget after"), pkg("y2025")), claims.NotSupported,
			"“£600,000” agrees with “a 3% increase”: both imply a level before of about £20m."},
		{"neither level", ratio("a 9% increase", none("after"), none("before")), claims.NotSupported,
			"With “£600,000”, “a 9% increase” implies a level before of £6,666,667."},
	}
	for _, tt := range tests {
		fs := assessIn(t, moneyRecord(), "y2025", "a 9% increase, £600,000 more a year", tt.a, change)
		f := fs[0]
		if f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%s: %v, %q; want %v, saying %q", tt.name, f.Verdict, f.Explanation, tt.want, tt.says)
		}
		if fs[1].Verdict != claims.NotAssessed {
			t.Errorf("%s: the change itself is %v, want not assessed", tt.name, fs[1].Verdict)
		}
	}
}

// TestAssessConsistencyReal checks a real sentence whose percentage and
// money agree: £3.9bn on a level before of £60.2bn (invented, of the
// shape of the real one) is 6.48%, and "6.5%" admits 6.45% up to 6.55%.
// https://ifs.org.uk/articles/2024-25-local-government-finance-settlement-real-pain-still-come
func TestAssessConsistencyReal(t *testing.T) {
	quote := "The settlement confirmed a substantial cash-terms increase in councils’ core funding (or ‘core spending power’) next year: of £3.9 billion, or 6.5%."
	r := moneyRecord()
	r.Packages = append(r.Packages, funding.Package{ID: "csp", Funder: funding.Org{Name: "MHCLG"}, Headline: currency.MustParseFigure("£60.2bn")})
	rise := claims.RatioClaim{
		Numerator:   claims.Quantity{Noun: "core spending power next year"},
		Denominator: claims.Quantity{Noun: "core spending power this year", Package: "csp"},
		Stated:      claims.MustParseProportion("a 6.5% increase"),
		Span:        span(quote, "6.5%"),
	}
	change := claims.StatedAmount{Figure: currency.MustParseFigure("£3.9 billion"), Role: claims.RoleChange, Span: span(quote, "£3.9 billion")}
	fs := assessIn(t, r, "csp", quote, rise, change)
	want := "“£3.9 billion” agrees with “a 6.5% increase”: both imply a level before of about £60.2bn."
	if fs[0].Verdict != claims.NotSupported || !strings.Contains(fs[0].Explanation, want) {
		t.Errorf("%v, %q; want not supported, saying %q", fs[0].Verdict, fs[0].Explanation, want)
	}
}

// TestAssessChangePercent checks a change in per cent against the
// package's Change: from £50.1bn to £53.9bn is 7.58%, and £3.8bn.
func TestAssessChangePercent(t *testing.T) {
	r := claims.Record{Packages: []funding.Package{{ID: "csp", Funder: funding.Org{Name: "MHCLG"}, Headline: currency.MustParseFigure("£53.9bn"),
		Change: funding.Change{From: currency.MustParseFigure("£50.1bn"), To: currency.MustParseFigure("£53.9bn")}}}}
	pct := func(s string) claims.RatioClaim {
		return claims.RatioClaim{Numerator: claims.Quantity{Noun: "core spending power", Package: "csp"}, Denominator: claims.Quantity{Noun: "last year's", Package: "csp"},
			Stated: claims.MustParseProportion(s)}
	}
	tests := []struct {
		stated string
		change string
		want   claims.Verdict
		says   string
	}{
		{"a 7.6% increase", "", claims.Rounded, "The record’s level after the change (£53.9bn) against the record’s level before it (£50.1bn) is a 7.58% increase, and “words” is that rounded"},
		// 9 is 18.7% more than 7.58.
		{"a 9% increase", "", claims.Overstated, "overstated it by 18.7%"},
		// 9% of £50.1bn is £4,509,000,000, not £3.8bn; the percentage is
		// wrong by the record, and the verdict says so.
		{"a 9% increase", "£3.8bn", claims.Overstated, "a 9% increase on £50.1bn is £4,509,000,000, not £3.8bn"},
	}
	// Sides that name nothing the record holds are not the package's:
	// "school budgets increase by 2.1 per cent" has no base figures.
	unnamed := claims.RatioClaim{Numerator: claims.Quantity{Noun: "school budgets"}, Denominator: claims.Quantity{Noun: "school budgets before"},
		Stated: claims.MustParseProportion("a 2.1 per cent increase")}
	if f := assessIn(t, r, "csp", "words", unnamed)[0]; f.Verdict != claims.NotSupported {
		t.Errorf("a change of unnamed quantities: %v, %q; want not supported", f.Verdict, f.Explanation)
	}
	for _, tt := range tests {
		as := claims.Assertions{pct(tt.stated)}
		if tt.change != "" {
			as = append(as, claims.StatedAmount{Figure: currency.MustParseFigure(tt.change), Role: claims.RoleChange})
		}
		f := assessIn(t, r, "csp", "words", as...)[0]
		if f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%q: %v, %q; want %v, saying %q", tt.stated, f.Verdict, f.Explanation, tt.want, tt.says)
		}
	}
}

// TestAssessRealTermsChange checks that a change stated in real terms is
// never set against the record's cash change: the NHS's £21.8bn cash rise
// is "£10 billion in real terms", which understates nothing.
func TestAssessRealTermsChange(t *testing.T) {
	r := claims.Record{Packages: []funding.Package{{ID: "nhs", Funder: funding.Org{Name: "DHSC"}, Headline: currency.MustParseFigure("£119.9bn"),
		Change: funding.Change{From: currency.MustParseFigure("£98.1bn"), To: currency.MustParseFigure("£119.9bn"), By: currency.MustParseFigure("£21.8bn")}}}}
	for _, role := range []claims.Role{claims.RoleChange, claims.RoleLevel, claims.RolePrevious, claims.RolePackage} {
		a := claims.StatedAmount{Figure: currency.MustParseFigure("£10bn"), Role: role, Terms: claims.RealTerms}
		if f := assessIn(t, r, "nhs", "£10 billion in real terms", a)[0]; f.Verdict != claims.NotAssessed {
			t.Errorf("£10bn in real terms as %v: %v, %q; want not assessed", role, f.Verdict, f.Explanation)
		}
	}
}

// TestAssessRealPercent checks a change in per cent said in real terms
// against the change in real terms the record states beside the cash one:
// NHS England's 1.9% real growth in 2015-16 (3.26% in cash), and school
// budgets' 2.1% rise in cash, 0.1% in real terms, stated with no money.
func TestAssessRealPercent(t *testing.T) {
	fig := currency.MustParseFigure
	gov := funding.Org{Name: "Department of Health"}
	r := claims.Record{Packages: []funding.Package{
		{ID: "y2014", Funder: gov, Headline: fig("£98.1bn")},
		{ID: "y2015", Funder: gov, Headline: fig("£101.3bn"),
			Change: funding.Change{From: fig("£98.1bn"), To: fig("£101.3bn"), Of: "y2014", Relation: funding.Replaces, RealPercent: decimal.RequireFromString("1.9")}},
		{ID: "schools", Funder: funding.Org{Name: "Department for Education"},
			Change: funding.Change{Percent: decimal.RequireFromString("2.1"), RealPercent: decimal.RequireFromString("0.1")}},
		{ID: "squeezed", Funder: funding.Org{Name: "Department for Education"},
			Change: funding.Change{Percent: decimal.RequireFromString("2.1"), RealPercent: decimal.RequireFromString("2.3"), RealCut: true}},
	}}
	ratio := func(stated, num, den string) claims.RatioClaim {
		return claims.RatioClaim{Numerator: claims.Quantity{Noun: "after", Package: num}, Denominator: claims.Quantity{Noun: "before", Package: den},
			Stated: claims.MustParseProportion(stated), Terms: claims.RealTerms}
	}
	cash := func(r claims.RatioClaim) claims.RatioClaim { r.Terms = claims.Cash; return r }
	tests := []struct {
		about string
		a     claims.RatioClaim
		want  claims.Verdict
		says  string
	}{
		{"y2015", ratio("a 1.9% increase", "y2015", "y2014"), claims.Accurate, "The record’s change in real terms is a 1.9% increase, as “words” says."},
		// Sides that name no package are not taken for its change.
		{"squeezed", claims.RatioClaim{Numerator: claims.Quantity{Noun: "after"}, Denominator: claims.Quantity{Noun: "before"}, Stated: claims.MustParseProportion("a 2.3 per cent cut"), Terms: claims.RealTerms},
			claims.NotSupported, "cannot be checked without base figures"},
		// The cash rise, 101.3 / 98.1 = 1.0326, said to be real: 3.3 is
		// 73.7% more than 1.9 (1.4 / 1.9 = 0.7368).
		{"y2015", ratio("a 3.3% increase", "y2015", "y2014"), claims.Overstated, "The record’s change in real terms is a 1.9% increase: “words” overstated it by 73.7%."},
		{"schools", ratio("a 0.1 per cent increase", "schools", "schools"), claims.Accurate, "The record’s change in real terms is a 0.1% increase, as “words” says."},
		// 2.1 is 20 times 0.1: the cash rise is not the real one.
		{"schools", ratio("a 2.1 per cent increase", "schools", "schools"), claims.Overstated, "overstated it by 2000%"},
		{"squeezed", ratio("a 2.3 per cent cut", "squeezed", "squeezed"), claims.Accurate, "The record’s change in real terms is a 2.3% cut, as “words” says."},
		// In cash, with no levels to work it out from, against the
		// record's cash percentage.
		{"squeezed", cash(ratio("a 2.1 per cent increase", "squeezed", "squeezed")), claims.Accurate, "The record’s change is a 2.1% increase, as “words” says."},
		{"squeezed", ratio("a 2.3 per cent increase", "squeezed", "squeezed"), claims.Overstated, "a 2.3% cut, not an increase"},
	}
	for _, tt := range tests {
		f := assessIn(t, r, tt.about, "words", tt.a)[0]
		if f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%v about %s: %v, %q; want %v, saying %q", tt.a.Stated, tt.about, f.Verdict, f.Explanation, tt.want, tt.says)
		}
	}
}

// TestAssessChangeOfOneSide checks a change in per cent whose two sides
// name a package that holds no levels of its change: its headline is the
// increase (£5.1bn), so setting it against itself would give a 0% rise.
// With the record's percentage it is weighed against that; without, it is
// not supported.
func TestAssessChangeOfOneSide(t *testing.T) {
	fig := currency.MustParseFigure
	gov := funding.Org{Name: "DLUHC"}
	r := claims.Record{Packages: []funding.Package{
		{ID: "csp", Funder: gov, Headline: fig("£5.1 billion"), Change: funding.Change{To: fig("£59.7 billion"), By: fig("£5.1 billion")}},
		{ID: "csp-pct", Funder: gov, Headline: fig("£5.1 billion"), Change: funding.Change{To: fig("£59.7 billion"), By: fig("£5.1 billion"), Percent: decimal.RequireFromString("9.4")}},
	}}
	ratio := func(id string) claims.RatioClaim {
		return claims.RatioClaim{Numerator: claims.Quantity{Noun: "core spending power", Package: id}, Denominator: claims.Quantity{Noun: "last year's", Package: id},
			Stated: claims.MustParseProportion("an increase of 9.4%"), Terms: claims.Cash}
	}
	if f := assessIn(t, r, "csp", "words", ratio("csp"))[0]; f.Verdict != claims.NotSupported || !strings.Contains(f.Explanation, "the record has no levels before and after the change of the package “csp”, nor its change in per cent") {
		t.Errorf("a change with no levels: %v, %q; want not supported", f.Verdict, f.Explanation)
	}
	if f := assessIn(t, r, "csp-pct", "words", ratio("csp-pct"))[0]; f.Verdict != claims.Accurate || !strings.Contains(f.Explanation, "The record’s change is a 9.4% increase") {
		t.Errorf("a change with the record's percentage: %v, %q; want accurate", f.Verdict, f.Explanation)
	}
	// The claim's own figures are still set against each other: £5.1bn
	// more and 9.4% both imply a level before; £59.7bn / 1.094 =
	// £54,570,383,912 and £59.7bn − £5.1bn = £54.6bn agree through the
	// rounding of 9.4%.
	own := ratio("csp-pct")
	own.Numerator.Amount = fig("£59.7 billion")
	fs := assessIn(t, r, "csp-pct", "words", own, claims.StatedAmount{Figure: fig("£5.1 billion"), Role: claims.RoleChange})
	if f := fs[0]; f.Verdict != claims.Accurate || !strings.Contains(f.Explanation, "both imply a level before of about £54,570,383,912") {
		t.Errorf("a change with the record's percentage and the claim's money: %v, %q; want accurate, with the bases", f.Verdict, f.Explanation)
	}
}

// TestAssessChangeOfCounts checks that a change in per cent of counts the
// record holds as measures is weighed against those counts, not against
// the package's change in money: pupils up 5% (8,400,000 against
// 8,000,000 is 1.05) says nothing of a budget's 2.1% rise.
func TestAssessChangeOfCounts(t *testing.T) {
	r := claims.Record{Packages: []funding.Package{{ID: "schools", Funder: funding.Org{Name: "Department for Education"},
		Measures: []funding.Measure{{Count: funding.MustParseCount("8,400,000"), Noun: "pupils"}, {Count: funding.MustParseCount("8,000,000"), Noun: "pupils last year"}},
		Change:   funding.Change{Percent: decimal.RequireFromString("2.1")}}}}
	a := claims.RatioClaim{Numerator: claims.Quantity{Noun: "pupils", Package: "schools", Measure: "pupils"},
		Denominator: claims.Quantity{Noun: "pupils last year", Package: "schools", Measure: "pupils last year"},
		Stated:      claims.MustParseProportion("a 5% increase"), Terms: claims.Cash}
	if f := assessIn(t, r, "schools", "words", a)[0]; f.Verdict != claims.Accurate || strings.Contains(f.Explanation, "The record’s change") {
		t.Errorf("pupils up 5%%: %v, %q; want accurate, against the counts", f.Verdict, f.Explanation)
	}
}

// TestAssessRatioOfOneMeasure checks that a ratio whose two sides name the
// same measure is not worked out as 8,000,000 against itself, a change of
// 0% that would make "a 5% increase" overstated: the record holds one
// level, not the two the claim compares.
func TestAssessRatioOfOneMeasure(t *testing.T) {
	r := claims.Record{Packages: []funding.Package{{ID: "schools", Funder: funding.Org{Name: "Department for Education"},
		Measures: []funding.Measure{{Count: funding.MustParseCount("8,000,000"), Noun: "pupils"}}}}}
	a := claims.RatioClaim{Numerator: claims.Quantity{Noun: "pupils this year", Package: "schools", Measure: "pupils"},
		Denominator: claims.Quantity{Noun: "pupils last year", Package: "schools", Measure: "pupils"},
		Stated:      claims.MustParseProportion("a 5% increase"), Terms: claims.Cash}
	if f := assessIn(t, r, "schools", "words", a)[0]; f.Verdict != claims.NotSupported || !strings.Contains(f.Explanation, "the record holds one level for both its sides, 8,000,000 pupils") {
		t.Errorf("pupils up 5%% on one measure: %v, %q; want not supported, the record holding one level", f.Verdict, f.Explanation)
	}
}
