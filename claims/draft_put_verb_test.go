package claims

import "testing"

// TestDraftPutVerb checks that "putting" with a figure straight after it
// announces money as investing does ("The Mayor is putting £2m into
// parks"), so the sentence is its announcer's claim, and that "put" with
// no figure after it ("put forward plans") announces none.
func TestDraftPutVerb(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"putting money in",
			"Parks money\n\nThe Mayor is putting £2m into the city’s parks.\n\nThe Mayor, Jo Bloggs, said: “Parks matter to every family.”\n",
			[]string{
				"Jo Bloggs | The Mayor is putting £2m into the city’s parks.",
				"Jo Bloggs | Parks matter to every family.",
			}},
		{"putting forward plans",
			"Parks money\n\nThe Mayor is putting forward plans for £2m of work in the city’s parks.\n\nThe Mayor, Jo Bloggs, said: “Parks matter to every family.”\n",
			[]string{
				"Jo Bloggs | Parks matter to every family.",
			}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
