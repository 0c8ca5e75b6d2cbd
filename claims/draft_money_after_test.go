package claims

import "testing"

// TestMoneyAfter checks that under a line summing up the money a release's
// own claim is its first sentence stating money after the line, and that
// there is none when no such sentence comes before the quotation.
func TestMoneyAfter(t *testing.T) {
	const said = "Mr Jones said:\n\n“This will help.”\n"
	const line = "Grants for charities\n\nMore than £60 million for pilot projects across the country.\n\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a sentence stating the money after the line",
			line + "The pilot will support projects in health and culture.\n\nThe funding will have a total value of £61.7 million in 2025-26 and £63.2 million in 2026-27.\n\n" + said,
			[]string{
				"Scottish Government | The funding will have a total value of £61.7 million in 2025-26 and £63.2 million in 2026-27.",
				"Jones | This will help.",
			}},
		{"a second line of money",
			line + "£40 million for schools.\n\nThe funding will have a total value of £61.7 million this year.\n\n" + said,
			[]string{
				"Scottish Government | The funding will have a total value of £61.7 million this year.",
				"Jones | This will help.",
			}},
		{"money only in the quotation",
			line + "Mr Jones said:\n\n“We are giving £61.7 million this year.”\n",
			[]string{"Jones | We are giving £61.7 million this year."}},
	}
	for _, tt := range tests {
		checkReleaseClaims(t, tt.name, tt.article, "Scottish Government", tt.want)
	}
}
