package claims

import "testing"

// TestDraftListingAfterAside checks that a release's sentence straight
// after its announcing sentence, naming the money again with a relative
// clause set off by commas before "includes" ("The funding, which …,
// includes £2m …"), lists its parts and is its claim too, and that one
// whose verb after the clause does not include is not.
func TestDraftListingAfterAside(t *testing.T) {
	const lede = "Harbour money\n\n£4.2m has been awarded to harbour projects on the west coast.\n\n"
	const quote = "\n\nCouncillor Ann Lowe said:\n\n“It is welcome.”\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the funding, which …, includes",
			lede + "The funding, which comes from the coastal fund, includes £2m for sea walls and £1m for slipways." + quote,
			[]string{"unknown speaker | £4.2m has been awarded to harbour projects on the west coast.",
				"unknown speaker | The funding, which comes from the coastal fund, includes £2m for sea walls and £1m for slipways.",
				"Ann Lowe | It is welcome."}},
		{"the funding, which …, paid",
			lede + "The funding, which comes from the coastal fund, paid £2m for sea walls and £1m for slipways last year." + quote,
			[]string{"unknown speaker | £4.2m has been awarded to harbour projects on the west coast.",
				"Ann Lowe | It is welcome."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
