package claims

import "testing"

// TestDraftPartial checks that an itemisation introduced as parts of the
// total ("Of the total, £1.5m will go to …") is drafted partial, so that
// the parts are not taken for all of the package and the headline found
// unsupported by their sum; and that without such words parts coming to
// more than half of it are taken for all of it (parts short of half are
// partial whatever the words, see TestDraftShortParts).
func TestDraftPartial(t *testing.T) {
	tests := []struct {
		article string
		want    bool
	}{
		{"Libraries fund\n\nThe Welsh Government has announced £4.5 million for libraries.\n\n" +
			"Of the total, £1.5m will go to the 20 libraries in Cardiff and £500,000 to the five libraries in Newport.", true},
		{"Libraries fund\n\nThe Welsh Government has announced £4.5 million for libraries.\n\n" +
			"The Welsh Government is providing £4m for the 20 libraries in Cardiff and £500,000 for the five libraries in Newport.", false},
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		if len(p.Allocations) != 2 || p.Partial != tt.want {
			t.Errorf("DraftRecord(%q): %d allocations, partial %v; want 2, partial %v", tt.article, len(p.Allocations), p.Partial, tt.want)
		}
	}
}
