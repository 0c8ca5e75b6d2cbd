package claims

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file drafts the claims: the quotations and reported statements
// quotations reads, and the sentence in which a named announcer announces
// the package, spoken by the announcer; and ties them to the package, to
// the announcer's claim they respond to, and to the measures they count.

// A drafted is a claim with its span in the article and its provenance,
// before it has its identifier and place in the record.
type drafted struct {
	quoted
	mine bool // the announcer's claim, which DraftRecord reads itself
}

// readQuotes reads the article's quotations, so that the money in them is
// not taken for the package's itemisation. d.text is unwrapped already.
func (d *drafter) readQuotes() {
	d.qs = quotationsIn(d.text)
	for _, q := range d.qs {
		d.quotes = append(d.quotes, q.quote)
	}
	slices.SortFunc(d.quotes, func(a, b Span) int { return a.Start - b.Start })
}

// draftClaims adds the claims to the record, in the order of their words,
// each about the package, responding to the announcer's claim where it
// criticises or welcomes the announcement.
func (d *drafter) draftClaims() {
	cs := make([]drafted, 0, len(d.qs)+1)
	top := d.dateLine()
	for _, q := range d.qs {
		if q.quote.End <= top {
			// "Prime Minister Boris Johnson announces …" above the line
			// that dates the article: its summary, which the body tells
			// again, is no claim, as its title is not.
			continue
		}
		if d.welcomedInRelease(q) {
			// "Minister Robin Swann has welcomed … £566 million …" in
			// the release's announcing sentence: its publisher's claim.
			continue
		}
		if c := (drafted{quoted: q}); !q.byPost || c.announces(d) {
			cs = append(cs, c)
		} else {
			// "the Chancellor announced ... that another £200 million will
			// be provided", of a Chancellor the article never names, after
			// the announcing sentence: a claim needs a named speaker to be
			// checked, and the money is a package of its own all the same.
			d.note(q.quote, "an announcement by a post the article gives no one's name, “"+q.claim.Speaker.Role+"”, is no claim: name its speaker to make it one")
		}
	}
	for i := range cs {
		if c := &cs[i]; c.claim.Speaker.IsZero() {
			d.documentAuthor(c)
		}
		if sp := &cs[i].claim.Speaker; sp.Name == "" && sp.Role == "" {
			if name, ok := bodyOfKind(d.text, sp.Org); ok {
				sp.Org = name // "a union has claimed": the union the article names
			}
		}
	}
	// "Environment Minister Mark H Durkan has announced an increase in the
	// funding …" before the sentence stating it: the lede is the
	// announcer's claim. The sentence stating the money is a body's own
	// words in its release, but not a person's, who does not write it:
	// its claim's speaker is left to set (see releaseOwn).
	nq := len(cs) // the quotations, before the announcer's claims
	lede, byLede := d.ledeAnnouncement(top)
	if !byLede {
		lede, byLede = d.trailingLede(top)
	}
	if byLede {
		cs = append(cs, lede)
		f, ok := d.ledeFollow(lede.quote)
		if ok {
			cs = append(cs, f)
		}
		cs = append(cs, d.postNarrative(lede, f.quote)...)
	}
	if d.who.IsZero() {
		d.releaseAnnouncer()
		d.recipientRelease()
	}
	if a, ok := d.announcement(); ok && a.quote.End > top && (!byLede || d.who.Name == "") {
		var dropped int
		cs, dropped = d.dropMarked(cs, a.quote)
		nq -= dropped
		cs = append(cs, a)
		if d.who.Name == "" && d.who.Org != "" {
			cs = append(cs, d.narrativeClaims(a.quote)...)
		}
		// The lede above a body's news of money it obtained, in its words.
		if l, ok := d.ledeBefore(a, top); ok {
			cs = append(cs, l)
		}
	} else {
		cs = append(cs, d.releaseOwn(top, cs)...)
	}
	if len(cs) > nq {
		slices.SortStableFunc(cs, func(a, b drafted) int { return a.quote.Start - b.quote.Start })
	}
	announcer := d.announcerClaim(cs)
	for i := range cs {
		if !cs[i].announces(d) {
			continue
		}
		// The announcing sentence's claim, and the release's next
		// sentence, of what its fund gives.
		if f, ok := d.fundFollow(cs[i]); ok {
			cs = slices.Insert(cs, i+1, f)
			if announcer > i {
				announcer++
			}
		}
		break
	}
	if announcer >= 0 && d.who.IsZero() {
		a := cs[announcer]
		d.who, d.announcer = a.claim.Speaker, a.speaker
		d.pkg.AnnouncedBy = a.claim.Speaker
		d.field("packages[0].announcedBy", a.speaker, min(a.sure, Inferred))
	}
	byName := proposals(cs)
	base := len(d.out.Record.Claims)
	ids := make([]string, len(cs))
	for i := range cs {
		ids[i] = d.claimID(cs[i].claim.Speaker, base+i)
	}
	for i := range cs {
		c := cs[i].claim
		c.ID, c.About, c.When = ids[i], d.pkg.ID, d.date
		path := "claims[" + strconv.Itoa(base+i) + "]."
		// The identifier is made from the speaker's name; the claim is
		// about the package of the headline, said when and where the
		// article was published.
		d.field(path+"id", cs[i].speaker, Guessed)
		d.field(path+"about", span(d.ms[d.headline]), Inferred)
		if !d.dateSpan.IsZero() {
			d.field(path+"when", d.dateSpan, Inferred)
		}
		if d.cites() {
			c.Source = d.src
			if !d.title.IsZero() && d.given.Title == "" {
				d.field(path+"source", d.title, Inferred)
			}
		}
		switch {
		case !cs[i].responds:
		case announcer >= 0 && announcer != i && ownWords(cs[announcer], cs[i]):
			// "The Scottish Budget proposes an additional £2 billion"
			// from the Finance Secretary who announced it: no response
			// to the announcement, which is the speaker's own.
			c.Stance = StanceUnknown
		case announcer >= 0 && announcer != i:
			c.RespondsTo = ids[announcer]
		default:
			d.note(cs[i].quote, "the claim "+c.Stance.String()+" the announcement, but the article has no claim of the announcer's for it to respond to: its stance is not drafted")
			c.Stance = StanceUnknown
		}
		c.Assertions = d.linked(c, cs, byName, ids, i, path)
		for _, f := range cs[i].fields {
			d.field(path+f.Path, f.Span, f.Confidence)
		}
		if full := d.councilOf(c.Speaker.Org); c.Speaker.Name == "" && full != "" {
			// "Newham had estimated …" after "Newham Council’s cabinet
			// chief": the place speaking as a body is its council, by the
			// name the article gives it.
			c.Speaker.Org = full
			d.field(path+"speaker.org", cs[i].speaker, Inferred)
		}
		if org, ok := d.publisherPost(c.Speaker.Role); ok && c.Speaker.Name == "" && c.Speaker.Org == "" {
			c.Speaker.Org = org // "the Education Minister said:" in the department's release
			d.field(path+"speaker.org", Span{}, Guessed)
			d.note(cs[i].speaker, "the speaker is named only by a post, “"+c.Speaker.Role+"”: taken to be of the release's publisher, "+org+"; set the name")
		}
		if c.Speaker.Name == "" && c.Speaker.Org == "" {
			// A role alone ("a spokesperson") or no one: the record needs a
			// name or an organisation.
			c.Speaker.Org = unknownSpeaker
			d.field(path+"speaker.org", Span{}, Guessed)
			if c.Speaker.Role != "" {
				d.note(cs[i].speaker, "the speaker is named only by a role, “"+c.Speaker.Role+"”: "+path+"speaker.org is “"+unknownSpeaker+"”; set the name")
			}
		}
		if cs[i].responds && c.RespondsTo != "" {
			d.field(path+"respondsTo", cs[i].quote, Inferred)
		}
		d.out.Notes = append(d.out.Notes, cs[i].notes...)
		d.claim(c, cs[i].quote)
	}
}

