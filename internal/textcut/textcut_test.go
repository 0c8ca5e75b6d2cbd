package textcut

import (
	"strings"
	"testing"
)

func TestPrefix(t *testing.T) {
	a := strings.Repeat("a", 8)
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"", 0, ""},
		{a, 8, a},
		{a + "b", 8, a},
		// "£" is two bytes, C2 A3: cut at 9 it would be split, so the
		// cut is before it.
		{a + "£5", 9, a},
		// "€" is three bytes, E2 82 AC: cut at 10, step back two.
		{a + "€5", 10, a},
		{a + "€5", 11, a + "€"},
		// Stray continuation bytes are no character: cut at n.
		{a + "\x80\x80\x80\x80\x80", 12, a + "\x80\x80\x80\x80"},
		{"\x80\x80", 1, "\x80"},
	}
	for _, tt := range tests {
		if got := Prefix(tt.s, tt.n); got != tt.want {
			t.Errorf("Prefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
