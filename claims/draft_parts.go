package claims

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file reads the parts of money, where the words give them as parts
// rather than as packages:
//
//   - money an article gives only as parts, a sentence announcing two or
//     more sums each for its own purpose and no total ("announced an
//     immediate £350m boost for this winter followed by £1.6bn more next
//     year for the front line"): the package's allocations, and no
//     headline, since the article states none (listedParts);
//   - a part "of" money stated before ("£850m of the one-off payment",
//     "Of the £10m, £6m …"), in the narrative or in speech (partitive);
//   - money by the ways it comes ("£360m directly from government
//     departments and £370m through the National Lottery", channelParts);
//   - recipients a list names without its verb ("Leeds will receive £4m,
//     Bradford £3m …"), before a bracketed figure ("Leeds (£4m)"), or
//     beside a part's noun ("The biggest award, £4m, goes to Leeds");
//   - the total of money announced apart just before ("This means a
//     further £3 billion …", sums), a package of its own with that money
//     as its parts;
//
// and the funder a public body's possessive names ("The government's
// £750m") is in draft_announcer.go.

// partJoiners are the words that join one part of a list of money to the
// next: "£2m for roads and £1m for parks", "followed by £1.6bn", "plus
// £500,000".
var partJoiners = []string{"and", "plus", "then", "by"}

// wholeNouns name money as a whole that parts make up, so that a figure
// before one is not itself a part: "a £5m package for schools and £2m for
// roads" announces the package and other money.
var wholeNouns = []string{"package", "fund", "programme", "scheme", "settlement", "pot", "deal", "budget", "total"}

// listedParts returns the indices in ms of the figures that the sentence s
// lists as the parts of money, ms[k] among them: each figure followed by whom
// or what it is for (see allocation), joined to the one before by "and",
// "plus", "then", "followed by" or a comma. If the body states their sum
// ("The £3m will be spent this year"), total is the index in ms of the
// first figure stating it, which is the package's headline; otherwise it
// is -1, and the package has only the parts. It returns no parts if the
// sentence lists fewer than two, if ms[k] is named as a whole ("a £5m
// package"), if the parts are not all in one currency, if only the title
// states their sum, or if each is a year's or a month's money and no
// sentence of the body states their sum. A figure whose words place it
// apart from the package (see elsewhere: "£5m previously promised") ends
// the list.
func (d *drafter) listedParts(s Span, k int) (parts []int, total int) {
	if d.wholeAfter(d.ms[k]) || d.elsewhere(s, k) {
		return nil, -1
	}
	if _, _, ok := d.allocation(s, d.ms[k]); !ok {
		return nil, -1
	}
	parts = []int{k}
	i, j := d.mentionsIn(s)
	// "Councils will receive £2m for potholes and £3m for bridges": the
	// list may open before the figure taken for the headline.
	for n := k - 1; n >= i; n-- {
		m := d.ms[n]
		if rateOrConversion(m) {
			continue
		}
		if !d.listJoined(m, d.ms[parts[0]]) || d.wholeAfter(m) || d.elsewhere(s, n) {
			break
		}
		if _, _, ok := d.allocation(s, m); !ok {
			break
		}
		parts = append([]int{n}, parts...)
	}
	for n := k + 1; n < j; n++ {
		m := d.ms[n]
		if rateOrConversion(m) {
			continue
		}
		if !d.listJoined(d.ms[parts[len(parts)-1]], m) || d.wholeAfter(m) || d.elsewhere(s, n) {
			break // "£5m previously promised for …": money apart
		}
		if _, _, ok := d.allocation(s, m); !ok {
			break
		}
		parts = append(parts, n)
	}
	if len(parts) < 2 {
		return nil, -1
	}
	sum, ok := d.sumOf(parts)
	if !ok {
		return nil, -1
	}
	titled := false
	for n, m := range d.ms {
		if !m.Figure.Nominal().Equal(sum) || rateOrConversion(m) {
			continue
		}
		if !d.inTitle(m) {
			return parts, n // "The £3m will be spent this year": their total
		}
		titled = true
	}
	if titled || d.yearByYear(parts) {
		// "£41million in 2013-14 and £51million in 2014-15": money year by
		// year is the package's parts only where the whole they make up is
		// stated (see yearParts); with none, nothing says it is.
		return nil, -1
	}
	return parts, -1
}

// yearByYear reports whether each of the mentions parts indexes is
// followed by the words naming a year or a month (see yearAfter).
func (d *drafter) yearByYear(parts []int) bool {
	for _, k := range parts {
		if _, ok := yearAfter(d.text, d.ms[k].End); !ok {
			return false
		}
	}
	return true
}

// listJoined reports whether the words between the mentions a and b join b to
// a as the next item of a list: the last word before b, past at most two
// leadIns ("and a further £1m"), is one of partJoiners ("by" only after
// "followed"), or a comma ends the words before it.
func (d *drafter) listJoined(a, b currency.Mention) bool {
	ts := wordsOf(d.text, Span{a.End, b.Start}, nil)
	n := len(ts)
	for l := 0; l < 2 && n > 0 && slices.Contains(leadIns, ts[n-1].w); l++ {
		n--
	}
	if n == 0 {
		return false
	}
	last := ts[n-1]
	end := b.Start
	if n < len(ts) {
		end = ts[n].start
	}
	gap := strings.TrimSpace(d.text[last.end:end])
	switch {
	case last.w == "by":
		return gap == "" && n > 1 && ts[n-2].w == "followed"
	case slices.Contains(partJoiners, last.w):
		return gap == "" // not "£2m for roads and, separately, £1m"
	}
	// "£2m for roads, £1m for parks and £500,000 for libraries".
	return gap == ","
}

