package claims

import "testing"

// TestDraftBareHolder checks that an announcing sentence naming its
// announcer by a post alone ("Northshire’s Police and Crime Commissioner
// is investing £80,000 …") is the claim of the one person the article
// quotes, named with no post of their own ("Jo Bloggs said: …"), and no
// one's when the article quotes two people so, or its one person with a
// post of their own.
func TestDraftBareHolder(t *testing.T) {
	const lede = "Youth money\n\nNorthshire’s Police and Crime Commissioner is investing £80,000 in youth projects.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"one person quoted by name alone",
			lede + "Jo Bloggs said: “This money will keep young people safe.”\n",
			[]string{
				"Jo Bloggs | Northshire’s Police and Crime Commissioner is investing £80,000 in youth projects.",
				"Jo Bloggs | This money will keep young people safe.",
			}},
		{"the post putting money in",
			"Youth money\n\nNorthshire’s Police and Crime Commissioner is putting £80,000 into youth projects.\n\nJo Bloggs said: “This money will keep young people safe.”\n",
			[]string{
				"Jo Bloggs | Northshire’s Police and Crime Commissioner is putting £80,000 into youth projects.",
				"Jo Bloggs | This money will keep young people safe.",
			}},
		{"two people quoted by name alone",
			lede + "Jo Bloggs said: “This money will keep young people safe.”\n\nSam Smith said: “It is not enough.”\n",
			[]string{
				"Jo Bloggs | This money will keep young people safe.",
				"Sam Smith | It is not enough.",
			}},
		{"one person with a post of their own",
			lede + "Jo Bloggs, chief executive of the Youth Trust, said: “This money will keep young people safe.”\n",
			[]string{
				"Jo Bloggs | This money will keep young people safe.",
			}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
