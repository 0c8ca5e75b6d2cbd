package currency

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Mention is a money expression that Find found in a text: where it is
// and the Figure it states, which keeps its words.
//
// The words are not a field of their own: m.Figure.Text() is
// text[m.Start:m.End], and a Mention is kept small because Find returns
// one for each figure, every few bytes in a table of money.
type Mention struct {
	// Start and End are the byte offsets of the expression in the text.
	Start, End int
	// Figure is what the expression states; its Text is the expression as
	// written, text[Start:End], qualifier and range included: "more than
	// £4 million", "£3m-£5m".
	Figure Figure
	// Converts reports that the mention gives the one before it in another
	// currency, in brackets straight after it: in "almost €2 billion
	// (£1.7bn)" the mention of £1.7bn Converts.
	Converts bool
	// Repaired reports that Find read the figure through a fault of the
	// page: a £ mis-decoded as U+FFFD or "Â£", read as £, or a misspelt
	// multiplier ("£23.4 millon"), read as the word it misspells.
	Repaired bool
	// Assumed reports that the figure wrote no currency and FindIn gave it
	// the story's: "a 310m budget".
	Assumed bool
}

// Find returns every money expression in text, in order and without
// overlaps: the amounts ParseFigure reads, "£4.5m", "£2 million",
// "2.4 million pounds", "half a billion pounds", "twenty million pounds",
// "30p", "€2m", "$3 billion", "USD 3bn", "-£2m", together with a qualifier
// before them ("more than £4 million", "up to £10m", "nearly £4m"), a hedge
// after them ("£5m or more", "£2m-plus"), for ranges the second amount
// ("£3m-£5m", "£3m to £5m", "between £3m and £5m"), what a rate is of
// ("80p in the £1", "£5,000 per pupil") and the terms the money is per or over ("£8m a year",
// "£2bn over five years"). ParseFigure reads every Mention's Figure.Text()
// as its Figure. A £ mis-decoded as U+FFFD or "Â£" is read as £, even when
// glued to the word before ("raise\uFFFD5m"), and a misspelt multiplier
// as the word it misspells ("£23.4 millon" is £23.4m, not £23.40), and
// the Mention is marked Repaired; an amount in brackets straight after
// another in a different currency ("€2 billion (£1.7bn)") is marked as
// Converts.
//
// Find is stricter than ParseFigure, because prose uses the same words for
// other things:
//   - numbers without a currency ("2,200 cases", "15 years") are not money
//     (FindIn reads some as the story's currency);
//   - ISO codes count only in upper case ("USD 3bn", not "usd 3bn");
//   - words of one figure may be apart by at most 4 bytes of white space;
//   - the dashes of a range touch both ends ("£3m-£5m", "£3m–£5m",
//     "£3m—£5m"): a spaced dash is punctuation;
//   - a minus sign is the amount's only if it touches the amount and
//     follows no letter or digit ("a -£2m swing", not "2019-£2m");
//   - a number ending a pair of years is no range's first amount
//     ("2025-26 to £85m" is £85m);
//   - "from £3m to £5m" is a level and the level it changes to, not a
//     range, and gives two mentions;
//   - so is "an increase of £20m to £120m", a change and the level it
//     brings, when words of change come just before the first amount
//     ("increase of", "rise of", "cut of", "reduction of", "boost of",
//     "uplift of" and the like; "by"; "up", "down", "rose", "fell",
//     "rising", "falling"), "to" joins the amounts, each has a currency of
//     its own, not the other's, and the second is at least twice the
//     first, as a level mostly is and the high end of a range seldom is: "a
//     rise of £3.7bn to £3.9bn" is a range of the change's size, as are "a
//     fall of £2m-£3m", "a rise of 2 to 3 million pounds", "up £2m to 12m"
//     and "coughing up £2m to £5m";
//   - "over" after "hand", "turn", "sign" or "pass" ("handed over £2m") is
//     not a qualifier, nor is "about" after a word of feeling, speech or
//     thought ("unhappy about £20 million", "talked about £5m"), nor "up
//     to" ending a verb that brings a total to a level ("bringing the
//     total … up to £4.6 billion"), and "a year ago" is a time, not a
//     term;
//   - a range that ParseFigure would reject ("£5m to £2m") is read as its
//     first amount alone, and an amount ParseFigure would reject ("£1e400",
//     "£1,2,3", "£1.5p") is no mention at all.
//
// Find never panics and runs in time linear in len(text). It returns nil if
// text holds no money.
func Find(text string) []Mention { return find(text, Code{}) }