// wholeAfter reports whether a noun naming a whole comes straight after
// the mention m: "a £5m package".
func (d *drafter) wholeAfter(m currency.Mention) bool {
	var buf [4]tok
	after := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+20)}, buf[:0])
	return len(after) > 0 && slices.Contains(wholeNouns, after[0].w) && !clauseBreak(d.text[m.End:after[0].start])
}

// sumOf returns the sum of the nominal values of the mentions ms[k] for k
// in ks, and false if they are not all in one currency.
func (d *drafter) sumOf(ks []int) (currency.Amount, bool) {
	var sum currency.Amount
	for _, k := range ks {
		var err error
		if sum, err = sum.Add(d.ms[k].Figure.Nominal()); err != nil {
			return currency.Amount{}, false
		}
	}
	return sum, true
}

// whole returns the value of the package's money: its headline's, or the
// sum of its parts when the article states only those.
func (d *drafter) whole() currency.Amount {
	if len(d.parts) > 0 {
		sum, _ := d.sumOf(d.parts)
		return sum
	}
	return d.ms[d.headline].Figure.Nominal()
}

// draftParts drafts the package's parts as its allocations, from the
// sentence announcing them, with partial set when the list is introduced
// by "including" or its like.
func (d *drafter) draftParts() {
	s := d.announce
	for _, k := range d.parts {
		m := d.ms[k]
		// Parts a lede's recipients are given (see recipientParts) lie in
		// sentences of their own.
		st := d.sentenceOf(m)
		if st.IsZero() {
			st = s
		}
		a, fields, ok := d.allocation(st, m)
		if !ok {
			// "Hyndburn will receive £6.9million, Pendle £7.4million": a
			// gapped item names its recipient.
			if g, gf, ok := d.gapped(st, m, a); ok {
				a, fields = g, gf
			} else if p := d.ms[max(0, k-1)]; k > 0 && p.Start >= st.Start && !slices.Contains(d.parts, k-1) {
				// "Burnley will get an extra £350,000 at £9.1million": the
				// recipient of the rise before the sum is the sum's.
				if g, gf, ok := d.receiver(a, st, p); ok {
					a, fields = g, gf
				}
			}
		}
		d.addAllocation(0, a, fields, m)
		d.placed[k] = true
	}
	if d.partialBefore(s, d.ms[d.parts[0]].Start) {
		d.pkg.Partial = true
		d.field("packages[0].partial", s, Inferred)
	}
	if d.provider.IsZero() {
		d.provider = d.providerIn(s)
	}
}

// itemise records that an allocation of the package holds the mention m as
// a part of it, unless m states the whole ("a share of £300 million").
func (d *drafter) itemise(m currency.Mention) {
	if m.Figure.Nominal().Equal(d.whole()) {
		return
	}
	if d.itemised == nil {
		d.itemised = make(map[int]bool)
	}
	d.itemised[m.Start] = true
}

// itemisedAt reports whether the figure at s is one the package's
// allocations hold as a part of it: see itemise.
func (d *drafter) itemisedAt(s Span) bool { return d.itemised[s.Start] }

// partitive returns the end of the words after the mention m that make it
// a part of money stated before ("£850m of the one-off payment", "£2m of
// this", "£1m of it"), and whether there are such words: "of", then
// "it", "this" or "that", or a determiner and, within three words, a noun
// naming money. Words before it that make it a part (see partOfBefore)
// do too, and then the end is m's own.
func (d *drafter) partitive(m currency.Mention) (int, bool) {
	if d.partOfBefore(m) {
		return m.End, true
	}
	if !strings.HasPrefix(d.text[m.End:], " of ") {
		return 0, false // most figures: read no words
	}
	after := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+60)}, nil)
	if len(after) < 2 || after[0].w != "of" || clauseBreak(d.text[m.End:after[0].start]) {
		return 0, false
	}
	switch after[1].w {
	case "it", "this", "that":
		if len(after) == 2 || !slices.Contains(partNouns, after[2].w) {
			return after[1].end, true // "£2m of this will go to …"
		}
	case "the", "its", "our", "their":
	default:
		return 0, false
	}
	for k := 2; k < len(after) && k <= 4; k++ {
		if clauseBreak(d.text[after[k-1].end:after[k].start]) {
			break
		}
		if slices.Contains(partNouns, after[k].w) {
			return after[k].end, true
		}
	}
	return 0, false
}

// partNouns name the money a part is of: "£850m of the one-off payment".
var partNouns = append(slices.Clip(moneyNouns), "money", "monies", "moneys", "payment", "sum", "total", "budget", "allocation", "pot", "programme", "scheme",
	"figure", "amount")

// channelWords, after a figure, say by whom or by what way the money
// comes: "£360m directly from government departments", "£370m through the
// National Lottery".
var channelWords = []string{"from", "through", "via"}

// A channelPart is a figure of a list of money by the ways it comes: the
// index in ms of its mention, and the words naming the way.
type channelPart struct {
	k  int
	at Span
}

