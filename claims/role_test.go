package claims_test

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// fromQuoteRecord returns a record of one package with the given headline
// and one claim about it whose assertions are FromQuote's proposals for
// quote, as a new user would write one.
func fromQuoteRecord(headline, quote string) claims.Record {
	var as claims.Assertions
	for _, s := range claims.FromQuote(quote) {
		as = append(as, s)
	}
	return claims.Record{
		Packages: []funding.Package{{ID: "p", Funder: funding.Org{Name: "HM Government"}, Headline: currency.MustParseFigure(headline)}},
		Claims:   []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A Speaker"}, Quote: quote, About: "p", Assertions: as}},
	}
}

// TestFromQuoteRoles holds the wrong verdicts FromQuote's proposals used to
// get, figures of other roles weighed against the headline, as regression
// tests: each figure now gets the role its words give, and only the
// package's own figure gets a verdict against the headline.
func TestFromQuoteRoles(t *testing.T) {
	type want struct {
		words   string
		role    claims.Role
		verdict claims.Verdict
		says    string
	}
	tests := []struct {
		name     string
		headline string
		quote    string
		want     []want
	}{
		{"needed, was overstated", "£450m",
			"The Local Government Association said councils needed £1.2bn to stand still.",
			[]want{{"£1.2bn", claims.RoleNeeded, claims.NotAssessed, "the £450m package is £750m less, 37.5% of it"}}},
		{"from … to, was understated", "£53.9bn",
			"Core spending power rises from £50.1bn to £53.9bn next year.",
			[]want{
				{"£50.1bn", claims.RolePrevious, claims.NotAssessed, "the level before a change"},
				{"£53.9bn", claims.RoleLevel, claims.Accurate, "matches the £53.9bn package"},
			}},
		{"a change a year, was understated by 97%", "£20m",
			"It is a 9% increase, £600,000 more a year.",
			[]want{{"£600,000", claims.RoleChange, claims.NotAssessed, "a change from an earlier level"}}},
		{"a share, was understated by 98%", "£300m",
			"Bristol will get between £4m and £5m of it.",
			[]want{{"between £4m and £5m", claims.RoleShare, claims.NotAssessed, "a share of the package"}}},
		{"the package itself", "£2.4m",
			"I'm announcing a new £2.4m package of support for victims and survivors.",
			[]want{{"£2.4m", claims.RolePackage, claims.Accurate, "matches the £2.4m package"}}},
		{"no role in the words", "£2.4m",
			"£2m.",
			[]want{{"£2m", claims.RoleUnknown, claims.NotAssessed, "set its role"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := claims.Assess(fromQuoteRecord(tt.headline, tt.quote), claims.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Findings) != len(tt.want) {
				t.Fatalf("Assess(%q) gave %d findings, want %d", tt.quote, len(a.Findings), len(tt.want))
			}
			for i, w := range tt.want {
				f := a.Findings[i]
				if f.Words != w.words || f.Role != w.role || f.Verdict != w.verdict {
					t.Errorf("finding %d on %q = %q, role %v, %v; want %q, role %v, %v\n%s",
						i, tt.quote, f.Words, f.Role, f.Verdict, w.words, w.role, w.verdict, f.Explanation)
				}
				if !strings.Contains(f.Explanation, w.says) {
					t.Errorf("finding %d on %q: explanation %q does not say %q", i, tt.quote, f.Explanation, w.says)
				}
			}
		})
	}
}

// TestAssessRoles checks what each role of a stated amount is weighed
// against, set in the record or read from the words.
func TestAssessRoles(t *testing.T) {
	gov := funding.Org{Name: "HM Government"}
	r := claims.Record{Packages: []funding.Package{
		{ID: "p", Funder: gov, Headline: currency.MustParseFigure("£300m"),
			Allocations: []funding.Allocation{{ID: "bristol", Title: "Bristol", Amount: currency.Pounds(4_500_000)}, {ID: "rest", Amount: currency.Pounds(295_500_000)}}},
		{ID: "rival", Funder: funding.Org{Name: "The opposition"}, Headline: currency.MustParseFigure("£5bn")},
		{ID: "years", Funder: gov, Headline: currency.MustParseFigure("£4.5bn"),
			Period: funding.Period{Start: funding.MustDate(2025, 4, 1), End: funding.MustDate(2028, 3, 31)}},
		{ID: "year", Funder: gov, Headline: currency.MustParseFigure("£1.5bn"), Period: funding.MustParseFiscalYear("2025-26").Period()},
	}}
	amount := func(figure string, role claims.Role, pkg, alloc string) claims.StatedAmount {
		return claims.StatedAmount{Figure: currency.MustParseFigure(figure), Role: role, Package: pkg, Allocation: alloc}
	}
	tests := []struct {
		name  string
		about string
		quote string
		a     claims.StatedAmount
		role  claims.Role
		want  claims.Verdict
		says  string
	}{
		{"a share naming its allocation", "p", "Bristol will get between £4m and £5m", amount("between £4m and £5m", 0, "", "bristol"),
			claims.RoleShare, claims.Accurate, "the £4.5m allocation “Bristol”"},
		{"a share more than the whole", "p", "Bristol will get £400m", amount("£400m", claims.RoleShare, "", ""),
			claims.RoleShare, claims.NotAssessed, "It is more than the whole of the itemised £300m."},
		// £400m is more than the whole £300m: another item's figure that
		// cannot be a part of the package, as a wider announcement's total
		// quoted in a story about one fund.
		{"another item's figure more than the whole", "p", "with a huge £400m investment announced today", amount("£400m", claims.RoleOther, "", ""),
			claims.RoleOther, claims.NotAssessed, "“£400m” is another item’s figure, not the package, so it is not weighed against the itemised £300m. It is more than the whole of the itemised £300m, so it cannot be a part of it."},
		// Money a year is not set against a total.
		{"another item's figure a year", "p", "£400m a year", amount("£400m a year", claims.RoleOther, "", ""),
			claims.RoleOther, claims.NotAssessed, "“£400m a year” is another item’s figure, not the package, so it is not weighed against the itemised £300m."},
		{"a rival naming its package", "p", "Labour's £5bn plan", amount("£5bn", claims.RoleRival, "rival", ""),
			claims.RoleRival, claims.Accurate, "matches the £5bn package"},
		{"a rival naming none", "p", "Labour's £5bn plan", amount("£5bn", claims.RoleRival, "", ""),
			claims.RoleRival, claims.NotAssessed, "name the rival package of the record to check it"},
		{"a level the package does not match", "p", "rising to £350m", amount("£350m", claims.RoleLevel, "", ""),
			claims.RoleLevel, claims.NotAssessed, "the package may be the change rather than the level"},
		{"a proposal", "p", "our proposal", amount("£350m", claims.RoleProposal, "", ""),
			claims.RoleProposal, claims.NotAssessed, "a counterproposal compares a proposal’s cost with the package"},
		// £1.5bn a year against £4.5bn for three years is not compared as
		// if both were totals; against £1.5bn for one year it is.
		{"a year, three years", "years", "about £1.5bn a year", claims.StatedAmount{Figure: currency.MustParseFigure("about £1.5bn"), Span: claims.Span{End: len("about £1.5bn")}},
			claims.RoleUnknown, claims.NotAssessed, "Nothing in the words"},
		{"a year, set as the package", "years", "about £1.5bn a year", claims.StatedAmount{Figure: currency.MustParseFigure("about £1.5bn"), Role: claims.RolePackage, Span: claims.Span{End: len("about £1.5bn")}},
			claims.RolePackage, claims.NotAssessed, "is a sum per year (read from “a year”), but the record does not have the £4.5bn package for one financial year"},
		{"a year, one year", "year", "about £1.5bn a year", claims.StatedAmount{Figure: currency.MustParseFigure("about £1.5bn"), Role: claims.RolePackage, Span: claims.Span{End: len("about £1.5bn")}},
			claims.RolePackage, claims.Accurate, "matches the £1.5bn package"},
		{"per head", "p", "£30 per head", claims.StatedAmount{Figure: currency.MustParseFigure("£30"), Role: claims.RolePackage, Span: claims.Span{End: len("£30")}},
			claims.RolePackage, claims.NotAssessed, "is stated per head, and the record has the itemised £300m as a total"},
	}
	for _, tt := range tests {
		rec := r
		rec.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: tt.quote, About: tt.about, Assertions: claims.Assertions{tt.a}}}
		a, err := claims.Assess(rec, claims.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		f := a.Findings[0]
		if f.Role != tt.role || f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%s: role %v, %v, %q; want role %v, %v, saying %q", tt.name, f.Role, f.Verdict, f.Explanation, tt.role, tt.want, tt.says)
		}
	}
}

