package claims

import "testing"

// TestDraftFundTotal checks that the total an article states for the
// named fund the lede's money comes from is the headline, the lede's money
// a part of it, and that without the fund named the lede's money stays
// the headline.
func TestDraftFundTotal(t *testing.T) {
	const rest = "\n\nA Government spokesperson said: \"The Coastal Towns Fund total is £120 million, to support councils and piers.\""
	tests := []struct {
		article, want string
	}{
		{"£30m fund for seaside towns 'too small'\n\nThe union says seaside councils have just £30 million a year between them from the Coastal Towns Fund." + rest,
			"£120 million"},
		{"£30m fund for seaside towns 'too small'\n\nThe union says seaside councils have just £30 million a year between them to mend their piers." + rest,
			"£30 million a year"},
	}
	for _, tt := range tests {
		p, ok := draftedPackage(t, tt.article)
		if !ok {
			continue
		}
		if got := p.Headline.Text(); got != tt.want {
			t.Errorf("DraftRecord(%q): headline %q, want %q", tt.article, got, tt.want)
		}
	}
}

// TestCapitalRun checks the capitalised words read as a fund's name.
func TestCapitalRun(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Controlling Migration Fund.", "Controlling Migration Fund"},
		{"Coastal Towns Fund, which pays", "Coastal Towns Fund"},
		{"fund run by the council", ""},
		{"Towns Fund to mend piers", "Towns Fund"},
	} {
		if got := capitalRun(tt.in); got != tt.want {
			t.Errorf("capitalRun(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