// dateLine returns where the line that labels and dates the article
// starts ("Published 11 August 2020"), if one of its first five
// paragraphs after the first is one, of eight words at most: what stands
// above it is the title and the summary. It returns -1 if there is none.
func (d *drafter) dateLine() int {
	for i, p := range d.paras[:min(5, len(d.paras))] {
		d.toks = wordsOf(d.text, p, d.toks[:0])
		if i == 0 || len(d.toks) > 8 || !d.labelled(p) {
			continue
		}
		for k := range d.toks {
			if _, _, ok := fullDate(d.toks, k); ok {
				return p.Start
			}
		}
	}
	return -1
}

// announces reports whether the claim quotes the sentence announcing the
// package.
func (c drafted) announces(d *drafter) bool {
	return c.quote.Start < d.announce.End && d.announce.Start < c.quote.End
}

// holdsHeadline reports whether the claim quotes the headline's figure.
func (c drafted) holdsHeadline(d *drafter) bool {
	h := d.ms[d.headline]
	return c.quote.Start <= h.Start && h.End <= c.quote.End
}

// unknownSpeaker is the organisation of a claim's speaker whom the article
// names by no name or organisation, so that the drafted record is valid;
// a note says so.
const unknownSpeaker = "unknown speaker"

// announcerClaim returns the index in cs of the announcer's claim: the
// drafter's own, or the first quotation that states the headline's figure
// as the package's, not after a verb of criticism ("accused … of"), or -1.
func (d *drafter) announcerClaim(cs []drafted) int {
	for i, c := range cs {
		if c.mine {
			return i
		}
	}
	head := d.ms[d.headline].Figure.Nominal()
	for i, c := range cs {
		if c.responds || c.claim.Speaker.IsZero() || targetVerb(lastWord(d.text[runeStartBefore(d.text, c.quote.Start-24):c.quote.Start])) {
			// "accused the Conservatives of sitting on … the promised £4.8
			// billion": who accuses or criticises does not announce.
			continue
		}
		for _, a := range c.claim.Assertions {
			if sa, ok := a.(StatedAmount); ok && (sa.Role == RolePackage || d.sharedAsWhole(c, sa)) && sa.Figure.Nominal().Equal(head) {
				return i
			}
		}
	}
	return -1
}

