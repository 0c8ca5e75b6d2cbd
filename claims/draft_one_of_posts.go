package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// oneOfPosts returns the speaker named as one of the holders of a post,
// "ONE of the region’s police and crime commissioners", "One of
// Scotland's council leaders": a person by the post, in the singular, whom
// a news story's body names later (see nextSpeaker). The words are "one
// of", a determiner or a possessive of at most two words, and the post in
// the plural, its last word a post's (see roleWord) with an "s".
func oneOfPosts(s string, c Span) (attribution, bool) {
	ws := strings.Fields(s[c.Start:c.End])
	if len(ws) < 3 || !strings.EqualFold(ws[0], "one") || ws[1] != "of" {
		return attribution{}, false
	}
	rest := ws[2:]
	for k := 0; k < 2 && len(rest) > 1; k++ {
		w := rest[0]
		if !nounDeterminer(lowerASCII(w)) && unpossessive(w) == w {
			break
		}
		rest = rest[1:]
		if unpossessive(w) != w {
			break
		}
	}
	last := rest[len(rest)-1]
	if len(rest) > 5 || !strings.HasSuffix(last, "s") || !roleWord(strings.ToLower(strings.TrimSuffix(last, "s"))) {
		return attribution{}, false
	}
	post := strings.Join(append(rest[:len(rest)-1:len(rest)-1], strings.TrimSuffix(last, "s")), " ")
	return attribution{role: post, span: c, sure: Guessed}, true
}

// spelledPost reports whether one of the posts a and b is the other's
// initials, in capitals, with "and", "of" and "for" given no letter: "PCC"
// is a "police and crime commissioner", "Humberside PCC" the county's.
func spelledPost(a, b string) bool {
	return initialsOf(a, b) || initialsOf(b, a)
}

// initialsOf reports whether the last word of a, in capitals, spells
// the words of post b.
func initialsOf(a, b string) bool {
	abbr := lastWord(a)
	if len(abbr) < 2 || strings.ToUpper(abbr) != abbr {
		return false
	}
	var letters []rune
	for _, w := range strings.Fields(b) {
		switch strings.ToLower(w) {
		case "and", "of", "for", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		letters = append(letters, unicode.ToUpper(r))
	}
	return string(letters) == abbr
}
