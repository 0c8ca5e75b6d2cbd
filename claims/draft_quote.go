package claims

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/funding"
)

// quoted is one claim read from an article.
type quoted struct {
	claim    Claim      // Speaker, Quote, Assertions (Spans relative to Quote), Stance; the rest is DraftRecord's
	quote    Span       // where claim.Quote is in the article
	speaker  Span       // the article's words naming the speaker; zero if none
	sure     Confidence // how sure the attribution is
	fields   []Field    // provenance of the claim's parts, Path relative to the claim, Span in the article
	notes    []Note     // spans in the article
	responds bool       // the claim criticises or welcomes the announcement; claim.Stance says which
	// byPost: the claim is an announcement of money by a post the article
	// gives no one's name, which DraftRecord drafts only as the article's
	// announcing sentence.
	byPost bool
}

// quotations returns the claims an article's plain text reports, in the
// order they appear: one for each quotation within one paragraph, and one
// for each attributed reported statement that gives money, a count or a
// proportion. Each paragraph is a line of the text, or, in a hard-wrapped
// text (one that separates paragraphs with blank lines and wraps its lines
// at a width, as a terminal or a mail does; see unwrap), the lines of one
// paragraph, whose breaks read as spaces. A claim's Quote is the article's
// bytes at its span all the same, line breaks and all; what is read from
// it, the figures' words, the nouns counted and the speaker's name, reads
// each such break as a space.
//
// A quotation is the words between a pair of marks: “…”, "…", ‘…’ or
// '…', with a grave accent for the ‘ (`…'), the double marks in any
// mixture (“…" is one quotation), and two straight single marks after a
// word close a double one, as a typewriter's do ("disgusted” that"). A single
// mark between letters ("it's", "Mayor’s") or after an s before a space
// ("victims' commissioner") is an apostrophe unless it closes an open
// single quotation; single marks inside a double quotation, and double
// inside single, are quotations within the quotation and stay in its
// words. A double mark or a ‘ opens a quotation even with a space after
// it at the start of a paragraph or after a colon. A double quotation, or a ‘
// after "said:" or before a paragraph opening with a ‘, left open at the
// end of its paragraph runs to the end of it; if the next paragraph opens
// with a mark, UK style, it continues there as a claim of its own with the
// same speaker. A comma before the closing mark ("…hollow," she said) is not
// part of the words. These are no claims: quotations in a heading (a short
// paragraph with no closing punctuation and no verb of speech, such as a
// cross-heading 'Heinous abuse' or a link's title, and not after a
// paragraph ending in a colon, which introduces it) or in the article's
// first line, its title; titles in quotation marks (most longer words
// capitalised, no speaker); and a word or three in quotation marks inside
// a sentence that names no speaker (a “uplift”), or a longer phrase there
// that states no money after an article or a preposition ("25 of the ‘the
// strongest and most advanced schemes’").
//
// The speaker is read from the sentence of the quotation (see attribute),
// or from its clause after "while", "but" or "and" that names a speaker
// of its own (see laterSpeaker), or else: a quotation continuing an open
// one from the paragraph before has its speaker (Inferred); one after a
// clause with no verb of speech that opens on a person and ends in a
// colon ("But Bob Jones was unimpressed: “…”") is theirs (Inferred); one after "X said:" ending the paragraph
// before is X's (Explicit), as is a press release's unmarked paragraph of
// speech there, and the paragraphs in the first person after it
// (Inferred); one in a paragraph whose other sentence names a speaker is
// that speaker's (Inferred); a paragraph that opens with a quotation
// straight after a paragraph naming a speaker has that one (Guessed). A
// quotation with none of these has no speaker and a note saying so, as
// has one whose speakers are named only by what they are ("Critics
// said"), which gives no reported statement either. Speakers named only
// as insiders of a body ("Ministers said", "Council bosses said") or by a
// body's generic noun ("The government said") are the one organisation
// the article has announcing, if there is exactly one it may be (see
// insiderOf), Guessed and noted so; a reported statement of insiders, or
// a word or three they are reported to have said in quotation marks, that
// no announcer places is no claim. A speaker named only
// by a post ("the Prime Minister will confirm") is the
// person the article gives that post, or else the next person it quotes by
// name (Guessed): a UK lede names by post whom the body names.
//
// A reported statement is the clause a verb of speech reports in a
// sentence without quotation marks: before the speaker ("… only about
// 1,200 remained in scope, Sir Mark Rowley told the London Assembly"),
// after the verb ("The mayor's office said the £2.4m would …"), or the
// whole sentence for a verb of announcing ("The Mayor … has today
// announced an investment of more than £4 million …") or a finding by a
// body ("An initial data search by the Met identified about 9,000 …"). In
// a sentence with quotation marks, each stretch after the verb and outside
// the marks that states money is a reported statement of its own ("He
// announced the sum, equivalent to roughly £3.5m a week, …, claiming it
// was "new money …""), without the clause that runs into a quotation,
// which the quoted words complete ("said the £750m package was ‘little
// more than …’" states nothing of its own), or that goes on from one
// ("“in major disrepair” in England, with a backlog of more than £6bn"
// states "with a backlog of more than £6bn"). When the quotations lie inside
// the clause after the verb, its words on both sides, and its figure is of
// the quotation's clause, the whole clause is the statement, quotations
// and all ("accused the Government of spending
// three times the amount on a tax cut for ‘the richest 1%’ than …"), and a
// title among them ("his ‘Building Council Homes for Londoners’ which is
// …") is no claim; after a verb of naming ("called the £500m boost
// “disrespectful”") the words are what was named, no statement. A photo's
// caption ending in its credit ("(James Speakman/PA)") is prose, the
// credit no part of what it reports.
//
// What each claim asserts is read by assertions. quotations never panics,
// runs in time linear in len(article), and every span it returns lies
// inside the article on character boundaries.
func quotations(article string) []quoted {
	text := unwrap(article)
	out := quotationsIn(text)
	if text != article {
		for i := range out {
			q := out[i].quote
			out[i].claim.Quote = article[q.Start:q.End]
		}
	}
	return out
}

// quotationsIn returns the claims of quotations in text, an article as
// unwrap returns it: DraftRecord, which has unwrapped its article, reads
// it once. Unwrapping twice can join more than once does (the joined
// lines set a wider width), so this is no mere saving. The claims' Quotes
// are text's bytes.
func quotationsIn(text string) []quoted {
	if text == "" {
		return nil
	}
	d := &quoteDrafter{text: text, people: map[string]*speakerInfo{}, inWords: true}
	d.paras = paragraphs(text)
	for i := range d.paras {
		d.paras[i].marks = scanMarks(text, d.paras[i].start, d.paras[i].end, runsOn(text, d.paras, i))
		// A paragraph after one ending in a colon is what the colon
		// introduces ("Councillor Anne Western said …:"), and one that is
		// a quotation whole before "said …" is speech: neither is a
		// heading.
		d.paras[i].heading = isHeading(text, &d.paras[i], i == 0) && (i == 0 || text[d.paras[i-1].end-1] != ':') && !saidAfter(text, d.paras, i)
	}
	d.names = collectNames(text, d.paras)
	d.index = indexNames(d.names)
	marks := 0
	for i := range d.paras {
		marks += len(d.paras[i].marks)
	}
	d.out, d.who = make([]quoted, 0, marks+len(d.paras)/4), make([]attribution, 0, marks+len(d.paras)/4)
	d.run()
	d.finish()
	return d.out
}

// A quoteDrafter holds the state of one run of quotations over an article.
type quoteDrafter struct {
	text   string
	paras  []para
	names  []fullName              // people named anywhere in the article, in order
	people map[string]*speakerInfo // what is known of each speaker, by full name
	recent []string                // the speakers named so far, in order, by full name
	index  nameIndex               // names by their words
	order  []string                // the people who spoke, by full name, in the order first heard
	out    []quoted
	who    []attribution // the speaker of each claim of out
	noun   string        // the noun of the last count read: what "them" counts
	words  []qword       // storage for the words of the quotation being read
	// inWords: counts reads counts written in words ("five schemes") as
	// well as in digits. quotations sets it; a drafter of measures that
	// leaves it unset reads digits only, and millions or thousands in
	// words, as it tells recipients from measures by them.
	inWords bool
	// parties are the parties the article names, once "the opposition"
	// asks (see oppositionOf).
	parties []string
	// spoke are the people the sentences name by name as speaking, in
	// the order of the article, whether or not they said a claim.
	spoke []spoken
	// owners are the bodies the article names as putting out each
	// document noun asked after, so that the article is searched once
	// for each (see documentOwner).
	owners map[string]owned
}

// An owned is what documentOwner found for a noun: the body, and whether
// there is one.
type owned struct {
	att attribution
	ok  bool
}

// A spoken is a person a sentence names by name as speaking: their full
// name, and where the words naming them start.
type spoken struct {
	key string
	at  int
}

// A para is one paragraph of the article: a line, without its surrounding
// white space, with its quotation marks.
type para struct {
	start, end int
	marks      []mark
	heading    bool
}

// A mark is one quotation: offsets into the article of its opening mark,
// of its words (without the marks and the white space inside them, and
// without a comma before the closing mark), and of the end of its closing
// mark, which is end of the paragraph for one left open.
type mark struct {
	open, start, end, close int
	closed                  bool
}