// linked returns the assertions of claim c, the i'th of cs, at path, tied
// to the record: a figure equal to the headline, in words that give it no
// role, to the package; a count or a side of a ratio to the package's measure with its
// count, and an insufficiency with nothing to measure it against to the
// same speaker's counterproposal.
func (d *drafter) linked(c Claim, cs []drafted, byName map[string][]int, ids []string, i int, path string) Assertions {
	if len(c.Assertions) == 0 {
		return nil
	}
	as := slices.Clone(c.Assertions)
	head := d.pkg.Headline // zero when the article states only the package's parts
	for k, a := range as {
		switch a := a.(type) {
		case StatedAmount:
			// "the £2.4m would bolster …": the headline's figure again, in
			// words that give it no role, is the package's; so is it as a
			// top-up in the sentence announcing it ("an extra £1.8 million").
			at := shift(a.Span, cs[i].quote.Start)
			other := d.otherAllocation(a.Figure) // the package announced apart that holds this money, or ""
			switch {
			case a.Package != "" || a.Allocation != "":
			case (a.Role == RoleUnknown || a.Role == RolePackage) && d.yearRun[at.Start]:
				// "£41million in 2013-14 and £51million in 2014-15", with
				// no whole stated: each year's money is the package's,
				// which has no headline to weigh it against.
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleLevel && d.summaryHeadline(at):
				// "100 Projects received a total of £1,187,317 …" as the
				// summary's news (see summaryNews): the total received is
				// the package told.
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleNeeded && d.gapBetween(a.Figure):
				// "The apparent £95million shortfall" beside the levels
				// £337million and £242 million: the cut between them.
				a.Role = RoleChange
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RolePackage && d.announcedBefore(at) && d.headline >= 0 && d.risesTo(span(d.ms[d.headline])):
				// "The council previously announced £2m for the fund"
				// beside "has doubled to £4m": money announced before is
				// the level the package rose from, not a package of its
				// own.
				a.Role = RolePrevious
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleOther && d.todays(at) && d.allocated(a.Figure):
				// "This is in addition to today's £25m" beside an
				// allocation of £25m: the money announced today, which
				// the record holds as a share, not another item's.
				a.Role = RoleShare
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleUnknown) && d.totalExtra(at, head):
				// "There will be a total of £600 million in additional
				// funding" of an £11.6 billion settlement: its change.
				a.Role = RoleChange
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleUnknown) && d.sameAgain(at, head):
				// "£150 million this year and the same again next year"
				// of a £300 million fund: the package, a year at a time.
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleShare && d.yearOfWhole(at, head):
				// "a total value of £61.7 million in 2025-26 and £63.2
				// million in 2026-27" under "More than £60 million": the
				// package, a year at a time, too (see yearOfWhole).
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleUnknown) && !cs[i].announces(d) && d.riseOnLevel(at, head):
				// "An additional £257.5m is being provided …" beside
				// "Funding … is to rise to £8bn": the rise to the level
				// the headline is, the package's change.
				a.Role = RoleChange
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleShare || a.Role == RoleUnknown) && d.riseStatedAt(at):
				// "would receive an extra £10million" before "£328million
				// …, up from £318million": the rise (see riseStated).
				a.Role = RoleChange
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleChange && !d.reversedCutAt(at) || a.Role == RoleUnknown || a.Role == RolePrevious) && d.itemisedAt(at):
				// "an immediate £350m boost for this winter followed by
				// £1.6bn more": words the record holds as a part of the
				// package state its share.
				a.Role = RoleShare
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RolePrevious && a.Figure.Equal(head) && cs[i].mine && cs[i].holdsHeadline(d):
				// "from the additional £1 billion allocated nationally" in
				// the sentence drafted as the announcer's claim for the
				// headline it states: the package's, whatever its tense.
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RolePrevious && a.Figure.Equal(head) && d.drawnFromAt(at):
				// "confirmed allocations for individual councils from the
				// £1 billion … announced by the Prime Minister earlier this
				// month": the pot shared now, the package's, as the
				// headline reads it (see drawnFrom).
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleProposal && d.ownPlan(c, cs[i]) && a.Figure.Nominal().Equal(head.Nominal()):
				// "A Labour government would invest £9.5bn extra each
				// year …" announcing the package: the article's package is
				// the plan, and its figure the package's.
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RoleUnknown || a.Role == RoleChange && (cs[i].announces(d) || d.namesMoneyAt(at))) && a.Figure.Equal(head):
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleUnknown && d.restatedBy(at) && restatedRole(as[:k], cs, i, a.Figure) != RoleUnknown:
				// "We will have to spend over £300m next year …", then
				// "That’s £300m just to keep those services running": the
				// speaker's sum again, in the role it had.
				a.Role = restatedRole(as[:k], cs, i, a.Figure)
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleUnknown && a.Figure.Nominal().Equal(head.Nominal()) && (d.definite(at) || qualifies(a.Figure, head)):
				// "the £4bn did not even include …" after "More than £4
				// billion has been spent": the headline's money, referred
				// back to; so is "More than £40m would be spent …, he
				// added" after "An extra £40m …": the headline's sum with a
				// qualifier the speaker gives it.
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleUnknown) && !a.Figure.Nominal().Equal(head.Nominal()) &&
				!d.allocated(a.Figure) && !d.isOther(a.Figure) && other != "":
				// "an additional £90 million to support local government"
				// that the record holds as a part of a package announced
				// apart ("Taken together this enhanced package offers up
				// to £187 million"): that package's share.
				a.Role, a.Package = RoleShare, other
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
				d.field(path+"assertions["+strconv.Itoa(k)+"].package", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleUnknown) && !a.Figure.Nominal().Equal(head.Nominal()) &&
				(d.allocated(a.Figure) || d.roughPart(a.Figure) || d.roundsAllocation(a.Figure)):
				// "the £1 million we are investing in the Restart Fund",
				// "£20 million wouldn't build a quarter of a new secondary
				// school" after "Dundee is getting £20 million": money the
				// record holds as an allocation, in words giving no other
				// role, is its share; so is a sum a part of a package with
				// no headline states in round figures ("This welcome
				// £10.3m injection" after "The £10m injection for Solent"),
				// and a sum in round words that admits an allocation's
				// exact money ("close to an extra £5 million" beside
				// £4,969,536; see roundsAllocation).
				a.Role = RoleShare
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleShare && (a.Figure.Equal(head) || a.Figure.Nominal().Equal(head.Nominal()) && qualifies(a.Figure, head)) && (d.shareOf(at) || !d.allocated(head)):
				// "allocated a share of £300 million": the whole shared,
				// with a qualifier too ("includes over £25m");
				// "Scotland would receive an allocation of £375 million",
				// the headline's figure, which no allocation holds: the
				// package's.
				a.Role = RolePackage
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RolePackage || a.Role == RoleUnknown) && farAbove(a.Figure, head) && !d.isOther(a.Figure):
				// "we've committed an unprecedented £1bn for boroughs"
				// beside an £11.6m package, quoted or reported: no
				// statement of the package, which it exceeds tenfold, but
				// other money of the speaker's; so is such money in words
				// giving it no role ("with almost £200bn to spend on local
				// services" beside £300 million, thelondoneconomic-2016).
				a.Role = RoleOther
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RolePackage && !head.IsZero() && a.Figure.Per().IsZero() && farAbove(head, a.Figure) && !d.isOther(a.Figure):
				// "they were worth £116 million over eight years" beside a
				// £1.2 billion fund, "the removal of £60m of annual
				// tourism funding" beside £1.4 billion: a tenth of the
				// package or less, for no shorter term, is no statement
				// of it, even an understated one, but other money.
				a.Role = RoleOther
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RoleUnknown || a.Role == RoleShare || a.Role == RolePackage) && d.isOther(a.Figure) &&
				d.backedBy(at) && d.otherQuoted(at):
				// "… access to a safe and warm home, backed by over £2
				// billion of government funding over 3 years" in a
				// quotation, the money of a wider package the narrative
				// gives apart: what backs the speaker's work, other money,
				// not a statement of that package.
				a.Role = RoleOther
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case (a.Role == RoleUnknown || a.Role == RoleShare || a.Role == RolePackage) && d.otherInQuote(cs[i].quote, at):
				// "adds to our £65 million Nature Restoration Fund" in a
				// quotation: other money than the package's.
				a.Role = RoleOther
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RolePackage && !cs[i].mine && d.who.Name != "" && c.Speaker.Name == d.who.Name && !head.IsZero() &&
				!a.Figure.Nominal().Equal(head.Nominal()) && !a.Figure.Admits(head.Nominal()) && !approaches(head, a.Figure) && !d.isOther(a.Figure):
				// "supported by £50 million of funding from us" in a
				// quotation of the announcer's, beside the £10 million
				// they announce: other money of theirs, not a second
				// statement of the package, which they state as it is,
				// rounded ("£51 billion" for £51.3 billion) or within the
				// headline's bound ("£2.7 million" for "nearly £3
				// million").
				a.Role = RoleOther
				d.field(path+"assertions["+strconv.Itoa(k)+"].role", at, Inferred)
			case a.Role == RoleUnknown || a.Role == RoleShare || a.Role == RolePackage || a.Role == RoleLevel && d.risesTo(at):
				// The headline of a package announced apart: its figure.
				// So is it as the level money rises to: "by the end of
				// July this will have risen to £455 million" beside "is
				// providing £455 million in weekly advanced payments"
				// (scotgov-2020-councils) is that package, paid in full;
				// not a level cut to ("slashed from more than £50m to
				// just £2m", readingchronicle-2018).
				id, ok := d.otherOf(a.Figure)
				if !ok {
					id, ok = d.otherOver(a.Figure)
				}
				if ok {
					a.Role, a.Package = RolePackage, id
					d.field(path+"assertions["+strconv.Itoa(k)+"].package", at, Inferred)
				}
			}
			if a.Role == RoleShare && a.Package == "" && a.Allocation == "" {
				// A share is weighed against the allocation it names, and
				// without one is not assessed: name the package's one
				// allocation of that money.
				if id, ok := allocationFor(d.pkg.Allocations, a.Figure.Nominal()); ok {
					a.Allocation = id
					d.field(path+"assertions["+strconv.Itoa(k)+"].allocation", at, Inferred)
				}
			}
			as[k] = a
		case CountClaim:
			if a.Measure == "" {
				a.Measure = d.measureOf(a.Count, a.Noun)
			}
			if a.Measure == "" && a.Allocation == "" && a.Package == "" && c.About == d.pkg.ID {
				// "when it is split across 49 groups": the recipients of
				// the package's one counted allocation.
				if id, ok := d.sharedAcrossAllocation(shift(a.Span, cs[i].quote.Start)); ok {
					a.Allocation = id
					d.field(path+"assertions["+strconv.Itoa(k)+"].allocation", shift(a.Span, cs[i].quote.Start), Inferred)
				} else if id, ok := d.countReadAt(shift(a.Span, cs[i].quote.Start)); ok {
					a.Allocation = id
					d.field(path+"assertions["+strconv.Itoa(k)+"].allocation", shift(a.Span, cs[i].quote.Start), Inferred)
				}
			}
			as[k] = a
		case RatioClaim:
			for _, q := range []*Quantity{&a.Numerator, &a.Denominator} {
				if q.Measure == "" && !q.Count.IsZero() {
					q.Measure = d.measureOf(q.Count, q.Noun)
				}
			}
			as[k] = a
		case Insufficiency:
			if a.Against == "" && a.Needed.IsZero() {
				if j, cp, ok := proposalOf(cs, byName, c.Speaker, i); ok {
					a.Against = ids[j]
					if a.MeasuredAgainst == "" {
						a.MeasuredAgainst = cp.Span.In(cs[j].claim.Quote)
					}
				}
			}
			as[k] = a
		}
	}
	return slices.DeleteFunc(as, func(a Assertion) bool {
		// The plan that is the package is no counterproposal to it.
		cp, ok := a.(Counterproposal)
		return ok && len(cp.Items) == 0 && d.ownPlan(c, cs[i]) && cp.Cost.Nominal().Equal(head.Nominal())
	})
}