// channelParts returns the figures the sentence s gives as parts of the
// package by the ways they come: each followed by "from", "through" or
// "via" (or "by" after a verb of giving) and its words (see channel), and
// either the subject of a verb of coming or giving before that word ("£360m
// will come directly from government departments") or one of two or more
// such figures joined as a list ("£360m directly from government
// departments and £370m through the National Lottery", "…, with £370m
// going through the lottery"); in a sentence where money comes or is
// itemised (see comesOrItemises), its first figure of a role a part may
// have, all in one currency and adding up to no more than whole, the
// package's money. It returns nil if the sentence gives no such parts.
// sas holds the roles FromQuote gives the sentence's figures, read into it
// if nil.
func (d *drafter) channelParts(s Span, whole currency.Amount, sas *[]StatedAmount) []channelPart {
	i, j := d.mentionsIn(s)
	var out, run []channelPart
	var runSubjects []bool
	flush := func() {
		for n, p := range run {
			if len(run) >= 2 || runSubjects[n] {
				out = append(out, p)
			}
		}
		run, runSubjects = run[:0], runSubjects[:0]
	}
	for k := i; k < j; k++ {
		m := d.ms[k]
		if rateOrConversion(m) {
			continue
		}
		at, subject, ok := d.channel(s, k)
		if !ok {
			flush()
			continue
		}
		if len(run) > 0 && !d.listJoined(d.ms[run[len(run)-1].k], m) && !d.withJoined(d.ms[run[len(run)-1].k], m) {
			flush()
		}
		run = append(run, channelPart{k, at})
		runSubjects = append(runSubjects, subject)
	}
	flush()
	if len(out) == 0 {
		return nil
	}
	if !d.comesOrItemises(s) {
		return nil // "charities had lost £300m from fundraising and …"
	}
	if *sas == nil {
		*sas = FromQuote(d.in(s)) // read once for the sentence, as draftAllocations does
	}
	if r, _ := roleAt(*sas, 0, d.ms[i].Start-s.Start); r != RolePackage && r != RoleShare && r != RoleUnknown {
		return nil // money needed, cut or of a rival is no part
	}
	if len(out) == 1 && wordIn(lowerASCII(d.in(s)), "also") && !d.fitsWhole(d.ms[out[0].k], whole) {
		// "Funding of £6.3 million was also provided from in year
		// monitoring" after parts that make up the whole: more money
		// besides the package, not one way of it.
		return nil
	}
	return d.withinWhole(out, whole)
}

// withJoined reports whether ", with" joins the mention b to a, as the
// next item of a list of money by its ways: "£360m will come directly from
// government, with £370m going through the lottery".
func (d *drafter) withJoined(a, b currency.Mention) bool {
	gap := strings.TrimSpace(d.text[a.End:b.Start])
	return strings.HasSuffix(gap, ", with") || gap == "with"
}

// withinWhole returns ps if their money adds up, in one currency, to no
// more than whole; otherwise nil.
func (d *drafter) withinWhole(ps []channelPart, whole currency.Amount) []channelPart {
	ks := make([]int, len(ps))
	for n, p := range ps {
		ks[n] = p.k
	}
	sum, ok := d.sumOf(ks)
	if !ok {
		return nil
	}
	if c, err := sum.Compare(whole); err != nil || c > 0 {
		return nil
	}
	return ps
}

// channel returns the words after the mention ms[k] of the sentence s
// naming the way its money comes ("through the National Lottery"), up to
// the next figure or the end of the clause; whether a verb of coming or
// giving comes between the figure and them, making the figure its subject
// ("£360m will come directly from …"); and whether there are such words.
// "by" names a way only after a verb of giving ("given directly by").
func (d *drafter) channel(s Span, k int) (Span, bool, bool) {
	m := d.ms[k]
	end := s.End
	if k+1 < len(d.ms) && d.ms[k+1].Start < end {
		end = d.ms[k+1].Start
	}
	if near := d.text[m.End:min(end, m.End+60)]; !strings.Contains(near, " from ") && !strings.Contains(near, " through ") &&
		!strings.Contains(near, " via ") && !strings.Contains(near, " by ") {
		return Span{}, false, false // most figures: read no words
	}
	after := wordsOf(d.text, Span{m.End, min(end, m.End+200)}, nil)
	n, verb := 0, false
	for n < len(after) && n < 4 && (isAuxiliary(after[n].w) || after[n].w == "being" || slices.Contains(comeWords, after[n].w) ||
		after[n].w == "directly" || after[n].w == "direct" || after[n].w == "straight") {
		verb = verb || slices.Contains(comeWords, after[n].w)
		n++ // "£360m will be allocated directly by …", "£1m is being distributed through …"
	}
	if n+1 >= len(after) || clauseBreak(d.text[m.End:after[n+1].start]) {
		return Span{}, false, false
	}
	if w := after[n].w; !slices.Contains(channelWords, w) && (w != "by" || !verb) {
		return Span{}, false, false
	}
	at := d.clause(after[n:])
	// The words from "and" before the next figure are the next part's.
	if ts := wordsOf(d.text, at, nil); len(ts) > 1 && ts[len(ts)-1].w == "and" {
		at.End = ts[len(ts)-2].end
	}
	return at, verb, at.End > after[n].end
}

