package claims

import "testing"

// TestDraftForPeriod checks that "for this financial year", "for next
// year" and the like after a figure say when the money is spent, not whom
// it goes to, so that they draft no allocation, and that a recipient after
// "for" still does.
func TestDraftForPeriod(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"this financial year", "Schools get more\n\nThe Government is providing schools with £20 billion in core funding, including a cash increase of £1 billion for this financial year.\n", nil},
		{"next year", "Schools get more\n\nThe Government is providing £20 billion in core funding, including £1 billion for next year.\n", nil},
		{"the coming academic year", "Schools get more\n\nThe Government is providing £20 billion in core funding, including £1 billion for the coming academic year.\n", nil},
		{"a recipient", "Schools get more\n\nThe Government is providing £20 billion in core funding, including £1 billion for special schools.\n",
			[]string{"special schools £1 billion"}},
	} {
		checkAllocations(t, tt.name, tt.text, tt.want)
	}
}