// restatedBy reports whether the figure at s opens its sentence after only
// a pronoun and "is" ("That’s £300m just to keep …", "This is £2m"): words
// that state again a sum said before, with no role of their own.
func (d *drafter) restatedBy(s Span) bool {
	before := strings.ToLower(strings.TrimRight(d.text[max(0, s.Start-12):s.Start], " "))
	for _, w := range [...]string{"that's", "that’s", "that is", "this is", "it's", "it’s", "it is"} {
		if rest, ok := strings.CutSuffix(before, w); ok {
			rest = strings.TrimRight(rest, " ")
			r, _ := utf8.DecodeLastRuneInString(rest)
			return rest == "" || strings.ContainsRune(".!?\n“\"‘'", r)
		}
	}
	return false
}

// restatedRole returns the role the speaker gave a figure equal to f just
// before: in an assertion of before, the claim's own before it, or else
// in the claim cs[i-1] if it is the same speaker's; RoleUnknown if none
// did.
func restatedRole(before Assertions, cs []drafted, i int, f currency.Figure) Role {
	if r := sameFigureRole(before, f); r != RoleUnknown || i == 0 || cs[i-1].claim.Speaker != cs[i].claim.Speaker {
		return r
	}
	return sameFigureRole(cs[i-1].claim.Assertions, f)
}