// comeWords say that money comes to someone, or is given: "£360m would
// come directly from …", "Charities will get £360m …".
var comeWords = []string{"come", "comes", "coming", "came", "go", "goes", "going", "went", "get", "gets", "getting", "receive",
	"receives", "receiving", "received", "provided", "given", "paid", "delivered", "distributed", "channelled", "allocated", "awarded"}

// comesOrItemises reports whether the sentence s itemises money (see
// isItemising) or says that money comes or is given (see comeWords).
func (d *drafter) comesOrItemises(s Span) bool {
	for _, t := range d.sentence(s).ts {
		if isItemising(t.w) || slices.Contains(comeWords, t.w) {
			return true
		}
	}
	return false
}

// draftChannels drafts the parts of a list of money by its ways (see
// channelParts) as the package's allocations, each titled by its way.
func (d *drafter) draftChannels(ps []channelPart) {
	for _, p := range ps {
		if d.placed[p.k] {
			continue
		}
		m := d.ms[p.k]
		a := allocationOf(m)
		a.Title = d.in(p.at)
		d.addAllocation(0, a, []Field{{".title", p.at, Inferred}}, m)
		d.placed[p.k] = true
	}
}

// summingCues open a sentence that totals money stated before it: "This
// means a further £3 billion …", "Altogether, an extra £5m …".
var summingCues = fields("this means", "that means", "this brings", "that brings", "together", "altogether", "in total", "in all", "overall", "all told")

// sums drafts the mention ms[k] of the sentence s as the total of the
// money the sentences before it announce apart from the package, if it is
// one, and reports whether it did: the sentence opens with a summing cue
// (see summingCues), the figure, outside quote marks, is led by "a
// further" or its like (see leadsFurther), and the figures after lastOwn
// (the end of the last sentence stating the package's own money) and
// before s, outside quotations, that the draft holds as packages of their
// own with no allocations, or not at all, are two or more and add up to
// no more than it. Those figures become the allocations of a package of
// its own whose headline is the figure; partial when they add up to less.
func (d *drafter) sums(s Span, k, lastOwn int) bool {
	m := d.ms[k]
	r := d.sentence(s)
	opens := false
	for _, ws := range summingCues {
		opens = opens || matchWords(r.ts, ws)
	}
	if !opens || d.inMarks(span(m)) || !d.leadsFurther(m) {
		return false
	}
	from := len(d.others) // the first of others that is a part
	for from > 0 && d.ms[d.otherFrom[from-1]].Start >= lastOwn {
		from--
	}
	var parts []int
	for n := from; n < len(d.others); n++ {
		if len(d.others[n].Allocations) > 0 {
			return false // money given to its recipients already
		}
	}
	i, _ := d.mentionsIn(Span{lastOwn, s.Start})
	for n := i; n < k && d.ms[n].End <= s.Start; n++ {
		o := d.ms[n]
		if rateOrConversion(o) || d.inMarks(span(o)) {
			continue
		}
		if d.placed[n] && !slices.Contains(d.otherFrom[from:], n) {
			continue
		}
		parts = append(parts, n)
	}
	if len(parts) < 2 {
		return false
	}
	sum, ok := d.sumOf(parts)
	if !ok {
		return false
	}
	c, err := sum.Compare(m.Figure.Nominal())
	if err != nil || c > 0 {
		return false
	}
	d.dropOthers(from)
	p := len(d.others)
	d.addOther(k)
	for _, n := range parts {
		o := d.ms[n]
		ps := d.sentenceOf(o)
		a, fields, ok := d.allocation(ps, o)
		if !ok {
			a, fields = allocationOf(o), nil
			if at := d.clause(wordsOf(d.text, Span{o.End, ps.End}, nil)); !at.IsZero() {
				a.Title = d.in(at)
				fields = []Field{{".title", at, Inferred}}
			}
		}
		d.addAllocation(p+1, a, fields, o)
		d.placed[n] = true
	}
	if c < 0 {
		d.others[p].Partial = true
		d.field("packages["+strconv.Itoa(p+1)+"].partial", s, Inferred)
	}
	return true
}

// dropOthers drops others[from:] and their fields: money the draft held as
// packages of its own that a later sentence totals.
func (d *drafter) dropOthers(from int) {
	if from == len(d.others) {
		return
	}
	for n := from; n < len(d.others); n++ {
		prefix := "packages[" + strconv.Itoa(n+1) + "]."
		d.out.Fields = slices.DeleteFunc(d.out.Fields, func(f Field) bool { return strings.HasPrefix(f.Path, prefix) })
		if i, ok := d.otherIndex[d.others[n].Headline.String()]; ok && i >= from {
			delete(d.otherIndex, d.others[n].Headline.String())
		}
	}
	d.others = d.others[:from]
	d.otherFrom = d.otherFrom[:from]
}

// sentenceOf returns the sentence of the body holding the mention m, or
// the zero Span.
func (d *drafter) sentenceOf(m currency.Mention) Span {
	i, _ := d.sentSearch(m.Start + 1)
	if i == 0 || d.sents[i-1].End < m.End {
		return Span{}
	}
	return d.sents[i-1]
}

// partOfBefore reports whether the words before the mention m make it a
// part of money stated before (see partOpening).
func (d *drafter) partOfBefore(m currency.Mention) bool { return partOpening(d.text, m.Start) }

