package claims

import (
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// DraftRecord drafts a Record from the plain text of a UK news article or
// press release, for a person to correct and then Assess. It reads, by
// deterministic rules and in time linear in the text's length:
//
//   - the article's title (its first short line stating money, or its
//     first short line) and the date printed on it ("Created on 28
//     November 2016"), as the package's source;
//   - the package: its headline figure, verbatim, from the sentence that
//     announces it ("has today announced an investment of more than £4
//     million", "A £2.4m package of support has been announced", "have
//     set out their £50 million plan", "will receive from the £183.5
//     million"), or from the title when the title's one figure is more
//     than the body announces and no sentence states it ("£20million to
//     support …" over "£16m" and "the remaining £4m"), its announcer
//     (the subject, or a body "announced by" in that sentence or the
//     next) and funder, its novelty ("a new £2.4m package" is new,
//     "extended funding … for an additional year" an extension), its period
//     ("until March 2018", with the date the article was published, is the
//     financial year 2017-18), its purposes and kind;
//   - its allocations, from itemising sentences ("MOPAC is providing
//     £1,260,000 for the four Rape Crisis Centres … and £2,165,000 for the
//     three …"), each with its count, and Partial when the list is
//     introduced by "including", "of which", "among them", "such as" or
//     "of the total", or a part is "of" money stated before ("£850m of
//     the one-off payment would go to …"), or its parts fall short of the
//     headline by more than 2% ("would share £500m" of "a £600m
//     package"), unless a release's notes to editors give them, or come
//     to more than it admits, which a note points out; a list goes on in a reported
//     statement after an itemising sentence, in money a speaker gives
//     first-hand ("I have made £5.5million available for …") and in a
//     programme named after its figure ("the £7.9 million Essex multiply
//     initiative"), each within the package's whole; such parts, parts after an itemising word
//     ("This includes £4m for …"), a pot after "including" ("including a
//     city-wide £100,000 pot") and a list by the ways money comes
//     ("£360m directly from … and £370m through …") and money year by
//     year that makes up the whole ("£1 million in 2012/13 and £1.5
//     million the next year" of a £2.5 million fund) are itemised in
//     quotations and reported statements too. A sentence announcing sums
//     each for its own purpose and no total ("an immediate £350m boost for
//     this winter followed by £1.6bn more next year for the front line")
//     gives a package with those allocations and no headline, unless the
//     body states their sum, which is then the headline; so do sums that
//     later sentences give each of the recipients a sentence stating no
//     money names ("Solent NHS Trust and Southern Health NHS Foundation
//     Trust will receive money …", then "The £10m injection for Solent");
//   - a settlement stated only by what each recipient gets ("Burnley will
//     get … £9.1million, Hyndburn will receive £6.9million, Pendle
//     £7.4million …"), after a lede giving one recipient an extra sum, is
//     a package of those parts and no headline; a lede's sum that a later
//     total's parts make up ("A total of £131m …, including £60m for
//     health and £30m for education") is a part of that total, the
//     whole; a recipient's sum in the announcer's reported statement ("He
//     said the council would be allocated £328million") is a part, and an
//     extra sum the article gives as the difference of two levels ("…,
//     up from £318million") that recipient's rise, a change;
//   - its measures, counts of whom or what the money is for ("around
//     24,000 adults … each year", "about 9,000 historic cases");
//   - the claims: one per quotation, with its speaker and what it asserts,
//     one per attributed reported statement that carries money, a count or
//     a ratio, and one for a sentence in which a named announcer announces
//     the money, spoken by the announcer (or announces the funding in a
//     lede before the sentence stating its money, "Environment Minister
//     Mark H Durkan has announced an increase in the funding …", and
//     then, a body, that sentence too, and a sentence straight after the
//     lede whose subject is the announcer's post again, "The Minister has
//     allocated …", and later ones before the first quotation opening on
//     the head of that post, "The Mayor invited …", or giving further
//     money in the passive, "further funding of almost £1 million has
//     been allocated …"); in a press release whose
//     announcing sentence names no announcer, by the speaker "Announcing
//     the funding, X said:" introduces, or by the public body whose money
//     it names ("Scottish Government support"), that its narrative says
//     is providing money, or whose cabinet decides on it ("will be
//     considered by Somerset County Council’s Cabinet"), or by a
//     councillor's council; a body's narrative sentences announcing other
//     money in the present or future ("The provision of a further £72
//     million is being agreed …"), or a decision to give it ("The council
//     has also already decided to set aside £350,000 …"), are its claims
//     too. Where no announcer the article names speaks a release's own
//     sentences (in a release setting its quotations after "X said:", or
//     announcing in the passive, "Funding of £16m will be allocated …"),
//     the headline's sentence, a "This includes …" after it, a lede before
//     it giving money in the passive and its narrative speaking as "we"
//     ("In addition, we are providing £60m …") are claims whose speaker is
//     left to set (DraftRecordFrom sets it to the publisher the caller
//     names). A summary above the line
//     that dates the article ("Published 11 August 2020") is no claim, nor
//     is money announced after the announcing sentence by a post the
//     article gives no name ("the Chancellor of the Exchequer announced …
//     that another £200 million …"), which a Note points out.
//
// Every drafted value has a Field giving its JSON path in the record
// format, the span of the article it was read from (byte offsets into
// article) and a Confidence. A money figure, quote or count the drafter
// could not place is a Note with its span, never dropped: a person
// correcting the draft sees everything it read. The drafted Record passes
// Validate: where the article names no funder, the package's funder is
// "unknown funder", and a speaker it names by no name or organisation
// (only "a spokesperson") has the organisation "unknown speaker", each with
// a Note saying so; a public body's possessive before the package's figure
// names the funder ("The government's £750m"). Money the article announces
// apart from the package ("on top of a £50 million package announced last
// month … and the £10 million announced for …", "laid out plans for an
// extra £4.6 billion", "Separately, the government announced £50m", "£160m
// which the Council has secured from the Greater London Authority", "£250,000
// … has been moved into the central highways repairs fund", "further
// funding of £1m has been allocated to …", a release's "we are providing
// £60m …") is a package of its own, after the first, as is a running
// total or a total stated as such in the narrative ("brings its extra
// funding total to £24,199,162", "The total of government funding for
// councils is £4.3billion"); a sentence totalling such money just before
// it ("This means a further £3 billion …") makes it that package's
// allocations.
// Money that tops up the package named as a whole ("the fund has been
// topped up by an extra £1.5 billion") is its change, and a range given
// to recipients ("between £1m and £2.5m will be granted to …") no
// allocation: a Note says so of each.
//
// A paragraph is a line, as news pages and press releases are saved, or,
// in a hard-wrapped text (lines wrapped at a width, blank lines between
// paragraphs, as from a terminal or an email), the lines up to a blank one:
// the breaks inside it read as spaces, and spans still index article.
//
// Empty text, or text that states no money, gives a Draft with an empty
// Record and a Note saying so, and a nil error. DraftRecord returns a
// *ParseError matching ErrSyntax if article is not text: invalid UTF-8, or
// a NUL or other control character other than tab, newline, vertical tab,
// form feed and carriage return. A negative amount ("-£2m") is drafted
// nowhere, since a record states none, and has a Note. It never panics.
func DraftRecord(article string) (Draft, error) {
	return draftRecord("DraftRecord", article, funding.Source{})
}

// DraftRecordFrom is DraftRecord for an article whose source the caller
// knows, as a person who saved the page does: its URL, its Publisher, its
// Title and the date it was Published. The drafted packages and claims
// cite src, with the title and date the article prints where src leaves
// them out, and src's date dates the claims (and the periods "until March
// 2018" gives) of an article that prints none. The values src gives have
// no Field, since the article does not hold them.
//
// src.Publisher, for a press release, is the body that issues it, as it
// names itself ("Welsh Government"), not a site that republishes it. A
// release often never names it: "Funding of £16m will be allocated to
// Local Health Boards …" is the Welsh Government's, but only the page's
// address says so. The sentences DraftRecord takes for a release's own,
// which no announcer the article names speaks and whose speaker it leaves
// to set (see DraftRecord), are src.Publisher's claims, Inferred. Give no
// Publisher for a news report: its outlet speaks none of its sentences,
// and a report announcing in the passive as a release does ("Funding of
// £2m has been given to …") would have the outlet speak it.
//
// DraftRecordFrom returns the errors DraftRecord does, with Func
// "DraftRecordFrom". With the zero Source it drafts as DraftRecord does.
func DraftRecordFrom(article string, src funding.Source) (Draft, error) {
	return draftRecord("DraftRecordFrom", article, src)
}

// draftRecord is DraftRecord and DraftRecordFrom, fn naming which in an
// error.
func draftRecord(fn, article string, src funding.Source) (Draft, error) {
	if err := checkText(fn, article); err != nil {
		return Draft{}, err
	}
	// A hard-wrapped text is read with the line breaks inside its
	// paragraphs as spaces; unwrap keeps every offset, so spans index the
	// article itself.
	d := drafter{text: unwrap(article), src: src, given: src}
	d.read()
	return d.out, nil
}

// checkText returns an error, from the function fn, if text is not text:
// invalid UTF-8, or a control character that plain text does not hold.
func checkText(fn, text string) error {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' || c == 0x7f {
				return &ParseError{Func: fn, Input: shorten(text), Offset: i,
					Err: detail(ErrSyntax, "want plain text, found the control character "+strconv.QuoteRune(rune(c))+" at byte "+strconv.Itoa(i))}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return &ParseError{Func: fn, Input: shorten(text), Offset: i,
				Err: detail(ErrSyntax, "want UTF-8 text, found the byte "+strconv.Quote(text[i:i+1])+" at byte "+strconv.Itoa(i))}
		}
		i += n
	}
	return nil
}

