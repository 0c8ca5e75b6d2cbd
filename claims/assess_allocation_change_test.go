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

// settlement is a record of the 2015-16 Scottish local government
// settlement, "£10.8billion", £300million more than the year before, with
// Aberdeen's share and its own change, "an extra £10million ... £328million
// in revenue funding, up from £318million", and Moray's share, whose
// change the record does not hold; by, if set, is Aberdeen's stated
// change instead of £10million.
func settlement(by string, s ...claims.StatedAmount) claims.Record {
	fig := currency.MustParseFigure
	aberdeen := funding.Change{From: fig("£318million"), To: fig("£328million"), By: fig("£10million")}
	if by != "" {
		aberdeen.By = fig(by)
	}
	var as claims.Assertions
	for _, a := range s {
		as = append(as, a)
	}
	return claims.Record{
		Packages: []funding.Package{{ID: "lg-2015-16", Funder: funding.Org{Name: "Scottish Government"},
			Headline: fig("£10.8billion"), Partial: true,
			Change: funding.Change{From: fig("£10.5billion"), To: fig("£10.8billion"), By: fig("£300million")},
			Allocations: []funding.Allocation{
				{ID: "aberdeen-city", Title: "Aberdeen City Council", Stated: fig("£328million"), Change: aberdeen},
				{ID: "moray", Title: "Moray Council", Stated: fig("£100million")},
			}}},
		Claims: []claims.Claim{{ID: "swinney", Speaker: funding.Person{Name: "John Swinney"}, Quote: "Aberdeen City Council would receive an extra £10million", About: "lg-2015-16", Assertions: as}},
	}
}

func TestAssessAllocationChange(t *testing.T) {
	type want struct {
		verdict  claims.Verdict
		basis    claims.Basis
		recorded string // the recorded figure's words, "" for none
		diff     string // the difference, "" for none
		pct      string
		says     string
	}
	stated := func(figure, alloc string, role claims.Role) claims.StatedAmount {
		return claims.StatedAmount{Figure: currency.MustParseFigure(figure), Allocation: alloc, Role: role}
	}
	tests := []struct {
		name string
		a    claims.StatedAmount
		want want
	}{
		{"the allocation's change", stated("£10million", "aberdeen-city", claims.RoleChange),
			want{claims.Accurate, claims.FromChange, "£10million", "£0.00", "0", "“£10million” matches the record’s change of the allocation “Aberdeen City Council” (£10m)."}},
		{"the allocation's level before", stated("£318million", "aberdeen-city", claims.RolePrevious),
			want{claims.Accurate, claims.FromChange, "£318million", "£0.00", "0", "the record’s level before the change of the allocation “Aberdeen City Council” (£318m)"}},
		{"the allocation's level after", stated("£328million", "aberdeen-city", claims.RoleLevel),
			want{claims.Accurate, claims.FromChange, "£328million", "£0.00", "0", "the record’s level after the change of the allocation “Aberdeen City Council” (£328m)"}},
		// 12 − 10 = 2, 2 ÷ 10 = 20%; "£12million" admits £11.5m to
		// £12.5m, not £10m.
		{"an overstated change", stated("£12million", "aberdeen-city", claims.RoleChange),
			want{claims.Overstated, claims.FromChange, "£10million", "£2,000,000.00", "20", "overstates the record’s change of the allocation “Aberdeen City Council” (£10m) by £2m (20%)"}},
		// 9 − 10 = −1, −1 ÷ 10 = −10%.
		{"an understated change", stated("£9million", "aberdeen-city", claims.RoleChange),
			want{claims.Understated, claims.FromChange, "£10million", "-£1,000,000.00", "-10", "understates the record’s change of the allocation “Aberdeen City Council” (£10m) by £1m (10%)"}},
		// Moray's change is not recorded: the package's £300million is
		// another's money, which "£5million" must not be weighed against.
		{"no change of the allocation", stated("£5million", "moray", claims.RoleChange),
			want{claims.NotAssessed, claims.BasisUnknown, "", "", "", "“£5million” is a change from an earlier level, not the allocation, so it is not weighed against the £100m allocation “Moray Council”; the record holds no change of that allocation to check it against."}},
		{"no level before of the allocation", stated("£95million", "moray", claims.RolePrevious),
			want{claims.NotAssessed, claims.BasisUnknown, "", "", "", "the record holds no change of that allocation to check it against."}},
		// With no level after in its change, a level is weighed against
		// the allocation's figure as its total, as a package's is.
		{"a level of an allocation with no change", stated("£100million", "moray", claims.RoleLevel),
			want{claims.Accurate, claims.FromAllocation, "£100million", "£0.00", "0", "It is the level after a change, weighed against the allocation as its total."}},
		// A level the allocation does not match may be its change.
		{"a level an allocation with no change is not", stated("£150million", "moray", claims.RoleLevel),
			want{claims.NotAssessed, claims.FromAllocation, "£100million", "", "", "and the £100m allocation “Moray Council” is not it; the allocation may be the change rather than the level"}},
		{"the package's change", stated("£300million", "", claims.RoleChange),
			want{claims.Accurate, claims.FromChange, "£300million", "£0.00", "0", "“£300million” matches the record’s change (£300m)."}},
	}
	for _, tt := range tests {
		a, err := claims.Assess(settlement("", tt.a), claims.Options{})
		if err != nil {
			t.Fatalf("%s: Assess: %v", tt.name, err)
		}
		f := a.Findings[0]
		got := want{f.Verdict, f.Basis, f.Recorded.Text(), "", "", tt.want.says}
		if !f.Difference.IsZero() || f.Verdict != claims.NotAssessed {
			got.diff, got.pct = f.Difference.String(), f.Percent.String()
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(want{})); diff != "" {
			t.Errorf("%s: Assess(%q) (-want +got)\n%s\n%s", tt.name, tt.a.Figure.Text(), diff, f.Explanation)
		}
		if !strings.Contains(f.Explanation, tt.want.says) {
			t.Errorf("%s: Assess(%q) explanation = %q, want it to say %q", tt.name, tt.a.Figure.Text(), f.Explanation, tt.want.says)
		}
	}
}

