package claims

import "testing"

// TestMoneyLine checks that a release's headline-style line opening on
// its money is not drafted as the release's own claim, where a sentence
// with a subject and a verb stating the same money is.
func TestMoneyLine(t *testing.T) {
	const said = "Mr Jones said:\n\n“This will help.”\n"
	tests := []struct {
		name, article string
		want          []string
	}{
		{"a line opening on money",
			"Grants for charities\n\nMore than £60 million for pilot projects across the country.\n\n" + said,
			[]string{"Jones | This will help."}},
		{"a sentence stating money",
			"Grants for charities\n\nThe agreed budget includes £60 million for pilot projects across the country.\n\n" + said,
			[]string{
				"Scottish Government | The agreed budget includes £60 million for pilot projects across the country.",
				"Jones | This will help.",
			}},
	}
	for _, tt := range tests {
		checkReleaseClaims(t, tt.name, tt.article, "Scottish Government", tt.want)
	}
}
