package claims

import "testing"

// TestSumsUnstated checks that after sums given as one of several, whose
// whole no words state, a recipient's larger sum is one more part of the
// package, and that larger money no recipient receives is not.
func TestSumsUnstated(t *testing.T) {
	const parts = "Roads money\n\nThe Minister set out how the money will be spent.\n\nHe said:\n\n“I have also funded a £1m scheme for gully emptying.”\n\n" +
		"In addition, almost £19m is being allocated for road maintenance.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a recipient's sum", parts + "NI Water is receiving an extra £31m in total.\n",
			[]string{"gully emptying £1m", "road maintenance almost £19m", "NI Water £31m"}},
		{"money no one receives", parts + "The department has spent £31m on bridges since 2010.\n",
			[]string{"gully emptying £1m", "road maintenance almost £19m"}},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.text, tt.want)
	}
}