// TestAssessAllocationChangeContradicts checks that a record whose
// allocation's change disagrees with itself says so, naming the
// allocation, where the package is relied on.
func TestAssessAllocationChangeContradicts(t *testing.T) {
	// The levels give a rise of £9m to £11m; "£12million" is £11.5m to
	// £12.5m.
	const says = `The record contradicts itself: aberdeen-city: the change from "£318million" to "£328million" (a rise of between £9,000,000 and £11,000,000) disagrees with the stated change "£12million".`
	r := settlement("£12million", claims.StatedAmount{Figure: currency.MustParseFigure("£10.8billion"), Role: claims.RolePackage},
		claims.StatedAmount{Figure: currency.MustParseFigure("£12million"), Allocation: "aberdeen-city", Role: claims.RoleChange})
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range a.Findings {
		if !strings.Contains(f.Explanation, says) {
			t.Errorf("finding %d explanation = %q, want it to say %q", i, f.Explanation, says)
		}
	}
	// Recycled money above the allocation's figure, with no level
	// before: "£150million" is above all of "£100million".
	r = settlement("", r.Claims[0].Assertions[0].(claims.StatedAmount))
	r.Packages[0].Allocations[1].Change = funding.Change{Recycled: currency.MustParseFigure("£150million")}
	a, err = claims.Assess(r, claims.Options{})
	const recycled = `The record contradicts itself: moray: the money announced before, "£150million", is more than its figure "£100million".`
	if err != nil || !strings.Contains(a.Findings[0].Explanation, recycled) {
		t.Errorf("Assess: %v, explanation %q, want it to say %q", err, a.Findings[0].Explanation, recycled)
	}
	a, err = claims.Assess(settlement("", r.Claims[0].Assertions[0].(claims.StatedAmount)), claims.Options{})
	if err != nil || strings.Contains(a.Findings[0].Explanation, "contradicts") {
		t.Errorf("Assess of a consistent record: %v, explanation %q, want no contradiction", err, a.Findings[0].Explanation)
	}
}

func TestValidateAllocationChangeOf(t *testing.T) {
	r := settlement("")
	r.Packages[0].Allocations[1].Change = funding.Change{Of: "lg-2015-16", Relation: funding.TopsUp}
	err := r.Validate()
	var re *claims.RecordError
	if !errors.As(err, &re) || re.Path != "packages[0].allocations[1].change.of" || !errors.Is(err, funding.ErrRange) {
		t.Errorf("Validate() = %v, want ErrRange at packages[0].allocations[1].change.of", err)
	}
}
