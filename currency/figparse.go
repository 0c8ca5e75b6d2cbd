package currency

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

const (
	// maxFigureLen is the longest input ParseFigure reads, in bytes.
	maxFigureLen = 256
	// maxFigureDigits is the most digits one stated amount may have.
	maxFigureDigits = 30
	// proseSpace is the most bytes of white space Find accepts between the
	// words of one figure.
	proseSpace = 4
	// maxSuffix is the length of the longest multiplier written straight
	// after the digits, "trillion".
	maxSuffix = 8
)

// ParseFigure reads an amount of money as a person states it and returns it
// as a Figure. Words and suffixes are read in any case; white space between
// words may be any run of Unicode spaces, and white space around the figure
// is ignored. The grammar, in which [x] is optional and | separates
// choices:
//
//	figure     = stated [hedge] [rate] term
//	stated     = [minus] amount                    exact, "£2.4m", "-£400,000"
//	           | qualifier amount                  "more than £4 million"
//	           | amount dash amount                range, "£3m-£5m", "£3m to £5m"
//	           | "between" amount ("and" | dash) amount  range, "between £10bn-£15bn"
//	minus      = "-" | "−" (U+2212)
//	dash       = "-" | "–" | "—" | "to"
//	amount     = symbol number [multiplier] [word] "£2.4m", "£ 2.5 billion", "£12bn pounds"
//	           | code number [multiplier] [word]   "GBP 2.4m", "CHF 2m"
//	           | number [multiplier] word          "2.4 million pounds", "2m GBP"
//	           | number ("p" | "pence")            "30p", "30 pence" (GBP)
//	           | fraction mword word               "half a billion pounds"
//	           | words [and] [mword] word          "twenty million pounds", "fifty pence"
//	symbol     = "£" | "€" | "$" | "US$" | "¥"     GBP, EUR, USD, USD, JPY
//	           | U+FFFD | "Â£"                     a mis-decoded £, read as GBP
//	code       = an ISO 4217 code, such as GBP
//	number     = digits ["." digits]               "1260000", "2.4"
//	           | d{1,3} ("," d{3})+ ["." digits]   "1,260,000" (no leading 0)
//	multiplier = "k" | "m" | "mn" | "b" | "bn" | "tn" (straight after the digits)
//	           | "k" | "m" | "mn" | "bn" | "tn" (after white space: "£2.4 m")
//	           | mword (straight after the digits or after white space)
//	mword      = "thousand" | "million" | "billion" | "trillion", or their plurals
//	           | "milion" | "millon" | "bilion" | "billon"   misspelt, read as million
//	           | "trilion" | "trillon"                       or billion or trillion
//	word       = "pounds" | "pound" | "sterling" | "euros" | "euro"
//	           | "dollars" | "dollar" | "yen" | code   (after a symbol or code,
//	                                                the same currency again)
//	fraction   = "a" | "half a" | "a quarter of a" | "quarter of a"
//	           | "three quarters of a"
//	words      = one to 999 in English words        "twenty", "two hundred and fifty"
//	and        = "and a half" | "and a quarter" | "and three quarters"
//	qualifier  = about:     "about" | "around" | "approximately" | "roughly"
//	                        | "some" | "circa" | "close to" | "an estimated"
//	                        | "estimated"
//	           | at least:  "at least" | "no less than" | "not less than"
//	                        | "a minimum of"
//	           | more than: "more than" | "over" | "above" | "in excess of"
//	                        | "upwards of" | "just over" | "just more than"
//	                        | "slightly more than" | "slightly over"
//	                        | "a little more than" | "a little over"
//	                        | "well over"
//	           | at most:   "up to" | "at most" | "no more than"
//	                        | "not more than" | "a maximum of" | "as much as"
//	           | less than: "less than" | "under" | "below" | "well under"
//	                        | "well below"
//	           | nearly:    "nearly" | "almost" | "just under" | "not quite"
//	                        | "just less than" | "slightly less than"
//	                        | "slightly under" | "a little less than"
//	                        | "a little under" | "just short of"
//	hedge      = about:     "-ish" | "or so" | "or thereabouts"
//	           | at least:  "-plus" | "+" | "or more" | "or over" | "and upwards"
//	           | at most:   "or less"
//	rate       = "in" ("the" | "every" | "each") of  "80p in the £1"
//	of         = amount with no multiplier | symbol | "pound" | "euro" | "dollar"
//	term       = [each] [per] [each] [over]        one each at most
//	           | "in each of the next" count units  "… in each of the next two years":
//	                                                Per Years(1), Over Years(2)
//	each       = "per" word                        "£5,000 per pupil": Each "pupil";
//	                                                any one word but a unit or "cent"
//	per        = ("a" | "per" | "each" | "every") unit    "£8m a year", Per Years(1)
//	           | "-a-" unit (touching the amount)        "£400m-a-year"
//	           | "annually" | "yearly" | "per annum"      a year
//	           | "monthly" | "weekly" | "daily"
//	over       = ("over" | "for") ["the next"] count units  "over five years", Over Years(5)
//	           | ("over" | "for") "the next" units     "over the next decade", Years(10)
//	unit       = "year" | "month" | "week" | "day"
//	units      = unit | "decade" after a count of 1 or none, else
//	             "years" | "months" | "weeks" | "days" | "decades" (of ten years)
//	count      = 1 to 6 digits, not 0 | "a" | words ("twenty-five")
//
// A hedge bounds a figure with no qualifier ("£5m or more" is AtLeast £5m)
// or repeats its qualifier ("about £80m-ish"); it follows no range and no
// negative amount. A rate
// ("80p in the £1", "up to 90p in the pound") is money per an amount of
// the same currency, which Figure.Of returns, and "per pupil" is money for
// each pupil, whose word Figure.Each returns. A per or over term followed
// by "ago", "earlier", "later", "before" or "previously" is a time, not a
// term of the money, and is not read.
//
// One end of a range may leave its currency to the other: "£3-5m" and
// "3 to 5 million pounds" are £3m to £5m, and "20-30p" is 20p to 30p. The
// low end takes the high end's currency if it has none, and the high end
// takes the low end's if it has a multiplier of its own. In such a range a
// low end with no multiplier, not written with commas, takes the high end's
// multiplier too. A range that writes both currencies is read as written:
// "£3-£5m" is £3 to £5m, and "between £500 and £1m" is £500 to £1m.
//
// Values are exact decimals: "£2.4m" is £2,400,000, "half a billion
// pounds" £500,000,000 and "one and a half billion pounds" £1,500,000,000.
// Figure documents the precision the digits imply and Figure.Admits the
// amounts each wording admits.
//
// Its errors are *ParseError values whose Offset is the byte at which
// reading failed, and which match the sentinel named below under
// errors.Is. ParseFigure returns an error if:
//   - s is longer than 256 bytes (ErrRange);
//   - s is empty, has no currency, or does not follow the grammar, as "£",
//     "£2.4q", "£-2m", "£1,2,3", "£1e400" and "up to £5m or more" do
//     (ErrSyntax);
//   - a number has more than 30 digits, or an amount of pence more than
//     27 decimal places, which as pounds would be more than 30 (ErrRange);
//   - a range's high end is below its low end, as in "£2m-£1m" (ErrRange);
//   - a range's ends, the currency written twice ("£2m euros") or a rate
//     and what it is of are in different currencies (ErrMismatch);
//   - a three-letter code names no ISO 4217 currency, as in "XYZ 2m", or is
//     XXX, which names none (ErrUnknownCurrency).
func ParseFigure(s string) (f Figure, err error) {
	if len(s) > maxFigureLen {
		return Figure{}, &ParseError{
			Func:   "ParseFigure",
			Input:  shorten(s),
			Offset: maxFigureLen,
			// The message does not count the bytes: the work on an
			// over-long input is the same whatever its length.
			Err: expected(ErrRange, "want at most 256 bytes, got more"),
		}
	}
	// parseFigure fills the result in place: a copy of it would stall on
	// the narrow stores that filled it.
	if e := parseFigure(&f, s); e.failed() {
		return Figure{}, &ParseError{Func: "ParseFigure", Input: s, Offset: e.off, Err: expected(e.kind.err(), e.want)}
	}
	return f, nil
}