// A drafter holds what DraftRecord has read of one article so far.
type drafter struct {
	text  string
	paras []Span // the article's non-blank lines
	body  int    // the index in paras of the first paragraph of the body
	sents []Span // the sentences of the body, in order
	ms    []currency.Mention
	// placed marks the mentions of ms the draft holds (or notes).
	placed []bool
	out    Draft
	pkg    funding.Package
	// others are packages the article mentions apart from its own: "on
	// top of a £50 million package announced last month".
	others     []funding.Package
	otherIndex map[string]int // the first of others by its headline's String
	otherFrom  []int          // the index in ms of each of others' headline, or of the figure its parts share if it has none
	// src is the source the packages and claims cite: the caller's
	// (DraftRecordFrom), with the title and date the article prints
	// where the caller gives none.
	src funding.Source
	// given is the caller's source (DraftRecordFrom), the zero Source
	// for DraftRecord: its values have no Field, and its Publisher
	// speaks a press release's own sentences.
	given funding.Source
	title Span
	date  funding.Date
	// dateSpan is where date is printed; datePrinted says that a label
	// ("Published", "Created on") prints it as the article's.
	dateSpan    Span
	datePrinted bool
	// headline is the index in ms of the package's headline, or -1; when
	// the article states only the package's parts, of the first part.
	headline int
	// parts are the indices in ms of the package's parts when the article
	// states no total, only them (see listedParts); the package then has
	// no headline.
	parts []int
	// listed says that parts are the sums a sentence lists recipients
	// getting, after one recipient's extra sum (see recipientList).
	listed bool
	// sumsUnstated says that parts are sums given as one of several (see
	// partsBefore), whose whole no words state, so that a recipient's
	// larger sum after them is one more part, not more than the whole.
	sumsUnstated bool
	// itemised holds the start of each mention the package's allocations
	// hold as a part of it (see itemise).
	itemised map[int]bool
	// yearRun holds the starts of the mentions of money stated year by
	// year with no whole, when the package's headline would be one of
	// them (see unsummedYear): the package has no headline, and each is
	// a statement of it.
	yearRun map[int]bool
	// announce is the sentence that announces the package, announcer
	// the words in it naming who announced it, and who that is.
	announce  Span
	announcer Span
	who       funding.Person
	// provider is the subject of the first itemising sentence, when a
	// verb of giving follows it: "MOPAC is providing".
	provider Span
	// qs are the quotations and reported statements quotations read, and
	// quotes their spans, in order.
	qs     []quoted
	quotes []Span
	// spoken holds the spans of the announcer's quotations, in order,
	// once announcerSpeaks asks, and spokenRead says it has.
	spoken     []Span
	spokenRead bool
	toks       []tok        // scratch
	last       sentenceRead // the sentence read last (see sentence)
	// allocatedValues holds the values of the package's allocations, by
	// String, once claims ask (see allocated).
	allocatedValues map[string]bool
	ids             map[string]int // the identifiers used, for unique
	// allocTally sums and indexes the values of the package's allocations
	// drafted so far (see tallyAllocations).
	allocTally struct {
		n      int // how many of the allocations it holds
		sum    currency.Amount
		ok     bool // false once two currencies make the sum meaningless
		values map[string]bool
	}
	// measureNoun indexes the package's measures by noun, measureCount by
	// count (-1 for a count two measures share).
	measureNoun  map[string]int
	measureCount map[funding.Count]int
	// reportedBy holds the speaker's name of each quotation and reported
	// statement, by where it starts, once a figure asks (see
	// announcerReports).
	reportedBy map[int]string
	// councils holds the full name of each council the article names, by
	// the place it is named after, once a claim asks (see councilOf).
	councils map[string]string
	// said is whether saidLines found a line "X said:", once asked: 0 not
	// asked yet, 1 no, 2 yes.
	said int8
}

