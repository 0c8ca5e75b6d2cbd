package claims

import "testing"

// TestRestatedLater checks that a release's line under the title that
// its body tells again, by the same count in figures or in words and the
// same money, is no claim of the release's, and that a line the body does
// not tell again is.
func TestRestatedLater(t *testing.T) {
	const said = "Mr Jones said:\n\n“This will help.”\n"
	const line = "£3 million parks boost\n\n12 parks have won grants totalling £2 million.\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"told again in words",
			line + "The money is from the city fund. Twelve parks have won grants totalling £2 million from the council.\n\n" + said,
			[]string{"Jones | This will help."}},
		{"told again in figures",
			line + "The money is from the city fund. 12 parks have won grants totalling £2 million from the council.\n\n" + said,
			[]string{"Jones | This will help."}},
		{"another count",
			line + "The money is from the city fund. Seven parks have won grants totalling £2 million from the council.\n\n" + said,
			[]string{"Department for Transport | 12 parks have won grants totalling £2 million.", "Jones | This will help."}},
		{"other money",
			line + "The money is from the city fund. Twelve parks have won grants totalling £1 million from the council.\n\n" + said,
			[]string{"Department for Transport | 12 parks have won grants totalling £2 million.", "Jones | This will help."}},
	}
	for _, tt := range tests {
		checkReleaseClaims(t, tt.name, tt.text, "Department for Transport", tt.want)
	}
}