// shorten returns the first maxFigureLen bytes of s, for an error to quote
// without holding on to a huge input, cut before the rune that straddles
// the limit. It steps back at most utf8.UTFMax-1 bytes: a run of stray
// continuation bytes is no rune, and walking back over all of it would
// make the work, and the fuzzer's coverage, depend on its length.
func shorten(s string) string {
	if len(s) <= maxFigureLen {
		return s
	}
	n := maxFigureLen
	for n > maxFigureLen-(utf8.UTFMax-1) && !utf8.RuneStart(s[n]) {
		n--
	}
	if !utf8.RuneStart(s[n]) {
		n = maxFigureLen
	}
	return s[:n]
}

// A scanError says where and why reading a figure failed.
// The zero scanError is no error. It is a value, not a pointer, so that
// Find's many failed attempts cost no allocation, and at 32 bytes it is
// small enough for the compiler to keep in registers, so that the many
// calls that succeed pass it back without a trip through memory.
type scanError struct {
	off  int
	want string
	kind scanKind
}

// A scanKind is the sentinel a scanError matches under errors.Is; the zero
// scanKind is no error.
type scanKind uint8

const (
	noScanError scanKind = iota
	syntaxError
	rangeError
	mismatchError
	unknownCurrencyError
)

// err returns the sentinel of k.
func (k scanKind) err() error {
	switch k {
	case syntaxError:
		return ErrSyntax
	case rangeError:
		return ErrRange
	case mismatchError:
		return ErrMismatch
	case unknownCurrencyError:
		return ErrUnknownCurrency
	}
	return nil
}

// failed reports whether e is an error.
func (e scanError) failed() bool { return e.kind != noScanError }

// parseFigure sets f to the figure the whole of s states.
func parseFigure(f *Figure, s string) scanError {
	i, trimmed := trimWhite(s)
	end := i + len(trimmed)
	t := s[:end]
	if i == end {
		return scanError{0, "want a figure such as £2.4m", syntaxError}
	}
	if m := minusAt(t, i); m > 0 {
		var a stated
		if err := a.scan(t, m, false); err.failed() {
			return err
		}
		var tl tail
		if err := tl.read(t, a.end, false, false); err.failed() {
			return err
		}
		if tl.end != end {
			return scanError{tl.end, "want the end of the figure: a negative figure has no qualifier, hedge or range", syntaxError}
		}
		a.neg = true
		return build(f, Exact, &a, nil, t[i:], &tl)
	}
	bound, j := qualifierAt(t, i)
	var a stated
	if err := a.scan(t, j, false); err.failed() {
		return err
	}
	var (
		b  *stated
		tl tail
	)
	switch bound {
	case Range:
		var hi stated
		if err := andTail(&hi, t, a.end, false); err.failed() {
			// "between £10bn-£15bn"
			found, derr := rangeTail(&hi, t, a.end, false)
			if !found || derr.failed() {
				return err
			}
		}
		b = &hi
		if err := tl.read(t, hi.end, false, false); err.failed() {
			return err
		}
	default:
		if err := tl.read(t, a.end, false, true); err.failed() {
			return err
		}
		if bound != BoundUnknown || tl.end > a.end || a.end == end {
			break
		}
		var hi stated
		found, err := rangeTail(&hi, t, a.end, false)
		if err.failed() {
			return err
		}
		if found {
			bound, b = Range, &hi
			if err := tl.read(t, hi.end, false, false); err.failed() {
				return err
			}
		}
	}
	if bound == BoundUnknown {
		bound = Exact
	}
	if tl.hedge != BoundUnknown && bound != Exact && bound != tl.hedge {
		return scanError{tl.hedgeAt, "want the end of the figure: " + quoteWord(t[tl.hedgeAt:tl.hedgeEnd]) + " bounds it as " + tl.hedge.String() + ", but it is already " + bound.String(), syntaxError}
	}
	if tl.end != end {
		return scanError{tl.end, "want the end of the figure", syntaxError}
	}
	return build(f, tl.bound(bound), &a, b, t[i:], &tl)
}

// andTail sets hi to the high end of "between £3m and £5m", reading
// " and £5m" after the low end, which ends at k. The ends of a range are
// read in place, not returned: a stated amount is large to copy.
func andTail(hi *stated, s string, k int, prose bool) scanError {
	sp := spacedWord(s, k, spaceLimit(prose), "and")
	if sp < 0 {
		sp = skipWhite(s, k, spaceLimit(prose))
		if e := matchWord(s, sp, "and"); sp > k && e > 0 {
			return scanError{e, "want the high end of the range", syntaxError}
		}
		return scanError{sp, `want "and" and the high end of the range`, syntaxError}
	}
	return hi.scan(s, sp, prose)
}

// spacedWord returns where the white space after the word w ends, if white
// space, w and more white space follow s[k:], each run within limit as
// skipWhite takes it; otherwise it returns -1.
func spacedWord(s string, k, limit int, w string) int {
	sp := skipWhite(s, k, limit)
	if sp == k {
		return -1
	}
	e := matchWord(s, sp, w)
	if e < 0 {
		return -1
	}
	if sp = skipWhite(s, e, limit); sp == e {
		return -1
	}
	return sp
}

// A tail is what may follow the amounts of a figure: a hedge ("or so",
// "-plus"), the amount a rate is of ("in the £1"), and the terms the money
// is per and over ("a year", "over five years").
type tail struct {
	hedge             Bound  // the bound a hedge puts on the figure, if any
	hedgeAt, hedgeEnd int    // where the hedge is
	of                Amount // what a rate is of, "in the £1"
	ofExp             int32
	ofAt              int // where it is written
	per, over         Term
	each              string // "pupil" in "per pupil", as written
	end               int    // where the tail ends
}

// reset sets tl to the empty tail ending at k. Like stated.reset it writes
// the pointers only if they are set, to spare write barriers.
func (tl *tail) reset(k int) {
	if tl.of.wide != nil {
		tl.of = Amount{}
	}
	if tl.each != "" {
		tl.each = ""
	}
	tl.hedge, tl.hedgeAt, tl.hedgeEnd, tl.of.coef, tl.of.exp, tl.of.code = BoundUnknown, 0, 0, 0, 0, Code{}
	tl.ofExp, tl.ofAt, tl.per, tl.over, tl.end = 0, 0, Term{}, Term{}, k
}

// bound returns the bound of a figure stated with bound b and this tail.
func (tl *tail) bound(b Bound) Bound {
	if tl.hedge != BoundUnknown {
		return tl.hedge
	}
	return b
}

// hedges are the words after a figure that bound it; attached ones touch
// the amount.
var hedges = [...]struct {
	words    []string
	attached bool
	bound    Bound
}{
	{[]string{"-ish"}, true, About},
	{[]string{"-plus"}, true, AtLeast},
	{[]string{"+"}, true, AtLeast}, // but "£2m+£3m" is a sum: see hedgeAt
	{[]string{"or", "so"}, false, About},
	{[]string{"or", "thereabouts"}, false, About},
	{[]string{"or", "more"}, false, AtLeast},
	{[]string{"or", "over"}, false, AtLeast},
	{[]string{"and", "upwards"}, false, AtLeast},
	{[]string{"or", "less"}, false, AtMost},
}

