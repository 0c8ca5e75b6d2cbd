package claims

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file drafts the package: its headline from the sentence that
// announces it, who announced it, its novelty, period, purposes and kind.

// announceVerbs are the words (in lower case, as prefixes of a word) that
// announce money in a sentence.
var announceVerbs = [...]string{"announc", "unveil", "invest", "pledg", "commit", "award", "launch", "confirm", "allocat", "receiv", "earmark", "ring-fenc"}

// announcePhrases are the verbs of two words that announce money: "have
// set out their £50 million plan", "has set aside £2m".
var announcePhrases = [...][2]string{{"set", "out"}, {"sets", "out"}, {"setting", "out"}, {"set", "aside"}, {"sets", "aside"},
	{"setting", "aside"}}

// makeVerbs make money available, with the money between or after: "has
// made £2m available", "makes available £2m".
var makeVerbs = []string{"made", "make", "makes", "making"}

// announces returns the index in ts of the first word announcing money
// (see announceVerbs and announcePhrases), or -1.
func announces(ts []tok) int {
	for i, t := range ts {
		for _, v := range announceVerbs {
			if strings.HasPrefix(t.w, v) {
				return i
			}
		}
		if putVerb(ts, i) {
			return i
		}
		if slices.Contains(makeVerbs, t.w) {
			for _, u := range ts[i+1 : min(i+5, len(ts))] {
				if u.w == "available" {
					return i
				}
			}
		}
		if i+1 < len(ts) {
			for _, p := range announcePhrases {
				if t.w == p[0] && ts[i+1].w == p[1] {
					return i
				}
			}
		}
	}
	return -1
}

// announcesMoney reports whether the sentence s, of the words ts,
// announces money: it holds a word announcing money that is not one of
// receiving, or one of receiving with money within five words after it
// ("will receive £500,000", not "has received continued criticism for his
// claim … of £350m a week"). A word of receiving without money does not
// hide one announcing after it: "Having received legal advice …, I intend
// to allocate £45 million"; nor does "announcement" with no money in its
// clause ("After the announcement of the final Budget, …").
func (d *drafter) announcesMoney(s Span, ts []tok) bool {
	for at := 0; at < len(ts); {
		v := announces(ts[at:])
		if v < 0 {
			return false
		}
		v += at
		if strings.HasPrefix(ts[v].w, "announcement") && !d.moneyInClause(ts, v) {
			// "After the announcement of the final Budget last year,
			// authorities were facing … a £43m reduction"
			// (welshgov-2018-settlement): the noun names an announcement
			// of something else; the money is in another clause.
			at = v + 1
			continue
		}
		if !strings.HasPrefix(ts[v].w, "receiv") || d.receivesMoney(ts, v) {
			return true
		}
		at = v + 1
	}
	return false
}

// moneyInClause reports whether money follows the word ts[v] in its
// clause.
func (d *drafter) moneyInClause(ts []tok, v int) bool {
	end := v
	for end+1 < len(ts) && !clauseBreak(d.text[ts[end].end:ts[end+1].start]) {
		end++
	}
	return d.hasMoney(Span{ts[v].end, ts[end].end})
}

// receivesMoney reports whether money follows the word of receiving ts[v]
// within five words, as a figure or a noun of money ("will receive the
// flat-rate payment").
func (d *drafter) receivesMoney(ts []tok, v int) bool {
	end := ts[min(v+5, len(ts)-1)].end
	i, j := d.mentionsIn(Span{ts[v].end, end})
	if i < j {
		return true
	}
	for _, t := range ts[v+1 : min(v+6, len(ts))] {
		if slices.Contains(moneyNouns, t.w) || t.w == "payment" || t.w == "money" {
			return true
		}
	}
	return false
}

// rateOrConversion reports whether a mention is money per something ("£5
// per pupil", "80p in the £1") or a conversion of the one before it, which
// is no package's total.
func rateOrConversion(m currency.Mention) bool {
	return m.Converts || m.Figure.Each() != "" || !m.Figure.Of().IsZero()
}