// FindIn is Find for a story about money in the currency story, whose bare
// figures with a multiplier suffix ("45k", "a 310m budget", "£3m and 45k",
// "45k-50k") are amounts in that currency: it finds what Find finds, and
// those too, marked Assumed. Figures with a multiplier word ("2 million") or none
// ("2,200") are still not money, and a story's "5m people" is read as
// money, so use FindIn only where bare figures are. The Figure.Text() of an
// Assumed mention has no currency, and ParseFigure rejects it; FindIn reads it
// back. The zero Code as story makes FindIn Find.
func FindIn(text string, story Code) []Mention { return find(text, story) }

// find is Find, reading bare figures as story if it is not the zero Code.
func find(text string, story Code) []Mention {
	buf := findBufs.Get().(*findBuf)
	found := buf.found[:0]
	floor := 0
	// Each mention is read into m, on the stack, and kept in found without
	// its pointers, so that keeping it costs no write barrier.
	var m Mention
	for i := nextStart(text, 0); i < len(text); i = nextStart(text, i+1) {
		// mentionAt leaves m zero if it finds none.
		resume := mentionAt(&m, text, i, floor, story)
		if resume < 0 {
			continue
		}
		if n := len(found); n > 0 && found[n-1].code != m.Figure.code {
			m.Converts = converts(text, found[n-1].end, &m)
		}
		found = append(found, keptMention{})
		buf.keep(&found[len(found)-1], &m)
		floor = m.End
		i = resume - 1
		m = Mention{}
	}
	var out []Mention
	if len(found) > 0 {
		out = make([]Mention, len(found))
		for k := range found {
			found[k].mention(&out[k], text, buf.exts)
		}
		clear(buf.exts) // the buffer holds on to no figure
	}
	if cap(found) <= maxPooledMentions {
		buf.found, buf.exts = found[:0], buf.exts[:0]
		findBufs.Put(buf)
	}
	return out
}

// nextStart returns the first byte at or after text[i] at which an amount
// may begin, as mayStart tells, or len(text) if there is none. It is
// find's loop over the bytes, apart, so that the compiler keeps the few
// values it needs in registers.
func nextStart(text string, i int) int {
	for ; i < len(text); i++ {
		// Most bytes of prose are inside a word or number, or are ASCII
		// white space and punctuation or continue a rune, and begin no
		// amount: passing them over here spares a call of mayStart per
		// byte.
		if c := text[i]; c < 0xC0 && c != '$' && (!isWordByte(c) || i > 0 && isWordByte(text[i-1])) {
			continue
		}
		if mayStart(text, i) {
			return i
		}
	}
	return len(text)
}

// A findBuf is what find collects mentions in. Its mentions hold no
// pointers, so that keeping them costs no write barrier and the buffer
// need not be cleared: their texts are cut from the text again, and the
// few figures with an extension keep it in exts.
type findBuf struct {
	found []keptMention
	exts  []*figExt
}

// A keptMention is a Mention without its pointers.
type keptMention struct {
	start, end                  int
	lo, hi                      int64
	loExp, hiExp                int32
	per, over                   packedTerm
	code                        Code
	bound                       uint8
	converts, repaired, assumed bool
	ext                         int32 // 1 + the index of the figure's figExt in findBuf.exts, or 0
}

// keep sets *k, which is zero, to m without its pointers, keeping its
// figure's extension, if any, in b.exts.
func (b *findBuf) keep(k *keptMention, m *Mention) {
	f := &m.Figure
	k.start, k.end, k.lo, k.hi, k.loExp, k.hiExp = m.Start, m.End, f.lo, f.hi, f.loExp, f.hiExp
	k.per, k.over, k.code, k.bound = f.per, f.over, f.code, f.bound
	k.converts, k.repaired, k.assumed = m.Converts, m.Repaired, m.Assumed
	if f.ext != nil {
		b.exts = append(b.exts, f.ext)
		k.ext = int32(len(b.exts))
	}
}

