package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file finds whose a release's words are where no sentence names
// them: the announcing sentence of a release whose announcer is not its
// subject, and a quotation from a document the article names.

// announcing returns the sentence announcing the package: the one
// draftPackage found, or else, where the drafter knows the announcer, the
// lede, the body's first sentence stating money, if it states the
// headline ("The organisation will receive £3.031m per year …"), as a
// release opens on its news whatever its verb. It returns the zero Span
// if there is none.
func (d *drafter) announcing() Span {
	if !d.announce.IsZero() || d.who.IsZero() {
		return d.announce
	}
	return d.lede()
}

// restatedAbove marks placed each figure of a summary line above the
// sentence announcing the package (see standfirst) that the headline's
// figure admits but does not equal ("£257.6 million to help tackle
// COVID-19 approved by Parliament." above "Almost £258 million of
// additional funding …"): the summary restates the lede's money in
// figures of its own, no part of the package, and a note says so.
func (d *drafter) restatedAbove() {
	if d.headline < 0 || d.pkg.Headline.IsZero() || d.announce.IsZero() {
		return
	}
	head := d.pkg.Headline
	for _, st := range d.sents {
		if st.End > d.announce.Start {
			return
		}
		i, j := d.mentionsIn(st)
		if i == j || !d.standfirst(st) {
			continue
		}
		for k := i; k < j; k++ {
			f := d.ms[k].Figure
			if d.placed[k] || f.Nominal().Equal(head.Nominal()) || !head.Admits(f.Nominal()) {
				continue
			}
			d.placed[k] = true
			d.note(span(d.ms[k]), "“"+f.Text()+"” in the summary restates the headline, “"+head.Text()+"”: it is not placed again")
		}
	}
}

// lede returns the body's first sentence stating money if it states the
// headline, or the zero Span.
func (d *drafter) lede() Span {
	if d.headline < 0 {
		return Span{}
	}
	h := d.ms[d.headline]
	for _, st := range d.sents {
		if d.hasMoney(st) {
			if st.Start <= h.Start && h.End <= st.End {
				return st
			}
			break
		}
	}
	return Span{}
}

// documentNouns name a document that speaks for its author: "The
// document promises …".
var documentNouns = [...]string{"document", "manifesto", "report", "plan", "plans", "strategy", "paper", "review", "letter", "bid"}

// documentAuthor gives the quotation c, which has no speaker, the author
// of the document its sentence opens on ("The document promises “at least
// £100bn …”") or names as speaking after it ("“…,” adds the report"): the
// capitalised name before "'s" within six words of a document noun in the
// 1,500 bytes before the sentence, before it ("Labour's Welsh general
// election manifesto") or after it ("A report to Telford & Wrekin
// Council’s cabinet"), the nearest one, Guessed, with a note saying so. It
// leaves c as it is if the sentence names no document so or no such name
// is near.
func (d *drafter) documentAuthor(c *drafted) {
	i, _ := d.sentSearch(c.quote.Start + 1)
	if i == 0 || d.sents[i-1].End < c.quote.Start {
		return
	}
	st := d.sents[i-1]
	noun, ok := d.documentSpeaking(st, c.quote)
	if !ok {
		return
	}
	from := runeStartBefore(d.text, st.Start-1500)
	d.toks = wordsOf(d.text, Span{from, st.Start}, d.toks[:0])
	for k := len(d.toks) - 1; k > 0; k-- {
		if !slices.Contains(documentNouns[:], d.toks[k].w) {
			continue
		}
		at, ok := d.possessor(k-1, max(0, k-6))
		if !ok {
			at, ok = d.possessor(min(len(d.toks)-1, k+6), k+1)
		}
		if !ok {
			continue
		}
		c.claim.Speaker = funding.Person{Org: d.in(at)}
		c.speaker, c.sure = at, Guessed
		c.fields = append(c.fields, Field{Path: "speaker", Span: at, Confidence: Guessed})
		c.notes = slices.DeleteFunc(slices.Clone(c.notes), func(n Note) bool { return n.Text == noSpeaker })
		c.notes = append(c.notes, Note{Span: c.quote, Text: "the speaker is taken to be " + d.in(at) + ", whose " + noun + " the sentence quotes: check"})
		return
	}
}

