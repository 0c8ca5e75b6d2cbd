package currency

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
	word string
	val  T
}

// newLexicon returns the lexicon of the words that fill calls add with.
func newLexicon[T any](fill func(add func(w string, v T))) *lexicon[T] {
	l := new(lexicon[T])
	fill(func(w string, v T) {
		k := lexSlot(w[0], len(w))
		l.slots[k] = append(l.slots[k], lexEntry[T]{w, v})
	})
	return l
}

// lexSlot returns the slot of the words that begin with the letter c and
// have n letters.
func lexSlot(c byte, n int) int { return int(c|0x20-'a')*(maxLexWord+1) + n }

// at returns the value of the whole word at s[i:], which no letter or digit
// follows, and where it ends; or e = -1 if it is none of the lexicon's.
func (l *lexicon[T]) at(s string, i int) (v T, e int) {
	j := i
	for j < len(s) && isLetter(s[j]) {
		if j++; j-i > maxLexWord {
			return v, -1
		}
	}
	if j == i || isWordAt(s, j) {
		return v, -1
	}
	return l.lookup(s[i:j], j)
}

// before returns the value of the whole word that ends at s[:p], beginning
// no earlier than floor, and where it begins; or b = -1 if it is none of
// the lexicon's. A letter or digit may not come before it.
func (l *lexicon[T]) before(s string, p, floor int) (v T, b int) {
	j := p
	for j > floor && isLetter(s[j-1]) {
		if j--; p-j > maxLexWord {
			return v, -1
		}
	}
	if j == p || isWordBefore(s, j) {
		return v, -1
	}
	v, e := l.lookup(s[j:p], j)
	if e < 0 {
		return v, -1
	}
	return v, j
}

// lookup returns the value of the word w, which is all ASCII letters, and
// then end, or -1 if w is none of the lexicon's.
func (l *lexicon[T]) lookup(w string, end int) (v T, e int) {
	for _, en := range l.slots[lexSlot(w[0], len(w))] {
		if lettersFold(w, en.word) {
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