// draftPackage finds the package's headline and the sentence announcing
// it, and drafts what that sentence and the article say of the package.
//
// The headline is the first figure of the body that the title's money
// admits ("more than £10m" in the title, "an additional £11.6m" in the
// body), or else the first figure of the package, a change of it, a level
// it has risen to ("has doubled to £175m") or of no role the words give in
// a sentence that announces money (or in the lede, the body's first
// sentence stating money), or else the first figure of
// the package or one a whole class of recipients receives in the lede
// ("Local authorities in Wales will receive £4.2bn"), or else the first
// of no role. A figure needed, proposed,
// of a rival, of a level before or other is never the headline, nor is a
// cut ("will have cut a third - £227 million - off our budget"). A title
// stating one figure that no body figure states or falls within, above the
// figure the body announces, states the whole the body itemises: it is the
// headline (see titleOnly). Sums that money named with no figure includes
// ("The funding announcement includes £2 million towards …") are the
// package's parts, and it has no headline, unless some other figure is a
// candidate for it (see includedByUnstated).
func (d *drafter) draftPackage() {
	best, rank := -1, 5
	bestRole := RoleUnknown // the role the words of the best figure so far give it
	var unstated []int      // parts of a package the sentences stating them give no total of (see includedByUnstated)
	var titled []currency.Figure
	i, j := d.mentionsIn(d.title)
	for ; i < j; i++ {
		if !d.claimInTitle(d.ms[i]) {
			titled = append(titled, d.ms[i].Figure)
		}
	}
	lede := true
	for _, s := range d.sents {
		if rank == 0 || rank == 1 && len(titled) == 0 {
			break
		}
		i, j := d.mentionsIn(s)
		if i == j {
			continue
		}
		d.toks = wordsOf(d.text, s, d.toks[:0])
		// A headline-style summary line ("Extra £5 million to help those
		// facing hardship.") is no lede: the sentence after it is.
		summary := lede && d.standfirst(s)
		verb := lede && !summary || d.announcesMoney(s, d.toks)
		for _, sa := range FromQuote(d.in(s)) {
			k := searchMention(d.ms, s.Start+sa.Span.Start)
			if k >= len(d.ms) || rateOrConversion(d.ms[k]) {
				continue
			}
			if sa.Role == RolePrevious && d.drawnFrom(d.ms[k]) {
				// "will receive from the £183.5 million the government has
				// made available": the pot shared, not a level before.
				sa.Role = RolePackage
			}
			var r int
			switch sa.Role {
			case RolePackage, RoleChange, RoleUnknown, RoleShare:
			case RoleLevel:
				if !(lede && !summary || verb) || !d.risesTo(span(d.ms[k])) {
					continue
				}
				// "The amount available … has doubled to £175m" as the
				// lede: the money's size now, which the package is; the
				// sums it rose from are levels before or parts.
				sa.Role = RolePackage
			case RoleProposal:
				if !lede {
					continue
				}
				// "A Labour government would invest £9.5bn extra each year
				// …" opening the article: the plan it is about.
			default:
				continue
			}
			if sa.Role == RoleChange && falls(d.in(s), sa.Span) {
				// "will have cut a third - £227 million - off our budget": a
				// cut is no money given.
				continue
			}
			if d.expectedThenNow(k) {
				// "was expected to have been £337million, but the budget
				// will now be £242 million": the level that did not come
				// about; the sum it "will now be" is the money.
				continue
			}
			if sa.Role == RoleChange && d.overEarlierYear(d.ms[k]) {
				// "they will receive more than £60 million more in 2021-22
				// than last year": the rise on last year's level, the
				// package's change; the package's size is not stated.
				continue
			}
			if d.eachOne(d.ms[k]) || sa.Terms == PerHead {
				// "Grants of £750 are being paid to all …", "an extra £150"
				// per pupil: each one's, no package's whole.
				continue
			}
			if d.includedByUnstated(s, d.ms[k]) || d.alsoFunded(s, d.ms[k]) || d.additionGiven(s, d.ms[k]) {
				// "The funding announcement includes £2 million towards
				// …", "The support package will also feature £1m …": a
				// part of money whose total these words do not state.
				unstated = append(unstated, k)
				continue
			}
			before := d.wordsBefore(d.ms[k])
			switch before {
			case "share of", "shares of", "part of", "slice of", "portion of":
				// "allocated a share of £300 million": the whole shared.
				sa.Role = RolePackage
			case "equivalent to", "equivalent of":
				continue // "the sum, equivalent to roughly £3.5m a week": a gloss
			}
			if (sa.Role == RoleChange || sa.Role == RoleUnknown) && !verb && d.namesMoney(d.ms[k], before) {
				// "the £1.8bn injection": the article names the money by
				// its figure, as a package's.
				sa.Role = RolePackage
			}
			switch {
			case admitsAny(titled, d.ms[k].Figure) && !d.inMarks(span(d.ms[k])):
				r = 0
			case sa.Role == RoleShare && lede && !summary && d.receivesNamed(s, d.ms[k]) && announcesBesides(d.toks):
				// "Wales’ public services will receive a cash boost of more
				// than £682m …, the First Minister announced today": the
				// lede announces the money its recipients receive, in so
				// many words.
				r = 1
			case sa.Role == RoleShare && lede && !summary && (d.classReceives(s, d.ms[k]) || d.receivesNamed(s, d.ms[k])):
				// "Local authorities in Wales will receive £4.2bn …" as the
				// lede: the whole a class of recipients gets, a package's
				// figure, though a later sentence announcing money in so
				// many words wins over it.
				r = 2
			case sa.Role == RoleShare && lede && !summary && d.subjectAllocates(d.ms[k]):
				// "Finance Minister, Conor Murphy today allocated over £40
				// million as part of the … monitoring round" as the lede:
				// money its subject gives, the package, though the verb
				// of sharing makes it a share where another gets it.
				r = 1
			case sa.Role == RoleShare && lede && !summary && len(titled) == 0 && d.titleNames(s, d.ms[k]):
				// "Further investment for priority areas …" over "a …
				// capital programme which includes a further £7.1m
				// investment in Council priority areas": the part the
				// title names is what the article announces.
				r = 1
			case sa.Role == RoleShare:
				continue
			case verb:
				r = 1
			case sa.Role == RolePackage:
				r = 2
			case sa.Role == RoleUnknown:
				r = 3
			default:
				continue
			}
			if r < rank || r == rank && s == d.announce && bestRole == RoleUnknown && sa.Role == RolePackage {
				// "most notably over £7m into adult social care …, along
				// with an overall capital investment programme of £169m":
				// of two figures of one announcing sentence, the one its
				// words name as a package's is the headline, not the first.
				best, rank, d.announce, bestRole = k, r, s, sa.Role
			}
		}
		lede = summary
	}
	if len(unstated) > 0 && (best < 0 || d.restatesPart(best, unstated) || d.partsBefore(unstated, best)) {
		// Parts of a package stated with no total, and no other money
		// announced but one of them again ("the £2m package of spending on
		// footpaths"): the package has no headline.
		if _, ok := d.sumOf(unstated); ok {
			d.sumsUnstated = best >= 0 && d.partsBefore(unstated, best)
			d.parts, best, rank = unstated, unstated[0], 5
			d.announce = d.sentenceOf(d.ms[best])
		}
	}
	if best >= 0 && rank > 0 && len(d.parts) == 0 {
		if k, ok := d.wholeShared(best); ok {
			// "A £4million boost …", then "the £4,003,375 share of a
			// £500m pot": the sum the lede gives is one recipient's share,
			// and the pot it is a share of the package.
			d.note(span(d.ms[best]), "“"+d.ms[best].Figure.Text()+"” is the share “"+d.ms[k-1].Figure.Text()+"” of the headline, “"+d.ms[k].Figure.Text()+"”, which a later sentence gives: it is not placed again; check it")
			d.placed[best] = true
			best, rank = k, 1
		}
	}
	if best >= 0 && len(d.parts) == 0 {
		if k, ok := d.sliceOfAnnounced(best); ok {
			// "an extra £1.7 million" for one council in the title and
			// lede, "announced that the most hard hit authorities …
			// would get a £300m …", then "the council’s extra £1.7
			// million slice": the lede's sum is one recipient's part,
			// the announced sum the package.
			best, rank = k, 1
			d.announce = d.sentenceOf(d.ms[k])
		}
	}
	if best >= 0 && len(d.parts) == 0 {
		if k, ok := d.partAnnounced(best); ok {
			// "… had been granted an additional £2,011,000", then "The
			// extra funding … was announced as part of a £337m immediate
			// funding boost": the lede's sum is one recipient's part, the
			// sum it is part of the package.
			best, rank = k, 1
			d.announce = d.sentenceOf(d.ms[k])
		}
		if k, ok := d.roundedPartOfAnnounced(best); ok {
			// "Milton Keynes Council will receive close to an extra £5
			// million …", then "Milton Keynes Council is set to receive
			// £4,969,536": the lede rounds one recipient's part; the
			// announced sum is the package.
			d.note(span(d.ms[best]), "“"+d.ms[best].Figure.Text()+"” rounds a recipient's part of the headline, “"+d.ms[k].Figure.Text()+"”, which a later sentence announces: it is not placed again; check it")
			d.placed[best] = true
			best, rank = k, 1
			d.announce = d.sentenceOf(d.ms[k])
		}
	}
	if t, ok := d.titleOnly(best, rank); ok {
		d.parts = nil
		// "£20million to support Welsh NHS" over a body stating "£16m"
		// and "the remaining £4m": the title states the whole the body
		// itemises.
		best, rank = t, 0
		d.note(span(d.ms[t]), "the headline is the title's “"+d.ms[t].Figure.Text()+"”, which no sentence of the body states: the body's figures are taken as its parts; check it")
	}
	if best >= 0 && rank > 0 && len(d.parts) == 0 {
		if k, ok := d.countedShare(best); ok {
			// "A £1m Government boost for a Worcestershire market town",
			// "Evesham and Bewdley are set to receive £1m …" and "In
			// total 43 market towns nationally are to receive aid money":
			// one part of money many share, and no total.
			d.parts, best = []int{k}, k
			d.announce = d.sentenceOf(d.ms[k])
		}
	}
	if best >= 0 && rank > 0 && len(d.parts) == 0 && (bestRole == RoleChange || bestRole == RolePackage) && d.leadsFurther(d.ms[best]) && d.receivedBefore(best) {
		if ps := d.recipientList(best); ps != nil {
			// "they will get an extra £1million", then "Burnley will get
			// … £9.1million, Hyndburn will receive £6.9million, Pendle
			// £7.4million …": one recipient's rise, and the parts of a
			// settlement with no total.
			d.parts, best, d.listed = ps, ps[0], true
			d.announce = d.sentenceOf(d.ms[best])
		}
	}
	if best >= 0 && rank > 0 && len(d.parts) == 0 {
		// "Solent NHS Trust and Southern Health NHS Foundation Trust will
		// receive money …", then each one's sum: parts, and no total.
		d.parts = d.recipientParts(best)
	}
	if best >= 0 && rank > 0 && len(d.parts) == 0 {
		// "announced an immediate £350m boost for this winter followed by
		// £1.6bn more next year for the front line": parts, and no total.
		var total int
		if d.parts, total = d.listedParts(d.announce, best); total >= 0 {
			// "… £2m for roads and £1m for parks. The £3m will …": the
			// total is the headline, and the parts its allocations.
			best, d.parts = total, nil
		}
	}
	if best >= 0 && len(d.parts) == 0 {
		if k, ok := d.fundTotal(best); ok {
			// "… £25 million a year … from the Controlling Migration
			// Fund", then "The Controlling Migration Fund total is £140
			// million": the fund's total is the whole, the money from it
			// a part.
			best, rank = k, 1
			d.announce = d.sentenceOf(d.ms[k])
		}
		if k, ok := d.totalAbove(best); ok {
			// "AN extra £90 million for health and education …", then "A
			// total of £131m is being disbributed, including £60m for
			// health and £30m for education": the total is the whole, the
			// lede's sum a part of it.
			best, rank = k, 1
			d.announce = d.sentenceOf(d.ms[k])
		}
		best = d.fullest(best)
	}
	cut := false // whether the figure taken in want of an announcement is a change
	var yearly bool
	if best >= 0 && rank > 0 && len(d.parts) == 0 {
		d.yearRun, yearly = d.unsummedYear(best)
	}
	if yearly {
		d.note(span(d.ms[best]), "“"+d.ms[best].Figure.Text()+"” is one year's money of several, and no sentence states their whole: the package has no headline; set it if the article gives one")
	}
	if best < 0 {
		// Only the title, or figures of other roles, state money: take the
		// first, for a person to check; in the body, the first the
		// narrative gives recipients ("Road repairs … are to get £25
		// million a year"), not a critic's level or sum needed before it.
		for k, m := range d.ms {
			if !rateOrConversion(m) {
				best = k
				break
			}
		}
		given := false
		if best < 0 || !d.inTitle(d.ms[best]) {
			if k := d.narrativeShare(); k >= 0 {
				best, given = k, true
			}
		}
		if best < 0 {
			best = 0
		}
		st := d.sentenceOf(d.ms[best])
		if st.IsZero() && d.inTitle(d.ms[best]) {
			// "Leeds City Council faces £70 million further cuts over the
			// next two years" as the title: its words give the role too.
			st = d.title
		}
		if !st.IsZero() {
			if r, _ := roleAt(FromQuote(d.in(st)), 0, d.ms[best].Start-st.Start); r == RoleChange || r == RoleNeeded || r == RoleOther {
				// "a one per cent funding reduction, equivalent to almost
				// £1.9 million", where no sentence announces money: a cut,
				// or cuts to make, states no package's money; nor does a
				// surplus, a cost or reserves ("a budget surplus of
				// £2.893 million").
				cut = true
			}
		}
		if !cut && d.inTitle(d.ms[best]) && d.restatedAsCut(best) {
			// "Opposition blasts £9 million council cuts" over "proposals
			// … which look to cut more than £9 million": the body says
			// what the title's sum is, a cut.
			cut = true
		}
		if ps := d.recipientParts(best); ps != nil && !cut {
			// "Projects in Cardiff and Blaenau Ffestiniog have become the
			// first recipients of … new grant scheme", then each one's
			// sum: parts, and no total, as when a sentence announces.
			d.parts, d.announce = ps, d.sentenceOf(d.ms[best])
		}
		k, levelled := d.cutTo()
		if levelled = levelled && cut; levelled {
			// "… outlined a 30 per cent cut in grant aid for the Arts
			// Council from £452 million to £350 million", where no
			// sentence announces money and the first figure is the cut:
			// the money's size after the change, which the package is.
			best, cut = k, false
		}
		if levelled {
			d.note(span(d.ms[best]), "no sentence announces the package: its headline is the level the narrative says its money goes to, “"+d.ms[best].Figure.Text()+"”, from “"+d.ms[best-1].Figure.Text()+"”; check it")
		} else if cut {
			d.note(span(d.ms[best]), "no sentence announces the package, and the first figure the article states, “"+d.ms[best].Figure.Text()+"”, is a change or an amount needed: the package has no headline; set it if the article gives one")
		} else if len(d.parts) > 0 {
		} else if given {
			d.note(span(d.ms[best]), "no sentence announces the package: its headline is the first figure the narrative gives recipients, “"+d.ms[best].Figure.Text()+"”; check it")
		} else {
			d.note(span(d.ms[best]), "no sentence announces the package: its headline is the first figure the article states, “"+d.ms[best].Figure.Text()+"”; check it")
		}
	}
	d.headline = best
	// With a cut as its only candidate, as when the article states only
	// parts, the package has no headline, though the figure is still the
	// one the others are read beside (d.headline).
	switch {
	case cut, yearly:
	case len(d.parts) > 0:
		d.note(d.announce, "the article states the package's parts and no total: they are its allocations, and it has no headline; check it")
	default:
		d.placed[best] = true
		m := d.ms[best]
		d.pkg.Headline = m.Figure
		c := [...]Confidence{Explicit, Explicit, Inferred, Guessed, Guessed, Guessed}[rank]
		if rank == 0 && d.inTitle(m) {
			c = Inferred // the title states it, but that it is the whole is read
		}
		d.field("packages[0].headline", span(m), c)
	}
	d.pkg.ID = d.packageID()
	d.field("packages[0].id", d.title, Guessed)
	if d.cites() {
		d.pkg.Sources = []funding.Source{d.src}
	} else if d.given != (funding.Source{}) {
		d.note(Span{}, "the source given has neither a title nor a URL and the article prints no title, so the record cites no source; give one to cite it")
	}
	if !d.title.IsZero() {
		d.pkg.Title = d.src.Title
		if d.given.Title == "" {
			d.field("packages[0].title", d.title, Inferred)
			d.field("packages[0].sources[0].title", d.title, Inferred)
		}
		d.titleMoney()
	}
	if !d.date.IsZero() {
		c := Inferred
		if d.datePrinted {
			c = Explicit
		}
		d.pkg.Announced = d.date
		if !d.dateSpan.IsZero() {
			d.field("packages[0].announced", d.dateSpan, c)
			if d.given.Published.IsZero() {
				d.field("packages[0].sources[0].published", d.dateSpan, c)
			}
		}
	}
	if !d.announce.IsZero() {
		d.announcedBy()
	}
	d.novelty()
	d.period()
	d.purposes()
}