// documentSpeaking returns the document noun of the sentence st that
// speaks the quotation q in it: "the" and the noun opening the sentence
// ("The document promises “…”"), or after q, a verb of speech and "the"
// and the noun ("“…,” adds the report") or the noun and the verb ("“…,”
// the report says").
func (d *drafter) documentSpeaking(st, q Span) (string, bool) {
	var buf [4]tok
	ts := wordsOf(d.text, Span{st.Start, min(q.Start, st.Start+40)}, buf[:0])
	if len(ts) >= 2 && ts[0].w == "the" && slices.Contains(documentNouns[:], ts[1].w) {
		return ts[1].w, true
	}
	ts = wordsOf(d.text, Span{q.End, min(st.End, q.End+40)}, buf[:0])
	switch {
	case len(ts) >= 3 && speechVerb(ts[0].w) != verbNone && ts[1].w == "the" && slices.Contains(documentNouns[:], ts[2].w):
		return ts[2].w, true
	case len(ts) >= 3 && ts[0].w == "the" && slices.Contains(documentNouns[:], ts[1].w) && speechVerb(ts[2].w) != verbNone:
		return ts[1].w, true
	}
	return "", false
}

// possessor returns the span of the capitalised name before "'s" in the
// words d.toks[lo:hi+1], the last of them first, with the capitalised
// words before it that are part of it ("Plaid Cymru's", "Telford &
// Wrekin Council’s", not "The"), and whether there is one.
func (d *drafter) possessor(hi, lo int) (Span, bool) {
	for j := hi; j >= lo; j-- {
		t := d.toks[j]
		w := d.text[t.start:t.end]
		owner, ok := strings.CutSuffix(w, "'s")
		if !ok {
			owner, ok = strings.CutSuffix(w, "’s")
		}
		if !ok || owner == "" || !capitalised(d.text, t) {
			continue
		}
		at := Span{t.start, t.start + len(owner)}
		for j > 0 && capitalised(d.text, d.toks[j-1]) && !functionWord(d.toks[j-1].w) {
			if gap := d.text[d.toks[j-1].end:d.toks[j].start]; gap != " " && gap != " & " {
				break // "Telford & Wrekin" is one name
			}
			j--
			at.Start = d.toks[j].start
		}
		return at, true
	}
	return Span{}, false
}

// releaseAnnouncer finds who announces the package of an article whose
// announcing sentence names no announcer as its subject: the named
// speaker whose words a sentence opening with a participle of announcing
// introduces ("Announcing the funding, Minister …, Eluned Morgan said:"),
// or the body its narrative, after the announcing sentence and before
// any quotation, says provides money ("the Scottish Government is
// providing £455 million …"; see narratedProvider), in a news report as
// in a release, as a subject announcing it would be, or the body whose
// cabinet or committee decides on the money (see bodyOrgan), or else, in
// a press release, which sets its quotations after a line of
// their own ending "X said:", the public body whose money the announcing
// sentence (or the lede, see announcing) names ("A new package of
// Scottish Government support totalling over £2.9 million …"; see
// funderIn): a release's statements are its publisher's. A news
// report's unattributed sentence is no one's claim, and a release naming
// no body has no announcer to draft.
func (d *drafter) releaseAnnouncer() {
	for _, q := range d.qs {
		if q.claim.Speaker.Name != "" && !q.speaker.IsZero() && d.announcingLead(q.speaker) {
			d.who, d.announcer = q.claim.Speaker, q.speaker
			d.pkg.AnnouncedBy = d.who
			d.field("packages[0].announcedBy", q.speaker, Inferred)
			return
		}
	}
	s := d.announce
	if s.IsZero() {
		s = d.lede()
	}
	if s.IsZero() {
		return
	}
	if at, ok := d.narratedProvider(s); ok {
		d.who, d.announcer = funding.Person{Org: d.in(at)}, at
		d.pkg.AnnouncedBy = d.who
		d.field("packages[0].announcedBy", at, Inferred)
		return
	}
	if at, ok := d.bodyOrgan(s); ok {
		d.who, d.announcer = funding.Person{Org: d.in(at)}, at
		d.pkg.AnnouncedBy = d.who
		d.field("packages[0].announcedBy", at, Inferred)
		return
	}
	if !d.saidLines() {
		return
	}
	at, ok := d.funderIn(s)
	if !ok {
		at, ok = d.councillorsCouncil(s)
	}
	if ok {
		d.who, d.announcer = funding.Person{Org: d.in(at)}, at
		d.pkg.AnnouncedBy = d.who
		d.field("packages[0].announcedBy", at, Inferred)
	}
}

