package claims

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/fundclaims/fundclaims/currency"
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