// A tailWord is what a word of tailWords may begin: the hedges that stand
// apart from the amount, by their index in hedges, and whether only a hedge
// begins with it ("or", "and").
type tailWord struct {
	hedges    []int
	hedgeOnly bool
}

// tailWords are the words a tail may begin with after white space. The
// words of rates and terms are no hedge's alone, even if a hedge begins
// with one.
var tailWords = newLexicon(func(add func(string, tailWord)) {
	var order []string
	by := map[string]*tailWord{}
	word := func(w string) *tailWord {
		if by[w] == nil {
			by[w] = &tailWord{hedgeOnly: true}
			order = append(order, w)
		}
		return by[w]
	}
	for _, w := range [...]string{"in", "over", "for"} {
		word(w).hedgeOnly = false
	}
	for _, w := range perArticles {
		word(w).hedgeOnly = false
	}
	for _, p := range perWords {
		word(p.words[0]).hedgeOnly = false
	}
	for i, h := range hedges {
		if !h.attached {
			t := word(h.words[0])
			t.hedges = append(t.hedges, i)
		}
	}
	for _, w := range order {
		add(w, *by[w])
	}
})

// read sets tl to the tail after a figure's amounts ending at s[k:]: a hedge
// (if hedged is set), then the amount a rate is of, then its terms. In
// prose what is not a tail is no error; ParseFigure reports a rate in
// another currency.
func (tl *tail) read(s string, k int, prose, hedged bool) (err scanError) {
	tl.reset(k)
	if k == len(s) {
		return scanError{}
	}
	if c := s[k]; c == '-' {
		// "-ish", "-plus" and "-a-year" go on with a letter; the "-£5m"
		// of a range is no tail.
		if k+1 == len(s) || !isLetter(s[k+1]) {
			return scanError{}
		}
	}
	var word tailWord
	e := -1 // where the word after white space ends, if there is one
	if c := s[k]; c != '-' && c != '+' {
		// Every other tail is white space and then one of tailWords.
		sp := skipWhite(s, k, spaceLimit(prose))
		if sp == k {
			return scanError{}
		}
		if word, e = tailWords.at(s, sp); e < 0 {
			return scanError{}
		}
	}
	return tl.readFrom(s, k, e, word, prose, hedged)
}

// readFrom is read once it has found how the tail begins: with the word
// of tailWords that ends at s[:e], whose entry is word, or with the hyphen
// or plus at s[k] if e = -1. It expects tl to be the empty tail ending at
// k.
func (tl *tail) readFrom(s string, k, e int, word tailWord, prose, hedged bool) (err scanError) {
	if hedged {
		tl.hedgeAt = k
		if e < 0 {
			tl.hedge, tl.hedgeEnd = attachedHedgeAt(s, k)
		} else {
			tl.hedge, tl.hedgeEnd = spacedHedgeAt(s, k, e, word.hedges, spaceLimit(prose))
		}
		if tl.hedge != BoundUnknown {
			tl.end = tl.hedgeEnd
		}
	}
	if word.hedgeOnly && tl.end == k {
		// "£3m and £5m": no hedge, and nothing else begins with "and".
		return scanError{}
	}
	if tl.end, err = tl.rateAt(s, tl.end, prose); err.failed() {
		return err
	}
	limit := spaceLimit(prose)
	tl.each, tl.end = eachAt(s, tl.end, limit)
	tl.per, tl.over, tl.end = termAt(s, tl.end, prose)
	if tl.each == "" {
		// "£20 a week per child"
		tl.each, tl.end = eachAt(s, tl.end, limit)
	}
	return scanError{}
}

// notEach are the words after "per" that are no thing money is stated for
// each of: a term's units, which termAt reads, and "cent".
var notEach = newLexicon(func(add func(string, bool)) {
	for _, w := range [...]string{"cent", "centum", "annum", "year", "month", "week", "day"} {
		add(w, true)
	}
})

// eachAt reads "per pupil" at s[k:] and returns the word, as written, and
// where it ends; or "" and k if there is none.
func eachAt(s string, k, limit int) (string, int) {
	sp := spacedWord(s, k, limit, "per")
	if sp < 0 {
		return "", k
	}
	e := sp
	for e < len(s) && isLetter(s[e]) && e-sp <= maxLexWord {
		e++
	}
	if e == sp || e-sp > maxLexWord || isWordAt(s, e) || e < len(s) && s[e] == '-' {
		return "", k
	}
	if _, n := notEach.at(s, sp); n > 0 {
		return "", k
	}
	return s[sp:e], e
}

// attachedHedgeAt returns the bound of the hedge that touches the amount
// ending at s[k:], which begins with '-' or '+', and where it ends, or
// BoundUnknown if there is none.
func attachedHedgeAt(s string, k int) (Bound, int) {
	for i := range hedges {
		h := &hedges[i]
		if !h.attached {
			continue
		}
		w := h.words[0]
		switch {
		case s[k] != w[0]:
		case len(w) == 1 && !isWordAt(s, k+1) && !amountAt(s, k+1),
			len(w) > 1 && matchWord(s, k+1, w[1:]) > 0:
			return h.bound, k + len(w)
		}
	}
	return BoundUnknown, k
}

// spacedHedgeAt returns the bound of the hedge that stands apart from the
// amount ending at s[k:] and where it ends, or BoundUnknown and k if there
// is none. tailWords has read its first word, which ends at s[:e], and
// which hs, indices in hedges, begin with: only the words after it are left
// to match.
func spacedHedgeAt(s string, k, e int, hs []int, limit int) (Bound, int) {
	for _, i := range hs {
		h := &hedges[i]
		end := e
		if len(h.words) > 1 {
			ws := skipWhite(s, e, limit)
			if ws == e {
				break
			}
			if end = matchPhrase(s, ws, h.words[1:], limit); end < 0 {
				continue
			}
		}
		// "£5m or more than £6m" is two figures.
		if ts := skipWhite(s, end, limit); ts > end && matchWord(s, ts, "than") > 0 {
			continue
		}
		return h.bound, end
	}
	return BoundUnknown, k
}

// amountAt reports whether a currency symbol or a digit is at s[i:].
func amountAt(s string, i int) bool {
	if i < len(s) && isDigitByte(s[i]) {
		return true
	}
	_, n, _ := symbolAt(s, i)
	return n > 0
}

// rateAt reads what a rate is of at s[k:], "in the £1", "in every £1",
// "in the pound", and returns where it ends, or k if there is none.
func (tl *tail) rateAt(s string, k int, prose bool) (int, scanError) {
	limit := spaceLimit(prose)
	sp := spacedWord(s, k, limit, "in")
	if sp < 0 {
		return k, scanError{}
	}
	// "in the", "in every", "in each": "£5m in £1 coins" is no rate.
	article := false
	for _, w := range [...]string{"the", "every", "each"} {
		if e := matchWord(s, sp, w); e > 0 {
			if n := skipWhite(s, e, limit); n > e {
				sp, article = n, true
			}
			break
		}
	}
	if !article {
		return k, scanError{}
	}
	tl.ofAt = sp
	for _, w := range currencyWords {
		if e := matchWord(s, sp, w.word); e > 0 && !strings.HasSuffix(w.word, "s") && w.word != "sterling" {
			// "in the pound": one unit of the currency
			tl.of, tl.ofExp = Amount{coef: 1, code: *w.code}, 0
			return e, scanError{}
		}
	}
	if c, n, _ := symbolAt(s, sp); n > 0 && !isWordAt(s, sp+n) {
		tl.of, tl.ofExp = Amount{coef: 1, code: c}, 0 // "in the £"
		return sp + n, scanError{}
	}
	if c, n, _ := symbolAt(s, sp); n == 0 || c.IsZero() {
		return k, scanError{}
	}
	var of stated
	if err := of.scan(s, sp, prose); err.failed() || of.hasMult {
		// "£2m in the £10m fund" is a part of a whole, not a rate.
		if prose || !err.failed() {
			return k, scanError{}
		}
		return k, err
	}
	tl.of, tl.ofExp = of.amount(), of.exp()
	return of.end, scanError{}
}