// mention sets *m, which is the zero Mention, to the mention k keeps, in
// text, whose figures' extensions are exts.
func (k *keptMention) mention(m *Mention, text string, exts []*figExt) {
	m.Start, m.End = k.start, k.end
	m.Converts, m.Repaired, m.Assumed = k.converts, k.repaired, k.assumed
	f := &m.Figure
	f.text, f.lo, f.hi, f.loExp, f.hiExp = text[k.start:k.end], k.lo, k.hi, k.loExp, k.hiExp
	f.per, f.over, f.code, f.bound = k.per, k.over, k.code, k.bound
	if k.ext > 0 {
		f.ext = exts[k.ext-1]
	}
}

// findBufs holds the buffers find collects mentions in, so that it makes
// one allocation, its result of exactly as many mentions as it found,
// however many there are: a slice grown as it went would allocate and copy
// several times over, and leave room unused.
var findBufs = sync.Pool{New: func() any { return new(findBuf) }}

// maxPooledMentions is the most mentions a buffer findBufs keeps may hold
// room for, so that one huge text does not keep megabytes alive.
const maxPooledMentions = 4096

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool { return isLetter(c) || isDigitByte(c) }

// converts reports whether m, in another currency than the mention before
// it, which ends at text[:end], gives that one in it: m is in brackets
// straight after it.
func converts(text string, end int, m *Mention) bool {
	o := skipWhite(text, end, proseSpace)
	if o >= m.Start || text[o] != '(' || skipWhite(text, o+1, proseSpace) != m.Start {
		return false
	}
	c := skipWhite(text, m.End, proseSpace)
	return c < len(text) && text[c] == ')'
}

// mayStart reports whether an amount may begin at text[i]: a currency
// symbol, a number that does not continue a word, another number or a
// currency symbol, or a word that may begin "half a billion pounds",
// "twenty million pounds" or "GBP 2m". It asks of each only what is quick
// to tell and what every amount that begins so has, so that mentionAt,
// which reads the amount, runs seldom where there is none: on "1-1-1",
// "a a a", "££££" or "GBP GBP".
func mayStart(text string, i int) bool {
	c := text[i]
	switch {
	case isDigitByte(c):
		if i == 0 {
			return numberMayBeMoney(text, i)
		}
		switch p := text[i-1]; {
		case p == '.' || p == ',' || p == '$':
			return false
		case p >= utf8.RuneSelf:
			// "£1.5p" is no amount, and neither is its "1.5p".
			j := runeBefore(text, i)
			if _, n, _ := symbolAt(text, j); n == i-j {
				return false
			}
		}
		return !isWordBefore(text, i) && numberMayBeMoney(text, i)
	case c == '$' || c == 0xC2 || c == 0xE2 || c == 0xEF || c == 0xC3: // $, £ and ¥, €, U+FFFD, Â£
		if c == 0xC2 && i+2 < len(text) && text[i+1] == 0xA3 && isDigitByte(text[i+2]) {
			return true // "£2m", the commonest, without the calls
		}
		_, n, _ := symbolAt(text, i)
		return n > 0 && digitAfter(text, i+n)
	case isLetter(c):
		if isWordBefore(text, i) {
			return false
		}
		if start, e := wordsLex.at(text, i); e > 0 {
			return wordsMayBeMoney(text, i, e, start)
		}
		// Three capitals may be a code, "GBP 2m", and "US$" is a symbol.
		return i+3 < len(text) && 'A' <= c && c <= 'Z' && isUpper3(text[i:i+3]) && !isLetter(text[i+3]) && digitAfter(text, i+3) ||
			c == 'U' && strings.HasPrefix(text[i:], "US$") && digitAfter(text, i+3)
	}
	return false
}

