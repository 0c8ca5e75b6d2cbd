package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reading is what the words around a figure in a quote say about it: its
// role, its terms, whether it is a sum per year, and the words that said
// so.
type reading struct {
	role    Role
	roleCue string // the words the role was read from: "needed"
	terms   Terms
	yearly  bool
	yearCue string // "a year"
}

// A cue is a phrase that, next to a figure, gives it a role or terms.
type cue struct {
	text  string   // the phrase: "called for"
	words []string // its words in reading order, lower case
	role  Role
	terms Terms
}

// cues returns the cues of phrases, each a space-separated phrase, giving
// role r or terms t.
func cues(r Role, t Terms, phrases ...string) []cue {
	out := make([]cue, len(phrases))
	for i, p := range phrases {
		out[i] = cue{text: p, words: strings.Fields(p), role: r, terms: t}
	}
	return out
}

// The cues before a figure ("councils needed £1.2bn") and after it ("£600,000
// more a year"). Where the words give both the package and another role,
// the other wins: a figure is weighed against the package only when
// nothing near it says it is something else.
var (
	beforeCues = join(
		cues(RoleNeeded, 0, "need", "needs", "needed", "needing", "called for", "calling for", "calls for", "call for",
			"asked for", "asking for", "ask for", "asks for", "demanded", "demanding", "demand", "demands",
			"require", "requires", "required", "requested", "request", "shortfall of", "gap of"),
		cues(RolePrevious, 0, "from", "up from", "down from", "previously", "last year's", "last year’s"),
		cues(RoleLevel, 0, "rise to", "rises to", "rising to", "rose to", "risen to", "increase to", "increases to",
			"increased to", "increasing to", "grow to", "grows to", "grew to", "fall to", "falls to", "fell to",
			"cut to", "reduced to", "bringing the total to", "bringing it to", "taking the total to", "taking it to"),
		cues(RoleChange, 0, "additional", "extra", "increase of", "rise of", "cut of", "cut by", "cuts of", "reduced by",
			"reduction of", "increased by", "increase by", "rise by", "rises by", "rose by", "raised by", "fall of",
			"fell by", "falls by", "top-up of", "uplift of", "further"),
		cues(RoleShare, 0, "will get", "will receive", "would get", "would receive", "gets", "get", "receives",
			"receive", "received", "receiving", "getting", "share of", "of which"),
		cues(RoleRival, 0, "rival", "labour's", "labour’s", "opposition's", "opposition’s", "tories'", "tories’",
			"their own"),
		cues(RoleProposal, 0, "proposal", "proposals", "proposed", "proposes", "proposing", "would spend",
			"would invest", "would provide", "would fund"),
		cues(RoleOther, 0, "compared with", "compared to", "than"),
		cues(RolePackage, 0, "announce", "announced", "announces", "announcing", "invest", "invests", "invested",
			"investing", "investment of", "provide", "provides", "provided", "providing", "coughing up", "cough up",
			"coughed up", "give", "gives", "gave", "given", "giving", "commit", "commits", "committed",
			"committing", "pledge", "pledged", "pledges", "pledging", "handed", "handing", "unveil", "unveiled",
			"unveils", "unveiling", "worth", "spend", "spends", "spending", "package of", "fund of", "funding of",
			"boost of", "injection of", "total of"),
	)
	afterCues = join(
		cues(RoleChange, 0, "more", "less", "extra", "increase", "rise", "cut", "cuts", "higher", "lower", "up", "down"),
		cues(RoleShare, 0, "goes to", "will go to", "go to", "of it", "of that"),
		cues(RolePerUnit, 0, "per", "each", "apiece", "a head", "for each"),
		cues(RoleProposal, 0, "proposal", "plan"),
		cues(RolePackage, 0, "package", "fund", "funding", "investment", "programme", "program", "scheme",
			"grant", "settlement", "deal", "boost", "pot", "injection"),
	)
	termsCues = join(
		cues(0, RealTerms, "real terms", "real-terms", "after inflation", "inflation-adjusted",
			"adjusted for inflation", "today's prices", "today’s prices", "today's money", "today’s money",
			"constant prices"),
		cues(0, Cash, "cash terms", "cash-terms", "in cash", "nominal terms"),
		cues(0, PerHead, "per head", "a head", "per person", "per capita", "per resident"),
	)
	yearCues = cues(0, 0, "a year", "per year", "each year", "every year", "annually", "per annum",
		"a-year", "yearly", "an annual", "annual")
)