// dashEnd returns where the hyphen, en dash or em dash at s[j:] ends, or
// -1 if none is there.
func dashEnd(s string, j int) int {
	switch {
	case j < len(s) && s[j] == '-':
		return j + 1
	case strings.HasPrefix(s[j:], "–"):
		return j + len("–")
	case strings.HasPrefix(s[j:], "—"):
		return j + len("—")
	}
	return -1
}

// rangeTail reads into hi the separator and high end of a range that may
// follow an amount ending at k: "-£5m", "–£5m", "—£5m" or " to £5m". found
// reports whether a separator was there. In prose the dashes must touch
// both ends.
func rangeTail(hi *stated, s string, k int, prose bool) (found bool, err scanError) {
	j := k
	if !prose {
		j = skipWhite(s, k, 0)
	}
	if sep := dashEnd(s, j); sep >= 0 {
		if !prose {
			sep = skipWhite(s, sep, 0)
		}
		return true, hi.scan(s, sep, prose)
	}
	sp := spacedWord(s, k, spaceLimit(prose), "to")
	if sp < 0 {
		return false, scanError{}
	}
	return true, hi.scan(s, sp, prose)
}

// build sets f to the figure with bound b of the amounts a and, for a Range, hi,
// with the tail tl and worded as text, after filling in what one end of a
// range leaves to the other.
func build(f *Figure, b Bound, a, hi *stated, text string, tl *tail) scanError {
	if hi == nil {
		if !a.hasCode {
			return scanError{a.start, "want a currency: a symbol such as £, a code such as GBP or a word such as pounds", syntaxError}
		}
		lo := a.amount()
		return f.set(b, lo, lo, a.exp(), a.exp(), tl, text)
	}
	shared := !a.hasCode || !hi.hasCode // one end leaves its currency to the other
	if !hi.hasCode {
		if !hi.hasMult || !a.hasCode {
			return scanError{hi.start, "want a currency or a multiplier such as m on the high end of the range", syntaxError}
		}
		hi.code, hi.hasCode = a.code, true
	}
	switch {
	case !a.hasCode:
		a.code, a.hasCode = hi.code, true
		if hi.pence && !a.hasMult {
			if err := a.setPence(); err.failed() {
				return err
			}
		}
	case a.code != hi.code:
		return scanError{hi.start, "want both ends of the range in " + a.code.String(), mismatchError}
	}
	if shared && !a.hasMult && !a.pence && !a.grouped && hi.hasMult {
		a.mult, a.hasMult = hi.mult, true
	}
	lo, h := a.amount(), hi.amount()
	if cmpValue(lo, h) > 0 {
		return scanError{hi.start, "want the high end of the range at or above the low end", rangeError}
	}
	return f.set(Range, lo, h, a.exp(), hi.exp(), tl, text)
}

// A stated amount is one amount as written, before a figure is made of it.
type stated struct {
	start, end int
	code       Code
	hasCode    bool   // a currency was written or taken from the other end
	coef       int64  // the digits, when there are at most 18 of them
	digits     string // all the digits, when there are more
	frac       int32  // how many of them follow the decimal point
	mult       int32  // the multiplier's power of ten: 6 for "m", -2 for "p"
	hasMult    bool   // a multiplier word or suffix was written
	pence      bool   // "30p", "30 pence"
	suffix     bool   // the multiplier is a suffix touching the digits, "45k"
	repaired   bool   // the symbol was a mis-decoded £, or the multiplier misspelt
	assumed    bool   // the currency is the story's, not written
	grouped    bool   // the digits are grouped with commas
	neg        bool   // a minus sign came before the amount
}

// reset sets a to the zero stated amount beginning at s[i]. It writes field
// by field, and the digits only if there are any, because zeroing a whole
// stated, which holds a pointer, costs a write barrier while the GC marks.
func (a *stated) reset(i int) {
	if a.digits != "" {
		a.digits = ""
	}
	a.start, a.end, a.code, a.hasCode, a.coef, a.frac, a.mult = i, 0, Code{}, false, 0, 0, 0
	a.hasMult, a.pence, a.suffix, a.repaired, a.assumed, a.grouped, a.neg = false, false, false, false, false, false, false
}

// setMult sets a's multiplier to the word or suffix m, marking a repaired
// if the word is misspelt.
func (a *stated) setMult(m mult) {
	a.mult, a.hasMult = m.exp, true
	a.repaired = a.repaired || m.misspelt
}

// exp returns the power of ten of the amount's last stated digit: its
// precision.
func (a *stated) exp() int32 { return a.mult - a.frac }

// amount returns the value stated, exactly.
func (a *stated) amount() Amount {
	if a.digits != "" {
		return a.wideAmount()
	}
	coef := a.coef
	if a.neg {
		coef = -coef
	}
	return Amount{coef: coef, exp: a.exp(), code: a.code}
}

// wideAmount is amount for more digits than an int64 holds; apart, it
// spares amount's common case the frame of a big.Int.
func (a *stated) wideAmount() Amount {
	var c big.Int
	c.SetString(a.digits, 10)
	if a.neg {
		c.Neg(&c)
	}
	return fromDecimal(decimal.NewFromBigInt(&c, a.exp()), a.code)
}

// figSymbols are the currency symbols ParseFigure reads, longer spellings
// first. U+FFFD and "Â£" are what a £ becomes on a page decoded with the
// wrong character set; they are read as £ and flagged as repaired.
var figSymbols = [...]struct {
	sym      string
	code     *Code
	repaired bool
}{
	{"£", &GBP, false}, {"€", &EUR, false}, {"US$", &USD, false}, {"$", &USD, false},
	{"¥", &JPY, false}, {"\uFFFD", &GBP, true}, {"Â£", &GBP, true},
}

// multInitials are the first letters of multWords.
const multInitials = "tmb"

// A mult is what a multiplier word or suffix means: its power of ten, and
// whether the word is a misspelling, read as the word it misspells and
// marking the amount repaired.
type mult struct {
	exp      int32
	misspelt bool
}

// multWords are the multiplier words, with the misspellings of them that
// pages print ("£23.4 millon"): each drops one letter of the word's double
// letters or of its "io", and no English word is spelt so, so that reading
// it as the multiplier gives the figure the writer meant rather than the
// pounds before it alone.
var multWords = [...]struct {
	word string
	mult
}{
	{"thousand", mult{3, false}}, {"million", mult{6, false}}, {"billion", mult{9, false}}, {"trillion", mult{12, false}},
	{"thousands", mult{3, false}}, {"millions", mult{6, false}}, {"billions", mult{9, false}}, {"trillions", mult{12, false}},
	{"milion", mult{6, true}}, {"millon", mult{6, true}}, {"bilion", mult{9, true}}, {"billon", mult{9, true}},
	{"trilion", mult{12, true}}, {"trillon", mult{12, true}},
}

// multSuffixes are the multipliers that may touch the digits: the
// suffixes and the words of multWords ("£2million", "£2millon").
var multSuffixes = func() []struct {
	word string
	mult
} {
	out := []struct {
		word string
		mult
	}{{"k", mult{3, false}}, {"m", mult{6, false}}, {"mn", mult{6, false}}, {"b", mult{9, false}}, {"bn", mult{9, false}}, {"tn", mult{12, false}}}
	return append(out, multWords[:]...)
}()