// sameFigureRole returns the role of the last stated amount of as whose
// figure has f's nominal amount, or RoleUnknown.
func sameFigureRole(as Assertions, f currency.Figure) Role {
	for k := len(as) - 1; k >= 0; k-- {
		if sa, ok := as[k].(StatedAmount); ok && sa.Figure.Nominal().Equal(f.Nominal()) {
			return sa.Role
		}
	}
	return RoleUnknown
}

// announcedBefore reports whether "previously" and a verb of announcing
// come straight before the figure at s: "previously announced £2m".
func (d *drafter) announcedBefore(s Span) bool {
	before := wordsOf(d.text, Span{max(0, s.Start-32), s.Start}, nil)
	n := len(before)
	return n > 1 && before[n-2].w == "previously" && announcingVerb(token{s: before[n-1].w}) &&
		!clauseBreak(d.text[before[n-2].end:s.Start])
}

// backedBy reports whether "backed by", "supported by" or "underpinned
// by" comes straight before the figure at s: money that backs work.
func (d *drafter) backedBy(s Span) bool {
	switch d.wordsBefore(currency.Mention{Start: s.Start}) {
	case "backed by", "supported by", "underpinned by":
		return true
	}
	return false
}

// todays reports whether "today's" comes straight before the figure at s:
// "today's £25m", money announced on the day of the article.
func (d *drafter) todays(s Span) bool {
	b := d.wordsBefore(currency.Mention{Start: s.Start})
	return b == "today's" || b == "today’s" || strings.HasSuffix(b, " today's") || strings.HasSuffix(b, " today’s")
}

// farAbove reports whether f is at least ten times head, in the same
// currency: too far above the package to be a statement of it, even an
// overstated one.
func farAbove(f, head currency.Figure) bool {
	ten, err := head.Nominal().MulInt(10)
	if err != nil {
		return false
	}
	c, err := f.Nominal().Compare(ten)
	return err == nil && c >= 0
}

// otherOver returns the ID of the one package announced apart whose
// headline is f's money stated as a total over a term ("The Pothole Action
// Fund … is worth £250 million over the next five years"), where f, the
// same money, states no term ("the Government is giving councils £250
// million"): the same total, told without its years. It returns false if
// f states a term, or no package or more than one has such a headline.
func (d *drafter) otherOver(f currency.Figure) (string, bool) {
	if !f.Per().IsZero() || !f.Over().IsZero() || f.Each() != "" || !f.Of().IsZero() {
		return "", false
	}
	id := ""
	for _, p := range d.others {
		h := p.Headline
		if h.Over().IsZero() || !h.Per().IsZero() || h.Each() != "" || h.Bound() != f.Bound() ||
			!h.Nominal().Equal(f.Nominal()) || !h.High().Equal(f.High()) || !h.Precision().Equal(f.Precision()) {
			continue
		}
		if id != "" && id != p.ID {
			return "", false
		}
		id = p.ID
	}
	return id, id != ""
}

// isOther reports whether f is the headline of a package announced apart.
func (d *drafter) isOther(f currency.Figure) bool {
	_, ok := d.otherOf(f)
	return ok
}

// otherInQuote reports whether the figure at s, in the claim quoting q,
// is between quote marks, or reported in a sentence other than the
// announcing one, and its words say it is money apart from the package
// (see elsewhere).
func (d *drafter) otherInQuote(q, s Span) bool {
	k, ok := d.mentionAt(s)
	return ok && d.otherQuoted(s) && d.elsewhere(q, k)
}

// otherQuoted reports whether words at s that name other money are a
// speaker's, not the narrative's: between quote marks, or reported
// outside the announcing sentence ("The Department said this is in
// addition to £200 million announced in September"). The announcing
// sentence's other money ("has announced £20m for flood defences and £5m
// previously promised") is told as news, a package of its own.
func (d *drafter) otherQuoted(s Span) bool {
	return d.inMarks(s) || d.quoted(s) && !(d.announce.Start <= s.Start && s.End <= d.announce.End)
}

// definite reports whether "the" or "this" comes straight before the
// figure at s: "the £4bn", which refers back to money stated before.
func (d *drafter) definite(s Span) bool {
	b := d.wordsBefore(currency.Mention{Start: s.Start})
	return b == "the" || b == "this" || strings.HasSuffix(b, " the") || strings.HasSuffix(b, " this")
}

// qualifies reports whether f is the exact sum head with a qualifier and
// the same terms: "More than £40m" of "£40m".
func qualifies(f, head currency.Figure) bool {
	return head.Bound() == currency.Exact && f.Bound() != currency.Exact && f.Per().Equal(head.Per())
}

