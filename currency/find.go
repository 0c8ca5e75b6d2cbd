package currency

import (
	"unicode"
	"unicode/utf8"
)

// A Mention is a money expression that Find found in a text: where it is,
// its words and the Figure they state.
type Mention struct {
	// Start and End are the byte offsets of the expression in the text:
	// text[Start:End] is Text.
	Start, End int
	// Text is the expression as written, qualifier and range included:
	// "more than £4 million", "£3m-£5m".
	Text string
	// Figure is what Text states; its Text is Text too.
	Figure Figure
}

// Find returns every money expression in text, in order and without
// overlaps: the amounts ParseFigure reads, "£4.5m", "£2 million",
// "2.4 million pounds", "half a billion pounds", "30p", "€2m", "$3 billion",
// "USD 3bn", together with a qualifier before them ("more than £4 million",
// "up to £10m", "nearly £4m") and, for ranges, the second amount
// ("£3m-£5m", "£3m to £5m", "between £3m and £5m"). ParseFigure reads every
// Mention's Text as its Figure.
//
// Find is stricter than ParseFigure, because prose uses the same words for
// other things:
//   - numbers without a currency ("2,200 cases", "15 years") are not money;
//   - ISO codes count only in upper case ("USD 3bn", not "usd 3bn");
//   - words of one figure may be apart by at most 4 bytes of white space;
//   - the dashes of a range touch both ends ("£3m-£5m", "£3m–£5m"): a
//     spaced dash is punctuation;
//   - "from £3m to £5m" is a change, not a range, and gives two mentions;
//   - "over" after "hand", "turn", "sign" or "pass" ("handed over £2m") is
//     not a qualifier;
//   - a range that ParseFigure would reject ("£5m to £2m") is read as its
//     first amount alone, and an amount ParseFigure would reject ("£1e400",
//     "£1,2,3") is no mention at all.
//
// Find never panics and runs in time linear in len(text). It returns nil if
// text holds no money.
func Find(text string) []Mention {
	var out []Mention
	floor := 0
	for i := 0; i < len(text); i++ {
		if !mayStart(text, i) {
			continue
		}
		m, ok := mentionAt(text, i, floor)
		if !ok {
			continue
		}
		out = append(out, m)
		floor = m.End
		i = m.End - 1
	}
	return out
}

// mayStart reports whether an amount may begin at text[i]: a currency
// symbol, a number that does not continue a word or another number, or a
// word that may begin "half a billion pounds" or "GBP 2m".
func mayStart(text string, i int) bool {
	c := text[i]
	switch {
	case isDigitByte(c):
		return !isWordBefore(text, i) && (i == 0 || text[i-1] != '.' && text[i-1] != ',')
	case c == '$' || c == 0xC2 || c == 0xE2: // $, £ and ¥, €
		_, n := symbolAt(text, i)
		return n > 0
	case 'A' <= c && c <= 'Z', c == 'a', c == 'h', c == 'q':
		return !isWordBefore(text, i)
	}
	return false
}

// mentionAt returns the mention whose amount begins at text[i], with its
// qualifier (which begins no earlier than floor) and range, if any.
func mentionAt(text string, i, floor int) (Mention, bool) {
	a, err := scanAmount(text, i, true)
	if err.failed() {
		return Mention{}, false
	}
	bound, qs := qualifierBefore(text, i, floor)
	var hi stated
	ranged := false
	switch bound {
	case Range:
		if hi, ranged = andTail(text, a.end); !ranged {
			bound, qs = BoundUnknown, i
		}
	case BoundUnknown:
		if !wordBefore(text, i, floor, "from") {
			var found bool
			hi, found, err = rangeTail(text, a.end, true)
			ranged = found && !err.failed()
		}
	}
	if ranged {
		lo, h := a, hi
		per, over, e := termAt(text, hi.end, true)
		if f, err := build(Range, &lo, &h, text[qs:e], per, over); !err.failed() {
			return Mention{Start: qs, End: e, Text: f.text, Figure: f}, true
		}
		if bound == Range {
			qs = i
		}
	}
	if bound == BoundUnknown || bound == Range {
		bound = Exact
	}
	per, over, e := termAt(text, a.end, true)
	f, serr := build(bound, &a, nil, text[qs:e], per, over)
	if serr.failed() {
		return Mention{}, false
	}
	return Mention{Start: qs, End: e, Text: f.text, Figure: f}, true
}

// andTail reads " and £5m" after the low end of "between £3m and £5m",
// which ends at k.
func andTail(text string, k int) (stated, bool) {
	sp := skipWhite(text, k, proseSpace)
	if sp == k {
		return stated{}, false
	}
	e := matchWord(text, sp, "and")
	if e < 0 {
		return stated{}, false
	}
	sp = skipWhite(text, e, proseSpace)
	if sp == e {
		return stated{}, false
	}
	hi, err := scanAmount(text, sp, true)
	return hi, !err.failed()
}

// qualifierBefore returns the bound of the longest qualifier that ends, with
// white space, just before text[i] and begins no earlier than floor, and
// where it begins; or BoundUnknown and i if there is none.
func qualifierBefore(text string, i, floor int) (Bound, int) {
	b, start := BoundUnknown, i
	p := skipWhiteBack(text, i, floor)
	if p == i || p == floor {
		return b, i
	}
	c := text[p-1] | 0x20
	for _, q := range qualifiers {
		if last := q.words[len(q.words)-1]; last[len(last)-1] != c {
			continue
		}
		s := matchPhraseBack(text, p, q.words, floor)
		if s < 0 || s >= start || isWordBefore(text, s) {
			continue
		}
		if len(q.words) == 1 && q.words[0] == "over" && handedOver(text, s, floor) {
			continue
		}
		b, start = q.bound, s
	}
	return b, start
}

// overVerbs are the verbs that make "over" a particle ("handed over £2m")
// rather than a qualifier.
var overVerbs = [...]string{
	"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning",
	"sign", "signs", "signed", "signing", "pass", "passes", "passed", "passing",
}

// handedOver reports whether the word "over" beginning at text[s] follows
// one of overVerbs.
func handedOver(text string, s, floor int) bool {
	for _, v := range overVerbs {
		if wordBefore(text, s, floor, v) {
			return true
		}
	}
	return false
}

// wordBefore reports whether the whole word w ends, with white space, just
// before text[i], beginning no earlier than floor.
func wordBefore(text string, i, floor int, w string) bool {
	p := skipWhiteBack(text, i, floor)
	if p == i {
		return false
	}
	s := matchPhraseBack(text, p, []string{w}, floor)
	return s >= 0 && !isWordBefore(text, s)
}

// matchPhraseBack returns where the words, separated by white space, begin
// if they end at text[:p], beginning no earlier than floor, or -1 if they do
// not.
func matchPhraseBack(text string, p int, words []string, floor int) int {
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if p-len(w) < floor || !equalFoldASCII(text[p-len(w):p], w) {
			return -1
		}
		p -= len(w)
		if k > 0 {
			j := skipWhiteBack(text, p, floor)
			if j == p {
				return -1
			}
			p = j
		}
	}
	return p
}

// skipWhiteBack returns the start of the run of white space that ends at
// text[:i], no earlier than floor, or i if there is none or if it is longer
// than proseSpace bytes.
func skipWhiteBack(text string, i, floor int) int {
	j := i
	for j > floor {
		r, n := rune(text[j-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(text[floor:j])
		}
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
		if i-j > proseSpace {
			return i
		}
	}
	return j
}