// spacedSuffixes are the suffixes that may also stand apart from the
// digits, as in "£2.4 m".
var spacedSuffixes = [...]struct {
	word string
	mult
}{{"k", mult{3, false}}, {"m", mult{6, false}}, {"mn", mult{6, false}}, {"bn", mult{9, false}}, {"tn", mult{12, false}}}

var currencyWords = [...]struct {
	word string
	code *Code
}{{"pounds", &GBP}, {"pound", &GBP}, {"sterling", &GBP}, {"euros", &EUR},
	{"euro", &EUR}, {"dollars", &USD}, {"dollar", &USD}, {"yen", &JPY}}

// currencyLex is currencyWords as a lexicon.
var currencyLex = newLexicon(func(add func(string, *Code)) {
	for _, w := range currencyWords {
		add(w.word, w.code)
	}
})

var fractionWords = [...]struct {
	words []string
	coef  int64
	frac  int32
}{
	{[]string{"half", "a"}, 5, 1},
	{[]string{"a", "quarter", "of", "a"}, 25, 2},
	{[]string{"quarter", "of", "a"}, 25, 2},
	{[]string{"three", "quarters", "of", "a"}, 75, 2},
	{[]string{"a"}, 1, 0},
}

// fractionNext holds, by the low five bits of the first letter of a
// fraction's first word, the set of letters (by their low five bits) that
// may begin the word after it: the fraction's second word or, for "a", a
// multiplier. fractionAt rejects most words with it in one test.
var fractionNext = func() (next [32]uint32) {
	for _, fw := range fractionWords {
		first := fw.words[0][0] & 0x1f
		if len(fw.words) > 1 {
			next[first] |= 1 << (fw.words[1][0] & 0x1f)
			continue
		}
		for _, c := range []byte(multInitials) {
			next[first] |= 1 << (c & 0x1f)
		}
	}
	return next
}()

// A wordStart says what an amount in words that begins with a word of
// wordsLex may be.
type wordStart struct {
	fraction bool // one of fractionWords
	number   bool // a number in words
}

// wordsLex holds the words an amount in words may begin with.
var wordsLex = newLexicon(func(add func(string, wordStart)) {
	for _, fw := range fractionWords {
		// "three quarters of a million" comes first, and "three" is a
		// number too.
		_, e := numberLex.at(fw.words[0], 0)
		add(fw.words[0], wordStart{fraction: true, number: e > 0})
	}
	for _, w := range onesWords[1:] {
		add(w, wordStart{number: true})
	}
	for _, w := range tensWords[2:] {
		add(w, wordStart{number: true})
	}
})

// afterNumber holds the words that may follow a number in words in an
// amount: "and" of "and a half", the multipliers and the currency words
// (a three-letter code may follow too).
var afterNumber = newLexicon(func(add func(string, bool)) {
	add("and", true)
	add("pence", true)
	for _, m := range multWords {
		add(m.word, true)
	}
	for _, w := range currencyWords {
		add(w.word, true)
	}
})

// andFractions are the fractions after a whole number in words, "one and a
// half billion pounds".
var andFractions = [...]struct {
	words []string
	coef  int64 // hundredths
}{
	{[]string{"and", "a", "half"}, 50},
	{[]string{"and", "a", "quarter"}, 25},
	{[]string{"and", "three", "quarters"}, 75},
}

// scan sets a to the one stated amount at s[i:]. In prose it reads only what
// Find accepts: short runs of white space and upper-case ISO codes.
func (a *stated) scan(s string, i int, prose bool) (err scanError) {
	if a.plain(s, i) {
		if prose {
			var next following
			if followAt(&next, s, a.end); next.f&followRest == 0 {
				// In prose no multiplier or currency word follows.
				return scanError{}
			}
		}
		return a.rest(s, a.end, prose)
	}
	return a.scanAll(s, i, prose)
}

// scanAll is scan without its quick way for plain amounts: it reads every
// form.
func (a *stated) scanAll(s string, i int, prose bool) (err scanError) {
	a.reset(i)
	if i < len(s) && isLetter(s[i]) {
		if ok, err := a.inWords(s, i, prose); ok || err.failed() {
			return err
		}
	}
	j := i
	if c, n, rep := symbolAt(s, j); n > 0 {
		a.code, a.hasCode, a.repaired = c, true, rep
		j += n
		// "£ 2.5 billion"
		if k := skipWhite(s, j, spaceLimit(prose)); k < len(s) && isDigitByte(s[k]) {
			j = k
		}
	} else if c, n, err := codeAt(s, j, prose); err.failed() {
		return err
	} else if n > 0 {
		a.code, a.hasCode = c, true
		j += n
	}
	if j >= len(s) || !isDigitByte(s[j]) {
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			return scanError{j, "want a digit: a figure is never signed after its currency", syntaxError}
		}
		return scanError{j, "want a digit", syntaxError}
	}
	if j, err = a.number(s, j); err.failed() {
		return err
	}
	return a.rest(s, j, prose)
}

// rest reads what may follow the digits of the amount a that end at s[j:]:
// a multiplier, unless a has one, and a currency word. It sets where the
// amount ends.
func (a *stated) rest(s string, j int, prose bool) (err scanError) {
	if j == len(s) || s[j]-'!' < utf8.RuneSelf-'!' && !isWordByte(s[j]) {
		// Printable ASCII that is no letter or digit, "£1-£2" or "£2m,",
		// begins no multiplier and no white space before a word.
		a.end = j
		return scanError{}
	}
	if !a.hasMult {
		if j, err = a.multiplier(s, j, prose); err.failed() {
			return err
		}
	}
	if !a.pence {
		if j, err = a.currencyWord(s, j, prose); err.failed() {
			return err
		}
	}
	a.end = j
	return scanError{}
}

// plain reads into a, as scan would, the start of an amount written as
// most are, a symbol touching digits and perhaps a lower-case multiplier
// suffix ("£1.2bn", "$40k", "£250,000.00"), and reports whether it did,
// setting a.end after them; rest reads what may follow. It spares most
// amounts scan's tests for other forms and its lexicon of suffixes. If it
// reports false, a is to be read afresh.
func (a *stated) plain(text string, i int) bool {
	c, n, repaired := GBP, 2, false
	if i+1 >= len(text) || text[i] != 0xC2 || text[i+1] != 0xA3 {
		// not "£", the commonest, which is spared the call
		c, n, repaired = symbolAt(text, i)
	}
	j := i + n
	if n == 0 || j == len(text) || !isDigitByte(text[j]) {
		return false
	}
	a.reset(i)
	a.code, a.hasCode, a.repaired = c, true, repaired
	j, err := a.number(text, j)
	if err.failed() || a.digits != "" {
		return false
	}
	if j < len(text) && isLetter(text[j]) {
		e := j + 1
		switch text[j] {
		case 'k':
			a.mult = 3
		case 'm', 'b':
			a.mult = 6
			if text[j] == 'b' {
				a.mult = 9
			}
			if e < len(text) && text[e] == 'n' {
				e++
			}
		default:
			return false
		}
		if e < len(text) && (isWordByte(text[e]) || text[e] >= utf8.RuneSelf) {
			return false // "£2m5", "£2bnx", "£2m–£3m": scan reads on
		}
		a.hasMult, a.suffix, j = true, true, e
	}
	a.end = j
	return true
}

