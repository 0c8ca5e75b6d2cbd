package claims

import "testing"

// TestPutForwardBid checks that "put forward" a bid or an application
// announces no money: the bidder asks for it, and the sentence is no
// claim; "put forward" a plan or money announces as before.
func TestPutForwardBid(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker | quote"
	}{
		{"a bid",
			"Title\nThe fund will share £1.4bn.\nVisitEngland had put forward a bid for £29m to help boost tourism, but this was refused.\n",
			nil},
		{"an application",
			"Title\nThe fund will share £1.4bn.\nThe council has put forward an application for £2m to mend its roads.\n",
			nil},
		{"a plan",
			"Title\nThe fund will share £1.4bn.\nThe council has put forward a plan to spend £2m on its roads.\n",
			[]string{"council | The council has put forward a plan to spend £2m on its roads."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