// allocated reports whether an allocation of the package holds the
// money f. The allocations' values are indexed once, on the first call,
// so that asking of every figure of every claim stays linear.
func (d *drafter) allocated(f currency.Figure) bool {
	if d.allocatedValues == nil {
		d.allocatedValues = make(map[string]bool, len(d.pkg.Allocations))
		for _, a := range d.pkg.Allocations {
			v := allocationValue(a)
			d.allocatedValues[v.String()] = true
		}
	}
	return d.allocatedValues[f.Nominal().String()]
}

// allocationFor returns the ID of the one allocation among as, at any
// depth, whose own money has the value v (see allocationValue), and
// whether there is exactly one: two allocations of the same money leave
// the figure's allocation for a person to name.
func allocationFor(as []funding.Allocation, v currency.Amount) (string, bool) {
	id, n := "", 0
	var walk func([]funding.Allocation)
	walk = func(as []funding.Allocation) {
		for _, a := range as {
			if a.ID != "" && allocationValue(a).Equal(v) {
				id, n = a.ID, n+1
			}
			walk(a.Allocations)
		}
	}
	walk(as)
	return id, n == 1
}

// allocationValue returns the value of a's own money as the drafter
// compares it with a figure: its Amount, or its Stated figure's nominal
// value when it has no Amount; zero if it has neither.
func allocationValue(a funding.Allocation) currency.Amount {
	if !a.Amount.IsZero() {
		return a.Amount
	}
	return a.Stated.Nominal()
}

// otherAllocation returns the ID of the first package announced apart
// that holds an allocation of f's money, or "".
func (d *drafter) otherAllocation(f currency.Figure) string {
	for _, p := range d.others {
		for _, a := range p.Allocations {
			v := allocationValue(a)
			if v.Equal(f.Nominal()) {
				return p.ID
			}
		}
	}
	return ""
}

// roughPart reports whether the package states only its parts (it has
// no headline) and one of them, in words rounder than f's, admits f's
// money: "£10m" admits £10.3m. The parts are those of one sentence or of
// a lede's recipients, so asking of a figure costs at most as many steps
// as one sentence has words.
func (d *drafter) roughPart(f currency.Figure) bool {
	for _, k := range d.parts {
		if p := d.ms[k].Figure; !p.Nominal().Equal(f.Nominal()) && p.Admits(f.Nominal()) {
			return true
		}
	}
	return false
}

// shareOf reports whether "share of" comes straight before the figure at
// s: "a share of £300 million" states the whole that is shared.
func (d *drafter) shareOf(s Span) bool {
	return strings.HasSuffix(d.wordsBefore(currency.Mention{Start: s.Start}), "share of")
}

// namesMoneyAt reports whether the figure at s is named as the money's
// ("the £1.8bn injection"): see namesMoney.
func (d *drafter) namesMoneyAt(s Span) bool {
	m := currency.Mention{Start: s.Start, End: s.End}
	return d.namesMoney(m, d.wordsBefore(m))
}

// risesTo reports whether a verb of rising and "to" come straight
// before the figure at at: "will have risen to £455 million", "has
// doubled to £175m". A level money has risen to is all of it now; one it
// was cut to ("slashed … to just £2m") is not money given.
func (d *drafter) risesTo(at Span) bool {
	before := wordsOf(d.text, Span{max(0, at.Start-24), at.Start}, nil)
	n := len(before)
	if n < 2 || before[n-1].w != "to" || clauseBreak(d.text[before[n-1].end:at.Start]) {
		return false
	}
	switch before[n-2].w {
	case "rise", "rises", "rising", "rose", "risen", "increased", "grown", "grew",
		"doubled", "trebled", "tripled", "quadrupled":
		return true
	}
	return false
}

// otherOf returns the ID of the package announced apart whose headline
// is f.
func (d *drafter) otherOf(f currency.Figure) (string, bool) {
	i, ok := d.otherIndex[f.String()]
	if !ok || !d.others[i].Headline.Equal(f) {
		return "", false
	}
	return d.others[i].ID, true
}

// measureOf returns the noun of the package's measure with count n: the one
// of noun, or else the only one with that count; "" if none.
func (d *drafter) measureOf(n funding.Count, noun string) string {
	if k, ok := d.measureNoun[noun]; ok && d.pkg.Measures[k].Count.Equal(n) {
		return noun
	}
	if k, ok := d.measureCount[n]; ok && k >= 0 {
		return d.pkg.Measures[k].Noun
	}
	return ""
}

// proposals indexes the claims of cs that make a counterproposal by their
// speaker's name, at most two each: enough to find one other than a given
// claim.
func proposals(cs []drafted) map[string][]int {
	out := make(map[string][]int)
	for j, c := range cs {
		name := c.claim.Speaker.Name
		if name == "" || len(out[name]) == 2 {
			continue
		}
		for _, a := range c.claim.Assertions {
			if _, ok := a.(Counterproposal); ok {
				out[name] = append(out[name], j)
				break
			}
		}
	}
	return out
}

// proposalOf returns the index in cs of a claim of the speaker's, other
// than the i'th, that makes a counterproposal, and the proposal.
func proposalOf(cs []drafted, byName map[string][]int, speaker funding.Person, i int) (int, Counterproposal, bool) {
	for _, j := range byName[speaker.Name] {
		if j == i {
			continue
		}
		for _, a := range cs[j].claim.Assertions {
			if cp, ok := a.(Counterproposal); ok {
				return j, cp, true
			}
		}
	}
	return 0, Counterproposal{}, false
}