// bodyOrgan returns the words naming the public body whose own organ
// decides on the money the subject of the sentence s states, the agent of
// its passive verb by a possessive ("Investment of around £76m … will be
// considered by Somerset County Council’s Cabinet next week"): the body
// speaks through its cabinet or committee, in a news report as in its
// release, as when it is the subject ("Gloucestershire County Council is
// set to invest"). A body named without the possessive ("approved by the
// Scottish Parliament") is no such organ's.
func (d *drafter) bodyOrgan(s Span) (Span, bool) {
	d.toks = wordsOf(d.text, s, d.toks[:0])
	for k := 1; k+2 < len(d.toks); k++ {
		if d.toks[k].w != "by" || !strings.HasSuffix(d.toks[k-1].w, "ed") ||
			!d.hasMoney(Span{s.Start, d.toks[subjectEnd(d.toks[:k])].start}) {
			continue
		}
		j := k + 1
		if d.toks[j].w == "the" {
			j++
		}
		// The body's name, at most five words, ends with its body word
		// and the possessive: "Somerset County Council’s", "the council's".
		for e := j; e < min(j+5, len(d.toks)-1); e++ {
			t := d.toks[e]
			name, ok := cutPossessive(t.w)
			if clauseBreak(d.text[d.toks[e-1].end:t.start]) {
				break
			}
			if !ok {
				if !capitalised(d.text, t) {
					break
				}
				continue
			}
			if !slices.Contains(bodyWords, name) {
				break
			}
			start := d.toks[j].start
			if !capitalised(d.text, t) {
				if j == k+1 {
					break // "by council's": no body named
				}
				start = d.toks[j-1].start // "the council": as the article names it
			}
			return Span{start, t.end - (len(t.w) - len(name))}, true
		}
	}
	return Span{}, false
}

// councillorsCouncil returns the words naming the council the sentence s
// names first of the public bodies, when a line of the release
// introducing a quotation opens on a councillor's title ("Cllr Caroline
// Horrill, Leader and Portfolio Holder for Housing said:"): a
// councillor's release is their council's, whatever the sentence says
// the money does for it ("… could see Winchester City Council bring
// forward a number of sites").
func (d *drafter) councillorsCouncil(s Span) (Span, bool) {
	at, ok := d.publicBody(s)
	if !ok || !strings.EqualFold(lastWord(d.in(at)), "council") {
		return Span{}, false
	}
	for _, p := range d.paras {
		t := d.in(p)
		if !strings.HasSuffix(t, ":") {
			continue
		}
		if w := lowerASCII(firstWord(t)); w == "cllr" || w == "councillor" {
			return at, true
		}
	}
	return Span{}, false
}

// narratedProvider returns the words naming the public body that the
// release's own narrative, after its lede s and before its first
// quotation, says gives money (see bodyProviding): the body whose release it
// is, when its lede names none.
func (d *drafter) narratedProvider(s Span) (Span, bool) {
	for _, st := range d.narrative(s) {
		if !d.ownNarrative(st) {
			continue
		}
		if at, ok := d.bodyProviding(st); ok {
			return at, true
		}
	}
	return Span{}, false
}

// narrative returns the sentences of the article after the sentence s
// and before its first quotation, as a part of d.sents, so that asking
// allocates nothing; the article's own narrative among them states money
// and lies in no quotation (see ownNarrative).
func (d *drafter) narrative(s Span) []Span {
	end := len(d.text)
	if len(d.qs) > 0 {
		end = d.qs[0].quote.Start
	}
	i, _ := d.sentSearch(s.End)
	k := i
	for k < len(d.sents) && d.sents[k].End <= end {
		k++
	}
	return d.sents[i:k]
}

// ownNarrative reports whether the sentence st of the narrative states
// money and lies in no quotation or reported statement.
func (d *drafter) ownNarrative(st Span) bool {
	return d.hasMoney(st) && !d.quoted(st)
}

// bodyProviding returns the words naming the public body that the sentence
// st says gives money, as the subject of a verb of providing with a
// figure after it ("This extra funding means that … the Scottish
// Government has provided £15 million in additional support for
// students").
func (d *drafter) bodyProviding(st Span) (Span, bool) {
	at, ok := d.publicBody(st)
	if !ok {
		return Span{}, false
	}
	var buf [6]tok
	ts := wordsOf(d.text, Span{at.End, min(st.End, at.End+60)}, buf[:0])
	v := 0
	for v < len(ts) && isAuxiliary(ts[v].w) {
		v++
	}
	if v == len(ts) || clauseBreak(d.text[at.End:ts[v].start]) || receives(ts, 0, v) ||
		!slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(ts[v].w, p) }) {
		return Span{}, false
	}
	if i, j := d.mentionsIn(Span{ts[v].end, st.End}); i < j {
		return at, true
	}
	return Span{}, false
}

// fundingNouns, after a body's name, make the body the one whose money
// it is: "Scottish Government support".
var fundingNouns = [...]string{"support", "funding", "investment", "money", "cash", "grant", "grants", "package", "funds"}