// narrativeShare returns the index in ms of the first figure of the
// body, outside quotations and reported statements, that its words make
// a recipient's share: "Road repairs in the county are to get £25 million
// a year"; or -1. The share must be what a class of recipients or of
// purposes receives (see classReceives): a named recipient's sum
// ("Wolverhampton was one of four areas to receive £25m", "Rowley Regis
// (£19m)") is a part of money others share, not the whole.
func (d *drafter) narrativeShare() int {
	for _, s := range d.sents {
		i, j := d.mentionsIn(s)
		if i == j {
			continue
		}
		for _, sa := range FromQuote(d.in(s)) {
			k := searchMention(d.ms, s.Start+sa.Span.Start)
			if sa.Role == RoleShare && k < len(d.ms) && !rateOrConversion(d.ms[k]) && !d.quoted(span(d.ms[k])) &&
				d.classReceives(s, d.ms[k]) {
				return k
			}
		}
	}
	return -1
}

// cutTo returns the index in ms of the first figure of the body, outside
// quotation marks, that states the level money goes to from a level
// before it in the same words ("a cut in grant aid from £452 million to
// £350 million"), so much in all rather than each one's (see perUnit and
// eachSubject); false if none.
func (d *drafter) cutTo() (int, bool) {
	for _, s := range d.sents {
		if s == d.title {
			continue
		}
		i, j := d.mentionsIn(s)
		if j-i < 2 {
			continue
		}
		sas := FromQuote(d.in(s))
		for n := 1; n < len(sas); n++ {
			k := searchMention(d.ms, s.Start+sas[n].Span.Start)
			if sas[n].Role != RoleLevel || sas[n-1].Role != RolePrevious || k == 0 || k >= len(d.ms) ||
				d.ms[k-1].Start != s.Start+sas[n-1].Span.Start || sas[n].Terms == PerHead ||
				d.inMarks(span(d.ms[k])) || d.perUnit(s, d.ms[k]) || eachSubject(wordsOf(d.text, Span{s.Start, d.ms[k-1].Start}, nil)) {
				continue
			}
			return k, true
		}
	}
	return 0, false
}