// partOpening reports whether the words of s before the figure at at make
// it a part of money stated before: "of which" straight before it ("of
// which £4m"), or a phrase of at most five words opening its clause with
// "of" and ending with a comma just before it, that names money ("Of the
// £10m, £6m will go …", "Of this, £6m …", "Of the funding, £6m …", "Of
// this figure, just under £1m …"). The narrative and FromQuote read it
// alike.
func partOpening(s string, at int) bool {
	start := max(0, at-60)
	for start > 0 && !utf8.RuneStart(s[start]) {
		start++
	}
	text := strings.TrimRight(s[start:at], " ")
	if strings.HasSuffix(text, " of which") || strings.HasSuffix(text, "Of which") {
		return true
	}
	if !strings.HasSuffix(text, ",") {
		return false
	}
	text = text[:len(text)-1]
	// The phrase runs back to the clause's start: punctuation, or a quote
	// mark, opening it.
	if i := strings.LastIndexAny(text, ".;:!?“\"(‘,"); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[i:])
		text = text[i+n:]
	} else if start > 0 {
		return false // no clause start within reach
	}
	ws := strings.Fields(text)
	if len(ws) < 2 || len(ws) > 5 || !strings.EqualFold(ws[0], "of") {
		return false
	}
	// The phrase names money: a figure, "this" or a money noun; not "Of
	// the 300 schools".
	last := strings.ToLower(ws[len(ws)-1])
	return strings.ContainsRune(text, '£') || slices.Contains(partNouns, last) ||
		len(ws) == 2 && (last == "this" || last == "that" || last == "it" || last == "these")
}

// gapped returns a with its recipient read from a list that leaves out
// the verb of receiving after its first item: "Leeds will receive £4m,
// Bradford £3m and Wakefield £2m", "Leeds will receive £4m of the fund,
// the Wakefield district £2m". The words after the last comma (or, with
// none, the "and") between the figure before the mention m and m name the
// recipient: one to four capitalised words, after "the" if it opens them
// and before one lower-case noun of a place (placeNoun) if one closes
// them; a verb of receiving straight before some earlier figure of the
// sentence s gives it its recipient (see receiver). A figure with one
// digit after its point and no scale ("£19.5" in a list of millions) is a
// misprint: no sum of pounds and pence is written so; it is read at the
// scale of the list's first item, and noted. It returns false if the words
// are not so.
func (d *drafter) gapped(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	k := searchMention(d.ms, m.Start)
	first := k
	for first > 0 && d.ms[first-1].Start >= s.Start {
		first--
	}
	at, ok := d.gapName(s, k)
	if !ok {
		return a, nil, false
	}
	// The list's first item names its recipient by a verb of receiving.
	if _, _, ok := d.receiver(funding.Allocation{}, s, d.ms[first]); !ok {
		return a, nil, false
	}
	if f, ok := d.rescaled(m, d.ms[first]); ok {
		a.Amount, a.Stated = currency.Amount{}, f
		if exactAmount(f) {
			a.Amount, a.Stated = f.Nominal(), currency.Figure{}
		}
		d.note(span(m), "“"+m.Figure.Text()+"” is read as “"+f.Text()+"”, the scale of the list it is in: a sum of pounds is not written with one digit after its point")
	}
	return d.toRecipient(a, at)
}

// gapName returns the words naming the recipient of a gapped list's item
// before the k'th mention, in the sentence s (see gapped), and whether
// the words between it and the mention before are so. It reads only
// those words.
func (d *drafter) gapName(s Span, k int) (Span, bool) {
	if k == 0 || d.ms[k-1].Start < s.Start {
		return Span{}, false
	}
	m := d.ms[k]
	from := d.ms[k-1].End
	if c := strings.LastIndexByte(d.text[from:m.Start], ','); c >= 0 {
		from += c
	}
	ts := wordsOf(d.text, Span{from, m.Start}, nil)
	if len(ts) > 0 && ts[0].w == "and" {
		ts = ts[1:]
	}
	lead := strings.TrimSpace(d.text[from:m.Start])
	if len(ts) > 0 && ts[0].w == "the" {
		ts = ts[1:]
	}
	last := len(ts)
	if last > 1 && placeNoun(ts[last-1].w) {
		last-- // "the Tay Cities region": capitalised words and a noun of place
	}
	if last == 0 || last > 4 || !strings.HasPrefix(lead, ",") && !strings.HasPrefix(lead, "and ") {
		return Span{}, false
	}
	for i, t := range ts[:last] {
		if !capitalised(d.text, t) || i > 0 && clauseBreak(d.text[ts[i-1].end:t.start]) {
			return Span{}, false
		}
	}
	at := Span{ts[0].start, ts[len(ts)-1].end}
	if clauseBreak(d.text[ts[0].start:m.Start]) {
		return Span{}, false // "Bradford, £3m": no gapped item
	}
	return at, true
}

// isGapped reports whether the k'th mention, in the sentence s, is an
// item of a gapped list (see gapName).
func (d *drafter) isGapped(s Span, k int) bool {
	_, ok := d.gapName(s, k)
	return ok
}

// placeNoun reports whether w, in lower case, is a noun that closes the
// name of a place or an authority: "the Tay Cities region", "the Leeds
// district".
func placeNoun(w string) bool {
	switch w {
	case "region", "area", "district", "borough", "county", "city", "council", "authority", "board":
		return true
	}
	return false
}

