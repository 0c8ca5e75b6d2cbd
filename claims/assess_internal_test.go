package claims

import (
	"testing"
	"unsafe"
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
