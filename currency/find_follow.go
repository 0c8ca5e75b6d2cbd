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
	// followTo is the "to" or the hyphen of a range ("£3m to £5m",
	// "£3m-£5m").
	followTo
	// followAnd is the "and" of a range after "between".
	followAnd
	// followAny is what may follow an amount that a plus, a letter or a
	// rune beyond ASCII follows, which followAt does not look into.
	followAny = followRest | followTail | followTo | followAnd
)

// A following is what followAt finds after an amount: what the word
// there may be read as, where it ends, and, if it may begin a tail, its
// entry in tailWords (else nil), so that tail.read need not look it up
// again.
type following struct {
	f     follower
	e     int  // where the word of followers ends, or -1 if there is none
	inert bool // the word begins no amount, as mayStart would find
	tail  *tailWord
}

// A followerWord is the entry of a word in followers: what it may be read
// as and, if it may begin a tail, its entry in tailWords.
type followerWord struct {
	f      follower
	amount bool // the word may begin an amount in words, as "a" does
	tail   *tailWord
}

// followers holds the words after an amount that some reader of a figure
// may read in prose, each with all it may be read as.
var followers = newLexicon(func(add func(string, followerWord)) {
	var order []string
	by := map[string]*followerWord{}
	word := func(w string) *followerWord {
		if by[w] == nil {
			by[w] = new(followerWord)
			order = append(order, w)
		}
		return by[w]
	}
	for _, slot := range spacedLex.slots {
		for _, en := range slot {
			word(en.word).f |= followRest
		}
	}
	for _, w := range currencyWords {
		word(w.word).f |= followRest
	}
	word("pence").f |= followRest
	for _, slot := range tailWords.slots {
		for k := range slot {
			fw := word(slot[k].word)
			fw.f |= followTail
			fw.tail = &slot[k].val
		}
	}
	word("to").f |= followTo
	word("and").f |= followAnd
	for _, w := range order {
		_, e := wordsLex.at(w, 0)
		by[w].amount = e > 0
		add(w, *by[w])
	}
})

// followAt sets next to what may follow, in prose, an amount that ends
// at text[:k] and whose last byte is no letter or digit: nothing if no
// white space and word come there, or a word none of followers holds, a
// range's dash and perhaps a tail after a hyphen, and followAny if a plus,
// a letter or a rune beyond ASCII comes there. A word it rules out is one
// that none of stated.rest, tail.read, rangeTail and andTail reads.
func followAt(next *following, text string, k int) {
	next.f, next.e, next.inert = 0, -1, false
	if k == len(text) {
		return
	}
	switch c := text[k]; {
	case c == '-':
		// "-£5m": a range's dash, which no tail begins and stated.rest
		// does not read; "-ish", "-plus", "-a-year" and "-five million
		// pounds" go on with a letter.
		next.f = followTo
		if k+1 < len(text) && isLetter(text[k+1]) {
			next.f |= followTail
		}
		return
	case c == '+' || c >= utf8.RuneSelf || isLetter(c):
		next.f = followAny
		return
	}
	sp := k + 1
	if text[k] != ' ' || sp == len(text) || whiteStart(text, sp) {
		// not one space and no more, which skipWhite would find first,
		// here without its call
		sp = skipWhite(text, k, proseSpace)
	}
	if sp == k || sp == len(text) || !isLetter(text[sp]) {
		return
	}
	if w, e := followers.at(text, sp); e > 0 {
		// In lower case a word that begins no amount in words begins
		// none: only codes and "US$" are in upper case.
		next.f, next.e, next.tail = w.f, e, w.tail
		next.inert = !w.amount && text[sp] >= 'a'
	}
	if sp+3 <= len(text) && isUpper3(text[sp:sp+3]) && !isWordAt(text, sp+3) {
		// "2m GBP": a code, which stated.rest reads if it names a currency
		next.f |= followRest
	}
}

// readAfter sets tl, which is the zero tail, to the tail in prose after
// an amount that ends at text[:k], where next is what followAt found: it
// reads none if no tail can begin there, as after most amounts in prose
// ("£2m was", "£4m to £5m"), and does not look up again the word that
// followAt found.
func (tl *tail) readAfter(text string, k int, next *following, hedged bool) {
	tl.end = k
	if next.f&followTail != 0 {
		tl.readFollowing(text, k, next, hedged)
	}
}

// readFollowing is readAfter where a tail may begin.
func (tl *tail) readFollowing(text string, k int, next *following, hedged bool) {
	if next.e < 0 {
		tl.read(text, k, true, hedged) // a hyphen, a plus or beyond ASCII
		return
	}
	tl.readFrom(text, k, next.e, *next.tail, true, hedged)
}