// rescaled returns the figure of the mention m read at the scale of the
// figure of the mention of, when m's words are a sum in pounds with no
// scale and one digit after its point ("£19.5") and of's end in a word of
// scale ("£60.9 million", "£60.9m"): the misprint of a list's item. It returns false
// otherwise.
func (d *drafter) rescaled(m, of currency.Mention) (currency.Figure, bool) {
	t := d.text[m.Start:m.End]
	dot := strings.IndexByte(t, '.')
	if dot < 0 || dot != len(t)-2 || !isDigit(t[len(t)-1]) || !strings.HasPrefix(t, "£") {
		return currency.Figure{}, false
	}
	u := d.text[of.Start:of.End]
	scale := ""
	for _, w := range [...]string{" million", " billion", "million", "billion", "bn", "m"} {
		if strings.HasSuffix(u, w) && len(u) > len(w) && isDigit(u[len(u)-len(w)-1]) {
			scale = w
			break
		}
	}
	if scale == "" {
		return currency.Figure{}, false
	}
	f, err := currency.ParseFigure(t + scale)
	return f, err == nil
}

// bracketed returns a with its recipient read from the capitalised words
// before the mention m when the figure stands in brackets after them:
// "Leeds (£2m), Bradford (£1.5m) and York (£1m)". One to five capitalised
// words ("West Yorkshire Combined Authority (£2m)") name the recipient.
// It returns false if the words are not so.
func (d *drafter) bracketed(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	if m.Start == s.Start || d.text[m.Start-1] != '(' || m.End >= len(d.text) || d.text[m.End] != ')' {
		return a, nil, false
	}
	var buf [8]tok
	before := wordsOf(d.text, Span{max(s.Start, m.Start-80), m.Start - 1}, buf[:0])
	n := len(before)
	if n == 0 || strings.TrimSpace(d.text[before[n-1].end:m.Start-1]) != "" {
		return a, nil, false
	}
	start := n
	for start > 0 && n-start < 5 && capitalised(d.text, before[start-1]) && !isDeterminer(before[start-1].w) &&
		(start == n || !clauseBreak(d.text[before[start-1].end:before[start].start])) {
		start--
	}
	if start > 0 && d.listLine(s, m, before) {
		// "Highways maintenance (£2.5m)", "Parks and green spaces
		// (£750,000)": a list's line not all of names, its words before
		// the sum what the money is for.
		return d.purposeAllocation(a, before, Span{})
	}
	if start == n {
		return a, nil, false
	}
	at := Span{before[start].start, before[n-1].end}
	return d.toRecipient(a, at)
}

// listLine reports whether the sentence s is a list's line: the few
// words before, opening on a capital with no clause break among them,
// then the bracketed sum of the mention m, and nothing after it but a
// full stop: "Unadopted roads (£300,000)".
func (d *drafter) listLine(s Span, m currency.Mention, before []tok) bool {
	if len(before) > 6 || before[0].start != s.Start || !capitalised(d.text, before[0]) {
		return false
	}
	if strings.Trim(d.text[m.End+1:s.End], " .;\n") != "" {
		return false
	}
	for k := 1; k < len(before); k++ {
		if clauseBreak(d.text[before[k-1].end:before[k].start]) || isAuxiliary(before[k].w) {
			return false
		}
	}
	return true
}

// apposedEnd returns the end of the comma after the mention m when the
// figure stands in apposition to a noun naming a part of money ("The
// biggest award, £2m, goes to Leeds", "the largest share, £4m, is for
// …"), so that whom or what it is for is read after the comma; and
// whether it does.
func (d *drafter) apposedEnd(s Span, m currency.Mention) (int, bool) {
	if m.Start-2 < s.Start || d.text[m.Start-2:m.Start] != ", " || m.End >= s.End || d.text[m.End] != ',' {
		return 0, false
	}
	var buf [4]tok
	before := wordsOf(d.text, Span{max(s.Start, m.Start-30), m.Start - 2}, buf[:0])
	if len(before) == 0 || !slices.Contains(apposedNouns, before[len(before)-1].w) {
		return 0, false
	}
	return m.End + 1, true
}

// apposedNouns name a part of money a figure may stand beside: "The
// biggest award, £2m, …".
var apposedNouns = []string{"award", "share", "grant", "allocation", "slice", "portion", "amount", "sum", "chunk", "part"}

// includedPart returns a as the part of the whole that "including"
// introduces, named by the words around its figure: "pays £350,000 to
// wards, including a city-wide £100,000 pot" is the "city-wide pot". Between
// "including" and the figure stand an article and at most two lower-case
// words; after it, a noun of a pot of money ends its clause.
func (d *drafter) includedPart(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	var buf [8]tok
	before := wordsOf(d.text, Span{max(s.Start, m.Start-60), m.Start}, buf[:0])
	i := len(before) - 1
	for i >= 0 && i >= len(before)-4 && before[i].w != "including" {
		i--
	}
	if i < 0 || before[i].w != "including" || clauseBreak(d.text[before[i].end:m.Start]) {
		return a, nil, false
	}
	mods := before[i+1:]
	if len(mods) > 0 && determinerWord(mods[0].w) {
		mods = mods[1:]
	}
	for _, t := range mods {
		if capitalised(d.text, t) {
			return a, nil, false
		}
	}
	var abuf [2]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+40)}, abuf[:0])
	if len(after) == 0 || !potNoun(after[0].w) || clauseBreak(d.text[m.End:after[0].start]) {
		return a, nil, false
	}
	if rest := strings.TrimSpace(d.text[after[0].end:s.End]); rest != "" && !clauseBreak(rest[:1]) {
		return a, nil, false
	}
	words := make([]string, 0, len(mods)+1)
	for _, t := range mods {
		words = append(words, d.text[t.start:t.end])
	}
	a.Title = strings.Join(append(words, d.text[after[0].start:after[0].end]), " ")
	at := Span{after[0].start, after[0].end}
	if len(mods) > 0 {
		at.Start = mods[0].start
	}
	return a, []Field{{".title", at, Inferred}}, true
}

