package claims_test

import (
	"encoding"
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// enumCase is one value of an enumeration and its name.
type enumCase[T any] struct {
	v    T
	name string
}

type enumValue interface {
	comparable
	String() string
	encoding.TextMarshaler
}

// checkEnum checks String, parse and MarshalText/UnmarshalText for every
// listed value, and the errors for an out-of-range value and nonsense.
func checkEnum[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, parse func(string) (T, error), cases []enumCase[T], outside T, outsideName string) {
	t.Helper()
	for _, c := range cases {
		if got := c.v.String(); got != c.name {
			t.Errorf("%v.String() = %q, want %q", c.v, got, c.name)
		}
		if got, err := parse(c.name); err != nil || got != c.v {
			t.Errorf("parse(%q) = %v, %v; want %v", c.name, got, err, c.v)
		}
		text, err := c.v.MarshalText()
		if err != nil || string(text) != c.name {
			t.Errorf("%v.MarshalText() = %q, %v", c.v, text, err)
		}
		var back T
		if err := P(&back).UnmarshalText(text); err != nil || back != c.v {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, c.v)
		}
	}
	if got := outside.String(); got != outsideName {
		t.Errorf("String() of a value outside the list = %q, want %q", got, outsideName)
	}
	if _, err := outside.MarshalText(); !errors.Is(err, claims.ErrRange) {
		t.Errorf("MarshalText() of %v = %v, want ErrRange", outside, err)
	}
	if _, err := parse("mostly harmless"); !errors.Is(err, claims.ErrSyntax) {
		t.Errorf("parse(mostly harmless) = %v, want ErrSyntax", err)
	}
	var pe *claims.ParseError
	if _, err := parse(""); !errors.As(err, &pe) {
		t.Errorf(`parse("") = %v, want a *ParseError`, err)
	}
	var back T
	if err := P(&back).UnmarshalText([]byte("nonsense")); err == nil {
		t.Error("UnmarshalText(nonsense) gave no error")
	}
}

func TestVerdict(t *testing.T) {
	checkEnum(t, claims.ParseVerdict, []enumCase[claims.Verdict]{
		{claims.VerdictUnknown, "unknown"}, {claims.Accurate, "accurate"}, {claims.Rounded, "rounded"},
		{claims.Understated, "understated"}, {claims.Overstated, "overstated"}, {claims.NotSupported, "not supported"},
		{claims.NotLikeForLike, "not like for like"}, {claims.Inconsistent, "inconsistent"}, {claims.NotAssessed, "not assessed"}, {claims.Opinion, "opinion"},
	}, claims.Verdict(42), "Verdict(42)")
	for _, s := range []string{"Not-Supported", "not_supported", "NOT SUPPORTED", " notsupported "} {
		if v, err := claims.ParseVerdict(s); err != nil || v != claims.NotSupported {
			t.Errorf("ParseVerdict(%q) = %v, %v; want not supported", s, v, err)
		}
	}
	ratings := map[claims.Verdict]int{
		claims.Accurate: 5, claims.Rounded: 4, claims.NotLikeForLike: 3, claims.Understated: 2, claims.Overstated: 2,
		claims.NotSupported: 1, claims.Inconsistent: 2, claims.NotAssessed: 0, claims.Opinion: 0, claims.VerdictUnknown: 0, claims.Verdict(42): 0,
	}
	for v, want := range ratings {
		if got := v.Rating(); got != want {
			t.Errorf("%v.Rating() = %d, want %d", v, got, want)
		}
		if v.Label() == "" {
			t.Errorf("%v.Label() is empty", v)
		}
	}
	if got := claims.NotSupported.Label(); got != "Not supported by the record" {
		t.Errorf("Label() = %q", got)
	}
}