// eachSubject reports whether the words ts, before a figure, name each
// one of several ("Each home's bill will go up from …", "every school's
// budget"): what they state is each one's, not so much in all.
func eachSubject(ts []tok) bool {
	for _, t := range ts {
		if t.w == "each" || t.w == "every" {
			return true
		}
	}
	return false
}

// includedByUnstated reports whether the mention m is the object of a
// word itemising money (see isItemising) whose subject, opening the
// sentence s, names money by a noun and states no figure: "The funding
// announcement includes £2 million towards …", "The support package will
// also feature £1m …". Such a sum is a part of money whose total the
// words leave out; "This includes £4m" names no money, and refers to the
// sum before it.
func (d *drafter) includedByUnstated(s Span, m currency.Mention) bool {
	if i, j := d.mentionsIn(Span{s.Start, m.Start}); i < j {
		return false
	}
	var buf [12]tok
	ts := wordsOf(d.text, Span{s.Start, m.Start}, buf[:0])
	n := len(ts)
	if n < 3 || n > 10 || ts[0].w != "the" || !isItemising(ts[n-1].w) || strings.HasPrefix(ts[n-1].w, "made") ||
		strings.HasPrefix(ts[n-1].w, "broken") || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return false
	}
	v := n - 1
	for v > 1 && (isAuxiliary(ts[v-1].w) || ts[v-1].w == "also") {
		v--
	}
	for _, t := range ts[1:v] {
		if slices.Contains(moneyNouns, t.w) || slices.Contains(wholeNouns, t.w) || strings.HasPrefix(t.w, "announcement") {
			return true
		}
	}
	return false
}

// restatesPart reports whether the mention ms[k] states the value of one
// of the mentions ms[p] for p in parts, after them.
func (d *drafter) restatesPart(k int, parts []int) bool {
	for _, p := range parts {
		if p < k && d.ms[p].Figure.Nominal().Equal(d.ms[k].Figure.Nominal()) {
			return true
		}
	}
	return false
}

// titleOnly returns the index in ms of the title's figure when it, and no
// sentence of the body, states the package's whole: the title states one
// figure, in words that give it no role other than the package's (not
// "faces a £20m shortfall" or "£20m cut"), none of the body's figures states or falls
// within it, and the figure the body announces, best of rank, is smaller,
// a part of it.
func (d *drafter) titleOnly(best, rank int) (int, bool) {
	if best < 0 || rank == 0 {
		return 0, false
	}
	i, j := d.mentionsIn(d.title)
	if j != i+1 || rateOrConversion(d.ms[i]) {
		return 0, false
	}
	t := d.ms[i].Figure
	if c, err := d.ms[best].Figure.Nominal().Compare(t.Nominal()); err != nil || c >= 0 {
		return 0, false
	}
	for _, sa := range FromQuote(d.in(d.title)) {
		switch sa.Role {
		case RolePackage, RoleUnknown:
		default:
			// "Council faces £20m shortfall", "£20m cut to budgets": no
			// money given.
			return 0, false
		}
	}
	for k := j; k < len(d.ms); k++ {
		if f := d.ms[k].Figure; f.Nominal().Equal(t.Nominal()) || t.Admits(f.Nominal()) {
			return 0, false
		}
	}
	return i, true
}

// wholeShared returns the index in ms of the whole that a later sentence
// calls the headline's figure, ms[best], a share of: "the £4,003,375 share
// of a £500m pot" after a lede's "£4million", which admits £4,003,375. A
// sum that is one share of a pot is not the package, however the lede puts
// it.
func (d *drafter) wholeShared(best int) (int, bool) {
	head := d.ms[best].Figure
	var buf [4]tok
	for k := best + 2; k < len(d.ms); k++ {
		part := d.ms[k-1]
		if rateOrConversion(part) || rateOrConversion(d.ms[k]) ||
			!(head.Nominal().Equal(part.Figure.Nominal()) || head.Admits(part.Figure.Nominal())) {
			continue
		}
		ts := wordsOf(d.text, Span{part.End, d.ms[k].Start}, buf[:0])
		if len(ts) == 3 && ts[0].w == "share" && ts[1].w == "of" && (ts[2].w == "a" || ts[2].w == "the") &&
			!clauseBreak(d.text[part.End:d.ms[k].Start]) {
			if c, err := d.ms[k].Figure.Nominal().Compare(head.Nominal()); err == nil && c > 0 {
				return k, true
			}
		}
	}
	return 0, false
}

// moneyNouns name a sum of money given: "the £1.8bn injection".
var moneyNouns = []string{"injection", "package", "boost", "investment", "fund", "funding", "settlement", "pot", "cash", "deal", "grant", "uplift", "windfall"}

// namesMoney reports whether the article names the money of the mention
// m by its figure: "the" before it and a money noun after it ("the £1.8bn
// injection"); before is the two words before m.
func (d *drafter) namesMoney(m currency.Mention, before string) bool {
	if before != "the" && !strings.HasSuffix(before, " the") {
		return false
	}
	after := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+20)}, nil)
	return len(after) > 0 && slices.Contains(moneyNouns, after[0].w) && !clauseBreak(d.text[m.End:after[0].start])
}

// fullest returns the index in ms of the fullest statement of the figure
// of ms[k]: a later mention of the same value with a qualifier ("plans to
// spend £100bn", then "promises "at least £100bn of additional
// resources""), which says what the words of the first leave out; or k.
// A title that states the figure as ms[k] does ("Extra £40m flood defence
// cash", then "An extra £40m to rebuild ...") has said it in full: a later
// "More than £40m ..., he added" is a speaker's wording of it.
func (d *drafter) fullest(k int) int {
	f := d.ms[k].Figure
	if f.Bound() != currency.Exact && !f.Per().IsZero() || d.titleStates(f) {
		return k
	}
	for i := k + 1; i < len(d.ms); i++ {
		g := d.ms[i].Figure
		if !g.Nominal().Equal(f.Nominal()) || rateOrConversion(d.ms[i]) || d.inTitle(d.ms[i]) {
			continue
		}
		bound := f.Bound() == currency.Exact && g.Bound() != currency.Exact && g.Per().Equal(f.Per())
		term := f.Per().IsZero() && !g.Per().IsZero() && g.Bound() == f.Bound()
		if bound || term {
			return i // "at least £100bn" after "£100bn", "£9.5bn a year" after "£9.5bn extra each year"
		}
	}
	return k
}

