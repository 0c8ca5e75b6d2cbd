package claims

import "testing"

// TestDraftShortParts checks that parts falling short of the headline by
// more than their rounding make the itemisation partial: one part
// (bbc-2024: "Local authorities would share £500m …" of "a £600m package"
// was taken for all of it, and Gove's £600m found not supported by it) or
// several (eveningexpress-2016: £8.4 million and £3 million of "a £50
// million funding boost"; financeni-2016: £157.5 million of "£175million"),
// but not parts making up the whole, as the headline rounds it, nor a
// release's notes to editors,
// which itemise the whole as the GLA release's notes give £3,595,000 of
// "more than £4 million".
func TestDraftShortParts(t *testing.T) {
	const lead = "Communities Secretary Jane Smith announced a £600m package on Wednesday.\n\n"
	for _, tc := range []struct {
		text    string
		partial bool
	}{
		{lead + "Local authorities would share £500m to help fund social care, Ms Smith added.\n", true},
		{lead + "Local authorities would share £500m to help fund social care and £50m to help fund libraries, Ms Smith added.\n", true},
		{lead + "Local authorities would share £500m to help fund social care and £100m to help fund libraries, Ms Smith added.\n", false},
		{lead + "The money will help councils.\n\nNotes to editors\n\n1. Local authorities will share £500m to help fund social care and £50m to help fund libraries.\n", false},
		// Short by more than 2% but within the headline's own rounding:
		// £1.75 million is "£1.8 million" (gloucestershire-2021).
		{"Gloucestershire County Council is set to invest an extra £5 million in the county in the next financial year.\n\nThe money includes £4 million to create a Restart Fund and £600,000 for local highways.\n", true},
		{"Gloucestershire County Council is set to invest an extra £2 million in the county in the next financial year.\n\nThe money includes £1 million to create a Restart Fund and £500,000 for local highways.\n", true},
		{"Gloucestershire County Council is set to invest an extra £1.8 million in the county in the next financial year.\n\nThe money includes £1 million to create a Restart Fund and £750,000 for local highways.\n", false},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil || len(d.Record.Packages) == 0 {
			t.Errorf("DraftRecord(%q): %d packages, %v", tc.text, len(d.Record.Packages), err)
			continue
		}
		p := d.Record.Packages[0]
		if p.Partial != tc.partial {
			t.Errorf("DraftRecord(%q): partial %v, want %v (allocations %+v)", tc.text, p.Partial, tc.partial, p.Allocations)
		}
		a, err := Assess(d.Record, Options{})
		if err != nil {
			t.Errorf("Assess(DraftRecord(%q)): %v", tc.text, err)
			continue
		}
		for _, f := range a.Findings {
			if f.Stated.Text() == "£600m" && tc.partial && f.Verdict != Accurate {
				t.Errorf("DraftRecord(%q): “£600m” is %v, want accurate: %s", tc.text, f.Verdict, f.Explanation)
			}
		}
	}
}