// includedAnnounced returns a, the mention m of the sentence s, as a
// part named by its own words when it comes after "including" and the
// words that lead to money, and a participle of announcing follows it,
// with its time, to the end of its clause or an "and": "including an
// additional £160 million announced on 2 February and £120m to …" is the
// whole's part announced before, which no recipient or purpose names.
func (d *drafter) includedAnnounced(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	var buf [8]tok
	before := d.wordsInReach(s, m, 60, buf[:0])
	i := len(before)
	for i > 0 && slices.Contains(leadIns, before[i-1].w) {
		i--
	}
	if i == 0 || before[i-1].w != "including" || clauseBreak(d.text[before[i-1].end:m.Start]) {
		return a, nil, false
	}
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+80)}, nil)
	if len(after) < 2 || clauseBreak(d.text[m.End:after[0].start]) {
		return a, nil, false
	}
	switch after[0].w {
	case "announced", "confirmed", "pledged", "agreed", "committed":
	default:
		return a, nil, false
	}
	end := after[0].end
	for _, t := range after[1:] {
		if t.w == "and" || clauseBreak(d.text[end:t.start]) {
			break
		}
		end = t.end
	}
	at := Span{m.Start, end}
	if i < len(before) {
		at.Start = before[i].start
	}
	a.Title = d.in(at)
	return a, []Field{{".title", at, Inferred}}, true
}

// potNoun reports whether w names a pot of money that a part of a whole
// may be: "pot", "fund", "budget", "grant" and the nouns of programmes.
func potNoun(w string) bool {
	switch w {
	case "pot", "budget", "grant", "allocation", "reserve":
		return true
	}
	return slices.Contains(programmeNouns, w)
}

// recipientParts returns the indices in ms of the package's parts when a
// sentence before the mention best, stating no money, names two or more
// recipients that receive money ("Solent NHS Trust and Southern Health
// NHS Foundation Trust will receive money from the Department for Health
// and Social Care") and later sentences give their sums, each naming one
// of them by its first word ("The £10m injection for Solent …", "Southern
// Health … will receive £3m …"): the article states the parts and no
// total. best must be one of them. It returns nil if the article is not
// so.
func (d *drafter) recipientParts(best int) []int {
	keys := d.namedRecipients(d.sentenceOf(d.ms[best]).Start)
	if len(keys) < 2 {
		return nil
	}
	var parts []int
	used := make([]bool, len(keys))
	var st Span
	found := -1 // the recipient st names that has no part yet, read once a sentence
	for k := best; k < len(d.ms) && len(parts) < len(keys); k++ {
		m := d.ms[k]
		if next := d.sentenceOf(m); next != st {
			st, found = next, -1
			d.toks = wordsOf(d.text, st, d.toks[:0])
			for _, t := range d.toks {
				if i := slices.Index(keys, d.text[t.start:t.end]); i >= 0 && !used[i] {
					found = i
					break
				}
			}
		}
		if st.IsZero() || found < 0 || rateOrConversion(m) || d.quoted(span(m)) {
			continue
		}
		if _, _, ok := d.allocation(st, m); !ok {
			continue
		}
		used[found] = true
		parts = append(parts, k)
		found = -1 // one part a sentence
	}
	if len(parts) < 2 || parts[0] != best {
		return nil
	}
	return parts
}

// countedShare returns the index in ms of the share that names its
// recipients ("Evesham and Bewdley are set to receive £1m …") and states
// the value of ms[best], the figure taken for the headline, when a
// sentence stating no money gives the package to a count of recipients
// (see countShared: "In total 43 market towns nationally are to receive
// aid money"): the article states one part of money shared by many, and
// no total. It returns false if the article is not so.
func (d *drafter) countedShare(best int) (int, bool) {
	if !d.countShared() {
		return 0, false
	}
	v := d.ms[best].Figure.Nominal()
	for _, st := range d.sents {
		if d.quoted(st) {
			continue
		}
		i, j := d.mentionsIn(st)
		if i == j {
			continue
		}
		sas := FromQuote(d.in(st))
		for k := i; k < j; k++ {
			m := d.ms[k]
			if r, _ := roleAt(sas, 0, m.Start-st.Start); r != RoleShare || rateOrConversion(m) || !m.Figure.Nominal().Equal(v) {
				continue
			}
			if _, _, ok := d.allocation(st, m); ok {
				return k, true
			}
		}
	}
	return 0, false
}

