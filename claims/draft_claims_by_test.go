package claims

import "testing"

// TestClaimsBy checks that a quotation completing claims given to an agent
// after "by" is the agent's, whoever rejects them: by name, by a post the
// article gives a holder, and no claim for a post it gives no one.
func TestClaimsBy(t *testing.T) {
	tests := []saidCase{
		{"a named agent",
			"Jo Bell dismissed claims by Tom Reid that the £5m cut was “a fair share for every council”.",
			[]said{{"a fair share for every council", "Tom Reid", ""}}},
		{"a post its holder holds",
			"Prime Minister David Cameron spoke on Monday.\n\nCouncil leader Anne Western has rejected claims by the Prime Minister that the cuts facing local councils are ‘relatively modest’.",
			[]said{{"relatively modest", "David Cameron", ""}}},
		{"a post no one holds",
			"Jo Bell dismissed claims by the Chancellor that the £5m cut was “a fair share for every council”.",
			nil},
	}
	checkSaid(t, tests)
}