// digitAfter reports whether a digit follows the currency symbol or code
// that ends at text[:i], straight after it or after white space, as
// stated.scan reads it in prose: "£2m", "£ 2m", "GBP 2m".
func digitAfter(text string, i int) bool {
	k := skipWhite(text, i, proseSpace)
	return k < len(text) && isDigitByte(text[k])
}

// wordsMayBeMoney reports whether the word of wordsLex at text[i:e] may
// begin an amount in words: a fraction that goes on with its words and a
// multiplier ("a million", not "a year"), or a number in words followed by
// a word that may follow it in an amount ("twenty million", not "twenty
// one people").
func wordsMayBeMoney(text string, i, e int, start wordStart) bool {
	if start.fraction {
		if _, _, fe := fractionAt(text, i, e, proseSpace); fe > 0 {
			return true
		}
	}
	if !start.number {
		return false
	}
	_, ne := numberWordsAt(text, i, proseSpace)
	if ne < 0 {
		return false
	}
	_, ok := afterNumberWords(text, ne, proseSpace)
	return ok
}

// numberMayBeMoney reports whether what follows the number at text[i:],
// which has no currency before it, may make it money: a letter ("2m",
// "30p"), a multiplier or currency word ("2 million pounds", "30 pence",
// "2 GBP"), or the dash, "to" or "and" of a range whose high end may have
// a currency ("3-5m", "3 to £5m"). It is a quick test that spares Find
// the work of reading the "1 1 1", "1-1-1" and "1 to 2" of a table of
// numbers.
func numberMayBeMoney(text string, i int) bool {
	j := numberEnd(text, i)
	switch {
	case j == len(text):
		return false
	case text[j] == '-':
		return highMayBeMoney(text, j+1)
	case strings.HasPrefix(text[j:], "–") || strings.HasPrefix(text[j:], "—"):
		return highMayBeMoney(text, j+len("–"))
	}
	return moneyWordAfter(text, j, true)
}

// highMayBeMoney reports whether the high end of a range that begins at
// text[k:] may have a currency or a multiplier suffix: if it begins with
// a letter or a currency symbol, or is a number that moneyWordAfter
// accepts. It looks no further, so that Find's quick tests stay linear on
// "1 to 2 to 3".
func highMayBeMoney(text string, k int) bool {
	switch {
	case k == len(text):
		return false
	case isLetter(text[k]):
		return true
	case isDigitByte(text[k]):
		return moneyWordAfter(text, numberEnd(text, k), false)
	}
	_, n, _ := symbolAt(text, k)
	return n > 0
}

// numberEnd returns where the digits, commas and points at text[i:] end.
func numberEnd(text string, i int) int {
	for i < len(text) && (isDigitByte(text[i]) || text[i] == ',' || text[i] == '.') {
		i++
	}
	return i
}

// figureWords holds the words that may follow a number and white space in
// a figure, and whether each is the "to" or "and" of a range: the
// multipliers that may stand apart from the digits ("2 million", "2.4 m"),
// the currency words and "pence".
var figureWords = newLexicon(func(add func(string, bool)) {
	add("to", true)
	add("and", true)
	for _, m := range multWords {
		add(m.word, false)
	}
	for _, m := range spacedSuffixes {
		add(m.word, false)
	}
	for _, w := range currencyWords {
		add(w.word, false)
	}
	add("pence", false)
})

// moneyWordAfter reports whether the number that ends at text[:j] may be
// followed by what gives it a currency or a multiplier suffix: a letter
// touching it ("2m", "30p"), or after white space one of figureWords or an
// upper-case code. If ranges is set, "to" or "and" may come there too,
// before a high end that highMayBeMoney accepts ("3 to 5m", "between 3
// and £5m").
func moneyWordAfter(text string, j int, ranges bool) bool {
	if j < len(text) && isLetter(text[j]) {
		return true
	}
	sp := skipWhite(text, j, proseSpace)
	if sp == j || sp == len(text) || !isLetter(text[sp]) {
		return false
	}
	dash, e := figureWords.at(text, sp)
	switch {
	case e < 0:
		return sp+3 <= len(text) && isUpper3(text[sp:sp+3]) && !isWordAt(text, sp+3)
	case dash:
		k := skipWhite(text, e, proseSpace)
		return ranges && k > e && highMayBeMoney(text, k)
	}
	return true
}