// TestWriteTextNotAssessed checks that the text report shows a figure that
// was not assessed, in its summary and its finding.
func TestWriteTextNotAssessed(t *testing.T) {
	a, err := claims.Assess(fromQuoteRecord("£450m", "Councils needed £1.2bn."), claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := claims.WriteText(&b, a); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"1 finding on 1 claim: 1 not assessed.", "Verdict: not assessed\n", "is an amount said to be needed"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("WriteText lacks %q:\n%s", want, b.String())
		}
	}
}

// TestAssessChangeRoles checks figures of the level before a change, of
// the change and of the level after it against the package's Change.
func TestAssessChangeRoles(t *testing.T) {
	gov := funding.Org{Name: "HM Government"}
	fig := currency.MustParseFigure
	r := claims.Record{Packages: []funding.Package{
		{ID: "rise", Funder: gov, Headline: fig("£3.8bn"), Change: funding.Change{From: fig("£50.1bn"), To: fig("£53.9bn")}},
		{ID: "cut", Funder: gov, Headline: fig("£2m"), Change: funding.Change{By: fig("more than £300,000"), Cut: true}},
		{ID: "fund-2024", Funder: gov, Headline: fig("£180.8m")},
		{ID: "fund-2025", Funder: gov, Headline: fig("£190m"), Change: funding.Change{Of: "fund-2024", Relation: funding.TopsUp}},
		{ID: "boroughs", Funder: gov, Headline: fig("£11.6m"), Change: funding.Change{By: fig("£11.6m"), To: fig("£237m"), Relation: funding.TopsUp}},
	}}
	tests := []struct {
		about, quote string
		want         []claims.Verdict
		says         []string
	}{
		// £53.9bn − £50.1bn = £3.8bn.
		{"rise", "Core spending power rises from £50.1bn to £53.9bn, £3.8bn more.",
			[]claims.Verdict{claims.Accurate, claims.Accurate, claims.Accurate},
			[]string{"“£50.1bn” matches the record’s level before the change (£50.1bn). It is the level before a change (read from “from … to”).",
				"“£53.9bn” matches the record’s level after the change (£53.9bn).",
				"“£3.8bn” matches the record’s change (£3.8bn). It is a change from an earlier level (read from “more”)."}},
		{"cut", "The grant was cut by £250,000.", []claims.Verdict{claims.Understated},
			[]string{"“£250,000” understates the record’s cut, “more than £300,000”."}},
		{"fund-2025", "It is up from £180.8m last year.", []claims.Verdict{claims.Accurate},
			[]string{"“£180.8m” matches the record’s level before the change (£180.8m)."}},
		// A top-up of an earlier level the record holds no package for.
		{"boroughs", "Bringing the total to £237m.", []claims.Verdict{claims.Accurate},
			[]string{"“£237m” matches the record’s level after the change (£237m). It is the level after a change (read from “bringing … to”). The record has the headline as announced, with no itemisation. The record says it tops up an earlier level of money, which the record holds no package for, bringing the total to £237m, an increase of £11.6m."}},
	}
	for _, tt := range tests {
		rec := r
		var as claims.Assertions
		for _, s := range claims.FromQuote(tt.quote) {
			as = append(as, s)
		}
		rec.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: tt.quote, About: tt.about, Assertions: as}}
		a, err := claims.Assess(rec, claims.Options{})
		if err != nil {
			t.Fatalf("%q: %v", tt.quote, err)
		}
		if len(a.Findings) != len(tt.want) {
			t.Fatalf("%q: %d findings, want %d", tt.quote, len(a.Findings), len(tt.want))
		}
		for i, f := range a.Findings {
			if f.Verdict != tt.want[i] || f.Basis != claims.FromChange || !strings.Contains(f.Explanation, tt.says[i]) {
				t.Errorf("%q finding %d: %v, basis %v, %q; want %v, saying %q", tt.quote, i, f.Verdict, f.Basis, f.Explanation, tt.want[i], tt.says[i])
			}
		}
	}
}