// read drafts the record.
func (d *drafter) read() {
	ps := paragraphs(d.text)
	for _, p := range ps {
		d.paras = append(d.paras, Span{p.start, p.end})
	}
	if len(d.paras) == 0 {
		d.note(Span{}, "the article is empty: there is nothing to draft")
		return
	}
	d.ms = d.unsigned(withoutCurrencyWord(d.text, currency.Find(d.text)))
	d.placed = make([]bool, len(d.ms))
	d.header()
	for i := d.body; i < len(ps); i++ {
		p := &ps[i]
		p.marks = scanMarks(d.text, p.start, p.end, runsOn(d.text, ps, i))
		d.sents = append(d.sents, sentences(d.text, p)...)
	}
	if len(d.ms) == 0 {
		d.note(Span{0, len(d.text)}, "the article states no money, so there is no package to draft")
		return
	}
	d.headline = -1
	d.readQuotes()
	d.draftPackage()
	d.restatedAbove()
	d.draftAllocations()
	d.summaryShared()
	d.amongstMore()
	d.betweenThem()
	d.summaryOthers()
	d.draftMeasures()
	d.draftClaims()
	d.funder()
	d.out.Record.Packages = append(d.out.Record.Packages, d.pkg)
	for i, o := range d.others {
		if o.Funder.Name == "" {
			// The article rarely says whose other money is: the draft
			// says the package's funder, for a person to check.
			o.Funder = d.pkg.Funder
			d.field("packages["+strconv.Itoa(i+1)+"].funder", Span{}, Guessed)
		}
		d.out.Record.Packages = append(d.out.Record.Packages, o)
	}
	d.noteUnplaced()
}

