package claims

import (
	"strings"
	"testing"
)

// TestBlank checks blank against strings.TrimSpace, which it stands for:
// the quick answer for a string starting with a printing character must be
// the one TrimSpace gives.
func TestBlank(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "\u00a0", "\u2003 ", "a", " a", "a ", "\x01", "\x7f", "é", "\u00a0x", "-"} {
		if got, want := blank(s), strings.TrimSpace(s) == ""; got != want {
			t.Errorf("blank(%q) = %v, want %v", s, got, want)
		}
	}
}
