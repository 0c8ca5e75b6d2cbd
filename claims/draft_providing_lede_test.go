package claims

import "testing"

// TestProvidingLede checks that a release's opening sentence saying what
// its funding will provide, before the sentence stating the money, is
// the release's claim as that sentence is; and that an opening sentence of
// no providing, or of what a body goes on doing, is not.
func TestProvidingLede(t *testing.T) {
	const line = "Grants for charities\n\nMore than £60 million for pilot projects across the country.\n\n"
	const money = "The funding will have a total value of £61.7 million this year.\n\n"
	const said = "Mr Jones said:\n\n“This will help.”\n"
	const own = "Scottish Government | The funding will have a total value of £61.7 million this year."
	tests := []struct {
		name, lede string
		want       []string
	}{
		{"funding it will provide",
			"A new pilot to end child poverty will provide additional multi-year funding in the form of 45 grants.",
			[]string{"Scottish Government | A new pilot to end child poverty will provide additional multi-year funding in the form of 45 grants.", own, "Jones | This will help."}},
		{"funding it goes on providing",
			"The council is providing multi-year funding in the form of 45 grants.",
			[]string{own, "Jones | This will help."}},
		{"no verb of providing",
			"A new pilot to end child poverty will support projects in the form of 45 grants.",
			[]string{own, "Jones | This will help."}},
	}
	for _, tt := range tests {
		text := line + tt.lede + "\n\n" + money + said
		checkReleaseClaims(t, tt.name, text, "Scottish Government", tt.want)
	}
}