// funderIn returns the words naming the public body in sentence s whose
// money the sentence announces: one whose name a funding noun follows
// ("A new package of Scottish Government support …"), that gives a
// figure in a relative clause after it (see givenAfter), or that follows
// "from" or "by" ("… will receive £2m from the Department for
// Transport"), not a body that receives it ("Gloucestershire County
// Council will receive £2m").
func (d *drafter) funderIn(s Span) (Span, bool) {
	if at, ok := d.publicBody(s); ok {
		var buf [1]tok
		if next := wordsOf(d.text, Span{at.End, min(s.End, at.End+16)}, buf[:0]); len(next) > 0 && next[0].start == at.End+1 &&
			slices.Contains(fundingNouns[:], next[0].w) {
			return at, true
		}
	}
	if at, ok := d.givenAfter(s); ok {
		return at, true
	}
	d.toks = wordsOf(d.text, s, d.toks[:0])
	for _, t := range d.toks {
		if t.w != "from" && t.w != "by" {
			continue
		}
		if at, ok := d.publicBody(Span{t.end, s.End}); ok {
			if gap := strings.TrimLeft(d.text[t.end:at.Start], " "); gap == "" || gap == "the " {
				return at, true
			}
		}
	}
	return Span{}, false
}

// givenAfter returns the words naming the public body of a relative
// clause straight after a figure of the sentence s that says the body
// gives it, in the active voice: "from the £183.5 million the government
// has made available", "the £2m that the council is providing".
func (d *drafter) givenAfter(s Span) (Span, bool) {
	i, j := d.mentionsIn(s)
	for ; i < j; i++ {
		m := d.ms[i]
		var buf [10]tok
		ts := wordsOf(d.text, Span{m.End, min(s.End, m.End+80)}, buf[:0])
		k := 0
		if len(ts) > 0 && (ts[0].w == "that" || ts[0].w == "which") {
			k++
		}
		if k >= len(ts) || clauseBreak(d.text[m.End:ts[k].start]) {
			continue
		}
		at, ok := d.publicBody(Span{ts[k].start, s.End})
		if !ok || at.Start != ts[k].start {
			continue
		}
		end := k
		for end < len(ts) && ts[end].end <= at.End {
			end++
		}
		v := end
		for v < len(ts) && isAuxiliary(ts[v].w) {
			v++
		}
		if v >= len(ts) || clauseBreak(d.text[at.End:ts[v].start]) || receives(ts, end, v) {
			continue // "the £2m the council has been awarded": it gets the money
		}
		w := ts[v].w
		if slices.Contains(makeVerbs, w) && v+1 < len(ts) && ts[v+1].w == "available" ||
			slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(w, p) }) {
			return at, true
		}
	}
	return Span{}, false
}

// announcingLead reports whether the sentence holding s opens with a
// participle of announcing: "Announcing the funding, …", "Confirming the
// grants, …".
func (d *drafter) announcingLead(s Span) bool {
	i, _ := d.sentSearch(s.Start + 1)
	if i == 0 || d.sents[i-1].End < s.End {
		return false
	}
	// Only the first word is read, so that asking of every quotation
	// stays linear however long the sentence.
	switch lowerASCII(firstWord(d.text[d.sents[i-1].Start:s.Start])) {
	case "announcing", "confirming", "unveiling", "launching":
		return true
	}
	return false
}

// saidLines reports whether a paragraph of the article ends with a verb
// of speech and a colon, a line of its own before the words it
// introduces ("Children’s Minister Maree Todd said:"), as press releases
// set their quotations. The paragraphs are read once, however often it is
// asked, so that asking of each sentence stays linear.
func (d *drafter) saidLines() bool {
	if d.said == 0 {
		d.said = 1
		if d.findSaidLine() {
			d.said = 2
		}
	}
	return d.said == 2
}

// findSaidLine is saidLines without the memory.
func (d *drafter) findSaidLine() bool {
	for _, p := range d.paras {
		t := d.in(p)
		if !strings.HasSuffix(t, ":") {
			continue
		}
		t = strings.TrimSuffix(t, ":")
		if k := strings.LastIndexAny(t, " \t"); k >= 0 && speechVerb(t[k+1:]) == verbSpeech {
			return true
		}
	}
	return false
}

// ledeVerbs, as word prefixes, announce in a lede that states no money:
// the verbs of announcing money (see announceVerbs), "approved", "agreed"
// and "revealed".
var ledeVerbs = append(announceVerbs[:len(announceVerbs):len(announceVerbs)], "approv", "agreed", "reveal")