// join returns the cue lists as one.
func join(lists ...[]cue) []cue {
	var out []cue
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// A token is a word near a figure, or, with fig set, another figure (a
// word with a digit or a currency symbol in it), which bounds the words that
// belong to this one.
type token struct {
	s   string
	fig bool
}

// window is how many words on each side of a figure are read.
const window = 8

// read returns what the words of quote around sp, the span of a figure,
// say about it. It reads up to eight words on each side, within the clause
// (stopping at punctuation other than the points and commas of numbers, and
// at "but", "while", "whereas", "although" and "though"), and never past
// another figure, except to pair "from £50.1bn to £53.9bn". It allocates
// nothing.
func read(quote string, sp Span) reading {
	var r reading
	if sp.IsZero() || !sp.Valid(quote) || sp.Start == sp.End {
		return r
	}
	var bw, aw [window]token
	before := tokensBefore(quote, sp.Start, bw[:0])
	after := tokensAfter(quote, sp.End, aw[:0])

	// "from £50.1bn to £53.9bn": the first is the level before, the second
	// the level after.
	switch {
	case len(before) > 0 && is(before[0], "to") && len(before) > 1 && before[1].fig && fromBefore(before[2:]):
		r.role, r.roleCue = RoleLevel, "from … to"
	case len(after) > 1 && is(after[0], "to") && after[1].fig && fromBefore(before):
		r.role, r.roleCue = RolePrevious, "from … to"
	}
	if r.role == RoleUnknown {
		r.role, r.roleCue = nearest(before, after)
	}
	// "£40m of the £300m": the second is the whole, the first a share of
	// it.
	if (r.role == RoleUnknown || r.role == RolePackage || r.role == RoleShare) && len(before) > 1 && (is(before[0], "of") && before[1].fig ||
		len(before) > 2 && is(before[0], "the") && is(before[1], "of") && before[2].fig) {
		r.role, r.roleCue = RolePackage, "of the"
	}
	if (r.role == RoleUnknown || r.role == RolePackage) && len(after) > 1 && is(after[0], "of") &&
		(after[1].fig || len(after) > 2 && is(after[1], "the") && after[2].fig) {
		r.role, r.roleCue = RoleShare, "of the"
	}
	words := quote[sp.Start:sp.End]
	for _, c := range termsCues {
		if matchBefore(before, c.words) >= 0 || matchAfter(after, c.words) >= 0 || containsPhrase(words, c.words) {
			r.terms = c.terms
			break
		}
	}
	for _, c := range yearCues {
		if matchAfter(after, c.words) == 0 || matchBefore(before, c.words) == 0 || containsPhrase(words, c.words) {
			r.yearly, r.yearCue = true, c.text
			break
		}
	}
	if r.terms == PerHead && r.role == RolePerUnit {
		r.roleCue = "per head"
	}
	return r
}

// nearest returns the role of the nearest cue on either side that gives
// one other than the package, or failing that of the nearest that gives the
// package, and its words.
func nearest(before, after []token) (Role, string) {
	best, bestAt, pkg, pkgAt := RoleUnknown, window+1, "", window+1
	var bestCue string
	try := func(list []cue, match func([]string) int) {
		for _, c := range list {
			j := match(c.words)
			if j < 0 {
				continue
			}
			if c.role == RolePackage {
				if j < pkgAt {
					pkg, pkgAt = c.text, j
				}
				continue
			}
			if j < bestAt {
				best, bestAt, bestCue = c.role, j, c.text
			}
		}
	}
	try(beforeCues, func(w []string) int { return matchBefore(before, w) })
	try(afterCues, func(w []string) int { return matchAfter(after, w) })
	if best != RoleUnknown {
		return best, bestCue
	}
	if pkg != "" {
		return RolePackage, pkg
	}
	return RoleUnknown, ""
}

// matchBefore returns how many words lie between the figure and the end of
// phrase w in before (nearest first), or -1 if w does not end there before
// another figure.
func matchBefore(before []token, w []string) int { return match(before, w, true) }

// matchAfter returns how many words lie between the figure and the start
// of phrase w in after, or -1 if w does not start there before another
// figure.
func matchAfter(after []token, w []string) int { return match(after, w, false) }

// match returns the position in ts, tokens nearest first, at which phrase w
// lies (read backwards if backward is set, as the tokens before a figure
// are), or -1 if it does not before a figure.
func match(ts []token, w []string, backward bool) int {
	for j := 0; j+len(w) <= len(ts); j++ {
		if ts[j].fig {
			return -1
		}
		ok := true
		for k := range w {
			t := ts[j+k]
			if backward {
				t = ts[j+len(w)-1-k]
			}
			if t.fig || !strings.EqualFold(t.s, w[k]) {
				ok = false
				break
			}
		}
		if ok {
			return j
		}
	}
	return -1
}

// containsPhrase reports whether the words of s, a figure's own, hold
// phrase w, after its first figure.
func containsPhrase(s string, w []string) bool {
	var buf [window]token
	ts := tokensAfter(s, 0, buf[:0])
	for len(ts) > 0 && ts[0].fig {
		ts = ts[1:]
	}
	return matchAfter(ts, w) >= 0
}

// fromBefore reports whether "from" is among the first three words of ts,
// the words before a figure, with no other figure between.
func fromBefore(ts []token) bool {
	for i := 0; i < len(ts) && i < 3; i++ {
		if ts[i].fig {
			return false
		}
		if is(ts[i], "from") {
			return true
		}
	}
	return false
}

// is reports whether t is the word w, in any case.
func is(t token, w string) bool { return !t.fig && strings.EqualFold(t.s, w) }

// clauseWords end the words that belong to a figure.
var clauseWords = [...]string{"but", "while", "whereas", "although", "though"}

// tokensBefore appends to dst the tokens of s before offset end, nearest
// first, up to its capacity or the start of the clause.
func tokensBefore(s string, end int, dst []token) []token {
	i := end
	for len(dst) < cap(dst) {
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if !unicode.IsSpace(r) {
				break
			}
			i -= n
		}
		j, fig := i, false
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !wordRune(s, j-n, r) {
				break
			}
			fig = fig || figureRune(r)
			j -= n
		}
		w := strings.Trim(s[j:i], "-")
		if w == "" || isClauseWord(w) { // punctuation or the start: the clause ends
			break
		}
		if n := len(dst); fig && n > 0 && moneyWord(dst[n-1]) {
			dst = dst[:n-1] // "£45.1 billion" is one figure
		}
		dst = append(dst, token{s: w, fig: fig})
		i = j
	}
	return dst
}

