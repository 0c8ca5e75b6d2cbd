package claims

import "testing"

// TestDraftOtherOver checks that a quotation's money that is a package
// announced apart, told without the years its headline is a total over,
// is weighed against that package, not against the one announced; money
// beside a headline that is a rate ("a year") is not that package.
func TestDraftOtherOver(t *testing.T) {
	const lede = "Councils get £50m for potholes\n\nThe Government’s £50 million funding boost to remove potholes was announced today.\n\n"
	const quote = "Transport Secretary Patrick McLoughlin said: “The Government is giving councils £250 million specifically to tackle potholes.”\n"
	tests := []struct {
		name, article string
		other         bool // the quotation's £250 million is the other package's
	}{
		{"a total over five years",
			lede + "The Pothole Action Fund, which featured in last month’s Budget, is worth £250 million over the next five years.\n\n" + quote, true},
		{"a rate",
			lede + "The Pothole Action Fund, which featured in last month’s Budget, is worth £250 million a year.\n\n" + quote, false},
	}
	for _, tt := range tests {
		d, err := DraftRecord(tt.article)
		if err != nil {
			t.Fatalf("%s: DraftRecord: %v", tt.name, err)
		}
		others := map[string]bool{}
		for _, p := range d.Record.Packages[1:] {
			others[p.ID] = true
		}
		got, found := false, false
		for _, c := range d.Record.Claims {
			for _, a := range c.Assertions {
				if sa, ok := a.(StatedAmount); ok && sa.Figure.Text() == "£250 million" {
					found, got = true, others[sa.Package]
				}
			}
		}
		if !found {
			t.Errorf("%s: DraftRecord(%q) states no £250 million in a claim", tt.name, tt.article)
			continue
		}
		if got != tt.other {
			t.Errorf("%s: DraftRecord(%q) £250 million of the other package = %v, want %v", tt.name, tt.article, got, tt.other)
		}
	}
}
