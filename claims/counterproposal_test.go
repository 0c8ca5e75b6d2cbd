package claims_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// items returns the items of a rival plan: £1bn, £500m and £300m, £1.8bn
// in all.
func items() []claims.Counterproposal {
	item := func(cost, purpose string) claims.Counterproposal {
		return claims.Counterproposal{Purpose: purpose, Cost: currency.MustParseFigure(cost)}
	}
	return []claims.Counterproposal{item("£1bn", "social care"), item("£500m", "mental health"), item("£300m", "dentistry")}
}

func TestAssessProposalItems(t *testing.T) {
	tests := []struct {
		name  string
		total string
		want  claims.Verdict
		says  []string
	}{
		// £1.8bn against the £2bn package is 0.9 times it and £200m less.
		{"no total", "", claims.Opinion, []string{"is 0.9 times the £2bn package and £200m less",
			"Its three items (£1bn for social care, £500m for mental health, £300m for dentistry) add up to £1.8bn, the cost compared."}},
		{"the total agrees", "£1.8bn", claims.Opinion, []string{"add up to £1.8bn, as the total “£1.8bn” says."}},
		// "£2.1bn" admits £2.05bn up to £2.15bn, and not £1.8bn.
		{"the total disagrees", "£2.1bn", claims.Inconsistent, []string{"add up to £1.8bn, not the total “£2.1bn” stated: the claim’s own figures disagree."}},
	}
	for _, tt := range tests {
		cp := claims.Counterproposal{Proposer: "The opposition", Items: items()}
		if tt.total != "" {
			cp.Cost = currency.MustParseFigure(tt.total)
		}
		r := claims.Record{
			Packages: []funding.Package{{ID: "nhs", Funder: funding.Org{Name: "DHSC"}, Headline: currency.MustParseFigure("£2bn")}},
			Claims:   []claims.Claim{{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: "our plan", About: "nhs", Assertions: claims.Assertions{cp}}},
		}
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		f := a.Findings[0]
		if f.Verdict != tt.want {
			t.Errorf("%s: verdict %v, want %v\n%s", tt.name, f.Verdict, tt.want, f.Explanation)
		}
		for _, s := range tt.says {
			if !strings.Contains(f.Explanation, s) {
				t.Errorf("%s: explanation %q lacks %q", tt.name, f.Explanation, s)
			}
		}
	}
}

func TestValidateProposalItems(t *testing.T) {
	bad := items()
	bad[1].Cost = currency.Figure{}
	bad[2].Cost = currency.MustParseFigure("€300m")
	bad[0].Items = items()
	c := claims.Claim{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: "q", Assertions: claims.Assertions{claims.Counterproposal{Items: bad}}}
	err := c.Validate()
	for _, want := range []struct {
		target error
		path   string
	}{
		{claims.ErrNoCost, "assertions[0].items[1].cost"},
		{currency.ErrMismatch, "assertions[0].items[2].cost"},
		{claims.ErrRange, "assertions[0].items[0].items"},
	} {
		if !errors.Is(err, want.target) || !strings.Contains(err.Error(), want.path) {
			t.Errorf("Validate() = %v, want %v at %s", err, want.target, want.path)
		}
	}
	if err := (claims.Claim{ID: "c", Speaker: funding.Person{Name: "A"}, Quote: "q", Assertions: claims.Assertions{claims.Counterproposal{Items: items()}}}).Validate(); err != nil {
		t.Errorf("a proposal of items with no total: %v", err)
	}
}