// pledgeNouns, after a lede's verb, say it announces money or a pledge:
// "has announced an increase in the funding", "has approved the pledge",
// "has today revealed the first beneficiaries of his … pilot", whom money
// goes to, and "have agreed a number of projects to receive funding", what
// it goes to.
var pledgeNouns = append(fundingNouns[:len(fundingNouns):len(fundingNouns)], "pledge", "plan", "beneficiaries", "recipients", "projects", "schemes")

// packageMoneyBefore reports whether money that may be a package's comes
// after offset from and before the headline's sentence: any figure but
// one whose words make it another item's, role other ("while also still
// leaving £50 million to carry forward"); money spent last year may be
// what the lede is about.
func (d *drafter) packageMoneyBefore(from int) bool {
	head := d.sentenceOf(d.ms[d.headline])
	var st Span
	var sas []StatedAmount // the roles of st's figures, read once a sentence
	for k := searchMention(d.ms, from); k < len(d.ms) && k != d.headline; k++ {
		if next := d.sentenceOf(d.ms[k]); next != st {
			st, sas = next, nil
			if st.IsZero() {
				return true
			}
			if st == head {
				return false
			}
			sas = FromQuote(d.in(st))
		}
		if r, _ := roleAt(sas, 0, d.ms[k].Start-st.Start); r != RoleOther && !d.saved(st, d.ms[k]) {
			return true
		}
	}
	return false
}

// saved reports whether a verb of saving comes at most four words before
// the mention m in the sentence st: "save an average of almost £15,000 on
// their energy bills" is what the money does, no package's money.
func (d *drafter) saved(st Span, m currency.Mention) bool {
	var buf [8]tok
	ts := wordsOf(d.text, Span{max(st.Start, m.Start-40), m.Start}, buf[:0])
	for _, t := range ts[max(0, len(ts)-4):] {
		if strings.HasPrefix(t.w, "sav") {
			return true
		}
	}
	return false
}

// ledeAnnouncement returns the claim of a lede that announces the package
// without stating its money, before the sentence that states it: the
// body's first sentence below the line dating the article (top, see
// dateLine), stating no money and in no quotation, before the headline's
// sentence with no money between, whose subject names
// an announcer before a verb of announcing, with a funding noun or
// "pledge" within the six words after it ("Environment Minister Mark H
// Durkan has announced an increase in the funding for a number of local
// Councils.", "Hounslow Council has approved the pledge to build 1,000
// new Council homes …"). The announcer is the package's. It returns
// false if the drafter knows the announcer already, or the lede is not
// so.
func (d *drafter) ledeAnnouncement(top int) (drafted, bool) {
	if !d.who.IsZero() || d.headline < 0 {
		return drafted{}, false
	}
	var st Span
	for _, s := range d.sents {
		if s.Start > top {
			st = s
			break
		}
	}
	if st.IsZero() || st.End > d.ms[d.headline].Start || d.hasMoney(st) || d.quoted(st) {
		return drafted{}, false
	}
	if d.packageMoneyBefore(st.End) {
		return drafted{}, false // other money first: the lede is not of this package
	}
	d.toks = wordsOf(d.text, st, d.toks[:0])
	v := -1
	for k, t := range d.toks {
		if !verbalNoun(t.w) && slices.ContainsFunc(ledeVerbs, func(p string) bool { return strings.HasPrefix(t.w, p) }) {
			v = k
			break
		}
	}
	if at, ok := d.passiveLede(v); ok {
		who, at, ok := d.person(at)
		if !ok {
			return drafted{}, false
		}
		d.who, d.announcer = who, at
		d.pkg.AnnouncedBy = who
		d.field("packages[0].announcedBy", at, Inferred)
		return d.sentenceClaim(st, who, at, Explicit, true), true
	}
	end := v
	for end > 0 && isAuxiliary(d.toks[end-1].w) {
		end--
	}
	if end <= 0 || receives(d.toks, end, v) ||
		!slices.ContainsFunc(d.toks[v+1:min(v+7, len(d.toks))], func(t tok) bool { return slices.Contains(pledgeNouns, t.w) }) {
		return drafted{}, false
	}
	who, at, ok := d.person(Span{st.Start, d.toks[end-1].end})
	if !ok {
		return drafted{}, false
	}
	d.who, d.announcer = who, at
	d.pkg.AnnouncedBy = who
	d.field("packages[0].announcedBy", at, Inferred)
	return d.sentenceClaim(st, who, at, Explicit, true), true
}

// verbalNoun reports whether w, in lower case, is a noun a verb of
// announcing makes ("announcement", "investments", "allocation"): "The
// Chancellor's Budget announcement of more money … has been welcomed"
// has no verb of announcing, and its subject no announcer.
func verbalNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	return strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "tion")
}

