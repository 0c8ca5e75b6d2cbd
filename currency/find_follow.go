package currency

import "unicode/utf8"

// A follower says what a word after an amount in prose may go on to be
// read as, so that Find looks the word up once and skips each reader it
// cannot concern: most amounts in prose are followed by a word that is no
// part of the figure ("£2m was spent"), and in a list of money by the "to"
// or "and" that joins amounts ("£4m to £5m and £6m").
type follower uint8

const (
	// followRest is a word stated.rest may read: a multiplier apart from
	// the digits, a currency word or an upper-case code ("2 million",
	// "2m pounds", "2m GBP").
	followRest follower = 1 << iota
	// followTail is a word a tail may begin with, one of tailWords ("a
	// year", "or more", "in the £1").
	followTail
	// followTo is the "to" of a range ("£3m to £5m").
	followTo
	// followAnd is the "and" of a range after "between".
	followAnd
	// followAny is what may follow an amount that a hyphen, a plus or a
	// rune beyond ASCII follows, which followAt does not look into.
	followAny = followRest | followTail | followTo | followAnd
)

// followers holds the words after an amount that some reader of a figure
// may read in prose, each with all it may be read as.
var followers = newLexicon(func(add func(string, follower)) {
	var order []string
	by := map[string]follower{}
	word := func(w string, f follower) {
		if by[w] == 0 {
			order = append(order, w)
		}
		by[w] |= f
	}
	for _, slot := range spacedLex.slots {
		for _, en := range slot {
			word(en.word, followRest)
		}
	}
	for _, w := range currencyWords {
		word(w.word, followRest)
	}
	word("pence", followRest)
	for _, slot := range tailWords.slots {
		for _, en := range slot {
			word(en.word, followTail)
		}
	}
	word("to", followTo)
	word("and", followAnd)
	for _, w := range order {
		add(w, by[w])
	}
})

// followAt returns what may follow, in prose, an amount that ends at
// text[:k] and whose last byte is no letter or digit: nothing if no white
// space and word come there, or a word none of followers holds, and
// followAny if a hyphen, a plus, a letter or a rune beyond ASCII does. It
// tells no more than tailFree and stated.rest would find: a word it rules
// out is one that neither they, nor tail.read, rangeTail or andTail, read.
func followAt(text string, k int) follower {
	if k == len(text) {
		return 0
	}
	if c := text[k]; c == '-' || c == '+' || c >= utf8.RuneSelf || isLetter(c) {
		return followAny
	}
	sp := skipWhite(text, k, proseSpace)
	if sp == k || sp == len(text) || !isLetter(text[sp]) {
		return 0
	}
	f, _ := followers.at(text, sp)
	if sp+3 <= len(text) && isUpper3(text[sp:sp+3]) && !isWordAt(text, sp+3) {
		// "2m GBP": a code, which stated.rest reads if it names a currency
		f |= followRest
	}
	return f
}
