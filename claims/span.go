package claims

import "unicode/utf8"

// A Span locates an assertion's words in its claim's quote by byte offsets:
// quote[Start:End]. FromQuote fills it in; a hand-written assertion may
// leave it zero.
//
// The zero Span locates nothing: it is valid in any quote and its words are
// "".
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// IsZero reports whether s is the zero Span, which locates nothing.
func (s Span) IsZero() bool { return s == Span{} }

// In returns the words s locates in quote, quote[s.Start:s.End], or "" if s
// is not valid in quote (see Valid).
func (s Span) In(quote string) string {
	if !s.Valid(quote) {
		return ""
	}
	return quote[s.Start:s.End]
}

// Valid reports whether s can locate words in quote: 0 ≤ Start ≤ End ≤
// len(quote), with both ends on character boundaries, so that the words
// are whole UTF-8 characters. The zero Span is valid in any quote.
func (s Span) Valid(quote string) bool {
	if s.Start < 0 || s.Start > s.End || s.End > len(quote) {
		return false
	}
	return boundary(quote, s.Start) && boundary(quote, s.End)
}

// boundary reports whether byte offset i of s is the start of a character
// or the end of s.
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