// runeBefore returns where the rune that ends at text[:i] begins.
func runeBefore(text string, i int) int {
	_, n := utf8.DecodeLastRuneInString(text[:i])
	return i - n
}

// mentionAt sets *m, which is the zero Mention, to the mention whose amount
// begins at text[i], with its sign or qualifier (which begins no earlier
// than floor), its range and its tail, if any, and returns where find may
// look for the next amount, at or after m.End; if there is no mention, it
// leaves *m zero and returns -1. A bare amount takes the currency story,
// if that is not the zero Code. It leaves the Figure's text empty: find,
// which does not keep it, cuts it from text.
func mentionAt(m *Mention, text string, i, floor int, story Code) int {
	// Most amounts end a figure; for them neither a tail nor a range's
	// second amount is read. scan reads plain amounts too, but reading
	// them here spares most of these a call and a second followAt.
	var a stated
	var next following // what may follow the amount
	if a.plain(text, i) {
		followAt(&next, text, a.end)
		if next.f&followRest != 0 {
			end := a.end
			if a.rest(text, a.end, true).failed() {
				return -1
			}
			if a.end != end {
				// "£2 million": what follows is after the word
				followAt(&next, text, a.end)
			}
		}
	} else {
		if a.scan(text, i, true).failed() {
			return -1
		}
		followAt(&next, text, a.end)
	}
	if !alone(&a, story) && (next.f == 0 || yearPairEnd(text, i) || !rangeGivesCode(text, a.end, story)) {
		// "2,200 cases": no currency, and no range to take one from; nor
		// is "26" of "2025-26 to £85m" a range's first amount.
		return -1
	}
	if next.f == 0 {
		if !freeMention(m, &a, text, i, floor, story) {
			return -1
		}
		return m.End // no word of followers follows
	}
	var tl tail
	if ms := minusBefore(text, i, floor); ms >= 0 && a.hasCode {
		a.neg = true
		if tl.readAfter(text, a.end, &next, false); tl.end == a.end {
			return resume(one(m, Exact, &a, ms), m, a.end, &next) // no tail after all
		}
		return resume(mention(m, Exact, &a, nil, ms, &tl), m, a.end, &next)
	}
	bound, qs := qualifierBefore(text, i, floor)
	// The tail of the amount alone, which a range's second amount replaces.
	tl.readAfter(text, a.end, &next, true)
	var hi stated
	ranged, change := false, false
	switch {
	case bound == Range:
		ranged = next.f&followAnd != 0 && !andTail(&hi, text, a.end, true).failed()
		if !ranged && next.f&followTo != 0 {
			// "between £10bn-£15bn"
			found, err := rangeTail(&hi, text, a.end, true)
			ranged = found && !err.failed()
		}
		if !ranged {
			bound, qs = BoundUnknown, i
		}
	case bound == BoundUnknown:
		if tl.end == a.end && next.f&followTo != 0 {
			// Most amounts have no separator of a range after them, which
			// is quicker to rule out than "from" before them: "from" is
			// asked about only when there is one.
			found, err := rangeTail(&hi, text, a.end, true)
			ranged = found && !err.failed() && (i-floor < 2 || !wordBefore(text, i, floor, "from"))
			// "an increase of £20m to £120m" may be a change, then the
			// level it brings: two amounts that each stand alone, a "to",
			// and words of change before them.
			change = ranged && dashEnd(text, a.end) < 0 && alone(&a, story) && alone(&hi, story) &&
				changeBefore(text, i, floor)
		}
	}
	if ranged {
		if !a.hasCode && !hi.hasCode && (a.suffix || hi.suffix) && !story.IsZero() {
			// "45k-50k" in a story about pounds
			hi.code, hi.hasCode, a.assumed = story, true, true
		}
		var (
			after following
			rtl   tail
		)
		followAt(&after, text, hi.end)
		rtl.readAfter(text, hi.end, &after, false)
		if mention(m, Range, &a, &hi, qs, &rtl) {
			if !change || !levelAfter(&m.Figure) {
				return resume(true, m, hi.end, &after)
			}
			*m = Mention{}
		}
		// build fills in each end from the other, so the amount alone is
		// read afresh: rarely, since few ranges fail or are a change and
		// its level, and cheaper than copying both ends for each range
		// that is not one.
		a.scan(text, i, true)
		if bound == Range {
			qs = i
		}
	}
	if bound == BoundUnknown || bound == Range {
		bound = Exact
	}
	if !a.hasCode && a.suffix && !story.IsZero() {
		a.code, a.hasCode, a.assumed = story, true, true
	}
	if tl.hedge != BoundUnknown && bound != Exact && bound != tl.hedge {
		// "up to £5m or more": the hedge is not the figure's.
		tl.read(text, a.end, true, false)
	}
	if tl.end == a.end && a.hasCode {
		// "£5m and £6m": no tail after all, nor a hedge
		return resume(one(m, bound, &a, qs), m, a.end, &next)
	}
	return resume(mention(m, tl.bound(bound), &a, nil, qs, &tl), m, a.end, &next)
}