// titleStates reports whether the title states f as it is, the same value
// with the same qualifier and terms.
func (d *drafter) titleStates(f currency.Figure) bool {
	i, j := d.mentionsIn(d.title)
	for ; i < j; i++ {
		g := d.ms[i].Figure
		if g.Nominal().Equal(f.Nominal()) && g.Bound() == f.Bound() && g.Per().Equal(f.Per()) {
			return true
		}
	}
	return false
}

// inTitle reports whether the mention m is in the article's title.
func (d *drafter) inTitle(m currency.Mention) bool {
	return !d.title.IsZero() && d.title.Start <= m.Start && m.End <= d.title.End
}

// wordsBefore returns the two words before the mention m, in lower case
// and apart by one space, or fewer at the start of the text.
func (d *drafter) wordsBefore(m currency.Mention) string {
	ts := wordsOf(d.text, Span{max(0, m.Start-40), m.Start}, nil)
	if len(ts) > 0 && m.Start-40 > 0 {
		ts = ts[1:] // it may be cut
	}
	if len(ts) > 2 {
		ts = ts[len(ts)-2:]
	}
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.w)
	}
	return b.String()
}

// drawnFrom reports whether a verb of receiving comes just before "from"
// or "from the" before the mention m: "will receive from the £183.5
// million", "get their share from £2m", money drawn from a whole. A
// share may name whose it is between: "confirmed allocations for
// individual councils from the £1 billion".
func (d *drafter) drawnFrom(m currency.Mention) bool {
	var buf [12]tok
	ts := d.wordsInReach(Span{}, m, 90, buf[:0])
	n := len(ts)
	if n > 0 && ts[n-1].w == "the" {
		n--
	}
	if n < 2 || ts[n-1].w != "from" || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return false
	}
	if shareNoun(ts[n-2].w) {
		return true // "receive their share from the £2m"
	}
	for k := n - 2; k >= 1 && k >= n-5; k-- {
		if ts[k].w == "for" && shareNoun(ts[k-1].w) && !clauseBreak(d.text[ts[k].end:ts[n-1].start]) {
			return true // "allocations for individual councils from the £1 billion"
		}
	}
	w := ts[n-2].w
	for _, v := range drawVerbs {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// drawnFromAt reports whether the mention at s is drawn from (see
// drawnFrom).
func (d *drafter) drawnFromAt(s Span) bool {
	k, ok := d.mentionAt(s)
	return ok && d.drawnFrom(d.ms[k])
}

// shareNoun reports whether w names a share of a whole.
func shareNoun(w string) bool {
	return w == "share" || w == "shares" || w == "allocation" || w == "allocations"
}

// drawVerbs, as word prefixes, draw money from a whole: "receive from",
// "benefit from", "paid from".
var drawVerbs = [...]string{"receiv", "get", "got", "benefit", "draw", "paid", "claim", "allocated", "awarded"}

// eachOne reports whether the mention m is the money of each of many:
// "Grants of £750 are being paid to all …".
func (d *drafter) eachOne(m currency.Mention) bool {
	switch d.wordsBefore(m) {
	case "grants of", "payments of", "awards of", "bursaries of", "vouchers of":
		return true
	}
	return false
}

// admitsAny reports whether one of the title's figures admits f's value
// or states the same: "more than £10m" admits "£11.6m", "£4 million" is
// "more than £4 million"'s value.
func admitsAny(titled []currency.Figure, f currency.Figure) bool {
	for _, t := range titled {
		if t.Nominal().Equal(f.Nominal()) || t.Admits(f.Nominal()) {
			return true
		}
	}
	return false
}

// titleMoney notes the money the title states, which is not a claim: the
// headline is read from the body, where the article announces it.
func (d *drafter) titleMoney() {
	i, j := d.mentionsIn(d.title)
	for k := i; k < j; k++ {
		if !d.placed[k] {
			d.placed[k] = true
			d.note(span(d.ms[k]), "the title states “"+d.ms[k].Figure.Text()+"”; a title is not drafted as a claim, and the headline is read from the body")
		}
	}
}

// packageID returns an identifier for the package: the first words of the
// title that are not money, joined by hyphens, with the year it was
// published; "package" when there is no title.
func (d *drafter) packageID() string {
	var b []byte
	n := 0
	if !d.title.IsZero() {
		k, j := d.mentionsIn(d.title)
		for _, t := range wordsOf(d.text, d.title, d.toks[:0]) {
			if n == 5 {
				break
			}
			for k < j && d.ms[k].End <= t.start {
				k++
			}
			if k < j && d.ms[k].Start < t.end || !asciiWord(t.w) {
				continue // money, or not a word an identifier can hold
			}
			if n > 0 {
				b = append(b, '-')
			}
			b = append(b, t.w...)
			n++
		}
	}
	if n == 0 {
		b = append(b, "package"...)
	}
	if !d.date.IsZero() {
		b = append(b, '-')
		b = append(b, d.date.String()[:4]...)
	}
	return string(b)
}

// asciiWord reports whether w is ASCII letters and digits only, as an
// identifier's words are.
func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) && !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// auxiliaries are the words between a subject and its verb of
// announcement: "The Mayor of London, Sadiq Khan, has today announced".
var auxiliaries = [...]string{"has", "have", "had", "is", "are", "was", "were", "will", "would", "today", "yesterday", "also", "now", "this", "week", "morning", "formally", "officially", "been", "be", "to", "set", "just"}

// announcedBy reads who announced the package from the subject of the
// sentence announcing it, before its verb: "The Mayor of London, Sadiq
// Khan, has today announced …". A sentence whose subject is the money ("A
// £2.4m package … has been announced") names no announcer.
//
// A sentence whose subject is the money may name its announcer after
// "by" ("A £3m fund … was unveiled by Kent County Council"); so may the
// sentence after the announcing one, if it states no money: "COUNCIL bosses have set out their £50
// million plan … A new raft of measures … has been announced by Essex
// County Council."
func (d *drafter) announcedBy() {
	who, at, ok := d.subjectAnnouncer()
	c := Explicit
	if !ok {
		who, at, ok = d.agentIn(d.announce, true)
	}
	if !ok {
		who, at, ok = d.givenBy(d.announce)
	}
	if !ok {
		if i, _ := d.sentSearch(d.announce.End); i < len(d.sents) && !d.hasMoney(d.sents[i]) {
			who, at, ok = d.agentIn(d.sents[i], false)
			c = Inferred
		}
	}
	if !ok {
		return
	}
	d.who, d.announcer = who, at
	d.pkg.AnnouncedBy = who
	d.field("packages[0].announcedBy", at, c)
}