// inWords reads an amount written in words at s[i:]: "half a billion
// pounds", "a quarter of a million euros", "twenty million pounds", "one
// and a half billion pounds", "fifty pence". ok reports whether words of a
// number were there; if so, err says whether a currency word followed.
func (a *stated) inWords(s string, i int, prose bool) (ok bool, err scanError) {
	start, e := wordsLex.at(s, i)
	if e < 0 {
		return false, scanError{}
	}
	limit := spaceLimit(prose)
	if start.fraction {
		if k, m, fe := fractionAt(s, i, e, limit); fe > 0 {
			fw := &fractionWords[k]
			a.coef, a.frac = fw.coef, fw.frac
			a.setMult(m)
			return true, a.wordsEnd(s, fe, prose)
		}
	}
	n, e := numberWordsAt(s, i, limit)
	if e < 0 {
		return false, scanError{}
	}
	// "one of them": no word that can follow a number of money follows.
	if sp, ok := afterNumberWords(s, e, limit); !ok {
		return true, scanError{sp, "want a currency word such as pounds", syntaxError}
	}
	a.coef = n
	for _, af := range andFractions {
		sp := skipWhite(s, e, limit)
		if sp == e {
			break
		}
		if fe := matchPhrase(s, sp, af.words, limit); fe > 0 {
			a.coef, a.frac, e = n*100+af.coef, 2, fe
			if af.coef == 50 {
				a.coef, a.frac = n*10+5, 1
			}
			break
		}
	}
	if sp := skipWhite(s, e, limit); sp > e {
		if m, me := multWordAt(s, sp, false); me > 0 {
			a.setMult(m)
			e = me
		}
	}
	return true, a.wordsEnd(s, e, prose)
}

// fractionAt reads one of fractionWords and the multiplier word after it
// at s[i:], whose first word ends at e: "half a billion", "a quarter of a
// million", "a thousand". It returns the fraction's index in fractionWords,
// the multiplier's power of ten and where its word ends, or end = -1 if
// there is none. Words may be apart by white space within limit, as
// skipWhite takes it.
func fractionAt(s string, i, e, limit int) (k int, m mult, end int) {
	sp := skipWhite(s, e, limit)
	if sp == e || sp == len(s) {
		return 0, mult{}, -1
	}
	first, next := s[i]|0x20, s[sp]|0x20
	if !isLetter(next) || fractionNext[first&0x1f]>>(next&0x1f)&1 == 0 {
		// "a year", "a few", "a a" and "half a half" give up here.
		return 0, mult{}, -1
	}
	for k := range fractionWords {
		// Each fraction goes on with its second word or, if it has one
		// word, a multiplier: "a year", "a few" and "a a" give up here,
		// and "half a half" before looking "half" up.
		fw := &fractionWords[k]
		if first != fw.words[0][0] || len(fw.words) > 1 && next != fw.words[1][0] || len(fw.words) == 1 && strings.IndexByte(multInitials, next) < 0 {
			continue
		}
		j := matchPhrase(s, i, fw.words, limit)
		if j < 0 {
			continue
		}
		m := skipWhite(s, j, limit)
		if m == j || m == len(s) || strings.IndexByte(multInitials, s[m]|0x20) < 0 {
			continue
		}
		if mw, end := multWordAt(s, m, false); end > 0 {
			return k, mw, end
		}
	}
	return 0, mult{}, -1
}

// afterNumberWords returns where the white space after a number in words
// that ends at s[e:] ends, and whether a word that may follow the number
// in an amount comes there: one of afterNumber, or three letters (a code).
func afterNumberWords(s string, e, limit int) (sp int, ok bool) {
	sp = skipWhite(s, e, limit)
	if sp == e {
		return sp, false
	}
	_, ne := afterNumber.at(s, sp)
	return sp, ne > 0 || sp+3 <= len(s) && isLetter(s[sp]) && !isWordAt(s, sp+3)
}

// wordsEnd reads the currency word that must end an amount in words, after
// its number ends at s[e:], and sets where the amount ends.
func (a *stated) wordsEnd(s string, e int, prose bool) scanError {
	end, err := a.currencyWord(s, e, prose)
	if err.failed() {
		return err
	}
	if !a.hasCode {
		return scanError{e, "want a currency word such as pounds", syntaxError}
	}
	a.end = end
	return scanError{}
}

// symbolAt returns the currency of the symbol at s[i:], its length and
// whether it stands for a mis-decoded £, or n = 0 if there is none.
func symbolAt(s string, i int) (c Code, n int, repaired bool) {
	if i >= len(s) {
		return Code{}, 0, false
	}
	switch s[i] {
	case 0xC2:
		// £, the commonest, without a search of figSymbols
		if i+1 < len(s) && s[i+1] == 0xA3 {
			return GBP, 2, false
		}
	case '$', 'U', 0xC3, 0xE2, 0xEF: // the first bytes of the other figSymbols
	default:
		return Code{}, 0, false
	}
	for k := range figSymbols {
		// A first byte that differs spares comparing the rest.
		if sym := &figSymbols[k]; sym.sym[0] == s[i] && strings.HasPrefix(s[i:], sym.sym) {
			return *sym.code, len(sym.sym), sym.repaired
		}
	}
	return Code{}, 0, false
}

// codeAt returns the currency of an ISO code written before a number at
// s[i:], "GBP 2.4m", and the length of the code and the white space after
// it, or n = 0 if there is none. Outside prose, three letters before a
// number that name no currency are an error; in prose they are not a code
// and the code must be upper case.
func codeAt(s string, i int, prose bool) (c Code, n int, err scanError) {
	if len(s)-i < 3 || !isLetter(s[i]) || !isLetter(s[i+1]) || !isLetter(s[i+2]) || isWordAt(s, i+3) && !isDigitByte(s[i+3]) {
		return Code{}, 0, scanError{}
	}
	k := skipWhite(s, i+3, spaceLimit(prose))
	if k >= len(s) || !isDigitByte(s[k]) {
		return Code{}, 0, scanError{}
	}
	word := s[i : i+3]
	if prose && !isUpper3(word) {
		return Code{}, 0, scanError{}
	}
	c, e := ParseCode(word)
	if e != nil || c.IsZero() {
		if prose {
			return Code{}, 0, scanError{}
		}
		return Code{}, 0, scanError{i, "want an ISO 4217 currency code, not " + quoteWord(word), unknownCurrencyError}
	}
	return c, k - i, scanError{}
}

// number reads the digits at s[j:], which start with a digit, and returns
// where they end.
func (a *stated) number(s string, j int) (int, scanError) {
	// Most numbers are a few digits, with no comma or point after them:
	// those are read without the loop over groups and its checks.
	k, coef := j, a.coef
	for end := min(len(s), j+maxCompactDigits); k < end && isDigitByte(s[k]); k++ {
		coef = coef*10 + int64(s[k]-'0')
	}
	if k == len(s) || s[k] != ',' && s[k] != '.' && !isDigitByte(s[k]) {
		a.coef = coef
		return k, scanError{}
	}
	a.coef = 0
	start, nd, first := j, 0, 0
	for run := 0; ; run++ {
		k := j
		for ; k < len(s) && isDigitByte(s[k]); k++ {
			if nd < maxCompactDigits {
				a.coef = a.coef*10 + int64(s[k]-'0')
			}
			nd++
		}
		if run == 0 {
			first = k - j
		} else if k-j != 3 {
			return j, scanError{j, "want three digits after a comma", syntaxError}
		}
		j = k
		if j+1 < len(s) && s[j] == ',' && isDigitByte(s[j+1]) {
			a.grouped = true
			j++
			continue
		}
		break
	}
	if a.grouped && (first > 3 || s[start] == '0') {
		return start, scanError{start, "want one to three digits, not starting with 0, before the first comma", syntaxError}
	}
	if j+1 < len(s) && s[j] == '.' && isDigitByte(s[j+1]) {
		for j++; j < len(s) && isDigitByte(s[j]); j++ {
			if nd < maxCompactDigits {
				a.coef = a.coef*10 + int64(s[j]-'0')
			}
			nd++
			a.frac++
		}
	}
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigitByte(s[j+1]) {
		return j, scanError{j, "want the end of the number, not another " + quoteWord(s[j:j+1]), syntaxError}
	}
	if nd > maxFigureDigits {
		return start, scanError{start, "want at most 30 digits", rangeError}
	}
	if nd > maxCompactDigits {
		b := make([]byte, 0, nd)
		for k := start; k < j; k++ {
			if isDigitByte(s[k]) {
				b = append(b, s[k])
			}
		}
		a.digits = string(b)
	}
	return j, scanError{}
}