// resume returns where find may look for the next amount after the
// mention m, if ok, after which followAt found next at text[k:]: past
// next's word if m ends at k and the word begins no amount ("£4m to £5m"),
// else at m.End; or -1 if !ok.
func resume(ok bool, m *Mention, k int, next *following) int {
	switch {
	case !ok:
		return -1
	case m.End == k && next.inert:
		return next.e
	}
	return m.End
}

// freeMention is mentionAt for an amount a, alone, that ends its figure:
// no tail and no range follow it, and a sign or a qualifier before it is
// all there is to read.
func freeMention(m *Mention, a *stated, text string, i, floor int, story Code) bool {
	if ms := minusBefore(text, i, floor); ms >= 0 && a.hasCode {
		a.neg = true
		return one(m, Exact, a, ms)
	}
	bound, qs := qualifierBefore(text, i, floor)
	if bound == BoundUnknown || bound == Range {
		// "between £3m." is no range: the amount alone is exact.
		bound, qs = Exact, i
	}
	if !a.hasCode {
		// "45k" in a story about pounds, as alone allows
		a.code, a.hasCode, a.assumed = story, true, true
	}
	return one(m, bound, a, qs)
}

// one sets *m, which is the zero Mention, to the mention of a, an amount
// with a currency, no tail and no range, with bound b and beginning at
// text[start], and reports whether there is one, as mention does. Most mentions are
// such, and most have at most 18 digits, as a Figure's coefficients do:
// for them the Figure is its value, precision, currency and bound. Like
// mention, it leaves the Figure's text empty.
func one(m *Mention, b Bound, a *stated, start int) bool {
	if a.digits != "" {
		tl := tail{end: a.end}
		return mention(m, b, a, nil, start, &tl)
	}
	// a.amount(), without its call
	coef, exp := a.coef, a.exp()
	if a.neg {
		coef = -coef
	}
	f := &m.Figure
	f.lo, f.hi, f.loExp, f.hiExp, f.code, f.bound = coef, coef, exp, exp, a.code, uint8(b)
	return place(m, a, nil, start, a.end)
}

// yearPairEnd reports whether the number at text[i] ends a pair of years
// or numbers ("2025-26", "2025/26", "2025–26"): whether a hyphen, slash or
// en dash comes just before it with a digit before that.
func yearPairEnd(text string, i int) bool {
	j := i
	switch {
	case j >= 1 && (text[j-1] == '-' || text[j-1] == '/'):
		j--
	case strings.HasSuffix(text[:j], "–"):
		j -= len("–")
	default:
		return false
	}
	return j >= 1 && isDigitByte(text[j-1])
}

// rangeGivesCode reports whether a range's second amount, with a currency,
// follows an amount that ends at text[k:]: "-5m pounds", " to £5m",
// " and £5m". It is a quick test for amounts with no currency of their
// own, which only a range can give one, or, with a multiplier, the story.
func rangeGivesCode(text string, k int, story Code) bool {
	var hi stated
	if found, err := rangeTail(&hi, text, k, true); found {
		// "45-50k" in a story about pounds
		return !err.failed() && alone(&hi, story)
	}
	return !andTail(&hi, text, k, true).failed() && hi.hasCode
}

