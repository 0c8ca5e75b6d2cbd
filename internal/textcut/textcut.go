// Package textcut cuts long inputs short for the errors that quote them,
// without splitting a character. currency, funding and claims share it, so
// that all three quote a long input the same way.
package textcut

import "unicode/utf8"

// Prefix returns s if it has at most n bytes, and otherwise its first n
// bytes, or fewer: the cut is made before the character that straddles
// byte n, stepping back at most utf8.UTFMax-1 bytes. If none of those
// begins a character (a run of stray continuation bytes, which is no
// character), the cut is at n: walking back further would make the work
// depend on the length of the run. n must not be negative.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > n-(utf8.UTFMax-1) && cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if !utf8.RuneStart(s[cut]) {
		cut = n
	}
	return s[:cut]
}