// countShared reports whether a sentence of the body, stating no money and
// in no quotation, opens on a count of recipients (after "In total" or
// "Altogether") as the subject of a verb of receiving money: "In total 43
// market towns nationally are to receive aid money".
func (d *drafter) countShared() bool {
	var buf [16]tok
	for _, st := range d.sents {
		if d.hasMoney(st) || d.quoted(st) {
			continue
		}
		ts := wordsOf(d.text, Span{st.Start, min(st.End, st.Start+120)}, buf[:0])
		c := 0
		switch {
		case len(ts) > 2 && ts[0].w == "in" && ts[1].w == "total":
			c = 2
		case len(ts) > 1 && ts[0].w == "altogether":
			c = 1
		}
		if c+2 >= len(ts) || isTimeUnit(ts[c+1].w) {
			continue
		}
		if n, err := funding.ParseCount(ts[c].w); err != nil || n.Value() < 2 {
			continue
		}
		// The noun's words, up to four of them, one plural ("towns
		// nationally"), then auxiliaries and the verb.
		v := c + 1
		for v < len(ts) && v <= c+4 && !isAuxiliary(ts[v].w) && !receiveVerb(ts[v].w) {
			v++
		}
		if !slices.ContainsFunc(ts[c+1:v], func(t tok) bool { return strings.HasSuffix(t.w, "s") }) {
			continue
		}
		for v < len(ts) && isAuxiliary(ts[v].w) {
			v++
		}
		if v >= len(ts) || !receivesNow(ts[v].w) {
			continue
		}
		for _, t := range ts[v+1 : min(v+4, len(ts))] {
			if slices.Contains(moneyNouns, t.w) || t.w == "money" || t.w == "aid" {
				return true
			}
		}
	}
	return false
}

// namedRecipients returns the first words of the recipients a sentence
// of the body before offset end, stating no money and in no quotation,
// names as its subject, two or more joined by "and", before a verb of
// receiving (after auxiliaries) and, within three words, a noun of money:
// "Solent NHS Trust and Southern Health NHS Foundation Trust will receive
// money" gives "Solent" and "Southern". "Become the recipients of" receives
// too, with the noun of money within seven words of "recipients" (see
// becomeRecipients), and a subject of a noun and "in" before the names
// is named by its places: "Projects in Cardiff and Blaenau Ffestiniog have
// become the first recipients of the Welsh Government’s new grant scheme"
// gives "Cardiff" and "Blaenau". It returns nil if there is none.
func (d *drafter) namedRecipients(end int) []string {
	for _, st := range d.sents {
		if st.End > end {
			break
		}
		if d.hasMoney(st) || d.quoted(st) {
			continue
		}
		d.toks = wordsOf(d.text, st, d.toks[:0])
		ts := d.toks
		v := 0
		for v < len(ts) && !isAuxiliary(ts[v].w) && !receiveVerb(ts[v].w) {
			v++
		}
		subj := v
		for v < len(ts) && isAuxiliary(ts[v].w) {
			v++
		}
		reach := 4
		if r := becomeRecipients(ts, v); r > 0 {
			v, reach = r, 8 // "have become the first recipients of the … new grant scheme"
		}
		if subj == 0 || v >= len(ts) || !receiveVerb(ts[v].w) && reach == 4 ||
			!slices.ContainsFunc(ts[v+1:min(v+reach, len(ts))], func(t tok) bool {
				return slices.Contains(moneyNouns, t.w) || t.w == "money"
			}) {
			continue
		}
		var keys []string
		first := true
		from := 0
		if subj > 2 && ts[1].w == "in" && capitalised(d.text, ts[2]) {
			from = 2 // "Projects in Cardiff and Blaenau Ffestiniog": the places name them
		}
		for _, t := range ts[from:subj] {
			switch {
			case t.w == "and":
				first = true
			case !capitalised(d.text, t):
				return nil // "The trusts and councils will receive …": none named
			case first:
				keys = append(keys, d.text[t.start:t.end])
				first = false
			}
		}
		if len(keys) < 2 {
			return nil
		}
		return keys
	}
	return nil
}

// unsummedYear returns the starts of the mentions of the list of two or
// more in the sentence of ms[k] that state money year by year or month
// by month (see yearByYear), ms[k] among them, and reports whether there
// is one whose sum no sentence of the body states: "£41million in 2013-14
// and £51million in 2014-15", with no £92million. Such money is no
// package's whole, and with no whole the package has no headline.
func (d *drafter) unsummedYear(k int) (map[int]bool, bool) {
	if _, ok := yearAfter(d.text, d.ms[k].End); !ok {
		return nil, false
	}
	s := d.sentenceOf(d.ms[k])
	i, j := d.mentionsIn(s)
	run := []int{k}
	for n := k - 1; n >= i && d.listJoined(d.ms[n], d.ms[run[0]]); n-- {
		run = append([]int{n}, run...)
	}
	for n := k + 1; n < j && d.listJoined(d.ms[run[len(run)-1]], d.ms[n]); n++ {
		run = append(run, n)
	}
	if len(run) < 2 || !d.yearByYear(run) {
		return nil, false
	}
	sum, ok := d.sumOf(run)
	if !ok {
		return nil, false
	}
	for _, m := range d.ms {
		if m.Figure.Nominal().Equal(sum) && !d.inTitle(m) && !rateOrConversion(m) {
			return nil, false
		}
	}
	starts := make(map[int]bool, len(run))
	for _, n := range run {
		starts[d.ms[n].Start] = true
	}
	return starts, true
}