// tokensAfter appends to dst the tokens of s from offset start on, nearest
// first, up to its capacity or the end of the clause.
func tokensAfter(s string, start int, dst []token) []token {
	i := start
	for len(dst) < cap(dst) {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		j, fig := i, false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !wordRune(s, j, r) {
				break
			}
			fig = fig || figureRune(r)
			j += n
		}
		w := strings.Trim(s[i:j], "-")
		if w == "" || isClauseWord(w) {
			break
		}
		i = j
		if n := len(dst); n > 0 && dst[n-1].fig && moneyWord(token{s: w}) {
			continue // "£45.1 billion" is one figure
		}
		dst = append(dst, token{s: w, fig: fig})
	}
	return dst
}

// wordRune reports whether r, at offset at of s, belongs to a word or a
// figure: letters, digits, apostrophes, hyphens, currency symbols, per cent
// signs, and full stops and commas between digits ("£2.4m", "1,200"). Other
// full stops and commas end the clause.
func wordRune(s string, at int, r rune) bool {
	switch r {
	case '\'', '’', '-', '£', '€', '$', '¥', '%':
		return true
	case '.', ',':
		return at > 0 && at+1 < len(s) && isDigit(s[at-1]) && isDigit(s[at+1])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// moneyWords are the words that may end a figure: "£45.1 billion", "2
// million pounds".
var moneyWords = [...]string{"thousand", "million", "billion", "trillion", "pounds", "pound", "sterling", "euros", "dollars"}

// moneyWord reports whether t is one of moneyWords.
func moneyWord(t token) bool {
	if t.fig {
		return false
	}
	for _, w := range moneyWords {
		if strings.EqualFold(t.s, w) {
			return true
		}
	}
	return false
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// figureRune reports whether r marks a word as a figure.
func figureRune(r rune) bool {
	return unicode.IsDigit(r) || r == '£' || r == '€' || r == '$' || r == '¥'
}

// isClauseWord reports whether w ends the clause of a figure.
func isClauseWord(w string) bool {
	for _, c := range clauseWords {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}
