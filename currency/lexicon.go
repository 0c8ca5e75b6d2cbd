package currency

import "unicode/utf8"

// maxLexWord is the length of the longest word a lexicon holds.
const maxLexWord = 15

// A lexicon tells which of a fixed set of lower-case ASCII words stands at
// a place in a text, in any case. It compares the text only with the words
// of the same first letter and length, so that Find and ParseFigure pay for
// one comparison, not one per word they know.
type lexicon[T any] struct {
	slots [26 * (maxLexWord + 1)][]lexEntry[T]
}

type lexEntry[T any] struct {
	key  uint64 // the word's first eight letters, as foldKey packs them
	word string
	val  T
}

// foldKey packs the first eight letters of w, all ASCII letters, in lower
// case into a uint64, one byte each, so that a lexicon compares up to eight
// letters at once.
func foldKey(w string) uint64 {
	if len(w) >= 8 {
		// One load, which the compiler makes of the eight, and one OR.
		_ = w[7]
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56 |
			0x2020202020202020
	}
	var key uint64
	for i := len(w) - 1; i >= 0; i-- {
		key = key<<8 | uint64(w[i]|0x20)
	}
	return key
}

// newLexicon returns the lexicon of the words that fill calls add with.
func newLexicon[T any](fill func(add func(w string, v T))) *lexicon[T] {
	l := new(lexicon[T])
	fill(func(w string, v T) {
		k := lexSlot(w[0], len(w))
		l.slots[k] = append(l.slots[k], lexEntry[T]{foldKey(w), w, v})
	})
	return l
}

// lexSlot returns the slot of the words that begin with the letter c and
// have n letters.
func lexSlot(c byte, n int) int { return int(c|0x20-'a')*(maxLexWord+1) + n }

// at returns the value of the whole word at s[i:], which no letter or digit
// follows, and where it ends; or e = -1 if it is none of the lexicon's.
func (l *lexicon[T]) at(s string, i int) (v T, e int) {
	// Find asks at every word of prose, and few are the lexicon's: a
	// tight scan for the word's end finds its slot, and most slots are
	// empty, so the key is packed only for a word that may be one.
	j, end := i, min(len(s), i+maxLexWord+1)
	for j < end && isLetter(s[j]) {
		j++
	}
	n := j - i
	if n == 0 || n > maxLexWord {
		return v, -1
	}
	slot := l.slots[lexSlot(s[i], n)]
	if len(slot) == 0 {
		return v, -1
	}
	// The byte at j is no ASCII letter: a word goes on past it only if it
	// is a digit or a letter beyond ASCII.
	if j < len(s) && (isDigitByte(s[j]) || s[j] >= utf8.RuneSelf && isWordAt(s, j)) {
		return v, -1
	}
	if v, ok := match(slot, s[i:j]); ok {
		return v, j
	}
	return v, -1
}

// before returns the value of the whole word that ends at s[:p], beginning
// no earlier than floor, and where it begins; or b = -1 if it is none of
// the lexicon's. A letter or digit may not come before it.
func (l *lexicon[T]) before(s string, p, floor int) (v T, b int) {
	return l.word(s, lettersBack(s, p, floor), p)
}

// lettersBack returns where the ASCII letters that end at s[:p] begin, no
// earlier than floor and at most maxLexWord+1 of them: a word that runs
// back past floor, or is longer than any lexicon holds, leaves a letter
// before where it returns.
func lettersBack(s string, p, floor int) int {
	j := p
	for lo := max(floor, p-maxLexWord-1); j > lo && isLetter(s[j-1]); {
		j--
	}
	return j
}

// word returns the value of the word s[j:p], which is ASCII letters that
// no letter or digit comes before, and j; or b = -1 if it is none of the
// lexicon's. As at does, it finds the word's slot, most often empty, before
// it packs the word's key.
func (l *lexicon[T]) word(s string, j, p int) (v T, b int) {
	n := p - j
	if n == 0 || n > maxLexWord {
		return v, -1
	}
	slot := l.slots[lexSlot(s[j], n)]
	if len(slot) == 0 {
		return v, -1
	}
	if j > 0 {
		if c := s[j-1]; isLetter(c) || isDigitByte(c) || c >= utf8.RuneSelf && isWordBefore(s, j) {
			return v, -1
		}
	}
	if v, ok := match(slot, s[j:p]); ok {
		return v, j
	}
	return v, -1
}

// match returns the value of the entry of slot whose word is w, ASCII
// letters in any case, and whether there is one. The key of a word of up
// to eight letters is all of it; a longer one's words are compared past
// the eighth letter too.
func match[T any](slot []lexEntry[T], w string) (v T, ok bool) {
	var key uint64
	if len(w) >= 8 {
		key = foldKey(w)
	} else {
		for k := len(w) - 1; k >= 0; k-- {
			key = key<<8 | uint64(w[k]|0x20)
		}
	}
	for k := range slot {
		if en := &slot[k]; en.key == key && (len(w) <= 8 || lettersFold(w[8:], en.word[8:])) {
			return en.val, true
		}
	}
	return v, false
}

// lookup returns the value of the word w, which is all ASCII letters, and
// then end, or -1 if w is none of the lexicon's.
func (l *lexicon[T]) lookup(w string, end int) (v T, e int) {
	key := foldKey(w)
	for _, en := range l.slots[lexSlot(w[0], len(w))] {
		if en.key == key && (len(w) <= 8 || lettersFold(w[8:], en.word[8:])) {
			return en.val, end
		}
	}
	return v, -1
}

// lettersFold reports whether w, all ASCII letters, is the lower-case word
// lw of the same length in any case. Setting the 0x20 bit lowers a letter,
// so no branch on case is needed.
func lettersFold(w, lw string) bool {
	w = w[:len(lw)] // spares a bounds check per letter
	for i := 0; i < len(lw); i++ {
		if w[i]|0x20 != lw[i] {
			return false
		}
	}
	return true
}