// paragraphs returns the article's non-blank lines, trimmed of white
// space.
func paragraphs(s string) []para {
	out := make([]para, 0, strings.Count(s, "\n")+1)
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != '\n' {
			j++
		}
		a, b := trimSpaceSpan(s, i, j)
		if a < b {
			out = append(out, para{start: a, end: b})
		}
		i = j + 1
	}
	return out
}

// trimSpaceSpan returns the span of s[i:j] without white space at its
// ends.
func trimSpaceSpan(s string, i, j int) (int, int) {
	for i < j {
		r, n := utf8.DecodeRuneInString(s[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(s[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	return i, j
}

// The classes of quotation mark.
const (
	noMark = iota
	doubleOpen
	doubleClose
	doubleEither // '"'
	singleOpen
	singleClose // ’, also an apostrophe
	singleEither
)

// markAt returns the class of the quotation mark at offset i of s and its
// length in bytes, or noMark.
func markAt(s string, i int) (int, int) {
	switch c := s[i]; {
	case c == '"':
		return doubleEither, 1
	case c == '\'':
		return singleEither, 1
	case c == '`':
		// "`just to stand still'": a grave accent opens a single
		// quotation in copy typed, or sent on a wire, without ‘.
		return singleOpen, 1
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80:
		switch s[i+2] {
		case 0x9C:
			return doubleOpen, 3
		case 0x9D:
			return doubleClose, 3
		case 0x98:
			return singleOpen, 3
		case 0x99:
			return singleClose, 3
		}
	}
	return noMark, 0
}

// scanMarks returns the quotations of the paragraph s[start:end], in one
// pass; next says that the paragraph after it opens with a ‘ (see runsOn).
func scanMarks(s string, start, end int, next bool) []mark {
	var out []mark
	p := s[:end]
	inside, double, open := false, false, 0
	for i := start; i < end; {
		class, n := markAt(p, i)
		if class == noMark {
			i++
			continue
		}
		before, after := runeBefore(p, i, start), runeAfter(p, i+n)
		isDouble := class <= doubleEither
		switch {
		case !inside && (class == doubleOpen || class == doubleEither) && (!isSpaceOrEnd(after) || spaceOpens(s, start, i)):
			inside, double, open = true, true, i
		case !inside && (class == singleOpen && (letterOrDigit(after) || !isSpaceOrEnd(runeAfterSpace(p, i+n)) && spaceOpens(s, start, i)) ||
			class == singleEither && opensSingle(before) && letterOrDigit(after)):
			inside, double, open = true, false, i
		case inside && double && class == doubleOpen && before == ' ' && letterOrDigit(after) && i-2 > open && terminal(p[i-2]):
			// "… the people of Wales. “This significant package …”": an
			// opening mark after a sentence inside a quotation, where a
			// release's two paragraphs were joined, ends the one open
			// there and opens the next, each a quotation of its own.
			out = appendMark(out, s, open, i, i, false)
			open = i
		case inside && double && isDouble && closesDouble(class, before, after) && !lostPoundMark(p, i):
			out = appendMark(out, s, open, i, i+n, true)
			inside = false
		case inside && double && class == singleEither && i+1 < end && p[i+1] == '\'' && !isSpaceOrEnd(before) && !letterOrDigit(runeAfter(p, i+2)):
			// "disgusted'' that …": two straight single marks, a
			// typewriter's closing double mark, close a double quotation.
			n = 2
			out = appendMark(out, s, open, i, i+n, true)
			inside = false
		case inside && !double && (class == singleClose || class == singleEither) && !isSpaceOrEnd(before) && !letterOrDigit(after):
			out = appendMark(out, s, open, i, i+n, true)
			inside = false
		}
		i += n
	}
	if inside && (double || next || speechOpens(s, start, open)) {
		out = appendMark(out, s, open, end, end, false)
	}
	return out
}

// runsOn reports whether paragraph i of ps is followed by one that opens
// with a ‘: UK style, a single quotation left open at the end of a
// paragraph runs on into the next, which opens with the mark again
// ("… was ‘little more than a plaster.", then "‘Demand is rising."), so
// the ‘ left open is speech, wherever it stands, not an apostrophe.
func runsOn(s string, ps []para, i int) bool {
	if i+1 >= len(ps) {
		return false
	}
	class, _ := markAt(s, ps[i+1].start)
	return class == singleOpen
}

// speechOpens reports whether the single mark at open, left open at the
// end of its paragraph, opens speech that runs on, UK style, rather than
// being an apostrophe: a ‘ at the start of the paragraph or after a colon
// ("He said: ‘For patients it’ll mean …").
func speechOpens(s string, start, open int) bool {
	class, _ := markAt(s, open)
	return class == singleOpen && spaceOpens(s, start, open)
}

// spaceOpens reports whether the mark at i of the paragraph opening at
// start stands where speech begins, at the paragraph's start or after a
// colon: there a double mark or a ‘ opens a quotation even with a space
// after it (‘the leader said: " I understand …’, a stray space of the
// page's), where elsewhere it would close one or be none.
func spaceOpens(s string, start, i int) bool {
	before := strings.TrimRight(s[start:i], " ")
	return before == "" || strings.HasSuffix(before, ":")
}

// closesDouble reports whether a double mark of class c, between runes
// before and after, closes an open double quotation: ” and " do; “ does
// only where it cannot open one, after a letter and before a space.
func closesDouble(c int, before, after rune) bool {
	if c != doubleOpen {
		return true
	}
	return !isSpaceOrEnd(before) && (isSpaceOrEnd(after) || unicode.IsPunct(after))
}

// opensSingle reports whether a straight single mark after rune r may open
// a quotation: at the start of the paragraph, or after white space, a
// bracket, a dash or a double mark.
func opensSingle(r rune) bool {
	switch r {
	case -1, '(', '[', '—', '–', '-', '"', '“', '/':
		return true
	}
	return unicode.IsSpace(r)
}

// appendMark appends the quotation opened at open and closed by the mark
// at closeAt..closeEnd (the paragraph's end for one left open), with its
// words trimmed of white space and of a comma before the closing mark. An
// empty quotation is left out.
func appendMark(out []mark, s string, open, closeAt, closeEnd int, closed bool) []mark {
	_, n := markAt(s, open)
	a, b := trimSpaceSpan(s, open+n, closeAt)
	if b > a && s[b-1] == ',' {
		b--
		_, b = trimSpaceSpan(s, a, b)
	}
	if !hasLetterOrDigit(s[a:b]) {
		return out
	}
	return append(out, mark{open: open, start: a, end: b, close: closeEnd, closed: closed})
}

// runeAfterSpace returns the first rune at or after offset i of s that is
// not a space, or -1 at its end.
func runeAfterSpace(s string, i int) rune {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return runeAfter(s, i)
}

// runeBefore returns the rune before offset i of s, or -1 at floor.
func runeBefore(s string, i, floor int) rune {
	if i <= floor {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[floor:i])
	return r
}

// runeAfter returns the rune at offset i of s, or -1 at its end.
func runeAfter(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// isSpaceOrEnd reports whether r is white space or -1, the end of text.
func isSpaceOrEnd(r rune) bool { return r == -1 || unicode.IsSpace(r) }

// letterOrDigit reports whether r is a letter or a digit.
func letterOrDigit(r rune) bool { return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if letterOrDigit(r) {
			return true
		}
	}
	return false
}

// isHeading reports whether paragraph p is a heading or a link's title
// rather than prose: at most 120 bytes, not ending in closing punctuation
// (before a closing quotation mark, with or without a space),
// with no verb of speech outside its quotation marks unless it is the
// article's title, its first paragraph.
func isHeading(s string, p *para, title bool) bool {
	if p.end-p.start > 120 && (!title || p.end-p.start > maxTitle || !headlineVerb(s, p)) {
		// A first line may be a long title ("Council leader warns
		// Government funding means …"), as long as the drafter takes
		// one to be (see maxTitle) and its speech is in a headline's
		// tense; a later line that long is prose.
		return false
	}
	last, n := utf8.DecodeLastRuneInString(s[p.start:p.end])
	if class, _ := markAt(s, p.end-n); class != noMark {
		// A stray space before the closing mark ("to fill. "") is the
		// page's: the stop before it still ends the paragraph, as it does
		// before a typewriter's two single marks ("fairness?''").
		if class == singleEither && strings.HasSuffix(s[p.start:p.end], "''") {
			n++
		}
		before := strings.TrimRight(s[p.start:p.end-n], " ")
		last = runeBefore(before, len(before), 0)
	}
	switch last {
	case '.', '!', '?', ':', ';', ',':
		return false
	}
	heading := true
	if title {
		return true
	}
	forOutside(s, p.start, p.end, p.marks, func(a, b int) {
		for w := range wordsIn(s, a, b) {
			if speechVerb(s[w.Start:w.End]) != verbNone {
				heading = false
			}
		}
	})
	return heading
}

// saidAfter reports whether paragraph i of ps is a quotation whole, from
// its first byte to its last, and the paragraph after it opens in lower
// case on a verb of speech: "“The funding cuts … off our budget by
// 2018”", then "said Councillor Anne Western.", a page's line broken
// between speech and its speaker. Such a paragraph is speech, however
// short, not a heading.
func saidAfter(s string, ps []para, i int) bool {
	p := ps[i]
	if i+1 >= len(ps) || len(p.marks) != 1 || p.marks[0].open != p.start || p.marks[0].close != p.end {
		return false
	}
	next := ps[i+1]
	for w := range wordsIn(s, next.start, next.end) {
		word := s[w.Start:w.End]
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLower(r) && speechVerb(word) != verbNone
	}
	return false
}

// forOutside calls f with each stretch of s[start:end] outside the
// quotations ms, in order.
func forOutside(s string, start, end int, ms []mark, f func(a, b int)) {
	at := start
	// The marks are in order and do not overlap: start from the first that
	// may reach into start, so that each stretch costs its own marks only.
	first := sort.Search(len(ms), func(i int) bool { return ms[i].close > start })
	for _, m := range ms[first:] {
		if m.open >= end {
			break
		}
		if m.open > at {
			f(at, m.open)
		}
		at = max(at, m.close)
	}
	if at < end {
		f(at, end)
	}
}

// run reads the paragraphs in order, attributing each quotation and
// reported statement.
func (d *quoteDrafter) run() {
	prevOpen, prevLast := false, -1 // the previous paragraph's last quotation: left open? its claim
	var prevAtt attribution         // the last speaker the previous paragraph names
	var pending attribution         // "X said:" ending the previous paragraph
	speech := 0                     // paragraphs of unmarked speech after "X said:"
	for pi := range d.paras {
		p := &d.paras[pi]
		if p.heading {
			prevOpen, prevLast, prevAtt, pending = false, -1, attribution{}, attribution{}
			continue
		}
		if pending.found() && (len(p.marks) == 0 || p.marks[0].open > p.start) && (speech == 0 || firstPerson(d.text, p)) {
			// A press release's speech after "X said:", without marks.
			att := pending
			if speech > 0 {
				att.sure = min(att.sure, Inferred)
			}
			d.add(Span{Start: p.start, End: p.end}, "", att)
			speech++
			prevOpen, prevLast, prevAtt = false, len(d.out)-1, att
			continue
		}
		speech = 0
		sents := sentences(d.text, p)
		atts := make([]attribution, len(sents))
		named, lastNamed := -1, -1
		for i, st := range sents {
			atts[i] = d.attribute(p, st)
			if atts[i].key != "" && atts[i].sure == Explicit {
				d.spoke = append(d.spoke, spoken{key: atts[i].key, at: atts[i].span.Start})
			} else if atts[i].key == "" && atts[i].role != "" {
				// "the SDLP leader said": the post's one holder speaks
				// here, so a pronoun after it is theirs, not that of one
				// named before it.
				if key := d.holder(atts[i].role); key != "" {
					d.spoke = append(d.spoke, spoken{key: key, at: atts[i].span.Start})
				}
			}
			if atts[i].found() {
				lastNamed = i
				if named < 0 {
					named = i
				}
			}
		}
		last, si := -1, 0
		for mi, m := range p.marks {
			for si+1 < len(sents) && sents[si].End <= m.open {
				si++
			}
			att := atts[si]
			if later := d.laterSpeaker(p, sents[si], att, m.open); later.found() {
				att = later
			}
			// The clause a speaker's relative clause refers to is the
			// writer's: its quotations are no one's.
			antecedent := m.closed && relativeSpeakerAfter(d.text, m.close, att)
			if antecedent {
				att = attribution{}
			}
			cur := att           // the speaker of the sentence's clause the quotation is in
			var next attribution // the speaker the next paragraph names, for a quotation broken from it
			if !att.found() && saidAfter(d.text, d.paras, pi) {
				np := &d.paras[pi+1]
				next = d.attribute(np, Span{Start: np.start, End: np.end})
			}
			switch {
			case att.found() || antecedent:
			case next.found():
				// "“… off our budget by 2018”", then "said Councillor Anne
				// Western.": the speaker named after the break.
				att = next
			case mi == 0 && m.open == p.start && prevOpen && prevLast >= 0:
				att = d.who[prevLast]
				att.sure = min(att.sure, Inferred)
			case mi == 0 && pending.found():
				att = pending
			case mi > 0 && !p.marks[mi-1].closed && p.marks[mi-1].close == m.open && last >= 0:
				// The second of two paragraphs of speech joined in one,
				// its mark opening where the first ends: the same speaker's.
				att = d.who[last]
				att.sure = min(att.sure, Inferred)
			case d.colonSpeaker(p, sents[si], m.open, &att):
			case named < 0 && d.speakingNext(pi, &att):
				// "… is only “a drop in the ocean of what is needed”, it was
				// warned last night.", then "SDLP leader Colum Eastwood was
				// speaking after …": the one the next paragraph says spoke.
			case named >= 0:
				att = atts[named]
				att.sure = min(att.sure, Inferred)
			case m.open == p.start && prevAtt.found():
				att = prevAtt
				att.sure = Guessed
			}
			if whole, _, ok := d.announcedWhole(p, sents[si], atts[si]); ok && whole.Start <= m.open && m.close <= whole.End {
				continue // a phrase of the announcement, which holds it
			}
			words := d.text[m.start:m.end]
			if by, ok := d.claimsBy(p, sents[si], m.open); ok {
				// "rejected claims by the Prime Minister that the cuts …
				// are ‘relatively modest’": the agent's words.
				if !by.found() {
					continue
				}
				att, cur = by, by
			}
			spoken := cur.found() && cur.kind == ""
			// A short quotation is a word or three in quotation marks, not
			// speech, unless it is a sentence of its own ("Schools need
			// £50m."); one word is none, its stop inside the marks or not
			// ("would be “additional.”").
			short := wordCount(words, 4) < 4 && m.open > p.start && (words == "" || !terminal(words[len(words)-1]) || wordCount(words, 2) < 2)
			if short && strings.HasSuffix(d.text[:cur.verbAt], "according") {
				// "A £1m Government boost … is a "stunt" which fails …,
				// according to … Peter Luff": the clause is the source's
				// account, which reportAround drafts, quotation and all, and
				// the word in marks a part of it; a verb of speech ("…,
				// Plaid Cymru's leader has claimed") says the words in marks
				// were spoken as well.
				if c, _, ok := d.moneyBefore(p, sents[si], cur); ok && c.Start <= m.open && m.close <= c.End {
					continue
				}
			}
			if insider := cur.kind != "" && insiders(cur.kind); insider && short {
				// "Ministers said the huge sum demonstrates the "scale and
				// breadth" …": speech if finish places the ministers.
				att.placed, spoken = true, true
			}
			// A title inside a reported clause, with the clause's words on
			// both sides, is a name the statement gives ("announced his
			// ‘Homes for All’ scheme, which …"), not speech.
			named := cur.verbAt > sents[si].Start && cur.verbAt <= m.open && hasLetterOrDigit(d.text[m.close:sents[si].End]) && titleLike(words)
			// A word or three in marks straight before a noun of a package or
			// programme name it ("the Government's one-off £1 billion
			// Covid-19 "catch up" package"), whoever's statement holds them.
			named = named || short && m.closed && namesThing(d.text, m.close, sents[si].End)
			named = named || m.closed && nameInMarks(d.text, sents[si].Start, m.open, words)
			// A phrase in quotation marks inside a noun phrase, after "the"
			// or "of", that no one is said to have spoken and that states no
			// money is the writer's quoting ("allocated to 25 of the ‘the
			// strongest and most advanced schemes’"), as a word or three is;
			// after a verb ("The plan is “not what …”") it is someone's
			// words, unplaced.
			phrase := !att.found() && m.open > sents[si].Start && (words == "" || !terminal(words[len(words)-1])) &&
				!strings.ContainsAny(words, "£$€0123456789") && nounLead(lastWord(d.text[max(sents[si].Start, runeStartBefore(d.text, m.open-16)):m.open]))
			frame := d.text[max(sents[si].Start, runeStartBefore(d.text, m.open-frameReach)):max(sents[si].Start, m.open)]
			// A label given in the passive is the agent's words when the
			// agent follows it ("hailed as "good news" by the minister").
			labelled := (labelledAs(frame) || praisedFor(frame)) && !(spoken && cur.span.Start >= m.close && after(d.text, m.close, sents[si].End, "by") != m.close)
			if !spoken && (short || phrase || !att.found() && titleLike(words)) || named || short && (rejectedClaim(frame) || labelled) {
				// A word in quotation marks, or a title, not speech; or
				// others' word the speaker rejects ("dismissed claims that
				// the new fund was a “bribe”").
				continue
			}
			if !att.found() && passiveUnspoken(d.text, sents[si], m.open, m.close) {
				continue // "has been described as a “…”": spoken by no one named
			}
			d.add(Span{Start: m.start, End: m.end}, frame, att)
			last = len(d.out) - 1
		}
		for i, st := range sents {
			switch {
			case !atts[i].found() || atts[i].kind != "" && !insiders(atts[i].kind) || pi > 0 && summaryLine(d.text, p):
			case !hasMark(p, st):
				later, two := d.butClause(p, st, &atts[i])
				d.report(atts[i])
				if two {
					d.report(later)
				}
			case d.addAnnouncedWhole(p, st, atts[i]):
			default:
				d.reportAround(p, st, atts[i])
			}
		}
		prevOpen = len(p.marks) > 0 && !p.marks[len(p.marks)-1].closed
		prevLast, pending, prevAtt = last, attribution{}, attribution{}
		switch {
		case last >= 0:
			prevAtt = d.who[last]
		case lastNamed >= 0:
			prevAtt = atts[lastNamed]
		}
		if n := len(sents); len(p.marks) == 0 && n > 0 && d.text[p.end-1] == ':' && atts[n-1].found() {
			pending = atts[n-1]
		}
	}
}

// laterSpeaker returns the speaker of a clause of sentence st that opens
// with "while", "whilst", "whereas", "but" or "and", or after a
// semicolon, after the verb of its
// speaker att and names a speaker of its own and their verb before the
// quotation opening at open, with no comma before the speaker's words,
// the nearest such clause before the quotation: in
// "Council leader Stewart Young described it as “totally inadequate”
// while Liberal Democrat leader Tim Farron said: “…”" the second
// quotation is Farron's. A clause naming speakers only by what they are
// ("and residents told her") gives none. It returns the zero attribution
// if there is no such clause.
func (d *quoteDrafter) laterSpeaker(p *para, st Span, att attribution, open int) attribution {
	if !att.found() || att.verbAt <= st.Start || att.verbAt >= open {
		return attribution{}
	}
	var later attribution
	from := att.verbAt
	forOutside(d.text, att.verbAt, open, p.marks, func(a, b int) {
		prevEnd := a
		for w := range wordsIn(d.text, a, b) {
			gap := d.text[prevEnd:w.Start]
			prevEnd = w.End
			if w.Start < from {
				continue
			}
			at := w.End
			switch d.text[w.Start:w.End] {
			case "while", "whilst", "whereas", "but", "and":
			default:
				if !strings.Contains(gap, ";") {
					continue
				}
				at = w.Start // "Jane Smith called it “a start”; Bob Jones said …"
			}
			next := d.attribute(p, Span{Start: at, End: open})
			if next.key == "" && next.org == "" && next.role == "" || next.span.Start < at ||
				strings.ContainsAny(d.text[at:next.span.Start], ",;:") {
				// "added that while the government has listened, the council
				// still felt": the speaker of another clause than the one
				// the word opens.
				continue
			}
			later, from = next, next.verbAt
		}
	})
	return later
}

// colonSpeaker reports whether the words of sentence st before the
// quotation opening at open end in a colon and open on a person, by name,
// pronoun or post and name, as the subject of a clause with no verb of
// speech: "But Bob Jones was unimpressed: “…”", "She was blunt: “…”". It
// sets *att to that person, Inferred.
func (d *quoteDrafter) colonSpeaker(p *para, st Span, open int, att *attribution) bool {
	a, b := trimSpaceSpan(d.text, st.Start, open)
	if b <= a || d.text[b-1] != ':' || hasMark(p, Span{Start: a, End: b}) {
		return false
	}
	var buf [4]Span
	for _, c := range chunks(d.text, a, b-1, buf[:0]) {
		c = stripLeading(d.text, c)
		if w := firstWord(d.text[c.Start:c.End]); w == d.text[c.Start:c.End] && functionWord(w) {
			continue // "However,"
		}
		if g := pronoun(firstWord(d.text[c.Start:c.End])); g == 'f' || g == 'm' {
			got, ok := d.resolvePronoun(g, Span{Start: c.Start, End: c.Start + len(firstWord(d.text[c.Start:c.End]))})
			if ok {
				*att = got
				att.sure = min(att.sure, Inferred)
			}
			return ok
		}
		name, pre, ok := d.nameIn(c, false)
		if !ok || pre.Start < pre.End && postBefore(d.text, pre).IsZero() {
			return false
		}
		*att = d.person(name)
		att.sure = Inferred
		return true
	}
	return false
}

// speakingNext reports whether the paragraph after the pi'th opens on a
// person, their post before their name, and "was speaking" or "was
// commenting", as UK news says who spoke the words just quoted; if so,
// it sets att to that person, Inferred.
func (d *quoteDrafter) speakingNext(pi int, att *attribution) bool {
	if pi+1 >= len(d.paras) {
		return false
	}
	np := d.paras[pi+1]
	t := d.text[np.start:np.end]
	k := -1
	for _, v := range [...]string{" was speaking", " was commenting"} {
		if i := strings.Index(t[:min(len(t), 160)], v); i > 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k < 0 || strings.ContainsAny(t[:k], ",;:\"“”‘’") {
		return false
	}
	name, pre, ok := d.nameIn(Span{Start: np.start, End: np.start + k}, true)
	if !ok {
		return false
	}
	role := postBefore(d.text, pre)
	if pre.Start < pre.End && role.IsZero() {
		return false
	}
	*att = d.person(name)
	if !role.IsZero() {
		d.info(att.key).setRole(d.text, role)
	}
	att.sure = Inferred
	return true
}

// rejectedClaim reports whether frame, the words before a quotation in
// its sentence, rejects others' words that the quotation is part of: a
// verb of rejecting and then "claims that", "suggestions that" or the
// like, "dismissed claims that the new fund was a".
func rejectedClaim(frame string) bool {
	low := lowerASCII(frame)
	k := -1
	for _, n := range [...]string{" claims that ", " suggestions that ", " accusations that ", " allegations that ", " criticism that ", " claim that "} {
		if i := strings.Index(low, n); i >= 0 {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	for _, v := range [...]string{"dismiss", "reject", "denied", "denies", "deny", "refute", "rubbish"} {
		if strings.Contains(low[:k], v) {
			return true
		}
	}
	return false
}

// praisedFor reports whether frame, the words before a quotation, ends on
// a passive verb of praise, "for" and a determiner, with no agent: "the
// council said it had been praised for its “very strong bid”" quotes
// those who praised it, whom the sentence does not name, not the council.
func praisedFor(frame string) bool {
	ws := strings.Fields(lowerASCII(frame))
	n := len(ws)
	if n < 4 || ws[n-2] != "for" {
		return false
	}
	switch ws[n-1] {
	case "its", "their", "his", "her", "the", "a", "an":
	default:
		return false
	}
	switch ws[n-3] {
	case "praised", "commended", "applauded", "lauded", "congratulated", "thanked":
	default:
		return false
	}
	switch ws[n-4] {
	case "being", "been", "is", "was", "are", "were", "be":
		return true
	}
	return false
}

// labelledAs reports whether frame, the words before a quotation, ends on
// a passive verb of labelling and "as" with no agent: "despite the sum
// being billed as “new”, the department conceded …" quotes a label no one
// named gave, not the words of the sentence's speaker.
func labelledAs(frame string) bool {
	ws := strings.Fields(lowerASCII(frame))
	n := len(ws)
	if n < 3 || ws[n-1] != "as" {
		return false
	}
	switch ws[n-2] {
	case "billed", "described", "touted", "hailed", "branded", "labelled", "presented", "sold", "seen", "heralded", "trumpeted",
		// "£20m in funding, which was earmarked as ‘additional’ money":
		// the label the money was set aside under, not the speaker's word.
		"earmarked", "designated", "badged", "classed", "marketed":
	default:
		return false
	}
	switch ws[n-3] {
	case "being", "been", "is", "was", "are", "were", "be":
		return true
	}
	return false
}

// summaryLine reports whether paragraph p is a line of a press release's
// summary rather than its prose: at most 200 bytes with no closing
// punctuation ("Today the Prime Minister will confirm 117 Trusts will be
// allocated …"). Its statements are the prose's, told again. (A first
// paragraph that long with no full stop is a lede whose stop was lost.)
//
// A photo's caption, which ends in its credit in brackets rather than a
// stop ("… in over a year (Jo Bloggs/PA)"), is prose: see creditAt.
func summaryLine(s string, p *para) bool {
	return p.end-p.start <= 200 && !terminal(s[p.end-1]) && creditAt(s, p.start, p.end) == p.end
}

// creditAt returns where a photo's credit in brackets that ends s[a:b]
// begins, "(Jo Bloggs/PA)": a bracket holding a slash between words, as
// picture agencies are credited; b if there is none. The credit is the
// caption's, not the words of a statement it reports.
func creditAt(s string, a, b int) int {
	if b <= a || s[b-1] != ')' {
		return b
	}
	i := strings.LastIndexByte(s[a:b], '(')
	if i < 0 {
		return b
	}
	credit := s[a+i+1 : b-1]
	k := strings.IndexByte(credit, '/')
	if k <= 0 || k == len(credit)-1 || strings.ContainsAny(credit, "()") || !hasLetterOrDigit(credit[:k]) || !hasLetterOrDigit(credit[k+1:]) {
		return b
	}
	return a + i
}

// firstPerson reports whether paragraph p speaks in the first person:
// "I", "we", "our".
func firstPerson(s string, p *para) bool {
	for w := range wordsIn(s, p.start, p.end) {
		switch s[w.Start:w.End] {
		case "I", "I'm", "I’m", "I've", "I’ve", "we", "We", "we're", "we’re", "We're", "We’re", "our", "Our", "us", "my", "My", "me":
			return true
		}
	}
	return false
}

// frameReach is how many bytes before a quotation its frame is read for a
// welcome ("said the funding put"), so that a long sentence of many
// quotations is not read again for each.
const frameReach = 160

// runeStartBefore returns i, or 0 if it is negative, moved back to the
// start of a character of s.
func runeStartBefore(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// hasMark reports whether sentence st of paragraph p holds a quotation.
func hasMark(p *para, st Span) bool {
	i := sort.Search(len(p.marks), func(i int) bool { return p.marks[i].close > st.Start })
	return i < len(p.marks) && p.marks[i].open < st.End
}

// namesThing reports whether the word straight after a quotation whose
// closing mark ends at close, before end, is a noun of a package or a
// programme (see wholeNouns, programmeNoun): "“catch up” package". A
// straight single mark may be a plural's possessive ("'the victims'
// fund"), so it closes no name.
func namesThing(s string, close, end int) bool {
	if close == 0 || close >= len(s) || s[close-1] == '\'' {
		return false
	}
	for w := range wordsIn(s, close, end) {
		word := strings.ToLower(s[w.Start:w.End])
		return w.Start == close+1 && s[close] == ' ' && (slices.Contains(wholeNouns, word) || programmeNoun(word))
	}
	return false
}

// titleLike reports whether a quotation's words are a title rather than
// speech: two to twelve words, the first and at least two thirds of those
// of four letters or more capitalised, with no closing punctuation
// ("Sexual Violence against Children and Adults in London").
func titleLike(q string) bool {
	n, long, upper := 0, 0, 0
	for _, w := range splitWords(q) {
		r, _ := utf8.DecodeRuneInString(w)
		if n == 0 && !unicode.IsUpper(r) {
			return false
		}
		n++
		if utf8.RuneCountInString(w) >= 4 {
			long++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return n >= 2 && n <= 12 && 3*upper >= 2*long && !terminal(q[len(q)-1])
}

// wordCount returns how many words s holds, counting no further than
// limit.
func wordCount(s string, limit int) int {
	n := 0
	for range wordsIn(s, 0, len(s)) {
		if n++; n == limit {
			break
		}
	}
	return n
}

// splitWords returns the words of s.
func splitWords(s string) []string {
	var out []string
	for w := range wordsIn(s, 0, len(s)) {
		out = append(out, s[w.Start:w.End])
	}
	return out
}

// report adds the claim of a reported statement attributed by att, if it
// gives money, a count or a proportion: its words are the reported clause
// before the speaker ("after reviewing 2,200 of them only about 1,200
// remained in scope, Sir Mark Rowley told"), or else the one after the
// verb ("The mayor's office said the £2.4m would …"), or the whole
// sentence for a finding by a body ("An initial data search by the Met
// identified about 9,000 historic cases …"). In a sentence of announcing
// that states no money, a proportion or count that is the subject of a
// verb of speech of its own ("announced the package at a time when a
// fifth of councils have warned …") is theirs, no announcement.
func (d *quoteDrafter) report(att attribution) {
	var next attribution
	if att.finds && !att.after.IsZero() {
		next = d.coordinated(&att)
	}
	if !next.found() && !att.after.IsZero() && !att.announces {
		next = d.andSpoke(&att)
	}
	d.reportOne(att)
	if next.found() {
		d.reportOne(next)
	}
}

// coordinated cuts from att.after, the clause after a verb of finding, a
// clause joined by "and" with a body of its own as its subject, and
// returns that body's attribution of it: "Sheffield city council had
// estimated its repair bill at £30m and the East Riding of Yorkshire
// council is looking at damage approaching £20m" is the East Riding's
// "damage approaching £20m". The joined clause is "and", "the" or a
// capitalised word opening a subject of at most eight words without a
// figure, an auxiliary, a verb ending "-ing" or "-ed", and a preposition
// or none; its words after them, with money in them, are the claim.
func (d *quoteDrafter) coordinated(att *attribution) attribution {
	ts := wordsOf(d.text, att.after, nil)
	for i := 1; i+3 < len(ts); i++ {
		if ts[i].w != "and" || ts[i+1].w != "the" && !capitalised(d.text, ts[i+1]) {
			continue
		}
		j := i + 2
		for j < len(ts) && j <= i+9 && !beWord(ts[j].w) && ts[j].w != "has" && ts[j].w != "had" && ts[j].w != "have" {
			j++
		}
		if j >= len(ts)-1 || j > i+9 || strings.ContainsAny(d.text[ts[i+1].start:ts[j-1].end], "£$€0123456789,;:") {
			continue
		}
		v := j + 1
		if w := ts[v].w; !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
			continue
		}
		v++
		if v < len(ts) && (ts[v].w == "at" || ts[v].w == "for" || ts[v].w == "to") {
			v++
		}
		if v >= len(ts) || !strings.ContainsAny(d.text[ts[v].start:att.after.End], "£$€") {
			continue
		}
		subj := Span{ts[i+1].start, ts[j-1].end}
		org, ok := orgName(d.text, subj)
		if !ok {
			continue
		}
		next := attribution{org: org, span: subj, sure: Inferred, after: Span{ts[v].start, att.after.End},
			verbAt: ts[v-1].end, finds: true}
		att.after.End = ts[i-1].end
		return next
	}
	return attribution{}
}

// reportOne adds the claim of the first of att's reported clauses that
// states money, a count, a proportion or a counterproposal, or a per cent
// in words, which no assertion holds ("said the annual increase will see
// most councils receive rises of at least three per cent per pupil"): a
// claim all the same, for a person to check.
func (d *quoteDrafter) reportOne(att attribution) {
	for _, clause := range [...]Span{att.report, att.after} {
		if clause.Start >= clause.End || !mayHoldFigure(d.text[clause.Start:clause.End]) {
			continue
		}
		r := d.assertions(d.text[clause.Start:clause.End], "")
		for _, a := range r.as {
			_, money := a.(StatedAmount)
			switch a.(type) {
			case StatedAmount, CountClaim, RatioClaim, Counterproposal:
				if att.announces && !money && spokenBy(d.text[clause.Start:clause.End], a.Where()) {
					continue // another's words inside the announcing sentence
				}
				if c, ok := a.(CountClaim); ok && definiteCount(d.text[clause.Start:clause.End], c.Where()) {
					// "she was sure the three island health boards would
					// also prefer …": things the article has named,
					// counted again, no count the speaker claims.
					continue
				}
				att.placed = true
				d.addRead(clause, att, r)
				return
			}
		}
		if what := unreadInWords(d.text[clause.Start:clause.End]); !att.announces && what != "" {
			att.placed = true
			r.notes = append(r.notes, Note{Span: Span{0, clause.End - clause.Start}, Text: what + " in words, which the draft does not read: check it"})
			d.addRead(clause, att, r)
			return
		}
	}
}

// definiteCount reports whether the count at w of text comes straight
// after "the" and not after "of": "the three island health boards" names
// things counted already, where "some of the 22 Welsh local authorities"
// states how many there are in all.
func definiteCount(text string, w Span) bool {
	if w.Start < 4 || w.Start > len(text) || !strings.EqualFold(text[w.Start-4:w.Start], "the ") {
		return false
	}
	before := " " + strings.ToLower(strings.TrimRight(text[:w.Start-4], " "))
	return !strings.HasSuffix(before, " of")
}

// perCentInWords reports whether text holds a number in words before "per
// cent" or "percent": "three per cent", "ten percent".
func perCentInWords(text string) bool {
	prev, prev2 := "", ""
	for w := range wordsIn(text, 0, len(text)) {
		word := strings.ToLower(text[w.Start:w.End])
		if word == "percent" && prev != "" && !allDigits(prev) && isNumberWord(prev) && prev != "a" ||
			word == "cent" && prev == "per" && prev2 != "" && !allDigits(prev2) && isNumberWord(prev2) && prev2 != "a" {
			return true
		}
		prev, prev2 = word, prev
	}
	return false
}

// spokenBy reports whether the words at w of text are the subject of a
// verb of speech after them, past at most three adverbs and auxiliaries:
// "a fifth of councils nationally have warned".
func spokenBy(text string, w Span) bool {
	if w.End <= w.Start || w.End > len(text) {
		return false
	}
	n := 0
	for t := range wordsIn(text, w.End, len(text)) {
		word := text[t.Start:t.End]
		switch {
		case speechVerb(word) != verbNone:
			return true
		case n < 3 && (auxWord(word) || strings.HasSuffix(word, "ly")):
			n++
		default:
			return false
		}
	}
	return false
}

// mayHoldFigure reports whether text may hold money, a count or a
// proportion: a digit, a currency sign, a word of a multiple or a
// fraction, or a count in words ("five schemes"). It spares reading every
// reported clause in full.
func mayHoldFigure(text string) bool {
	if strings.ContainsAny(text, "0123456789£$€") {
		return true
	}
	for _, w := range [...]string{"doubl", "tripl", "trebl", "quadrupl", "twice", "fold", "half", "third", "quarter", "fifth", "tenth", " in ", " times"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	for w := range wordsIn(text, 0, len(text)) {
		if numberShaped(strings.ToLower(text[w.Start:w.End])) {
			if _, err := funding.ParseCount(text[w.Start:w.End]); err == nil {
				return true
			}
		}
	}
	return false
}

// reportAround adds the claim of the clause before the speaker of
// sentence st, quotations and all, if it states money, or else a claim
// for each stretch of st, outside its quotations and after its verb,
// that states money, a count or a proportion (without an opening "that"
// or a closing comma): "He announced the sum,
// equivalent to roughly £3.5m a week, …, claiming it was "new money …"",
// "… are "in major disrepair" in England, with a maintenance backlog of
// more than £6bn". The quotations are claims of their own.
func (d *quoteDrafter) reportAround(p *para, st Span, att attribution) {
	if c, r, ok := d.moneyBefore(p, st, att); ok {
		// "Labour's … manifesto has plans to spend £100bn on Scotland
		// but is "silent" on Wales, Plaid Cymru's leader has claimed":
		// the clause before the speaker, quotation and all.
		att.after, att.placed = Span{}, true
		d.addRead(c, att, r)
		return
	}
	if att.verbAt <= st.Start || att.verbAt >= st.End || targets(d.text, att.verbAt) || criticismAt(d.text, att.verbAt, st.End) || callAt(d.text, att.verbAt) || d.reportThrough(p, st, att) {
		return
	}
	forOutside(d.text, att.verbAt, st.End, p.marks, func(a, b int) {
		sp := reportAfter(d.text, a, b)
		sp = clauseSpan(d.text, sp.Start, sp.End, "that ")
		if a > att.verbAt {
			// The stretch goes on from a quotation, whose clause runs to the
			// next clause ("“in major disrepair” in England, with a backlog
			// of more than £6bn"): the statement is the clause after it.
			k := nextClauseStart(d.text[sp.Start:sp.End])
			if k < 0 {
				return
			}
			sp.Start += k
		}
		if e, ok := tailQuote(d.text, att.verbAt, sp.Start, b, st.End, p.marks); ok && b < st.End {
			// "need £545m in next month's Budget ‘just to stand still’":
			// the quotation adds to a clause already whole, and is part of
			// the statement as well as a claim of its own.
			sp.End = e
		} else if b < st.End {
			// The stretch runs into a quotation, which completes its last
			// clause ("said the £750m package was ‘little more than …"): that
			// clause is the quotation's, no statement of its own.
			k := lastClauseStart(d.text[sp.Start:sp.End])
			if k < 0 {
				return
			}
			sp.End = sp.Start + k
		}
		for sp.End > sp.Start && d.text[sp.End-1] == ',' {
			sp.End--
		}
		if sp.End-sp.Start < 8 || !strings.ContainsAny(d.text[sp.Start:sp.End], "£$€0123456789") {
			return
		}
		r, _ := d.assertions(d.text[sp.Start:sp.End], "").withoutJudged(d.text, sp.Start)
		for _, x := range r.as {
			switch x.(type) {
			case StatedAmount, CountClaim, RatioClaim:
				att.report, att.after, att.placed = Span{}, Span{}, true
				d.addRead(sp, att, r)
				return
			}
		}
	})
}

// lastClauseStart returns where the last clause of text begins: at its
// last comma, or at a later "and" or "but" before a verb ("it had called
// for £2m and described the plans as", "welcomed the announcement but said
// the £750m package was"); -1 if text is one clause. An "and" between
// nouns ("£5m and £3m were") starts none.
func lastClauseStart(text string) int {
	k := strings.LastIndexByte(text, ',')
	for _, c := range [...]string{" and ", " but "} {
		for j := strings.LastIndex(text, c); j > k; j = strings.LastIndex(text[:j], c) {
			next, _, _ := strings.Cut(text[j+len(c):], " ")
			if speechVerb(next) != verbNone || auxWord(next) || beWord(next) || len(next) > 4 && strings.HasSuffix(next, "ed") {
				k = j
				break
			}
		}
	}
	return k
}

// nextClauseStart returns where the clause after the first of text
// begins: after "and" or "but" opening it, its first comma, or a later
// "and" or "but" before a verb, and past a verb of speech opening that
// clause and its "that" ("… and suggested the £375 million would …");
// -1 if text is one clause.
func nextClauseStart(text string) int {
	k := -1
	for _, c := range [...]string{"and ", "but "} {
		if strings.HasPrefix(text, c) {
			k = len(c)
		}
	}
	if k < 0 {
		if i := strings.IndexByte(text, ','); i >= 0 {
			k = i + 1
		}
		for _, c := range [...]string{" and ", " but "} {
			for j := strings.Index(text, c); j >= 0 && (k < 0 || j < k); {
				next, _, _ := strings.Cut(text[j+len(c):], " ")
				if speechVerb(next) != verbNone || auxWord(next) || beWord(next) || len(next) > 4 && strings.HasSuffix(next, "ed") {
					k = j + len(c)
					break
				}
				i := strings.Index(text[j+len(c):], c)
				if i < 0 {
					break
				}
				j += len(c) + i
			}
		}
	}
	if k < 0 {
		return -1
	}
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if w, _, _ := strings.Cut(text[k:], " "); speechVerb(w) != verbNone {
		k += len(w)
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if strings.HasPrefix(text[k:], "that ") {
			k += len("that ")
		}
	}
	return k
}

// reportThrough adds the claim of the whole clause after the verb of
// sentence st, quotations and all, when its quotations lie inside it, with
// words of the clause on both sides ("accused the council of spending
// twice as much on ‘the chosen few’ as on the rest of the town"), and it
// states money, a count or a proportion outside them: the
// quotation is a phrase of the reported clause, and a claim of its own
// too. After a verb of naming ("called the £5m grant “an insult”") the
// words are what the speaker named, no clause of theirs. It reports
// whether it added one.
func (d *quoteDrafter) reportThrough(p *para, st Span, att attribution) bool {
	if namingVerb(lastWord(d.text[st.Start:att.verbAt])) && after(d.text, att.verbAt, st.End, "for") == att.verbAt {
		return false // "called the grant “an insult”", not "called for"
	}
	sp := reportAfter(d.text, att.verbAt, st.End)
	if strings.HasPrefix(d.text[sp.Start:sp.End], "that ") {
		sp.Start += len("that ")
	}
	first, last := -1, -1
	// The marks are in order: start from the first that may lie in the
	// clause, so that each sentence costs its own marks only.
	from := sort.Search(len(p.marks), func(i int) bool { return p.marks[i].open >= sp.Start })
	for i := from; i < len(p.marks) && p.marks[i].open < sp.End; i++ {
		m := p.marks[i]
		if m.close > sp.End || !m.closed {
			return false
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	if first < 0 || !hasLetterOrDigit(d.text[sp.Start:p.marks[first].open]) || !hasLetterOrDigit(d.text[p.marks[last].close:sp.End]) {
		return false
	}
	figure := false
	forOutside(d.text, sp.Start, sp.End, p.marks, func(a, b int) {
		figure = figure || mayHoldDigitsOrMultiple(d.text[a:b])
	})
	if !figure {
		return false // spare reading the assertions of every clause with a quotation
	}
	r, _ := d.assertions(d.text[sp.Start:sp.End], "").withoutJudged(d.text, sp.Start)
	for _, x := range r.as {
		switch x.(type) {
		case StatedAmount, CountClaim, RatioClaim:
			w := shift(x.Where(), sp.Start)
			if inMarksOf(p.marks[first:last+1], w) {
				continue
			}
			// The figure must be of the quotation's clause: "‘the richest
			// 1%’ than they had spent", not "“in major disrepair” in
			// England, with a backlog of £6bn", a clause of its own.
			gap := ""
			switch {
			case w.Start >= p.marks[last].close:
				gap = d.text[p.marks[last].close:w.Start]
			case w.End <= p.marks[first].open:
				gap = d.text[w.End:p.marks[first].open]
			}
			if lastClauseStart(gap) >= 0 {
				continue
			}
			att.report, att.after, att.placed = Span{}, Span{}, true
			d.addRead(sp, att, r)
			return true
		}
	}
	return false
}

// mayHoldDigitsOrMultiple reports whether text may hold money, a count in
// digits or a multiple: a digit, a currency sign, "times", "twice",
// "doubled" and the like. It is mayHoldFigure without the counts and
// proportions in words that cost most to rule out.
func mayHoldDigitsOrMultiple(text string) bool {
	if strings.ContainsAny(text, "0123456789£$€") {
		return true
	}
	for _, w := range [...]string{"doubl", "tripl", "trebl", "quadrupl", "twice", "fold", " times"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// inMarksOf reports whether the span w lies within one of the quotations
// ms, which are in order.
func inMarksOf(ms []mark, w Span) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].open > w.Start }) - 1
	return i >= 0 && w.End <= ms[i].close
}

// nounLead reports whether w, before a quotation, makes it part of a noun
// phrase: an article or a preposition ("the", "of", "for").
func nounLead(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "of", "to", "for", "in", "on", "with", "from", "by", "as":
		return true
	}
	return false
}

// namingVerb reports whether w is a verb by which a speaker names what
// something is ("called the plan “a stunt”", "branded it"): its object is
// the thing named, not a statement the speaker made.
func namingVerb(w string) bool {
	switch w {
	case "called", "calls", "calling", "branded", "brands", "branding", "labelled", "labels", "dubbed", "dubs",
		"described", "describes", "describing", "termed", "compared", "likened", "likens":
		return true
	}
	return false
}

// lastWord returns the last word of s, split at white space.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
}

// moneyBefore returns the clause of sentence st before its speaker (see
// reportBefore) and what it asserts, if it states an amount.
func (d *quoteDrafter) moneyBefore(p *para, st Span, att attribution) (Span, asserted, bool) {
	c := d.reportBefore(p, st, att)
	if c.IsZero() {
		return Span{}, asserted{}, false
	}
	r := d.assertions(d.text[c.Start:c.End], "")
	for _, x := range r.as {
		if _, ok := x.(StatedAmount); ok {
			return c, r, true
		}
	}
	return Span{}, asserted{}, false
}

// reportBefore returns the clause of sentence st before its speaker,
// where the speaker and the verb end the sentence ("…, Plaid Cymru's
// leader has claimed."): from the sentence's start to the last comma
// before the speaker's words, quotations and all, if it states money
// outside its quotations (a quotation before "she said" is a claim of its
// own); else the zero Span.
func (d *quoteDrafter) reportBefore(p *para, st Span, att attribution) Span {
	end := max(att.verbAt, att.span.End) // "…, according to Peter Luff.": the speaker after the verb
	if att.verbAt <= st.Start || end > st.End || att.span.Start <= st.Start || hasLetterOrDigit(d.text[end:st.End]) {
		return Span{}
	}
	k := strings.LastIndexByte(d.text[st.Start:att.span.Start], ',')
	if k <= 0 {
		return Span{}
	}
	a, b := trimSpaceSpan(d.text, st.Start, st.Start+k)
	money := false
	forOutside(d.text, a, b, p.marks, func(i, j int) {
		money = money || strings.ContainsAny(d.text[i:j], "£$€")
	})
	if !money || predicateQuote(d.text, p, b) {
		return Span{}
	}
	return Span{Start: a, End: b}
}

// predicateQuote reports whether a quotation of paragraph p closes at
// end, the end of a clause, as the complement of "is" or "was" (and an
// adverb of degree): "A NEW £150 million package … is ‘too little too
// late’, according to Bolton Council’s new leader". The quoted words are
// all the source says; the money in the clause is the writer's, who
// names what they are said of, and the quotation is the claim.
func predicateQuote(s string, p *para, end int) bool {
	for _, m := range p.marks {
		if !m.closed || m.close != end {
			continue
		}
		ws := strings.Fields(s[max(p.start, runeStartBefore(s, m.open-24)):m.open])
		n := len(ws)
		if n > 1 && degreeAdverbWord(ws[n-1]) {
			n--
		}
		return n > 0 && (ws[n-1] == "is" || ws[n-1] == "was" || ws[n-1] == "are" || ws[n-1] == "were")
	}
	return false
}

// degreeAdverbWord reports whether w, in lower case, is an adverb of
// degree before a complement: "is only “a drop in the ocean”".
func degreeAdverbWord(w string) bool {
	switch w {
	case "only", "just", "merely", "simply", "still":
		return true
	}
	return false
}

// add adds the claim of the quotation at q, framed by the words before it
// in its sentence, attributed by att.
func (d *quoteDrafter) add(q Span, frame string, att attribution) {
	d.addRead(q, att, d.assertions(d.text[q.Start:q.End], frame))
}

// addRead adds the claim of the words at q, attributed by att, asserting
// r. finish fills in the speaker.
func (d *quoteDrafter) addRead(q Span, att attribution, r asserted) {
	c := quoted{
		claim:    Claim{Quote: d.text[q.Start:q.End], Assertions: r.as, Stance: r.stance},
		quote:    q,
		responds: r.stance != StanceUnknown,
	}
	if len(r.as) == 0 {
		c.claim.Assertions = nil
	}
	c.fields = append(c.fields, Field{Path: "quote", Span: q, Confidence: Explicit})
	for i, a := range r.as {
		c.fields = append(c.fields, Field{Path: "assertions[" + strconv.Itoa(i) + "]", Span: shift(a.Where(), q.Start), Confidence: r.sure[i]})
	}
	if r.stance != StanceUnknown {
		c.fields = append(c.fields, Field{Path: "stance", Span: shift(r.stanceAt, q.Start), Confidence: Inferred})
	}
	for _, n := range r.notes {
		c.notes = append(c.notes, Note{Span: shift(n.Span, q.Start), Text: n.Text})
	}
	d.out = append(d.out, c)
	d.who = append(d.who, att)
}

// noSpeaker is the note on a quotation whose speaker quotations finds
// nowhere.
const noSpeaker = "a quotation with no speaker found: say who said it"

// nextSpeaker returns the person named who speaks next after the claim at
// i, in the order of the article, whether or not what they say is a claim
// ("Sarah Owen, who is set to stand for Labour, added that questions
// would be asked"), whom a lede's "Plaid Cymru's leader has claimed" or
// "A prospective MP has called" most often names: the body of a UK news
// story names the speaker its first sentence gives by post, the lede's
// post. A person the article gives another post ("The
// Chancellor" is no union's general secretary) or a qualified one (a
// shadow secretary) is passed over; a rank ("A councillor") fits any. It
// returns "" if no person speaks after it who may hold the post.
func (d *quoteDrafter) nextSpeaker(i int, post string) string {
	from := d.out[i].quote.Start
	k := sort.Search(len(d.spoke), func(k int) bool { return d.spoke[k].at > from })
	for end := min(len(d.spoke), k+lookBack); k < end; k++ {
		key := d.spoke[k].key
		if r := d.info(key).role; otherQualified(r, post) || otherPost(r, post) {
			// "The Chancellor has unveiled …" is not the shadow education
			// secretary quoted next, nor a union's general secretary.
			continue
		}
		return key
	}
	return ""
}

// echoed returns the named speaker of a later quotation that holds the
// words of the claim at i, three words or more, as a news story's lede
// quotes a phrase of the full quotation it gives later: "The leader of
// Leeds City Council has described … as "too little, too late"", then
// "James Lewis, said: "… but this does feel like too little, too
// late."". It returns "" if none does.
func (d *quoteDrafter) echoed(i int) string {
	q := d.out[i].claim.Quote
	if len(strings.Fields(q)) < 3 {
		return ""
	}
	for j := i + 1; j < len(d.out) && j <= i+lookBack; j++ {
		if d.who[j].key != "" && strings.Contains(d.out[j].claim.Quote, q) {
			return d.who[j].key
		}
	}
	return ""
}

// prevHolder returns the person last heard before the claim at i whose
// post has the head that att names alone after "the" ("said the
// minister" after "Finance Minister Conor Murphy said …"), though the
// article gives another that post later ("Health Minister Robin
// Swann"): "the minister" takes up the one just named. A qualified post
// (a shadow minister) is passed over. It returns "" if att names no post
// after "the", or no one heard before holds it.
func (d *quoteDrafter) prevHolder(i int, att attribution) string {
	if att.span.Start < 4 || !strings.EqualFold(d.text[att.span.Start-4:att.span.Start], "the ") {
		return ""
	}
	head := postHead(att.role)
	if head == "" || !strings.EqualFold(head, strings.TrimSpace(att.role)) {
		// "The opposition leader" names more than the head: which leader
		// it is is for a careful reader (see headHolder).
		return ""
	}
	from := d.out[i].quote.Start
	k := sort.Search(len(d.spoke), func(k int) bool { return d.spoke[k].at >= from })
	for stop := max(0, k-lookBack); k > stop; k-- {
		key := d.spoke[k-1].key
		if r := d.info(key).role; strings.EqualFold(postHead(r), head) && !otherQualified(r, att.role) {
			return key
		}
	}
	return ""
}

// lastSpeaker returns the person who speaks in the claim before the one
// at i, when att names its speaker by a post after "the" ("The Scottish
// Secretary said …"), that claim's speaker is named in full with no post
// of their own, or with one when att names a member by their seat ("The
// Foyle MLA said …"), and it lies in the same paragraph or the one before, or
// before paragraphs that only carry on a quotation: a news story goes on
// to name a person it has just named by their post.
// It returns "" otherwise.
func (d *quoteDrafter) lastSpeaker(i int, att attribution) string {
	if i == 0 || att.answers || att.span.Start < 4 || !strings.EqualFold(d.text[att.span.Start-4:att.span.Start], "the ") {
		return ""
	}
	prev := d.who[i-1]
	// "SDLP leader Colum Eastwood says …", then "The Foyle MLA said …": a
	// member's seat names the one just heard, whatever post they hold.
	seat := memberRank(postHead(att.role))
	if prev.key == "" || prev.sure < Inferred || d.info(prev.key).role != "" && !seat || prev.span.End > att.span.Start {
		return ""
	}
	if d.index.roleOf(prev.key) != "" && !seat {
		// "Scottish Secretary Ian Murray has written …" where no claim
		// is his: "the Chancellor" later is another.
		return ""
	}
	// The paragraphs between may only carry on a quotation: "“…”, said
	// Martina Anderson", two paragraphs of her words, then "“…,” added the
	// MLA".
	for k := d.paraOf(prev.span.End) + 1; k < d.paraOf(att.span.Start); k++ {
		if p := &d.paras[k]; len(p.marks) == 0 || p.marks[0].open != p.start {
			return ""
		}
	}
	return prev.key
}

// memberRank reports whether head, a post's head (see postHead), is the
// rank of an elected member, which a news story gives with the seat the
// member holds ("the Foyle MLA", "the Labour MP") to name one it has just
// named by another post.
func memberRank(head string) bool {
	switch strings.ToLower(head) {
	case "mp", "msp", "mla", "ms", "am", "mep":
		return true
	}
	return false
}

// paraOf returns the index of the paragraph that holds offset off of the
// article, or of the first paragraph after it when off lies between two.
func (d *quoteDrafter) paraOf(off int) int {
	return sort.Search(len(d.paras), func(k int) bool { return d.paras[k].end > off })
}

// otherPost reports whether the posts role and post are two: each has a
// head naming a post (its last word naming one before its body) and the
// heads differ, unless post's is a rank any holder of a post may have
// ("a councillor", "the MP", "the minister").
func otherPost(role, post string) bool {
	a, b := postHead(role), postHead(post)
	if a == "" || b == "" || strings.EqualFold(a, b) || spelledPost(role, post) {
		return false
	}
	switch strings.ToLower(b) {
	case "councillor", "mp", "msp", "ms", "mla", "mep", "member", "minister", "politician", "campaigner", "boss", "chief":
		return false
	}
	return true
}

// postHead returns the last word naming a post in post before its body
// ("general secretary of the union": "secretary"; "PM", the Prime
// Minister, and "FM", the First Minister: "minister"), or "".
func postHead(post string) string {
	ws := strings.Fields(post)
	if i := slices.IndexFunc(ws, bodyPreposition); i > 0 {
		ws = ws[:i]
	}
	for k := len(ws) - 1; k >= 0; k-- {
		if ws[k] == "PM" || ws[k] == "FM" {
			return "minister"
		}
		if roleWord(ws[k]) {
			return ws[k]
		}
	}
	return ""
}

// otherQualified reports whether the post role has a qualifier (see
// qualifier) that post lacks: a shadow, deputy or former holder is not
// the one post names.
func otherQualified(role, post string) bool {
	for _, w := range strings.Fields(role) {
		if qualifier(w) && !slices.ContainsFunc(strings.Fields(post), func(p string) bool { return strings.EqualFold(p, w) }) {
			return true
		}
	}
	return false
}

// shift returns sp moved by off bytes.
func shift(sp Span, off int) Span { return Span{Start: sp.Start + off, End: sp.End + off} }

// finish fills in each claim's speaker from what the whole article says
// of them, with the provenance of each part, and puts the claims in the
// order of their words.
func (d *quoteDrafter) finish() {
	announcer := d.announcer()
	// noBody says that no organisation announces or finds in the article,
	// not even two that would make "Ministers" ambiguous.
	_, one := d.onlyOrg(func(a attribution) bool { return a.announces })
	_, oneFinds := d.onlyOrg(func(a attribution) bool { return a.finds })
	noBody := announcer == "" && one && oneFinds
	// Each speaker is placed before any claim is filled in, so that a post
	// learnt from a later claim ("… added the MLA") is on all of theirs.
	placed := make([]attribution, len(d.out))
	for i := range d.out {
		c, att := &d.out[i], d.who[i]
		if att.kind != "" && insiders(att.kind) && announcer != "" && insiderOf(att.kind, announcer) ||
			att.org != "" && genericBody(att.org) && announcer != "" && insiderOf(att.org, announcer) {
			// "Ministers said", "the government said": the one body the
			// article has announcing.
			named := att.kind + att.org
			if att.org != "" {
				named = d.text[att.span.Start:att.span.End]
			}
			c.notes = append(c.notes, Note{Span: att.span, Text: "the speakers are named only as “" + named + "”: taken to be " + announcer + ", the one organisation the article has announcing; check"})
			att.kind, att.org, att.sure = "", announcer, Guessed
		}
		// "the Chancellor announced ... that another £200 million will be
		// provided", in an article that never names the Chancellor.
		c.byPost = att.role != "" && att.announces && d.holder(att.role) == "" && d.headHolder(att.role) == "" && d.nextSpeaker(i, att.role) == ""
		if att.role != "" {
			if key := d.echoed(i); key != "" {
				if in := d.info(key); in.role == "" {
					in.setRole(d.text, att.span) // the lede's post is theirs
				}
				c.notes = append(c.notes, Note{Span: att.span, Text: "the speaker is named only by their post, “" + att.role + "”: taken to be " + key + ", whose quotation later holds the same words; check"})
				att.key, att.role, att.sure = key, "", Inferred
			} else if key := d.holder(att.role); key != "" {
				att.key, att.role, att.sure = key, "", Inferred
			} else if key := d.headHolder(att.role); key != "" {
				c.notes = append(c.notes, Note{Span: att.span, Text: "the speaker is named only by their post, “" + att.role + "”: taken to be " + key + ", the one person whose post it may be; check"})
				att.key, att.role, att.sure = key, "", Guessed
			} else if key := d.prevHolder(i, att); key != "" {
				c.notes = append(c.notes, Note{Span: att.span, Text: "the speaker is named only by their post, “" + att.role + "”: taken to be " + key + ", the last person named before with such a post; check"})
				att.key, att.role, att.sure = key, "", Guessed
			} else if key := d.lastSpeaker(i, att); key != "" {
				// "…, Douglas Alexander has confirmed. The Scottish Secretary
				// said …": the post of the person named just before.
				c.notes = append(c.notes, Note{Span: att.span, Text: "the speaker is named only by their post, “" + att.role + "”: taken to be " + key + ", the person named in the claim before, whom the article gives no post; check"})
				d.info(key).setRole(d.text, att.span)
				att.key, att.role, att.sure = key, "", Guessed
			} else if key := d.answeredBy(i, att); key != "" {
				c.notes = append(c.notes, Note{Span: att.span, Text: "the speaker is named only by their post, “" + att.role + "”: taken to be " + key + ", whom a pronoun names speaking next; check"})
				att.key, att.role, att.sure = key, "", Guessed
			} else if key := d.nextSpeaker(i, att.role); key != "" {
				if in := d.info(key); in.role == "" {
					// "Scotland’s finance secretary has agreed …" and then
					// "Shona Robison … announced": the lede's post is hers,
					// by which the article may name her again.
					in.setRole(d.text, att.span)
				}
				att.key, att.role, att.sure = key, "", Guessed
			}
		}
		placed[i] = att
	}
	kept := 0
	for i := range d.out {
		c, att := &d.out[i], placed[i]
		if att.kind != "" && strings.EqualFold(att.kind, "ministers") && !att.placed && noBody {
			// "Ministers announced £1.2bn for 34 areas", in an article
			// with no body announcing to take them to: the government's
			// ministers speak as one, by that name.
			att.org, att.kind = d.text[att.span.Start:att.span.End], ""
		}
		if att.kind != "" && att.placed {
			continue // a statement of speakers no one can place is no claim to check
		}
		c.speaker, c.sure = att.span, att.sure
		switch {
		case att.key != "":
			in := d.info(att.key)
			c.claim.Speaker.Name, c.claim.Speaker.Role, c.claim.Speaker.Party, c.claim.Speaker.Org = att.key, in.role, in.party, in.org
			c.fields = append(c.fields, Field{Path: "speaker", Span: att.span, Confidence: att.sure})
			for _, f := range [...]struct {
				path string
				sp   Span
				v    string
			}{{"speaker.role", in.roleAt, in.role}, {"speaker.party", in.partyAt, in.party}, {"speaker.org", in.orgAt, in.org}} {
				if f.v != "" {
					c.fields = append(c.fields, Field{Path: f.path, Span: f.sp, Confidence: Inferred})
				}
			}
		case att.org != "":
			// "BHA said", after "British Hospitality Association (BHA)":
			// a body by its full name.
			c.claim.Speaker.Org = acronymName(d.text, att.org)
			c.fields = append(c.fields, Field{Path: "speaker", Span: att.span, Confidence: att.sure})
			if named := d.text[att.span.Start:att.span.End]; strings.EqualFold(named, "the opposition") {
				c.notes = append(c.notes, Note{Span: att.span, Text: "the speaker is named only as “" + named + "”: taken to be " + att.org + ", the one other party the article names; check"})
			}
		case att.role != "":
			c.claim.Speaker.Role = att.role
			c.fields = append(c.fields, Field{Path: "speaker.role", Span: att.span, Confidence: att.sure})
			c.notes = append(c.notes, Note{Span: att.span, Text: "the speaker is named only by their post, “" + att.role + "”: give their name"})
		case att.kind != "":
			c.speaker, c.sure = Span{}, ConfidenceUnknown // no speaker to place
			c.notes = append(c.notes, Note{Span: att.span, Text: "the speakers are named only as “" + att.kind + "”: say who they are"})
		default:
			c.notes = append(c.notes, Note{Span: c.quote, Text: noSpeaker})
		}
		d.out[kept] = *c
		kept++
	}
	d.out = d.out[:kept]
	slices.SortStableFunc(d.out, func(a, b quoted) int { return a.quote.Start - b.quote.Start })
}