// alone reports whether the amount a is money without the other end of a
// range: whether it has a currency of its own or, in a story about
// story's currency, a multiplier suffix.
func alone(a *stated, story Code) bool { return a.hasCode || a.suffix && !story.IsZero() }

// mention sets *m, which is the zero Mention, to the mention of the figure
// build makes of a (and hi, for a Range) and tl, beginning at text[start],
// and reports whether build makes one; if not, *m stays zero. It leaves
// the Figure's text empty: find, which does not keep it, cuts it from text.
func mention(m *Mention, b Bound, a, hi *stated, start int, tl *tail) bool {
	// build fills the figure in place, and leaves it zero if it fails.
	if err := build(&m.Figure, b, a, hi, "", tl); err.failed() {
		return false
	}
	return place(m, a, hi, start, tl.end)
}

// place sets where the mention m of a (and hi) is, text[start:end], and
// what it says of them, and reports true.
func place(m *Mention, a, hi *stated, start, end int) bool {
	m.Start, m.End = start, end
	m.Repaired = a.repaired || hi != nil && hi.repaired
	m.Assumed = a.assumed
	return true
}

// minusBefore returns where a minus sign touching the amount at text[i]
// begins, if there is one at or after floor that follows no letter, digit
// or hyphen; otherwise it returns -1.
func minusBefore(text string, i, floor int) int {
	if i <= floor {
		return -1
	}
	m := i - 1
	switch text[m] {
	case '-':
	case "−"[len("−")-1]:
		if m = i - len("−"); m < floor || text[m:i] != "−" {
			return -1
		}
	default:
		return -1
	}
	if m > 0 && text[m-1] < utf8.RuneSelf {
		// "2019-£2m", "1--£2m": ASCII, told apart without a call
		if c := text[m-1]; isWordByte(c) || c == '-' {
			return -1
		}
	} else if isWordBefore(text, m) {
		return -1
	}
	return m
}

// qualifierBefore returns the bound of the longest qualifier that ends, with
// white space, just before text[i] and begins no earlier than floor, and
// where it begins; or BoundUnknown and i if there is none.
func qualifierBefore(text string, i, floor int) (Bound, int) {
	if i-floor < 2 {
		// "£1m £2m", "£1-£2-£3": one byte after the mention before leaves
		// no room for a word and white space.
		return BoundUnknown, i
	}
	p := skipWhiteBack(text, i, floor)
	if p == i || p == floor {
		return BoundUnknown, i
	}
	// The last word begins at w, after white space that begins at ws.
	// Where words may come before it, the lexicon of last words matches
	// each qualifier's last word, and only the words before it are left to
	// match; a list of money leaves no room for them ("£4m to £5m": the
	// "to" begins just after the amount before it), and there only the
	// qualifiers of one word are asked about.
	w := lettersBack(text, p, floor)
	if w == p {
		return BoundUnknown, i
	}
	ws := skipWhiteBack(text, w, floor)
	words := ws < w && ws > floor // whether a word may come before w
	last := qualLast
	if !words {
		last = qualOne
	}
	qs, at := last.word(text, w, p)
	if at < 0 {
		return BoundUnknown, i
	}
	b, start := BoundUnknown, i
	for _, k := range qs {
		q := &qualifiers[k]
		s := w
		if len(q.words) > 1 {
			if !words {
				continue
			}
			// The lexicon has seen that no letter or digit comes before w.
			if s = matchPhraseBack(text, ws, q.words[:len(q.words)-1], floor); s < 0 || s >= start || isWordBefore(text, s) {
				continue
			}
			if q.bound == AtMost && q.words[0] == "up" && totalBroughtUp(text, s, floor) {
				continue // "bringing the total … up to £4.6 billion"
			}
		} else if w >= start {
			continue // "an estimated £5m": the longer is read
		} else if l := particleBefore[k]; l != nil && words {
			// "handed over £2m", "talked about £5m"
			if _, v := l.before(text, ws, floor); v >= 0 {
				continue
			}
		}
		b, start = q.bound, s
	}
	return b, start
}