// TestAssessRealChange checks figures in real terms against the change in
// real terms the record states beside the cash one, like with like: "a
// £21.8 billion increase in cash terms, or £10 billion in real terms".
func TestAssessRealChange(t *testing.T) {
	fig := currency.MustParseFigure
	gov := funding.Org{Name: "Department of Health"}
	r := claims.Record{Packages: []funding.Package{
		{ID: "cash-only", Funder: gov, Headline: fig("£119.9bn"), Change: funding.Change{From: fig("£98.1bn"), To: fig("£119.9bn"), By: fig("£21.8bn")}},
		{ID: "nhs", Funder: gov, Headline: fig("£119.9bn"), Period: funding.MustParseFiscalYear("2020-21").Period(),
			Change: funding.Change{From: fig("£98.1bn"), To: fig("£119.9bn"), By: fig("£21.8bn"), RealBy: fig("£10bn")}},
	}}
	tests := []struct {
		about, said string
		terms       claims.Terms
		want        claims.Verdict
		says        string
	}{
		{"nhs", "£10 billion", claims.RealTerms, claims.Accurate, "“£10 billion” matches the record’s change in real terms (£10bn)."},
		{"nhs", "£10 billion", claims.RealTerms, claims.Accurate, "The record says it changes an earlier level of money, from £98.1bn to £119.9bn, an increase of £21.8bn, or an increase of £10bn in real terms."},
		// The cash rise said to be real: 21.8 − 10 = 11.8; 21.8 / 10 =
		// 2.18, 118% more.
		{"nhs", "£21.8 billion", claims.RealTerms, claims.Overstated, "“£21.8 billion” overstates the record’s change in real terms (£10bn) by £11.8bn (118%)."},
		// A sum a year against a package for one financial year.
		{"nhs", "£10 billion a year", claims.RealTerms, claims.Accurate, "“£10 billion a year” matches the record’s change in real terms (£10bn). It is a sum a year, and the package is for one financial year, 2020-21."},
		// In cash it is weighed against the cash change: 10 / 21.8 =
		// 0.4587, 54.1% less.
		{"nhs", "£10 billion", claims.Cash, claims.Understated, "“£10 billion” understates the record’s change (£21.8bn) by £11.8bn (54.1%)."},
		{"cash-only", "£10 billion", claims.RealTerms, claims.NotAssessed, "is stated in real terms, and the record has no price index"},
	}
	for _, tt := range tests {
		rr := r
		rr.Claims = []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: "words", About: tt.about,
			Assertions: claims.Assertions{claims.StatedAmount{Figure: fig(tt.said), Role: claims.RoleChange, Terms: tt.terms}}}}
		a, err := claims.Assess(rr, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if f := a.Findings[0]; f.Verdict != tt.want || !strings.Contains(f.Explanation, tt.says) {
			t.Errorf("%q (%v) about %s = %v, %q; want %v, saying %q", tt.said, tt.terms, tt.about, f.Verdict, f.Explanation, tt.want, tt.says)
		}
	}
}
