package claims

import "testing"

// TestDraftTitleRestated checks that the lead restating the title's
// allocation does not draft it a second time, and that a lead stating
// other money still drafts its own.
func TestDraftTitleRestated(t *testing.T) {
	const rest = "\n\nThe grant forms part of a £9 million national fund for coastal works.\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the lead restates the title's sum",
			"Harbour board receives £300,000 Government funding\n\nPorthleven Harbour Board will receive £300,000 from the Government to repair its wall." + rest,
			[]string{"Harbour board £300,000"}},
		{"the lead states another sum",
			"Harbour board receives £300,000 Government funding\n\nPorthleven Harbour Board will receive £200,000 from the Government to repair its wall." + rest,
			[]string{"Harbour board £300,000", "repair its wall £200,000"}},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.text, tt.want)
	}
}
