package claims

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// TestPkgFactsLayout checks that what the weighing of most figures reads
// of a package's facts lies in their first three cache lines, and that the
// facts fill four exactly, so that each starts a line (see pkgFacts).
func TestPkgFactsLayout(t *testing.T) {
	var f pkgFacts
	if n := unsafe.Sizeof(f); n != 256 {
		t.Errorf("unsafe.Sizeof(pkgFacts{}) = %d, want 256", n)
	}
	if end := unsafe.Offsetof(f.rec) + unsafe.Offsetof(f.rec.short) + 1; end > 192 {
		t.Errorf("pkgFacts reads of most figures end at byte %d, want at most 192", end)
	}
}

// TestNoChange checks that the decimals againstAmount gives equal amounts,
// one and noChange, are exactly those Amount.Ratio and percentChange make
// of them, coefficient and exponent alike, for amounts held compactly and
// widely, so that sharing them changes no finding.
func TestNoChange(t *testing.T) {
	for _, s := range []string{"£2,400,000", "£2.4m", "£0.01", "€7", "£123456789012345678901234567.89"} {
		a, err := currency.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		ratio, err := a.Ratio(a)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(ratio, one) {
			t.Errorf("Parse(%q).Ratio of itself = %#v, want %#v", s, ratio, one)
		}
		if pct, _, _, _ := percentChange(ratio); !reflect.DeepEqual(pct, noChange) {
			t.Errorf("percentChange(%v) for %q = %#v, want %#v", ratio, s, pct, noChange)
		}
	}
}

// TestChangeIsZero checks that changeIsZero agrees with funding.Change.IsZero
// for the zero change, for a change stating a zero percentage, and for a
// change with each one of its fields set, so that a field added to Change
// that changeIsZero does not read fails here.
func TestChangeIsZero(t *testing.T) {
	check := func(what string, c funding.Change) {
		t.Helper()
		if got, want := changeIsZero(&c), c.IsZero(); got != want {
			t.Errorf("changeIsZero(%s) = %v, want %v", what, got, want)
		}
	}
	check("the zero change", funding.Change{})
	check("a change of 0%", funding.Change{Percent: decimal.RequireFromString("0")})
	typ := reflect.TypeFor[funding.Change]()
	for i := range typ.NumField() {
		field := typ.Field(i)
		var v any
		switch field.Type {
		case reflect.TypeFor[currency.Figure]():
			v = currency.MustParseFigure("£2m")
		case reflect.TypeFor[decimal.Decimal]():
			v = decimal.RequireFromString("9")
		case reflect.TypeFor[bool]():
			v = true
		case reflect.TypeFor[string]():
			v = "fund-2024"
		case reflect.TypeFor[funding.Relation]():
			v = funding.TopsUp
		default:
			t.Fatalf("Change.%s is a %v, which the test has no value for", field.Name, field.Type)
		}
		var c funding.Change
		reflect.ValueOf(&c).Elem().Field(i).Set(reflect.ValueOf(v))
		if c.IsZero() {
			t.Fatalf("Change with %s set to %v is zero: the test sets no field", field.Name, v)
		}
		check("a change with "+field.Name+" set", c)
	}
}