// postNarrative returns the claims of the sentences of a release's
// narrative after the lede whose claim is lede, the announcer's, and
// before its first quotation, other than the one at skip, that state
// money and open on the announcer by the head of their post after "The"
// ("The Mayor of London, Sadiq Khan, has today revealed …", then "The
// Mayor invited London boroughs to apply for his £2.9 million … pilot
// funding …"), or that give further money in the passive (see
// givesFurther: "… further funding of almost £1 million has been
// allocated …"): the release goes on with its announcer's news.
func (d *drafter) postNarrative(lede drafted, skip Span) []drafted {
	head := strings.ToLower(postHead(d.who.Role))
	if head == "" {
		return nil
	}
	var out []drafted
	for _, st := range d.narrative(lede.quote) {
		if st == skip || !d.ownNarrative(st) {
			continue
		}
		var buf [2]tok
		ts := wordsOf(d.text, Span{st.Start, min(st.End, st.Start+40)}, buf[:0])
		if len(ts) >= 2 && ts[0].w == "the" && ts[1].w == head && capitalised(d.text, ts[1]) {
			out = append(out, d.sentenceClaim(st, d.who, Span{ts[0].start, ts[1].end}, Inferred, false))
			continue
		}
		if d.givesFurther(st) {
			out = append(out, d.sentenceClaim(st, d.who, d.announcer, Inferred, false))
		}
	}
	return out
}

// givesFurther reports whether a figure of the sentence st is money given
// in the passive and named as further (see furtherGiven) that the draft
// holds as a package of its own: more of the announcer's news.
func (d *drafter) givesFurther(st Span) bool {
	i, j := d.mentionsIn(st)
	for ; i < j; i++ {
		if m := d.ms[i]; d.isOther(m.Figure) && d.furtherGiven(st, m) {
			return true
		}
	}
	return false
}

// ledeFollow returns the claim of the sentence straight after the lede
// st that ledeAnnouncement made the announcer's, when its subject is the
// announcer again by the last word of their post, after "the" ("Finance
// Minister, Conor Murphy, has announced …", then "The Minister has
// allocated the remaining available resources …"), before a verb of
// announcing: the release goes on with the announcer's news. It returns
// false if the sentence is not so.
func (d *drafter) ledeFollow(st Span) (drafted, bool) {
	role := strings.Fields(d.who.Role)
	if len(role) == 0 {
		return drafted{}, false
	}
	post := strings.ToLower(role[len(role)-1])
	i, _ := d.sentSearch(st.Start)
	if i+1 >= len(d.sents) || d.sents[i] != st {
		return drafted{}, false
	}
	next := d.sents[i+1]
	if d.quoted(next) {
		return drafted{}, false
	}
	var buf [8]tok
	ts := wordsOf(d.text, Span{next.Start, min(next.End, next.Start+60)}, buf[:0])
	if len(ts) < 3 || ts[0].w != "the" || ts[1].w != post || !capitalised(d.text, ts[1]) {
		return drafted{}, false
	}
	v := 2
	for v < len(ts) && isAuxiliary(ts[v].w) {
		v++
	}
	if v == len(ts) || !slices.ContainsFunc(ledeVerbs, func(p string) bool { return strings.HasPrefix(ts[v].w, p) }) {
		return drafted{}, false
	}
	at := Span{ts[0].start, ts[1].end}
	return d.sentenceClaim(next, d.who, at, Inferred, true), true
}