// announcement drafts the claim of the sentence announcing the package,
// "The Mayor of London, Sadiq Khan, has today announced an investment of
// more than £4 million …", spoken by its announcer, with a stated amount
// for each figure in it; none if no named announcer is its subject, or a
// quotation or reported statement holds its words already, but for marks
// inside the announced words (see markedInAnnounced).
func (d *drafter) announcement() (drafted, bool) {
	s := d.announcing()
	if s.IsZero() {
		return drafted{}, false
	}
	sure := Explicit
	if d.who.Name == "" && d.who.Org == "" && d.who.Role != "" {
		// "The Mayor has today announced …": the Mayor the article quotes;
		// or the one person it quotes by name alone (see bareHolder).
		if p, ok := d.holder(d.who.Role); ok {
			d.who, sure = p, Inferred
			d.pkg.AnnouncedBy = p
		} else if p, ok := d.bareHolder(d.who.Role); ok {
			d.who, sure = p, Guessed
			d.pkg.AnnouncedBy = p
		}
	}
	if d.who.Name == "" && d.who.Org == "" || d.announcer.IsZero() || d.announcedElsewhere(s) || d.recalledAnnouncement(s) {
		return drafted{}, false
	}
	for _, q := range d.quotes {
		if q.Start < s.End && s.Start < q.End && !d.markedInAnnounced(s, q) {
			return drafted{}, false
		}
	}
	return d.sentenceClaim(s, d.who, d.announcer, sure, true), true
}

// narrativeClaims returns the claims, a body's as its announcing
// sentence s is, of the sentences of its narrative after s and before
// the first quotation that announce money apart from the package: one
// whose subject states another package's headline ("The provision of a
// further £72 million is being agreed with COSLA …"), and one in which the
// body provides money the package's headline is not ("… the Scottish
// Government is providing £455 million in weekly advanced payments …"),
// whose figure is then a package of its own; each in the present or
// future (see presentAfter); and one in which the body, named by its kind,
// has decided to give money ("The council has also already decided to set
// aside £350,000 …", see bodyDecided). A release states its
// publisher's news in its own sentences, not only in its lede.
func (d *drafter) narrativeClaims(s Span) []drafted {
	var out []drafted
	head := d.pkg.Headline
	for _, st := range d.narrative(s) {
		if !d.ownNarrative(st) {
			continue
		}
		if at, ok := d.bodyProviding(st); ok && strings.EqualFold(lowerThe(d.in(at)), lowerThe(d.who.Org)) && d.presentAfter(at.End) {
			if i, j := d.mentionsIn(Span{at.End, st.End}); i < j {
				if m := d.ms[i]; !rateOrConversion(m) && !m.Figure.Nominal().Equal(head.Nominal()) && !d.isOther(m.Figure) {
					d.addOther(i)
				}
			}
			out = append(out, d.sentenceClaim(st, d.who, at, Inferred, false))
			continue
		}
		if at, ok := d.bodyDecided(st); ok {
			if i, j := d.mentionsIn(Span{at.End, st.End}); i < j {
				if m := d.ms[i]; !rateOrConversion(m) && !m.Figure.Nominal().Equal(head.Nominal()) && !d.isOther(m.Figure) {
					d.addOther(i)
				}
			}
			out = append(out, d.sentenceClaim(st, d.who, at, Inferred, false))
			continue
		}
		var buf [24]tok
		ts := wordsOf(d.text, Span{st.Start, min(st.End, st.Start+160)}, buf[:0])
		subj := Span{st.Start, st.End}
		if e := subjectEnd(ts); e < len(ts) {
			subj.End = ts[e].start
		} else {
			continue // no auxiliary in reach: no subject read
		}
		i, j := d.mentionsIn(subj)
		for ; i < j && d.presentAfter(subj.End); i++ {
			if d.isOther(d.ms[i].Figure) {
				out = append(out, d.sentenceClaim(st, d.who, d.announcer, Inferred, false))
				break
			}
		}
	}
	return out
}

// bodyDecided returns the words opening the sentence st that name the
// announcing body by its kind ("The council" for Telford & Wrekin
// Council), when they are the subject of a decision to give money, after
// auxiliaries and "already": "The council has also already decided to set
// aside £350,000 to fund the inquiry …". A body's decision, made, is news
// of its own money, as "is providing" is.
func (d *drafter) bodyDecided(st Span) (Span, bool) {
	var buf [12]tok
	ts := wordsOf(d.text, Span{st.Start, min(st.End, st.Start+100)}, buf[:0])
	org := strings.Fields(strings.ToLower(d.who.Org))
	if len(ts) < 5 || len(org) < 2 || ts[0].w != "the" || ts[1].w != org[len(org)-1] {
		return Span{}, false
	}
	v := 2
	for v < len(ts) && (isAuxiliary(ts[v].w) || ts[v].w == "already") {
		v++
	}
	if v+2 >= len(ts) || ts[v].w != "decided" && ts[v].w != "agreed" || ts[v+1].w != "to" || announces(ts[v+2:min(v+4, len(ts))]) != 0 && !slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(ts[v+2].w, p) }) {
		return Span{}, false
	}
	if i, j := d.mentionsIn(Span{ts[v].end, st.End}); i == j {
		return Span{}, false
	}
	return Span{ts[0].start, ts[1].end}, true
}

// presentAfter reports whether the verb after offset at is in the present
// or future, its first word "is", "are" or "will": what the release
// announces ("is providing", "is being agreed"), not money given before
// ("has provided £15 million since the start of the pandemic", "was
// passed on after the Budget").
func (d *drafter) presentAfter(at int) bool {
	var buf [1]tok
	ts := wordsOf(d.text, Span{at, min(len(d.text), at+12)}, buf[:0])
	return len(ts) > 0 && (ts[0].w == "is" || ts[0].w == "are" || ts[0].w == "will")
}

// holder returns the named speaker of a quotation whose role holds the
// words of role ("Mayor" in "Mayor of London", "First Minister"), in any
// case: the one person the article gives that office.
func (d *drafter) holder(role string) (funding.Person, bool) {
	role = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(role, "The "), "the "))
	var found funding.Person
	for _, q := range d.qs {
		p := q.claim.Speaker
		if p.Name == "" || !strings.Contains(strings.ToLower(p.Role), role) {
			continue
		}
		if found.Name != "" && found.Name != p.Name {
			return funding.Person{}, false // two holders: no telling which
		}
		found = p
	}
	return found, found.Name != ""
}

