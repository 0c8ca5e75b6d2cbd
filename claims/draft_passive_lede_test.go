package claims

import "testing"

// TestPassiveLede checks that a lede announcing funding in the passive,
// its agent after "by", is the agent's claim, and that a lede whose
// subject is no money, or whose "by" gives a time, is no one's.
func TestPassiveLede(t *testing.T) {
	const rest = "He said:\n\n“I have funded a £1m scheme for gully emptying.”\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an agent after a comma",
			"Roads money\n\nFunding to keep our roads safer this winter has been announced today by Infrastructure Minister, Jo Bell.\n\n" + rest,
			[]string{
				"Jo Bell | Funding to keep our roads safer this winter has been announced today by Infrastructure Minister, Jo Bell.",
				"Jo Bell | I have funded a £1m scheme for gully emptying.",
			}},
		{"a time after the agent",
			"Roads money\n\nA new package of support for roads has been announced by Roads Minister Jo Bell today.\n\n" + rest,
			[]string{
				"Jo Bell | A new package of support for roads has been announced by Roads Minister Jo Bell today.",
				"Jo Bell | I have funded a £1m scheme for gully emptying.",
			}},
		{"a subject that is no money",
			"Roads money\n\nThe route of the new road has been announced today by Infrastructure Minister, Jo Bell.\n\n" + rest,
			[]string{"Jo Bell | I have funded a £1m scheme for gully emptying."}},
		{"a time after by",
			"Roads money\n\nFunding to keep our roads safer will be announced by March.\n\n" + rest,
			[]string{"unknown speaker | I have funded a £1m scheme for gully emptying."}},
	}
	for _, tt := range tests {
		checkClaims(t, tt.name, tt.text, tt.want)
	}
}