// releaseOwn returns the claims of a release's own sentences announcing
// the package, where no announcer the article names speaks them: the
// sentence of the headline (or, if the headline is the title's, the
// body's first sentence stating money; if it is a line summing up the
// money, see moneyLine, the first sentence stating money after it, see
// moneyAfter), the sentence after it that lists
// its parts ("This includes £2.5m of floor funding …", see
// listingFollow), the sentences of its narrative before the first
// quotation in which it speaks as "we" providing money (see weProvide),
// and a lede before it that gives money in the passive
// (see moneyGiven: "Grants of £750 are being paid to all registered
// childminders …", then "Funding of more than £3.2 million has been made
// available …"). A release's statements are its publisher's, whom the
// article need not name, so each claim's speaker is left for a person to
// set, with a note; a news report's unattributed sentence is no one's
// claim, so the article must set its quotations after lines of their
// own ("X said:", see saidLines), be published by a public body the
// caller names (see publishedByBody), or announce in that passive.
// cs are the claims drafted so far, whose words are not claimed again.
func (d *drafter) releaseOwn(top int, cs []drafted) []drafted {
	s := d.sentenceOf(d.ms[d.headline])
	if s.IsZero() {
		for _, st := range d.sents {
			if st.Start > top && d.hasMoney(st) {
				s = st
				break
			}
		}
	}
	if s.IsZero() {
		s = d.summaryNews()
	}
	if !s.IsZero() && d.moneyLine(s) {
		s = d.moneyAfter(s)
	}
	if !s.IsZero() && d.recalledAnnouncement(s) {
		// "Surrey Fire and Rescue Service will receive £2 million …",
		// then "… forms part of a £74 million national funding
		// announcement by Fire Minister Bob Neill": the sentence
		// recalling the announcement is no one's claim; the release's
		// own news is its opening sentence stating money.
		s = d.openingMoney(top, s)
	}
	if s.IsZero() || s.End <= top || d.quoted(s) || !d.saidLines() && !d.publishedByBody() && !d.moneyGiven(s) {
		return nil
	}
	if claimed(cs, s) || d.restatedLater(s) {
		return nil
	}
	// The caller may name the publisher (DraftRecordFrom); that the
	// sentence is the publisher's own is the drafter's reading, so
	// Inferred. Otherwise a note asks a person to set the speaker.
	who, sure := funding.Person{Org: d.given.Publisher}, Inferred
	if d.given.Publisher == "" {
		sure = Guessed
	}
	var out []drafted
	add := func(c drafted) {
		if who.IsZero() {
			c.notes = append(c.notes, Note{Span: c.quote, Text: "a release's own sentence announcing the package, whose speaker is its publisher, which the article does not name: set the speaker"})
		}
		out = append(out, c)
	}
	if l := d.providingLede(top, s); !l.IsZero() && !claimed(cs, l) {
		add(d.sentenceClaim(l, who, Span{}, sure, false))
	}
	c := d.sentenceClaim(s, who, Span{}, sure, false)
	if body, at, ok := d.frontedBody(s); ok {
		// "At their meeting …, Cabinet considered a report …": the body
		// the sentence names as its subject speaks, as the README's
		// organisation subject of an announcing sentence does.
		c = d.sentenceClaim(s, body, at, Explicit, false)
	}
	add(c)
	if f, ok := d.listingFollow(c); ok {
		add(f)
	}
	for _, st := range d.narrative(s) {
		if d.ownNarrative(st) && d.weProvide(st) {
			add(d.sentenceClaim(st, who, Span{}, sure, false))
		}
	}
	for _, st := range d.sents {
		if st.Start <= top || !d.hasMoney(st) {
			continue
		}
		if st.Start < s.Start && !d.quoted(st) && !claimed(cs, st) && d.moneyGiven(st) {
			add(d.sentenceClaim(st, who, Span{}, sure, false))
		}
		break
	}
	return out
}

// claimed reports whether the words at s overlap those of a claim of cs.
func claimed(cs []drafted, s Span) bool {
	return slices.ContainsFunc(cs, func(c drafted) bool { return c.quote.Start < s.End && s.Start < c.quote.End })
}

// weProvide reports whether the sentence st has "we" as its subject,
// opening it or after a phrase set off by a comma ("In addition, …"),
// then auxiliaries and a verb of providing (see provideVerbs) or
// investing, with money after it: "In addition, we are providing £60m
// capital funding …". A release speaking as "we" outside any quotation
// is its publisher speaking.
func (d *drafter) weProvide(st Span) bool {
	var buf [10]tok
	ts := wordsOf(d.text, Span{st.Start, min(st.End, st.Start+60)}, buf[:0])
	k := 0
	for k < len(ts) && ts[k].w != "we" {
		k++
	}
	if k == len(ts) || k > 0 && !strings.HasSuffix(strings.TrimRight(d.text[st.Start:ts[k].start], " "), ",") {
		return false
	}
	v := k + 1
	for v < len(ts) && isAuxiliary(ts[v].w) {
		v++
	}
	if v == len(ts) || clauseBreak(d.text[ts[k].end:ts[v].start]) ||
		!strings.HasPrefix(ts[v].w, "invest") && !slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(ts[v].w, p) }) {
		return false
	}
	i, j := d.mentionsIn(Span{ts[v].end, st.End})
	return i < j
}

// givenParticiples, after auxiliaries, say money is given: "are being
// paid", "has been made available", "will be allocated".
var givenParticiples = [...]string{"paid", "allocated", "made", "given", "awarded", "provided", "distributed", "granted", "invested"}