// subjectAnnouncer reads the announcer from the subject of the sentence
// announcing the package, before its verb of announcing.
func (d *drafter) subjectAnnouncer() (funding.Person, Span, bool) {
	d.toks = wordsOf(d.text, d.announce, d.toks[:0])
	v := announces(d.toks)
	if v < 0 {
		// "THE Scottish Government will provide up to £50 million of cash
		// for a new competition" (thenational-2021): a public body opening
		// the sentence as the subject of a verb of providing the money
		// to come announces it, as a verb of announcing would say. One
		// that "is providing" money tells what it does, as a release's
		// narrative does, and is its funder only (see providerIn).
		if at, ok := d.bodyProviding(d.announce); ok && strings.TrimSpace(d.text[d.announce.Start:at.Start]) == "" && d.willGive(at.End) {
			return d.person(at)
		}
	}
	if v <= 0 || verbalNoun(d.toks[v].w) {
		// "Commenting on the allocations the Education Minister said":
		// a noun of announcing ("allocations", "announcement") has no
		// subject, and the words before it name no announcer.
		return funding.Person{}, Span{}, false
	}
	end := v
	for end > 0 && isAuxiliary(d.toks[end-1].w) {
		end--
	}
	if end > 1 && d.toks[end-1].w == "how" && decisionVerb(d.toks[end-2].w) {
		end-- // "has agreed how to allocate £226.5m"
	}
	if end > 0 && end < v && decisionVerb(d.toks[end-1].w) {
		// "THE Stormont Executive has agreed how to allocate £226.5m",
		// "The council has decided to invest £5m": the body deciding
		// announces the money it decides on.
		end--
		for end > 0 && isAuxiliary(d.toks[end-1].w) {
			end--
		}
	}
	if end == 0 || receives(d.toks, end, v) {
		// "Suffolk is set to receive £10m": the subject gets it.
		return funding.Person{}, Span{}, false
	}
	subj := Span{d.announce.Start, d.toks[end-1].end}
	if d.hasMoney(subj) || papersNoun(d.toks[end-1].w) {
		// "The Budget sets out £550m …": a document, no announcer.
		return funding.Person{}, Span{}, false
	}
	return d.person(subj)
}

// decisionVerb reports whether w, in lower case, is a verb of deciding
// that takes "to" or "how to" before a verb announcing money: "has agreed
// to invest", "has decided how to allocate".
func decisionVerb(w string) bool {
	switch w {
	case "agreed", "agrees", "decided", "decides", "voted", "votes":
		return true
	}
	return false
}

// willGive reports whether the auxiliaries after offset at, before the
// verb, put it to come, "will", or "to" ("is to provide", "is set to
// give"), or give it as done now, "has" or "have" ("The UK Government has
// provided the Northern Ireland Executive with an additional £300
// million"): news of the money, not what the body goes on doing.
func (d *drafter) willGive(at int) bool {
	var buf [4]tok
	for _, t := range wordsOf(d.text, Span{at, min(len(d.text), at+24)}, buf[:0]) {
		if !isAuxiliary(t.w) {
			return false
		}
		if t.w == "will" || t.w == "to" || t.w == "has" || t.w == "have" {
			return true
		}
	}
	return false
}

// agentIn reads the announcer from the words after "by" straight after a
// verb announcing money in so many words (see agentVerb) in the
// sentence s, to the end of their clause: "has been announced by Essex
// County Council"; if moneyFirst, only when the subject, the words before
// the first auxiliary, states money ("A £3m fund … was unveiled by …", not "The
// council will receive a share of £6 million announced by the
// Government", whose subject receives it).
func (d *drafter) agentIn(s Span, moneyFirst bool) (funding.Person, Span, bool) {
	d.toks = wordsOf(d.text, s, d.toks[:0])
	for k := 0; k+2 < len(d.toks); k++ {
		by := k + 1
		if w := d.toks[by].w; (w == "today" || w == "yesterday") && by+2 < len(d.toks) {
			by++ // "has been announced today by Health Secretary Vaughan Gething"
		}
		if d.toks[by].w != "by" || !agentVerb(d.toks[k].w) ||
			clauseBreak(d.text[d.toks[k].end:d.toks[by+1].start]) {
			continue
		}
		if moneyFirst && !d.hasMoney(Span{s.Start, d.toks[subjectEnd(d.toks[:k])].start}) {
			return funding.Person{}, Span{}, false
		}
		if w := d.toks[by+1].w; monthOf(w) != 0 || weekday(w) {
			continue // "announced by March": a time, not who
		}
		// The name runs to the end of the clause or to a word in lower
		// case that joins no name's words: "by Kent County Council on
		// Monday".
		end := by + 1
		for end+1 < len(d.toks) && !clauseBreak(d.text[d.toks[end].end:d.toks[end+1].start]) &&
			(capitalised(d.text, d.toks[end+1]) || slices.Contains(nameJoiners, d.toks[end+1].w)) {
			end++
		}
		return d.person(Span{d.toks[by+1].start, d.toks[end].end})
	}
	return funding.Person{}, Span{}, false
}

// subjectEnd returns the index in ts of the first auxiliary ("has",
// "was", "will"), where a sentence's subject ends, or len(ts).
func subjectEnd(ts []tok) int {
	for k, t := range ts {
		if isAuxiliary(t.w) {
			return k
		}
	}
	return len(ts)
}

// nameJoiners are the words in lower case inside an organisation's name:
// "Department for Education", "Ministry of Housing".
var nameJoiners = []string{"of", "for", "and", "the"}

// weekday reports whether w, in lower case, names a day of the week.
func weekday(w string) bool {
	for day := time.Sunday; day <= time.Saturday; day++ {
		if lowerASCII(day.String()) == w {
			return true
		}
	}
	return false
}

// isAuxiliary reports whether w is one of the auxiliaries.
func isAuxiliary(w string) bool {
	for _, a := range auxiliaries {
		if w == a {
			return true
		}
	}
	return false
}

// novelty reads whether the money is new or an extension: "extended
// funding", "for an additional year" and "for another year" in a sentence
// about funding make an extension; "new" just before the headline's figure
// ("a new £2.4m package"), or "new money", makes it new.
func (d *drafter) novelty() {
	head := d.ms[d.headline].Figure.Nominal()
	for _, s := range d.sents {
		if !strings.Contains(d.in(s), "xtend") {
			continue
		}
		d.toks = wordsOf(d.text, s, d.toks[:0])
		for k, t := range d.toks {
			if strings.HasPrefix(t.w, "extend") && k+1 < len(d.toks) && fundingWord(d.toks[k+1].w) {
				d.setNovelty(funding.Extension, Span{t.start, d.toks[k+1].end}, Explicit)
				return
			}
		}
	}
	for _, s := range d.sents {
		if !strings.Contains(d.in(s), "ew") {
			continue
		}
		d.toks = wordsOf(d.text, s, d.toks[:0])
		if k := hasPhrase(d.toks, "new money"); k >= 0 {
			d.setNovelty(funding.New, Span{d.toks[k].start, d.toks[k+1].end}, Explicit)
			return
		}
		i, j := d.mentionsIn(s)
		for ; i < j; i++ {
			m := d.ms[i]
			if !m.Figure.Nominal().Equal(head) {
				continue
			}
			for k := len(d.toks) - 1; k >= 0; k-- {
				if t := d.toks[k]; t.end <= m.Start {
					if t.w == "new" && m.Start-t.end <= 2 {
						d.setNovelty(funding.New, Span{t.start, m.End}, Explicit)
						return
					}
					break
				}
			}
		}
	}
	for _, s := range d.sents {
		if !strings.Contains(d.in(s), "year") {
			continue
		}
		d.toks = wordsOf(d.text, s, d.toks[:0])
		if hasWord(d.toks, "funding") < 0 && hasWord(d.toks, "money") < 0 {
			continue
		}
		for _, p := range [...]string{"for an additional year", "for another year", "for a further year"} {
			if k := hasPhrase(d.toks, p); k >= 0 {
				n := strings.Count(p, " ")
				d.setNovelty(funding.Extension, Span{d.toks[k].start, d.toks[k+n].end}, Inferred)
				return
			}
		}
	}
}

