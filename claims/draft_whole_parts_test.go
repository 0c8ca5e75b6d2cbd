package claims

import "testing"

// TestDraftWholeParts checks that parts named "of the" fund are all of it
// when the headline's sentence counts as many as the list names and they
// come to the headline as it rounds (irelandlive-2026), and stay partial
// when it counts none or another number.
func TestDraftWholeParts(t *testing.T) {
	const list = "\n\nThe minister said Leeds will receive £60.9 million of the Growth Fund, York £37.8 million, Hull £19.5 million, Wakefield £11.8 million, and Bradford £9.8 million.\n"
	for _, tc := range []struct {
		text    string
		partial bool
	}{
		{"The Government will invest £140 million in five regions to boost local economies, the minister has confirmed." + list, false},
		{"The Government will invest £140 million in six regions to boost local economies, the minister has confirmed." + list, true},
		{"The Government will invest £140 million in the regions to boost local economies, the minister has confirmed." + list, true},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil || len(d.Record.Packages) == 0 {
			t.Errorf("DraftRecord(%q): %d packages, %v", tc.text, len(d.Record.Packages), err)
			continue
		}
		p := d.Record.Packages[0]
		if len(p.Allocations) != 5 {
			t.Errorf("DraftRecord(%q): %d allocations, want 5", tc.text, len(p.Allocations))
		}
		if p.Partial != tc.partial {
			t.Errorf("DraftRecord(%q): partial %v, want %v", tc.text, p.Partial, tc.partial)
		}
	}
}
