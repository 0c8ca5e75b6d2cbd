package claims_test

import (
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// TestAssessTwoSources checks that figures two sources give for one item
// that cannot both be right are reported, with who said what.
func TestAssessTwoSources(t *testing.T) {
	say := func(id, who, title, figure string) claims.Claim {
		return claims.Claim{ID: id, Speaker: funding.Person{Org: who}, Source: funding.Source{Title: title},
			Quote: "announced " + figure, About: "fund",
			Assertions: claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure(figure), Role: claims.RolePackage}}}
	}
	share := func(id, who, figure string) claims.Claim {
		return claims.Claim{ID: id, Speaker: funding.Person{Org: who}, Quote: figure, About: "split",
			Assertions: claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure(figure), Allocation: "north"}}}
	}
	tests := []struct {
		name   string
		claims []claims.Claim
		want   map[string][]string // the Disagrees of each claim's finding
		says   map[string]string
	}{
		{"£4.4bn and £4.5bn", []claims.Claim{say("bbc", "BBC News", "Councils get £4.4bn", "£4.4bn"), say("hmt", "HM Treasury", "Budget 2025", "£4.5bn")},
			map[string][]string{"bbc": {"hmt"}, "hmt": {"bbc"}},
			map[string]string{
				"bbc": "It cannot agree with what another source gives for the same item: HM Treasury (Budget 2025) said “£4.5bn”.",
				"hmt": "BBC News (Councils get £4.4bn) said “£4.4bn”.",
			}},
		// "about £4.5bn" admits £4.05bn to £4.95bn, so £4.4bn may be it.
		{"about £4.5bn and £4.4bn", []claims.Claim{say("bbc", "BBC News", "", "£4.4bn"), say("hmt", "HM Treasury", "", "about £4.5bn")},
			map[string][]string{}, nil},
		// The middle figure disagrees with both ends; each end with the
		// other figures' furthest.
		{"three figures", []claims.Claim{say("a", "A", "", "£4.4bn"), say("b", "B", "", "£4.5bn"), say("c", "C", "", "£4.7bn")},
			map[string][]string{"a": {"c"}, "b": {"a", "c"}, "c": {"a"}},
			map[string]string{"b": "A said “£4.4bn”; C said “£4.7bn”."}},
		// A sum a year and a total are for different terms.
		{"different terms", []claims.Claim{say("a", "A", "", "£4.4bn"), say("b", "B", "", "£1.5bn a year")},
			map[string][]string{}, nil},
		// "£1.2m" admits up to £1.25m, "£1.5m" from £1.45m.
		{"one allocation", []claims.Claim{share("x", "X", "£1.2m"), share("y", "Y", "£1.5m")},
			map[string][]string{"x": {"y"}, "y": {"x"}}, nil},
		// One source that gives two figures is not two sources.
		{"one source", []claims.Claim{share("x", "X", "£1.2m"), share("y", "X", "£1.5m")},
			map[string][]string{}, nil},
		// The most extreme figure is from the same source; the next is
		// from another.
		{"the runner-up", []claims.Claim{say("a", "A", "", "£4.2bn"), say("a2", "A", "", "£4.3bn"), say("b", "B", "", "£4.4bn"), say("c", "A", "", "£4.8bn")},
			map[string][]string{"a": {"b"}, "a2": {"b"}, "b": {"a", "c"}, "c": {"b"}},
			map[string]string{"b": "A said “£4.2bn”; A said “£4.8bn”."}},
		// "£1m" is to the nearest £1m, so £1.45m rounds to it.
		{"one allocation, roundings meet", []claims.Claim{share("x", "X", "£1m"), share("y", "Y", "£1.5m")},
			map[string][]string{}, nil},
	}
	for _, tt := range tests {
		r := claims.Record{
			Packages: []funding.Package{
				{ID: "fund", Funder: funding.Org{Name: "HM Treasury"}, Headline: currency.MustParseFigure("£4.5bn")},
				{ID: "split", Funder: funding.Org{Name: "HM Treasury"}, Allocations: []funding.Allocation{{ID: "north", Amount: currency.Pounds(1_000_000)}}},
			},
			Claims: tt.claims,
		}
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := map[string][]string{}
		for _, f := range a.Findings {
			if f.Disagrees != nil {
				got[f.Claim] = f.Disagrees
			}
			if want, ok := tt.says[f.Claim]; ok && !strings.Contains(f.Explanation, want) {
				t.Errorf("%s: finding on %s says %q, want %q", tt.name, f.Claim, f.Explanation, want)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Disagrees mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}
