package funding

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestShortenWholeCharacters checks that a long input quoted in an error
// is cut before a character, not inside one: a "£" straddling the limit
// used to leave half of its bytes in the message.
func TestShortenWholeCharacters(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{strings.Repeat("a", maxQuoted), strings.Repeat("a", maxQuoted)},
		{strings.Repeat("a", maxQuoted+1), strings.Repeat("a", maxQuoted) + "..."},
		{strings.Repeat("a", maxQuoted-1) + "£5", strings.Repeat("a", maxQuoted-1) + "..."},
		{strings.Repeat("a", maxQuoted-2) + "€5", strings.Repeat("a", maxQuoted-2) + "..."},
	} {
		got := shorten(tt.in)
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("shorten(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