// fundingWord reports whether w names money given: "funding", "grants".
func fundingWord(w string) bool {
	switch w {
	case "funding", "money", "grant", "grants", "support", "contracts", "contract", "the":
		return true
	}
	return false
}

// setNovelty sets the package's novelty, with its provenance.
func (d *drafter) setNovelty(n funding.Novelty, s Span, c Confidence) {
	d.pkg.Novelty = n
	d.field("packages[0].novelty", s, c)
}

// period reads the period of the money from "until March 2018" (or "to",
// "till", "through", "up to", "by the end of") in a sentence about funding:
// it ends on the last day of that month. An extension of funding starts in
// the financial year after the one the article was published in (the
// existing funding runs to its end); other money starts when it was
// announced; with neither, only the end is known.
func (d *drafter) period() {
	for _, s := range d.sents {
		if !hasDigit(d.in(s)) {
			continue // no year
		}
		d.toks = wordsOf(d.text, s, d.toks[:0])
		if hasWord(d.toks, "funding") < 0 && hasWord(d.toks, "money") < 0 && announces(d.toks) < 0 {
			continue
		}
		for k, t := range d.toks {
			switch t.w {
			case "until", "till", "through", "to":
			default:
				continue
			}
			end, ok := monthEnd(d.toks, k+1)
			if !ok {
				continue
			}
			p := funding.Period{End: end}
			c := Inferred
			switch {
			case d.pkg.Novelty == funding.Extension && !d.date.IsZero():
				next := (d.date.FiscalYear() + 1).Start()
				if !next.After(end) {
					p.Start = next
				}
			case !d.date.IsZero() && d.date.Before(end):
				p.Start = d.date
			default:
				c = Guessed
			}
			d.pkg.Period = p
			d.field("packages[0].period", Span{t.start, d.toks[k+2].end}, c)
			return
		}
	}
}

// purposes reads what the money is for from the words after its figure in
// the sentence announcing it ("more than £4 million to help tackle sexual
// abuse in London") and from "the funding for …" anywhere before the body
// or in it ("will receive the funding for counselling and therapeutic
// support"), and the kind of spending from those words.
func (d *drafter) purposes() {
	var spans []Span
	if m := d.ms[d.headline]; !d.announce.IsZero() && len(d.parts) == 0 && m.End <= d.announce.End {
		// The parts' purposes are their allocations', and a total stated
		// after the sentence announcing them has none in it.
		if s, ok := d.purposeAfter(Span{m.End, d.announce.End}); ok {
			spans = append(spans, s)
		}
	}
	for _, p := range d.paras {
		if p == d.title {
			continue
		}
		d.toks = wordsOf(d.text, p, d.toks[:0])
		for k := 1; k+2 < len(d.toks); k++ {
			if (d.toks[k].w == "funding" || d.toks[k].w == "money") && d.toks[k-1].w == "the" &&
				d.toks[k+1].w == "for" && d.toks[k+1].start == d.toks[k].end+1 {
				if s, ok := d.purposeAfter(Span{d.toks[k+1].start, p.End}); ok {
					spans = append(spans, s)
				}
			}
		}
		if len(spans) > 1 {
			break
		}
	}
	for _, s := range spans {
		for _, part := range splitList(d.text, s) {
			w := d.in(part)
			if !containsString(d.pkg.Purposes, w) {
				d.field("packages[0].purposes["+strconv.Itoa(len(d.pkg.Purposes))+"]", part, Inferred)
				d.pkg.Purposes = append(d.pkg.Purposes, w)
			}
		}
	}
	from := spans
	if !d.announce.IsZero() {
		from = append(from, d.announce)
	}
	for _, s := range from {
		if k, at := d.kindIn(s); k != funding.KindUnknown {
			d.pkg.Kind = k
			d.field("packages[0].kind", at, Inferred)
			return
		}
	}
}

// purposeAfter reads a purpose at the start of s: "to help tackle …",
// "to fund …", "for counselling and therapeutic support", up to the end of
// the clause (a comma, dash, semicolon or full stop) or of s.
func (d *drafter) purposeAfter(s Span) (Span, bool) {
	ts := wordsOf(d.text, s, nil)
	if len(ts) < 2 {
		return Span{}, false
	}
	i := 0
	switch {
	case ts[0].w == "for" && ts[1].w != "the" && ts[1].w != "a":
		i = 1
	case ts[0].w == "to" && (ts[1].w == "help" || ts[1].w == "support") && len(ts) > 2:
		i = 2
	case ts[0].w == "to":
		i = 1
	default:
		return Span{}, false
	}
	start := ts[i].start
	// The gap between the figure and its purpose holds no punctuation.
	if clauseBreak(d.text[s.Start:start]) {
		return Span{}, false
	}
	end := start
	for ; i < len(ts); i++ {
		if clauseBreak(d.text[end:ts[i].start]) {
			break
		}
		end = ts[i].end
	}
	return Span{start, end}, end > start
}

// clauseBreak reports whether the text between two words ends a clause:
// it holds punctuation other than an apostrophe, a spaced hyphen, or a
// line break, which in the text DraftRecord reads (see unwrap) ends a
// paragraph: a title that does not end as a sentence does is no clause of
// the paragraph after it.
func clauseBreak(gap string) bool {
	return strings.ContainsAny(gap, ",;:.!?–—()\"“”\n") || strings.Contains(gap, " - ")
}

// splitList splits a phrase at ", " and " and " into its items:
// "counselling and therapeutic support" is "counselling" and "therapeutic
// support".
func splitList(text string, s Span) []Span {
	var out []Span
	start := s.Start
	ts := wordsOf(text, s, nil)
	for _, t := range ts {
		if t.w == "and" || t.w == "or" {
			if a, b := trimSpaceSpan(text, start, t.start); a < b {
				out = append(out, Span{a, b})
			}
			start = t.end
		}
	}
	if a, b := trimSpaceSpan(text, start, s.End); a < b {
		out = append(out, Span{a, b})
	}
	return out
}

// kindWords give the kind of spending their words are for.
var kindWords = [...]struct {
	prefix string
	kind   funding.Kind
}{
	{"inquir", funding.Inquiry}, {"research", funding.Research}, {"evaluat", funding.Research},
	{"capital", funding.Capital}, {"building", funding.Capital}, {"equipment", funding.Capital},
	{"development", funding.Development}, {"redesign", funding.Development},
	{"support", funding.Services}, {"service", funding.Services}, {"counselling", funding.Services},
	{"advoca", funding.Services}, {"centre", funding.Services}, {"care", funding.Services},
	{"therap", funding.Services}, {"treatment", funding.Services}, {"victims", funding.Services},
}