// unsigned returns ms without its negative amounts ("-£2m"), each with a
// Note: a record states money given, its levels and its changes as amounts
// of zero or more (a fall is a change's direction, not its sign), so a
// negative amount has no place in one, and prose seldom means one (a
// hyphen at a line's start is mostly a list's dash).
func (d *drafter) unsigned(ms []currency.Mention) []currency.Mention {
	kept := ms[:0]
	for _, m := range ms {
		if m.Figure.Nominal().Sign() < 0 {
			d.note(span(m), "“"+m.Figure.Text()+"” is a negative amount, which no package, allocation or change states: it is not drafted")
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// field records the provenance of the value at path.
func (d *drafter) field(path string, s Span, c Confidence) {
	d.out.Fields = append(d.out.Fields, Field{Path: path, Span: s, Confidence: c})
}

// note records something the drafter could not place.
func (d *drafter) note(s Span, text string) {
	d.out.Notes = append(d.out.Notes, Note{Span: s, Text: text})
}

// span returns the Span of the mention m.
func span(m currency.Mention) Span { return Span{m.Start, m.End} }

// in returns the words s locates in the article.
func (d *drafter) in(s Span) string { return d.text[s.Start:s.End] }

// paraStarting returns the index of the paragraph that starts at offset
// off of the article, and false if none does (off is inside one, or
// between two).
func (d *drafter) paraStarting(off int) (int, bool) {
	return slices.BinarySearchFunc(d.paras, off, func(p Span, off int) int { return p.Start - off })
}

// sentSearch returns the index of the first sentence of the article that
// starts at offset off or after it (len of the sentences if none does),
// and whether one starts at off.
func (d *drafter) sentSearch(off int) (int, bool) {
	return slices.BinarySearchFunc(d.sents, off, func(s Span, off int) int { return s.Start - off })
}

// mentionsIn returns the indices in ms of the mentions inside s, as a
// range [i, j).
func (d *drafter) mentionsIn(s Span) (int, int) {
	i := searchMention(d.ms, s.Start)
	j := i
	for j < len(d.ms) && d.ms[j].End <= s.End {
		j++
	}
	return i, j
}

// mentionAt returns the index in ms of the mention that starts where the
// figure at s does, so that a figure of a drafted assertion is read by the
// rules for mentions; false if no mention starts there.
func (d *drafter) mentionAt(s Span) (int, bool) {
	k := searchMention(d.ms, s.Start)
	return k, k < len(d.ms) && d.ms[k].Start == s.Start
}

// searchMention returns the index of the first mention starting at or
// after offset.
func searchMention(ms []currency.Mention, offset int) int {
	lo, hi := 0, len(ms)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if ms[mid].Start < offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// header finds the title and date printed before the article's body, and
// where the body begins: at the first paragraph that reads as prose, eight
// words or more ending as a sentence ends.
func (d *drafter) header() {
	d.body = len(d.paras)
	for i, p := range d.paras {
		d.toks = wordsOf(d.text, p, d.toks[:0])
		if len(d.toks) < 8 {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(d.in(p)); last == ':' || d.endsSentence(p) {
			d.body = i
			break
		}
	}
	title := -1
	for i, p := range d.paras[:d.body] {
		if d.hasMoney(p) && title < 0 && p.End-p.Start <= maxTitle && !d.afterStandfirst(i) {
			title = i
		}
	}
	if title < 0 && d.body > 0 {
		for i, p := range d.paras[:d.body] {
			if p.End-p.Start > maxTitle {
				continue
			}
			if d.toks = wordsOf(d.text, p, d.toks[:0]); len(d.toks) >= 4 {
				title = i
				break
			}
		}
	}
	if title < 0 && d.body == 0 && len(d.paras) > 1 && !d.endsSentence(d.paras[0]) && d.paras[0].End-d.paras[0].Start <= maxTitle {
		title, d.body = 0, 1
	}
	for i, p := range d.paras[:d.body] {
		d.toks = wordsOf(d.text, p, d.toks[:0])
		for k := range d.toks {
			if date, n, ok := fullDate(d.toks, k); ok && d.date.IsZero() {
				d.date = date
				if d.src.Published.IsZero() {
					d.src.Published = date
				}
				d.dateSpan = Span{d.toks[k].start, d.toks[k+n-1].end}
				d.datePrinted = i > 0 && d.labelled(d.paras[i-1]) || d.labelled(p)
			}
		}
	}
	if title >= 0 {
		d.title = d.paras[title]
		if d.src.Title == "" {
			d.src.Title = d.in(d.title)
		}
	}
	if d.date.IsZero() {
		// The article prints no date: the caller's is the date it was
		// said, and no span holds it.
		d.date = d.src.Published
	}
}

// cites reports whether the draft cites its source: one with a title or a
// URL, the caller's or the title the article prints, since a source with
// neither is no citation (funding.Source.Validate).
func (d *drafter) cites() bool {
	return d.src.Title != "" || d.src.URL != ""
}

// maxTitle is the longest line, in bytes, taken for a title.
const maxTitle = 300

// hasMoney reports whether the article states money inside s.
func (d *drafter) hasMoney(s Span) bool {
	i, j := d.mentionsIn(s)
	return i < j
}

// endsSentence reports whether the paragraph p ends as a sentence does: at
// a full stop, a question or exclamation mark, a bracket, or a quotation
// mark closing on one of them or after the stop ("... is so vital.”",
// "“a drop in the ocean”."). A quotation mark closing on words alone ends
// a headline ("£90m funding boost for health and education 'a drop in the
// ocean'"), which no sentence of prose ends as.
func (d *drafter) endsSentence(p Span) bool {
	text := d.in(p)
	for {
		last, n := utf8.DecodeLastRuneInString(text)
		switch {
		case last == '.' || last == '!' || last == '?' || last == ')' || last == ']':
			return true
		case closing(last) && n < len(text):
			text = text[:len(text)-n]
		default:
			return false
		}
	}
}

// dateLabels are the words that print an article's date before it.
var dateLabels = [...]string{"published", "created", "updated", "posted", "date", "issued", "first"}

// labelled reports whether the paragraph p holds a word that labels an
// article's date.
func (d *drafter) labelled(p Span) bool {
	var buf [16]tok
	for _, t := range wordsOf(d.text, p, buf[:0]) {
		for _, l := range dateLabels {
			if t.w == l {
				return true
			}
		}
	}
	return false
}