// multiplier reads a multiplier or a "p" for pence after the digits ending
// at s[j:] and returns where it ends.
func (a *stated) multiplier(s string, j int, prose bool) (int, scanError) {
	k := j
	for k < len(s) && k-j <= maxSuffix && isLetter(s[k]) {
		k++
	}
	if k == j {
		if isWordAt(s, j) {
			return j, scanError{j, "want k, m, bn, a word such as million, or the end of the number", syntaxError}
		}
		sp := skipWhite(s, j, spaceLimit(prose))
		if sp > j && sp < len(s) && isLetter(s[sp]) {
			if m, e := multWordAt(s, sp, true); e > 0 {
				a.setMult(m)
				return e, scanError{}
			}
		}
		return j, scanError{}
	}
	if !isWordAt(s, k) {
		w := s[j:k]
		if m, e := suffixLex.lookup(w, k); e > 0 {
			a.setMult(m)
			a.suffix = true
			return k, scanError{}
		}
		if !a.hasCode && equalFoldASCII(w, "p") {
			return k, a.setPence()
		}
	}
	return j, scanError{j, "want k, m, bn, a word such as million, or the end of the number", syntaxError}
}

// setPence makes a's number pence, and fails if the amount in pounds would
// have more than the 30 digits ParseFigure reads: a number of pence below
// 100 gains a leading zero and two decimal places as pounds, so
// "0.000…0p" with 28 decimal places reads as £0. and 30 of them, which
// String would write and ParseFigure would reject.
func (a *stated) setPence() scanError {
	a.code, a.hasCode, a.pence, a.mult = GBP, true, true, -2
	if int(a.frac)+3 > maxFigureDigits {
		return scanError{a.start, "want at most 30 digits as pounds", rangeError}
	}
	return scanError{}
}

// currencyWord reads a currency written after the number, "2.4 million
// pounds", "30 pence", "2m GBP", if there is one, and returns where it ends.
func (a *stated) currencyWord(s string, j int, prose bool) (int, scanError) {
	sp := skipWhite(s, j, spaceLimit(prose))
	if sp == j || sp == len(s) || !isLetter(s[sp]) {
		return j, scanError{}
	}
	if c, e := currencyLex.at(s, sp); e > 0 {
		return a.setCode(j, sp, e, *c, prose)
	}
	if !a.hasMult && !a.hasCode {
		if e := matchWord(s, sp, "pence"); e > 0 {
			return e, a.setPence()
		}
	}
	if len(s)-sp < 3 || !isLetter(s[sp]) || !isLetter(s[sp+1]) || !isLetter(s[sp+2]) || isWordAt(s, sp+3) {
		return j, scanError{}
	}
	word := s[sp : sp+3]
	if prose && !isUpper3(word) || equalFoldASCII(word, "and") {
		return j, scanError{}
	}
	c, e := ParseCode(word)
	if e != nil || c.IsZero() {
		if prose || a.hasCode {
			// "£8m per year": a word, not a code
			return j, scanError{}
		}
		return j, scanError{sp, "want an ISO 4217 currency code, not " + quoteWord(word), unknownCurrencyError}
	}
	return a.setCode(j, sp, sp+3, c, prose)
}

// setCode sets the currency of a to c, written at [sp, e) after the number
// that ends at j, and returns e. A currency written twice must agree with
// itself ("£12bn pounds"); in prose a word that does not is no part of the
// amount, which ends at j.
func (a *stated) setCode(j, sp, e int, c Code, prose bool) (int, scanError) {
	switch {
	case !a.hasCode:
		a.code, a.hasCode = c, true
	case a.code != c && prose:
		return j, scanError{}
	case a.code != c:
		return sp, scanError{sp, "want the currency written after the number to be the one before it, " + a.code.String(), mismatchError}
	}
	return e, scanError{}
}

// multLex and spacedLex are the multiplier words, and with them the
// suffixes that may stand apart from the digits, by power of ten.
var multLex, spacedLex, suffixLex = newLexicon(func(add func(string, mult)) {
	for _, m := range multWords {
		add(m.word, m.mult)
	}
}), newLexicon(func(add func(string, mult)) {
	for _, m := range multWords {
		add(m.word, m.mult)
	}
	for _, m := range spacedSuffixes {
		add(m.word, m.mult)
	}
}), newLexicon(func(add func(string, mult)) {
	for _, m := range multSuffixes {
		add(m.word, m.mult)
	}
})

// multWordAt returns the multiplier word at s[i:] and where it ends, or
// e = -1 if there is none. With spaced set the suffixes that may stand
// apart from the digits ("£2.4 m") count too.
func multWordAt(s string, i int, spaced bool) (m mult, e int) {
	if spaced {
		return spacedLex.at(s, i)
	}
	return multLex.at(s, i)
}

// A qualifier is the wording of a Bound before an amount.
type qualifier struct {
	words []string
	bound Bound
}

var qualifiers = [...]qualifier{
	{[]string{"about"}, About},
	{[]string{"around"}, About},
	{[]string{"approximately"}, About},
	{[]string{"roughly"}, About},
	{[]string{"some"}, About},
	{[]string{"circa"}, About},
	{[]string{"close", "to"}, About},
	{[]string{"an", "estimated"}, About},
	{[]string{"estimated"}, About},
	{[]string{"at", "least"}, AtLeast},
	{[]string{"no", "less", "than"}, AtLeast},
	{[]string{"not", "less", "than"}, AtLeast},
	{[]string{"a", "minimum", "of"}, AtLeast},
	{[]string{"more", "than"}, MoreThan},
	{[]string{"over"}, MoreThan},
	{[]string{"above"}, MoreThan},
	{[]string{"in", "excess", "of"}, MoreThan},
	{[]string{"upwards", "of"}, MoreThan},
	{[]string{"just", "over"}, MoreThan},
	{[]string{"just", "more", "than"}, MoreThan},
	{[]string{"slightly", "more", "than"}, MoreThan},
	{[]string{"slightly", "over"}, MoreThan},
	{[]string{"a", "little", "more", "than"}, MoreThan},
	{[]string{"a", "little", "over"}, MoreThan},
	{[]string{"well", "over"}, MoreThan},
	{[]string{"up", "to"}, AtMost},
	{[]string{"at", "most"}, AtMost},
	{[]string{"no", "more", "than"}, AtMost},
	{[]string{"not", "more", "than"}, AtMost},
	{[]string{"a", "maximum", "of"}, AtMost},
	{[]string{"as", "much", "as"}, AtMost},
	{[]string{"less", "than"}, LessThan},
	{[]string{"under"}, LessThan},
	{[]string{"below"}, LessThan},
	{[]string{"well", "under"}, LessThan},
	{[]string{"well", "below"}, LessThan},
	{[]string{"nearly"}, Nearly},
	{[]string{"almost"}, Nearly},
	{[]string{"just", "under"}, Nearly},
	{[]string{"not", "quite"}, Nearly},
	{[]string{"just", "less", "than"}, Nearly},
	{[]string{"slightly", "less", "than"}, Nearly},
	{[]string{"slightly", "under"}, Nearly},
	{[]string{"a", "little", "less", "than"}, Nearly},
	{[]string{"a", "little", "under"}, Nearly},
	{[]string{"just", "short", "of"}, Nearly},
	{[]string{"between"}, Range},
}