// kindIn returns the kind of spending the first kind word in s gives, and
// where it is.
func (d *drafter) kindIn(s Span) (funding.Kind, Span) {
	for _, t := range wordsOf(d.text, s, nil) {
		for _, k := range kindWords {
			if strings.HasPrefix(t.w, k.prefix) {
				return k.kind, Span{t.start, t.end}
			}
		}
	}
	return funding.KindUnknown, Span{}
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// finiteVerbs are the auxiliaries and forms of "be" and "have" that a
// sentence of the body holds and a headline-style line mostly does not.
var finiteVerbs = []string{"is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could",
	"may", "might", "shall", "should", "must"}

// standfirst reports whether the sentence st is a paragraph of its own,
// or opens one of such sentences only, holding none of finiteVerbs and no
// verb in the simple past after its subject (see simplePast): a
// headline-style summary line ("Extra £5 million to help those facing
// hardship."), or lines ("Over £17 million to help rough sleepers into
// long term housing as cold weather bites. Money to provide more bed
// spaces for areas most in need.").
func (d *drafter) standfirst(st Span) bool {
	k, found := d.paraStarting(st.Start)
	if !found {
		return false
	}
	if strings.TrimRight(d.in(d.paras[k]), " \t") != d.in(st) {
		st = d.paras[k] // its other sentences must be lines too
	}
	var buf [24]tok
	ts := wordsOf(d.text, st, buf[:0])
	for i, t := range ts {
		if slices.Contains(finiteVerbs, t.w) || i > 0 && simplePast(d.text, ts[i-1], t, i > 1) && (i+1 == len(ts) || ts[i+1].w != "by") {
			// "£257.6 million to help tackle COVID-19 approved by
			// Parliament.": a participle before its agent is passive, no
			// simple past.
			return false
		}
	}
	return true
}

// simplePast reports whether t, after prev, is a verb in the simple past
// with its subject or a time before it, as prose tells what happened and
// a headline-style line does not: "Council leaders yesterday agreed",
// "Philip Hammond announced", "He also reported"; not "£5m for schools
// confirmed", nor "Funding confirmed …", whose capital is the line's
// (inside says prev is not the line's first word).
func simplePast(text string, prev, t tok, inside bool) bool {
	if !pastVerb(t.w) {
		return false
	}
	switch prev.w {
	case "yesterday", "today", "also", "he", "she", "they", "it", "we":
		return true
	}
	return inside && capitalised(text, prev)
}

// classReceives reports whether, in the sentence s, the mention m is what
// a whole class of recipients receives, so that a lede stating it states
// the package though it has no verb of announcing: "Local authorities in
// Wales will receive £4.2bn in core revenue funding"
// (welshgov-2018-settlement), "Schools will get £50m". The subject opens
// the sentence on a plural noun of recipients (see classNoun), in its
// first three words, or on a plural noun second and no capitalised word
// after its first, a class of what the money is for
// ("Road repairs in the county are to get £25 million a year"), with no
// count; and the verb of receiving and its auxiliaries come straight
// before the figure, within three words.
func (d *drafter) classReceives(s Span, m currency.Mention) bool {
	var buf [24]tok
	ts := wordsOf(d.text, Span{s.Start, m.Start}, buf[:0])
	v := -1
	for k := len(ts) - 1; k >= 0 && k >= len(ts)-3; k-- {
		if receivesNow(ts[k].w) {
			v = k
			break
		}
	}
	if v <= 0 {
		return false
	}
	end := v
	for end > 0 && isAuxiliary(ts[end-1].w) {
		end--
	}
	if end == 0 || countIn(ts[:end]) {
		return false
	}
	for _, t := range ts[:min(end, 3)] {
		if classNoun(t.w) {
			return true
		}
	}
	// "Road repairs in the county are to get £25 million a year": a
	// plural noun of what the money is for, second and in lower case, and
	// no name after the word opening the sentence ("Leeds is getting £3m"
	// names its recipient).
	if end < 2 || len(ts[1].w) < 4 || !strings.HasSuffix(ts[1].w, "s") || isAuxiliary(ts[1].w) || beWord(ts[1].w) {
		return false
	}
	for _, t := range ts[1:end] {
		if capitalised(d.text, t) {
			return false
		}
	}
	return true
}

// allocatedQualifiers are the words that may stand between a verb giving
// money and its figure: "allocated over £40 million", "awarded a further
// £2m".
var allocatedQualifiers = []string{"over", "more", "than", "up", "to", "almost", "nearly", "around", "about", "some", "under",
	"at", "least", "a", "an", "another", "further", "extra", "additional", "new", "total", "of", "just"}

// subjectAllocates reports whether the mention m follows straight on
// (but for allocatedQualifiers, at most three words) a verb of
// announcing money in d.toks, the words of its sentence, that is not one
// of receiving nor a passive, after a subject stating no money that reads
// as a person or a body (see person): "Conor Murphy today allocated over
// £40 million", not "Leeds will be allocated £6m".
func (d *drafter) subjectAllocates(m currency.Mention) bool {
	v := announces(d.toks)
	if v <= 0 || d.toks[v].end > m.Start {
		return false
	}
	var buf [4]tok
	between := wordsOf(d.text, Span{d.toks[v].end, m.Start}, buf[:0])
	if len(between) > 3 || slices.ContainsFunc(between, func(t tok) bool { return !slices.Contains(allocatedQualifiers, t.w) }) {
		// "announced that £850m of the one-off payment would go to …":
		// a clause of its own, not the money given.
		return false
	}
	end := v
	for end > 0 && isAuxiliary(d.toks[end-1].w) {
		end--
	}
	if end == 0 || receives(d.toks, end, v) {
		return false
	}
	subj := Span{d.toks[0].start, d.toks[end-1].end}
	if d.hasMoney(subj) {
		return false
	}
	_, _, ok := d.person(subj)
	return ok
}

// receivesNamed reports whether the mention m, in the sentence s, is the
// sum of money its recipient receives named by a noun of money, "a",
// "an" or "the", at most one other word, the noun (see moneyNouns) and
// "of" straight before it, after a verb of receiving: "Wales’ public
// services will receive a cash boost of more than £682m". In a lede, that
// is the package, whoever receives it.
func (d *drafter) receivesNamed(s Span, m currency.Mention) bool {
	var buf [8]tok
	ts := d.wordsInReach(s, m, 60, buf[:0])
	n := len(ts)
	if n < 4 || ts[n-1].w != "of" || !slices.Contains(moneyNouns, ts[n-2].w) {
		return false
	}
	det := n - 3
	if !isDeterminer(ts[det].w) {
		det--
	}
	return det > 0 && (ts[det].w == "a" || ts[det].w == "an" || ts[det].w == "the") && receivesNow(ts[det-1].w) &&
		!clauseBreak(d.text[ts[det-1].end:m.Start])
}

// announcesBesides reports whether a word announcing money other than
// one of receiving (see announceVerbs) is among ts: "announced" in "…
// will receive a cash boost of £682m, the First Minister announced
// today".
func announcesBesides(ts []tok) bool {
	for _, t := range ts {
		for _, v := range announceVerbs {
			if v != "receiv" && strings.HasPrefix(t.w, v) {
				return true
			}
		}
	}
	return false
}

// classNoun reports whether w, in lower case, is a plural noun naming a
// class of recipients of public money, all of which a settlement or a
// scheme may fund: "authorities", "councils", "schools", "areas" ("£1.2bn
// for 34 areas"), "associations" ("90 housing associations").
func classNoun(w string) bool {
	switch w {
	case "authorities", "councils", "schools", "hospitals", "trusts", "boards", "charities", "colleges",
		"universities", "forces", "businesses", "firms", "families", "households", "farmers", "communities",
		"organisations", "organizations", "libraries", "nurseries", "providers", "practices", "pharmacies", "areas", "associations":
		return true
	}
	return false
}