// claim adds the claim c, quoting the span s of the article, and marks
// the money in s placed: its figures are the claim's assertions.
func (d *drafter) claim(c Claim, s Span) {
	d.out.Record.Claims = append(d.out.Record.Claims, c)
	i, j := d.mentionsIn(s)
	for ; i < j; i++ {
		d.placed[i] = true
	}
}

// claimID returns an identifier for the n'th claim (from 0), by the
// speaker, unique in the record: the last word of their name (or
// organisation, or role), in lower case, and the claim's number from 1.
func (d *drafter) claimID(p funding.Person, n int) string {
	who := cmp.Or(p.Name, p.Org, p.Role)
	ws := wordsOf(who, Span{0, len(who)}, nil)
	base := "claim"
	for k := len(ws) - 1; k >= 0; k-- {
		if asciiWord(ws[k].w) {
			base = ws[k].w
			break
		}
	}
	return base + "-" + strconv.Itoa(n+1)
}

// quoted reports whether s lies inside a quotation or reported statement
// drafted as a claim.
func (d *drafter) quoted(s Span) bool {
	_, ok := d.quoteAround(s)
	return ok
}

// inMarks reports whether s lies inside a quotation between quote marks,
// not a reported statement.
func (d *drafter) inMarks(s Span) bool {
	q, ok := d.quoteAround(s)
	if !ok || q.Start == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(d.text[:q.Start])
	return r == '"' || r == '“' || r == '‘' || r == '\''
}

// quoteAround returns the span of the quotation or reported statement
// drafted as a claim that holds s: the last of d.quotes to open at or
// before s, if it runs to the end of s.
func (d *drafter) quoteAround(s Span) (Span, bool) {
	i, _ := slices.BinarySearchFunc(d.quotes, s.Start+1, func(q Span, off int) int { return q.Start - off })
	if i == 0 || d.quotes[i-1].End < s.End {
		return Span{}, false
	}
	return d.quotes[i-1], true
}

// noteUnplaced notes each money figure the draft does not hold, with
// what its words made of it.
func (d *drafter) noteUnplaced() {
	head := d.ms[d.headline]
	for k, m := range d.ms {
		if d.placed[k] {
			continue
		}
		var why string
		p := slices.IndexFunc(d.parts, func(p int) bool { return p < k && d.ms[p].Figure.Nominal().Equal(m.Figure.Nominal()) })
		switch {
		case p >= 0:
			why = "restates the part “" + d.ms[d.parts[p]].Figure.Text() + "”, outside any claim"
		case len(d.parts) == 0 && m.Figure.Nominal().Equal(head.Figure.Nominal()):
			why = "restates the headline, “" + head.Figure.Text() + "”, outside any claim"
		case rateOrConversion(m):
			why = "is money per something, or a conversion, not a part of the package"
		case m.Figure.Bound() == currency.Range:
			why = "is a range, what each recipient may get or an estimate, not a share of the package"
		default:
			why = "is not placed: no itemising words (“for …”, “to …”) follow it and it is in no claim"
		}
		d.note(span(m), "“"+m.Figure.Text()+"” "+strings.TrimSpace(why))
	}
}

// councilOf returns the full name of the council the article names after
// the place org, a single word ("Newham Council", "Leeds City Council"),
// or "" if org is no such place or the article names no council after it.
func (d *drafter) councilOf(org string) string {
	if org == "" || strings.ContainsRune(org, ' ') {
		return ""
	}
	if d.councils == nil {
		d.councils = make(map[string]string)
		var buf [3]tok
		for i := 0; ; {
			k := strings.Index(d.text[i:], " Council")
			if k < 0 {
				break
			}
			end := i + k + len(" Council")
			i = end
			ts := wordsOf(d.text, Span{max(0, end-len(" Council")-40), end - len(" Council")}, buf[:0])
			// "Newham Council", "Leeds City Council": the place, and
			// "Borough", "City" or "District" between.
			n := len(ts)
			if n > 1 && (ts[n-1].w == "borough" || ts[n-1].w == "city" || ts[n-1].w == "district" || ts[n-1].w == "county") {
				n--
			}
			if n == 0 || !capitalised(d.text, ts[n-1]) {
				continue
			}
			place := d.text[ts[n-1].start:ts[n-1].end]
			if _, seen := d.councils[place]; !seen && !clauseBreak(d.text[ts[n-1].end:end-len(" Council")]) {
				d.councils[place] = d.text[ts[n-1].start:end]
			}
		}
	}
	return d.councils[org]
}

// sentenceClaim returns the claim of a sentence of the article's own
// narrative, not a quotation: its words at quote, said by who, whom the
// article names at speaker with the given certainty, with an assertion for
// each figure FromQuote reads in it. mine marks the announcer's claim,
// which DraftRecord reads itself.
func (d *drafter) sentenceClaim(quote Span, who funding.Person, speaker Span, sure Confidence, mine bool) drafted {
	c := drafted{mine: mine}
	c.claim = Claim{Speaker: who, Quote: d.in(quote)}
	c.quote, c.speaker, c.sure = quote, speaker, sure
	c.fields = append(c.fields, Field{"quote", quote, Explicit}, Field{"speaker", speaker, sure})
	for k, sa := range FromQuote(c.claim.Quote) {
		c.claim.Assertions = append(c.claim.Assertions, sa)
		c.fields = append(c.fields, Field{"assertions[" + strconv.Itoa(k) + "]", shift(sa.Span, quote.Start), Inferred})
	}
	return c
}
