package claims

import "testing"

// TestDraftAllocationReceived checks that a recipient who "will receive a
// … allocation of" a sum, in a clause after "while", has the sum, and that
// an allocation asked for, with no verb of receiving, gives none.
func TestDraftAllocationReceived(t *testing.T) {
	const lede = "Transport money\n\nThe Minister has announced £20m for transport.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"received in a clause after while",
			lede + "Metro Rail is receiving an extra £14m, while Coastline Buses will receive a combined resource and capital allocation of almost £6m.\n",
			[]string{"Metro Rail £14m", "Coastline Buses almost £6m"}},
		{"an allocation asked for, not received",
			lede + "Metro Rail is receiving an extra £14m, while Coastline Buses has asked for an allocation of almost £6m.\n",
			[]string{"Metro Rail £14m"}},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.text, tt.want)
	}
}