// qualFirst and qualLast index qualifiers by their first and their last
// word.
var qualFirst, qualLast = newLexicon(func(add func(string, []int)) {
	addQualifiers(add, func(q *qualifier) string { return q.words[0] })
}), newLexicon(func(add func(string, []int)) {
	addQualifiers(add, func(q *qualifier) string { return q.words[len(q.words)-1] })
})

// addQualifiers adds to a lexicon, for each word key gives of some
// qualifier, the indices in qualifiers of those it gives it of.
func addQualifiers(add func(string, []int), key func(*qualifier) string) {
	var order []string
	by := map[string][]int{}
	for i := range qualifiers {
		w := key(&qualifiers[i])
		if by[w] == nil {
			order = append(order, w)
		}
		by[w] = append(by[w], i)
	}
	for _, w := range order {
		add(w, by[w])
	}
}

// qualSpelled holds, by the low five bits of their first letter, the
// qualifiers as they are usually spelled, one space between words: "more
// than".
var qualSpelled = func() (by [32][]spelledQualifier) {
	for _, q := range qualifiers {
		p := strings.Join(q.words, " ")
		by[p[0]&0x1f] = append(by[p[0]&0x1f], spelledQualifier{p, q.bound})
	}
	return by
}()

type spelledQualifier struct {
	phrase string
	bound  Bound
}

// qualifierAt returns the bound of the longest qualifier at s[i:] and where
// the white space after it ends, or BoundUnknown and i if there is none.
func qualifierAt(s string, i int) (Bound, int) {
	if i == len(s) || !isLetter(s[i]) {
		return BoundUnknown, i
	}
	// First the usual spelling, each qualifier of the first letter in one
	// compare. No qualifier's words begin another's, so the longest found
	// so is the longest the words give, however they are spaced.
	b, e := BoundUnknown, -1
	for _, q := range qualSpelled[s[i]&0x1f] {
		if n := i + len(q.phrase); n > e && spacedFold(s, i, q.phrase) && !isWordAt(s, n) {
			b, e = q.bound, n
		}
	}
	if e > 0 {
		if sp := skipWhite(s, e, 0); sp > e {
			return b, sp
		}
	}
	return spacedQualifierAt(s, i)
}

// spacedQualifierAt is qualifierAt for words apart by any white space.
func spacedQualifierAt(s string, i int) (Bound, int) {
	b, end := BoundUnknown, i
	qs, e := qualFirst.at(s, i)
	if e < 0 {
		return b, i
	}
	// after is where the white space after the longest qualifier ends.
	first, after := e, i
	for _, k := range qs {
		q := &qualifiers[k]
		e := first
		for _, w := range q.words[1:] {
			if sp := skipWhite(s, e, 0); sp > e {
				e = matchWord(s, sp, w)
			} else {
				e = -1
			}
			if e < 0 {
				break
			}
		}
		if e < 0 || e <= end {
			continue
		}
		if sp := skipWhite(s, e, 0); sp > e {
			b, end, after = q.bound, e, sp
		}
	}
	return b, after
}

// spaceLimit returns the most bytes of white space between words that
// skipWhite accepts: any amount outside prose.
func spaceLimit(prose bool) int {
	if prose {
		return proseSpace
	}
	return 0
}

// skipWhite returns the end of the run of white space at s[i:], or i if
// there is none or, when limit > 0, if the run is longer than limit bytes.
func skipWhite(s string, i, limit int) int {
	// Most calls find a printable ASCII byte, '!' to DEL, and return
	// inlined: a byte below '!' wraps round to above the range.
	if i < len(s) && s[i]-'!' < utf8.RuneSelf-'!' {
		return i
	}
	return skipWhiteRun(s, i, limit)
}

// skipWhiteRun is skipWhite's loop.
func skipWhiteRun(s string, i, limit int) int {
	if i+1 < len(s) && s[i] == ' ' && !whiteStart(s, i+1) {
		return i + 1 // one space between words, the commonest run
	}
	j := i
	for j < len(s) {
		n := 1
		if c := s[j]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
		} else if c != 0xC2 && (c < 0xE1 || c > 0xE3) {
			break // no white space begins with this byte: "£" is 0xC2 0xA3
		} else if c == 0xC2 && (j+1 == len(s) || s[j+1] != 0x85 && s[j+1] != 0xA0) {
			break
		} else {
			var r rune
			if r, n = utf8.DecodeRuneInString(s[j:]); !unicode.IsSpace(r) {
				break
			}
		}
		j += n
		if limit > 0 && j-i > limit {
			return i
		}
	}
	return j
}

// whiteStart reports whether white space may begin at s[j], as a quick
// test: it is sure of ASCII and of the two-byte runes, and takes any rune
// of three bytes that begins as white space does for white space.
func whiteStart(s string, j int) bool {
	switch c := s[j]; {
	case c < utf8.RuneSelf:
		return c == ' ' || '\t' <= c && c <= '\r'
	case c == 0xC2:
		return j+1 < len(s) && (s[j+1] == 0x85 || s[j+1] == 0xA0)
	}
	return 0xE1 <= s[j] && s[j] <= 0xE3
}

// matchPhrase returns the end of the words at s[i:], separated by white
// space, or -1 if they are not there.
func matchPhrase(s string, i int, words []string, limit int) int {
	for k, w := range words {
		if k > 0 {
			j := skipWhite(s, i, limit)
			if j == i {
				return -1
			}
			i = j
		}
		if i = matchWord(s, i, w); i < 0 {
			return -1
		}
	}
	return i
}

// matchWord returns the end of the lower-case ASCII word w at s[i:], in any
// case and followed by no letter or digit, or -1 if it is not there.
func matchWord(s string, i int, w string) int {
	if i < 0 || len(s)-i < len(w) || !equalFoldASCII(s[i:i+len(w)], w) || isWordAt(s, i+len(w)) {
		return -1
	}
	return i + len(w)
}

// equalFoldASCII reports whether s equals the lower-case ASCII word w in any
// case.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// spacedFold reports whether s[i:] begins with p, lower-case ASCII words
// each after one space, with the words' letters in any case.
func spacedFold(s string, i int, p string) bool {
	if len(s)-i < len(p) {
		return false
	}
	s = s[i : i+len(p)]
	for k := 0; k < len(p); k++ {
		if c := s[k]; c != p[k] && (c|0x20 != p[k] || !isLetter(c)) {
			return false
		}
	}
	return true
}

// isWordAt reports whether a letter or digit starts at s[i:].
func isWordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isLetter(c) || isDigitByte(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordBefore reports whether a letter or digit ends at s[:i].
func isWordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	c := s[i-1]
	switch {
	case c < utf8.RuneSelf:
		return isLetter(c) || isDigitByte(c)
	case c <= 0xBF && i >= 2 && s[i-2] == 0xC2:
		// U+0080 to U+00BF, "£" among them, without decoding: only ª, µ
		// and º are letters, and none is a digit.
		return c == 0xAA || c == 0xB5 || c == 0xBA
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isUpper3 reports whether w is three upper-case ASCII letters.
func isUpper3(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// quoteWord returns w in double quotes; w is ASCII letters or punctuation.
func quoteWord(w string) string { return `"` + w + `"` }
