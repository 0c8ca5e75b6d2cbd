package claims

import (
	"strings"
	"testing"
)

// TestDraftOverParts checks that parts coming to more than the headline
// make the itemisation partial, with a note, so that a statement of the
// headline is weighed against it (moj-2018: £30m, £15m, £6.5m and the
// £1.5m "including" in the £6.5m, of "£52 million", found "£52 million"
// understated), and that parts making up the headline do not.
func TestDraftOverParts(t *testing.T) {
	const (
		lead  = "Justice fund\n\nThe Ministry of Justice will be investing an additional £52 million this year.\n\n"
		quote = "\n\nJustice Secretary Jane Smith said: “This extra £52 million will help our prisons.”\n"
	)
	for _, tc := range []struct {
		text    string
		parts   int
		partial bool
	}{
		{lead + "£30 million will go to prisons and £15 million to courts. Another £6.5 million will be invested across the wider justice system, including a further £1.5 million for the Parole Board." + quote, 4, true},
		{lead + "£30 million will go to prisons and £15 million to courts. Another £7 million will be invested across the wider justice system." + quote, 3, false},
	} {
		d, err := DraftRecord(tc.text)
		if err != nil || len(d.Record.Packages) == 0 {
			t.Errorf("DraftRecord(%q): %d packages, %v", tc.text, len(d.Record.Packages), err)
			continue
		}
		if p := d.Record.Packages[0]; p.Partial != tc.partial || len(p.Allocations) != tc.parts {
			t.Errorf("DraftRecord(%q): %d allocations, partial %v; want %d, partial %v", tc.text, len(p.Allocations), p.Partial, tc.parts, tc.partial)
		}
		noted := false
		for _, n := range d.Notes {
			noted = noted || strings.Contains(n.Text, "the allocations come to £53m, more than the headline “£52 million”")
		}
		if noted != tc.partial {
			t.Errorf("DraftRecord(%q): a note says the allocations come to more than the headline: %v, want %v", tc.text, noted, tc.partial)
		}
		a, err := Assess(d.Record, Options{})
		if err != nil {
			t.Errorf("Assess(DraftRecord(%q)): %v", tc.text, err)
			continue
		}
		for _, f := range a.Findings {
			if f.Stated.Text() == "£52 million" && f.Verdict != Accurate {
				t.Errorf("DraftRecord(%q): “£52 million” is %v, want accurate: %s", tc.text, f.Verdict, f.Explanation)
			}
		}
	}
}