// qualOne indexes the qualifiers of one word by it.
var qualOne = newLexicon(func(add func(string, []int)) {
	for k, q := range qualifiers {
		if len(q.words) == 1 {
			add(q.words[0], []int{k})
		}
	}
})

// particleBefore holds, by index in qualifiers, the words after which a
// qualifier of one word is none: overVerbs for "over", aboutWords for
// "about".
var particleBefore = func() (by [len(qualifiers)]*lexicon[bool]) {
	for k, q := range qualifiers {
		switch {
		case len(q.words) > 1:
		case q.words[0] == "over":
			by[k] = overVerbs
		case q.words[0] == "about":
			by[k] = aboutWords
		}
	}
	return by
}()

// overVerbs are the verbs that make "over" a particle ("handed over £2m")
// rather than a qualifier.
var overVerbs = newLexicon(func(add func(string, bool)) {
	for _, v := range [...]string{
		"hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning",
		"sign", "signs", "signed", "signing", "pass", "passes", "passed", "passing",
	} {
		add(v, true)
	}
})

// aboutWords are the words after which "about" is a preposition, what
// a feeling, a word or a thought is about ("unhappy about £20 million",
// "talked about £5m"), rather than a qualifier.
var aboutWords = newLexicon(func(add func(string, bool)) {
	for _, w := range [...]string{
		"happy", "unhappy", "worried", "concerned", "anxious", "nervous", "excited", "upset", "angry", "sorry",
		"sure", "clear", "serious", "honest", "talk", "talks", "talked", "talking", "speak", "speaks", "spoke",
		"speaking", "think", "thinks", "thought", "thinking", "know", "knows", "knew", "complain", "complains",
		"complained", "complaining", "ask", "asks", "asked", "asking", "care", "cares", "cared", "caring",
		"worry", "worries", "concerns", "questions",
	} {
		add(w, true)
	}
})

// lexWordBefore returns the value of the word of l that ends, with white
// space, just before text[i], beginning no earlier than floor, and where it
// begins; or b = -1 if there is none.
func lexWordBefore[T any](l *lexicon[T], text string, i, floor int) (v T, b int) {
	p := skipWhiteBack(text, i, floor)
	if p == i {
		return v, -1
	}
	return l.before(text, p, floor)
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
	// Many calls find printable ASCII, '!' to DEL, and return inlined, as
	// skipWhite does.
	if i <= floor || text[i-1]-'!' < utf8.RuneSelf-'!' {
		return i
	}
	return skipWhiteBackRun(text, i, floor)
}

// skipWhiteBackRun is skipWhiteBack's loop.
func skipWhiteBackRun(text string, i, floor int) int {
	if i-1 > floor && text[i-1] == ' ' && text[i-2]-'!' < utf8.RuneSelf-'!' {
		return i - 1 // one space after a word, the commonest run
	}
	j := i
	for j > floor {
		c, n := text[j-1], 1
		if c < utf8.RuneSelf {
			// unicode.IsSpace's ASCII white space, without its call
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
		} else if !whiteEnd(c) {
			break
		} else if r, size := utf8.DecodeLastRuneInString(text[floor:j]); !unicode.IsSpace(r) {
			break
		} else {
			n = size
		}
		j -= n
		if i-j > proseSpace {
			return i
		}
	}
	return j
}

// whiteEnd reports whether white space beyond ASCII may end with the byte
// c, as a quick test that spares skipWhiteBack decoding "£" and most other
// runes: every such space ends in 0x80 to 0x8A (U+0085, U+1680, U+2000 to
// U+200A, U+3000), 0x9F (U+205F), 0xA0 (U+00A0), 0xA8, 0xA9 or 0xAF
// (U+2028, U+2029, U+202F).
func whiteEnd(c byte) bool {
	return 0x80 <= c && c <= 0x8A || c == 0x9F || c == 0xA0 || c == 0xA8 || c == 0xA9 || c == 0xAF
}
