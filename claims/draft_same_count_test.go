package claims

import "testing"

// TestSameCount checks that an allocation told again under the same
// count, once in figures and once in words, is placed once, and that
// another count with the same money is placed again.
func TestSameCount(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the count in figures, then in words",
			"£3 million parks boost\n\n12 parks have won grants totalling £2 million.\n\nThe money is from the city fund. Twelve parks have won grants totalling £2 million from the council.\n",
			[]string{"12 parks have won grants £2 million"}},
		{"another count",
			"£3 million parks boost\n\n12 parks have won grants totalling £2 million.\n\nThe money is from the city fund. Seven parks have won grants totalling £2 million from the council.\n",
			[]string{"12 parks have won grants £2 million", "Seven parks have won grants £2 million"}},
	}
	for _, tt := range tests {
		checkAllocations(t, tt.name, tt.text, tt.want)
	}
}