// moneyGiven reports whether the sentence st opens on money a funding
// noun names, given in the passive: "the", at most two words, a funding
// noun and "of" before its first figure ("Grants of £750", "The extra
// funding of £2.6million"), then at most two words, auxiliaries and a
// participle of giving ("are being paid to all registered childminders",
// "will be allocated to Local Health Boards"), or the figure and then the
// noun (see sumGiven): a release announcing in its own voice, whatever
// its subject.
func (d *drafter) moneyGiven(st Span) bool {
	i, j := d.mentionsIn(st)
	if i == j {
		return false
	}
	m := d.ms[i]
	var buf [6]tok
	ts := wordsOf(d.text, Span{st.Start, m.Start}, buf[:0])
	n := len(ts)
	if n == 0 {
		return d.sumGiven(st, m)
	}
	if n < 2 || n > 5 || ts[n-1].w != "of" || !slices.Contains(fundingNouns[:], ts[n-2].w) ||
		n > 2 && ts[0].w != "the" || clauseBreak(d.text[st.Start:m.Start]) {
		return false
	}
	return d.givenPassive(st, m)
}

// givenPassive reports whether the words of the sentence st after the
// mention m are at most two words, auxiliaries and a participle of giving
// (see givenParticiples), in its clause: "… are being paid to …", "… has
// been allocated to …".
func (d *drafter) givenPassive(st Span, m currency.Mention) bool {
	var after [8]tok
	ts := wordsOf(d.text, Span{m.End, min(st.End, m.End+80)}, after[:0])
	v := 0
	for v < len(ts) && v < 2 && !isAuxiliary(ts[v].w) {
		v++
	}
	aux := v
	for v < len(ts) && (isAuxiliary(ts[v].w) || ts[v].w == "being") {
		v++
	}
	return v > aux && v < len(ts) && slices.Contains(givenParticiples[:], ts[v].w) && !clauseBreak(d.text[m.End:ts[v].start])
}

// furtherGiven reports whether the mention m of the sentence st is more
// money given in the passive, named as further: "further" or
// "additional", a funding noun and "of" straight before it, opening the
// sentence or a clause after a comma, then a participle of giving (see
// givenPassive): "Following high demand …, further funding of almost £1
// million has been allocated to support an additional 13 schools".
func (d *drafter) furtherGiven(st Span, m currency.Mention) bool {
	var buf [4]tok
	ts := d.wordsInReach(st, m, 40, buf[:0])
	n := len(ts)
	if n < 3 || ts[n-1].w != "of" || !slices.Contains(fundingNouns[:], ts[n-2].w) || ts[n-3].w != "further" && ts[n-3].w != "additional" ||
		clauseBreak(d.text[ts[n-3].end:m.Start]) {
		return false
	}
	if lead := strings.TrimRight(d.text[st.Start:ts[n-3].start], " "); lead != "" && !strings.HasSuffix(lead, ",") {
		return false
	}
	return d.givenPassive(st, m)
}

// listingFollow returns the claim of the sentence straight after a, the
// claim of an announcing sentence, when it is in no quotation, states
// money and opens by referring back to a's with a verb including or
// comprising (see opensListing): "Local authorities … will receive
// £4.2bn …", then "This includes £2.5m of floor funding …"; or when it
// opens on the money by a noun of it and states a figure (see
// fundingGoesOn): the announcement goes on, spoken by a's speaker.
func (d *drafter) listingFollow(a drafted) (drafted, bool) {
	i, _ := d.sentSearch(a.quote.Start)
	if i+1 >= len(d.sents) || d.sents[i] != a.quote {
		return drafted{}, false
	}
	next := d.sents[i+1]
	if _, ok := d.opensListing(next); (!ok || !d.hasMoney(next)) && !d.fundingGoesOn(next) || d.quoted(next) {
		return drafted{}, false
	}
	return d.sentenceClaim(next, a.claim.Speaker, a.speaker, min(a.sure, Inferred), false), true
}

// fundingGoesOn reports whether the sentence s opens on the money just
// announced by a noun of money after "The" or "This", its verb "is" or
// "will" straight after it ("The funding is part of the latest Rural
// Priorities funding round and will help create or safeguard at least 1600
// jobs in more than 300 projects"), and states a figure, money or a count
// in digits: the announcement goes on with what the money is and will do,
// as a listing sentence's does.
func (d *drafter) fundingGoesOn(s Span) bool {
	var buf [3]tok
	ts := wordsOf(d.text, Span{s.Start, min(s.End, s.Start+40)}, buf[:0])
	if len(ts) < 3 || ts[0].w != "the" && ts[0].w != "this" || !slices.Contains(moneyNouns, ts[1].w) || ts[0].start != s.Start ||
		ts[2].w != "is" && ts[2].w != "will" || clauseBreak(d.text[ts[1].end:ts[2].start]) {
		return false // "The funding, which has been awarded …, has supported …": what it did, no announcement
	}
	return d.hasMoney(s) || strings.ContainsAny(d.in(s), "0123456789")
}
