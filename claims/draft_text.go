package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
)

// This file holds the words of a sentence as the drafter reads them, by
// byte offsets into the article, so that every drafted value can say where
// it was read. Paragraphs, sentences and words are cut as quotations cuts
// them (paragraphs, sentences, wordsIn).

// closing reports whether r closes a quotation or bracket.
func closing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']':
		return true
	}
	return false
}

// A tok is one word of a sentence: its byte offsets in the article and
// its text in lower case (ASCII letters only are lowered, which is all the
// drafter's cue words need).
type tok struct {
	start, end int
	w          string
}

// wordsOf appends the words of text[s.Start:s.End] to dst, as wordsIn
// reads them.
func wordsOf(text string, s Span, dst []tok) []tok {
	for w := range wordsIn(text, s.Start, s.End) {
		dst = append(dst, tok{w.Start, w.End, lowerASCII(text[w.Start:w.End])})
	}
	return dst
}

// wordsInReach returns, appended to buf, the words of the sentence s in
// the reach bytes before the mention m (from the start of s at
// most; the zero Span sets no bound but the text's start). The reach is
// rounded back to a rune's start, so a word is never cut inside a rune.
func (d *drafter) wordsInReach(s Span, m currency.Mention, reach int, buf []tok) []tok {
	return wordsOf(d.text, Span{max(s.Start, runeStartBefore(d.text, m.Start-reach)), m.Start}, buf)
}

// capitalised reports whether the word begins with a capital letter.
func capitalised(text string, t tok) bool {
	r, _ := utf8.DecodeRuneInString(text[t.start:t.end])
	return unicode.IsUpper(r)
}

// hasWord reports whether ts hold the word w (in lower case), and where.
func hasWord(ts []tok, w string) int {
	for i, t := range ts {
		if t.w == w {
			return i
		}
	}
	return -1
}

// hasPhrase reports the index of the first word of the phrase (words in
// lower case, separated by single spaces) in ts, or -1.
func hasPhrase(ts []tok, phrase string) int {
	ws := strings.Fields(phrase)
	for i := 0; i+len(ws) <= len(ts); i++ {
		if matchWords(ts[i:], ws) {
			return i
		}
	}
	return -1
}

// matchWords reports whether ts begin with the words ws.
func matchWords(ts []tok, ws []string) bool {
	if len(ts) < len(ws) {
		return false
	}
	for k, w := range ws {
		if ts[k].w != w {
			return false
		}
	}
	return true
}

// receives reports whether the verb ts[v], after its subject's
// auxiliaries ts[end:v], makes the subject the one that gets the money
// rather than the one that gives it: a verb of receiving ("Suffolk is set
// to receive £10m") or one of giving in the passive ("Babergh was
// allocated £1.7m", "has been awarded"), not in the progressive ("is
// providing") nor after "to" ("is set to invest").
func receives(ts []tok, end, v int) bool {
	if strings.HasPrefix(ts[v].w, "receiv") {
		return true
	}
	if strings.HasSuffix(ts[v].w, "ing") {
		return false
	}
	for k := v - 1; k >= end; k-- {
		switch {
		case ts[k].w == "to":
			return false
		case beWord(ts[k].w):
			return true
		}
	}
	return false
}