func TestRole(t *testing.T) {
	checkEnum(t, claims.ParseRole, []enumCase[claims.Role]{
		{claims.RoleUnknown, "unknown"}, {claims.RolePackage, "package"}, {claims.RoleShare, "share"},
		{claims.RoleNeeded, "needed"}, {claims.RolePrevious, "previous"}, {claims.RoleLevel, "level"},
		{claims.RoleChange, "change"}, {claims.RoleRival, "rival"}, {claims.RoleProposal, "proposal"},
		{claims.RolePerUnit, "per unit"}, {claims.RoleOther, "other"},
	}, claims.Role(12), "Role(12)")
	if r, err := claims.ParseRole("Per-Unit"); err != nil || r != claims.RolePerUnit {
		t.Errorf("ParseRole(Per-Unit) = %v, %v", r, err)
	}
}

func TestTerms(t *testing.T) {
	checkEnum(t, claims.ParseTerms, []enumCase[claims.Terms]{
		{claims.TermsUnknown, "unknown"}, {claims.Cash, "cash"}, {claims.RealTerms, "real terms"}, {claims.PerHead, "per head"},
	}, claims.Terms(4), "Terms(4)")
	if v, err := claims.ParseTerms("real-terms"); err != nil || v != claims.RealTerms {
		t.Errorf("ParseTerms(real-terms) = %v, %v", v, err)
	}
}

func TestStance(t *testing.T) {
	checkEnum(t, claims.ParseStance, []enumCase[claims.Stance]{
		{claims.StanceUnknown, "unknown"}, {claims.Supports, "supports"}, {claims.Disputes, "disputes"}, {claims.Neutral, "neutral"},
	}, claims.Stance(-1), "Stance(-1)")
}

func TestBasis(t *testing.T) {
	checkEnum(t, claims.ParseBasis, []enumCase[claims.Basis]{
		{claims.BasisUnknown, "unknown"}, {claims.FromHeadline, "headline"}, {claims.FromItemisation, "itemisation"},
		{claims.FromAllocation, "allocation"}, {claims.FromMeasure, "measure"}, {claims.FromChange, "change"},
	}, claims.Basis(7), "Basis(7)")
}

func TestAssertionKind(t *testing.T) {
	checkEnum(t, claims.ParseAssertionKind, []enumCase[claims.AssertionKind]{
		{claims.AssertionUnknown, "unknown"}, {claims.AssertionStatedAmount, "stated-amount"}, {claims.AssertionInsufficiency, "insufficiency"}, {claims.AssertionLateness, "lateness"},
		{claims.AssertionCounterproposal, "counterproposal"}, {claims.AssertionCount, "count"}, {claims.AssertionRatio, "ratio"},
		{claims.AssertionEndorsement, "endorsement"},
	}, claims.AssertionKind(99), "AssertionKind(99)")
	if k, err := claims.ParseAssertionKind("Stated Amount"); err != nil || k != claims.AssertionStatedAmount {
		t.Errorf("ParseAssertionKind(Stated Amount) = %v, %v", k, err)
	}
	kinds := map[claims.AssertionKind]claims.Assertion{
		claims.AssertionStatedAmount: claims.StatedAmount{}, claims.AssertionInsufficiency: claims.Insufficiency{},
		claims.AssertionLateness: claims.Lateness{}, claims.AssertionCounterproposal: claims.Counterproposal{},
		claims.AssertionCount: claims.CountClaim{}, claims.AssertionRatio: claims.RatioClaim{}, claims.AssertionEndorsement: claims.Endorsement{},
	}
	for k, a := range kinds {
		if a.Kind() != k || !a.Where().IsZero() {
			t.Errorf("%T.Kind() = %v, want %v", a, a.Kind(), k)
		}
	}
	if got := claims.AssertionStatedAmount.Phrase(); got != "stated amount" {
		t.Errorf("Phrase() = %q", got)
	}
	if got := claims.AssertionUnknown.Phrase(); got != "assertion" {
		t.Errorf("Phrase() = %q", got)
	}
}
