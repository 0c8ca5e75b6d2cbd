package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// This file drafts the package's allocations from the sentences that
// itemise it, "MOPAC is providing £1,260,000 for the four Rape Crisis
// Centres in London and £2,165,000 for the three London Sexual Assault
// Referral Centres", "In addition a £100,000 development budget is being
// provided to the four London Rape Crisis Centres", and its funder from
// who provides them.

// partialCues introduce a list that names only some of the money.
var partialCues = [...]string{"including", "of which", "among them", "such as", "of the total"}

// provideVerbs, as word prefixes, say that the subject before them gives
// the money: "MOPAC is providing".
var provideVerbs = [...]string{"provid", "giv", "fund", "grant", "allocat", "award"}

// draftAllocations drafts an allocation for each figure of an itemising
// sentence, other than the headline's, that is followed by whom or what it
// is for.
func (d *drafter) draftAllocations() {
	head := d.whole()
	shared := false // whether the package's whole has been drafted as shared by recipients
	if len(d.parts) > 0 {
		d.draftParts()
	}
	d.titleAllocations(head)
	d.makeupShares()
	lastOwn := 0 // the end of the last sentence stating the package's own money
	// itemisedLast says that the sentence stating money before this one
	// drafted allocations of the package.
	itemisedLast := false
	// listedLast says that the sentence stating money before this one
	// held the recipients' sums the package's parts are (see listed).
	listedLast := false
	// announcedLast says that the sentence stating money before this one
	// announced the package.
	announcedLast := false
	// firstHandLast says that the sentence stating money before this one
	// drafted an allocation "I" or "we" give (see givenFirstHand).
	firstHandLast := false
	// spokenListLast says that the allocations the sentence stating money
	// before this one drafted were a quotation's.
	spokenListLast := false
	for _, s := range d.sents {
		i, j := d.mentionsIn(s)
		if i == j || s == d.title {
			continue
		}
		// "said the extra funding has been allocated to areas …, with
		// £14.4m for councils" straight after the announcing sentence:
		// the package's money named again, and its parts.
		goesOn := announcedLast && d.refersBack(s, d.ms[i])
		announcedLast = s == d.announce
		afterList := listedLast
		listedLast = d.listed && s == d.announce
		if s == d.announce || d.statesValue(i, j, head) {
			lastOwn = s.End
		}
		if d.totalParts(s, i, j) {
			// "This includes £4.6 billion …" after a running total: its
			// parts, not the package's.
			itemisedLast = false
			continue
		}
		var sas []StatedAmount // the roles of the sentence's figures, read once if needed
		partial := false
		found, at := 0, 0
		also := -1    // whether the sentence "also" announces money, once read
		parent := -1  // the allocation the sentence itemises in turn, if any
		drafted := -1 // the mention last drafted as an allocation
		// "A total of £131m …, including £60m for health and £30m for
		// education" after the lede's £90 million for health and
		// education: the parts make up that allocation, all of it.
		subtotalled := d.subtotalled(s, head)
		parent = subtotalled
		if d.yearParts(i, j, head) {
			// "the fund – which would contain £1 million in 2012/13 and
			// £1.5 million the next year –", of a £2.5 million fund:
			// each year's part of the whole, in speech too.
			found++
		}
		if ps := d.channelParts(s, head, &sas); ps != nil {
			// "£360m directly from government departments and £370m
			// through the National Lottery", in the narrative or in speech.
			d.draftChannels(ps)
			found++
		}
		for k := i; k < j; k++ {
			m := d.ms[k]
			if rateOrConversion(m) || m.Figure.Bound() == currency.Range {
				// A range ("between £1m and £2.5m will be granted to
				// communities") is what each recipient may get, or a
				// guess, never a share the package settles.
				continue
			}
			if m.Figure.Nominal().Equal(head) {
				// "117 Trusts will be allocated a share of £300 million":
				// the whole, shared by a count of recipients.
				if !shared {
					if a, fields, ok := d.sharedBy(s, m); ok {
						shared = true
						d.addAllocation(0, a, fields, m)
					}
				}
				continue
			}
			if d.placed[k] || d.asidePart(s, k) {
				// Placed already, or a part in brackets of the package of
				// its own just before it (see asidePart).
				continue
			}
			if d.eachNamed(s, k, head) {
				// "bids were approved for both Witton Gilbert and Sherburn
				// of £50,000 each": the sum each named one's, quoted too.
				found++
				continue
			}
			if d.respectively(s, k, head) {
				// "Hertfordshire and Essex which are to receive £15.5
				// million and £14 million respectively": each sum the
				// recipient's in the same place of the list, quoted too.
				found++
				continue
			}
			if n, ok := d.otherIndex[m.Figure.String()]; ok && d.otherFrom[n] < k && strings.HasSuffix(" "+d.wordsBefore(m), " the") {
				// "… announcement by Healey of a £127m pot …", then "The
				// £127m will go to 47 local authorities": a package of its
				// own named again by its figure, and its recipients.
				d.allocateWhole(n, s, m)
				d.placed[k] = true
				continue
			}
			if len(d.parts) > 0 && d.restatesPart(k, d.parts) && strings.HasSuffix(" "+d.wordsBefore(m), " the") {
				// "the £2m package of spending on footpaths" after "£2
				// million towards … restoring footpaths": the part again,
				// by its figure.
				continue
			}
			if d.listed && d.leadsFurther(m) {
				// "they will get an extra £1million", "Burnley will get an
				// extra £350,000 at £9.1million" beside a list of what each
				// recipient gets: a recipient's rise, no part.
				if !d.quoted(span(m)) {
					d.note(span(m), "“"+m.Figure.Text()+"” is a recipient's rise beside the sums the article lists recipients getting: it is no part of the package")
					d.placed[k] = true
				}
				continue
			}
			if d.riseStated(s, m) {
				// "would receive an extra £10million", then "£328million …,
				// up from £318million": the rise of a recipient's money,
				// whose claim states it as a change; the level is the part.
				continue
			}
			if d.sums(s, k, lastOwn) {
				// "This means a further £3 billion … has been confirmed":
				// the total of the money announced apart just before.
				continue
			}
			if d.otherQuoted(span(m)) && d.elsewhere(s, k) {
				// "This new package of funding adds to our £65 million
				// Nature Restoration Fund": in a quotation, or in a
				// reported statement ("The Department said this is in
				// addition to £200 million announced in September") but
				// the announcing one, other money the speaker names, which
				// the claim states as other.
				continue
			}
			if p := d.potAfter(s, k); p > 0 && !d.placed[p] {
				// "The borough has received £2.2million from a £500m pot set
				// up to support people …": the pot is a package of its own,
				// the sum drawn from it its share.
				n := len(d.others)
				d.addOther(p)
				if a, fields, ok := d.receiver(allocationOf(m), s, m); ok {
					d.addAllocation(n+1, a, fields, m)
				}
				d.placed[k] = true
				continue
			}
			if d.refusedBid(s, k) {
				d.note(span(m), "“"+m.Figure.Text()+"” is a bid the article says was refused: no one's money, so it is in no field")
				d.placed[k] = true
				continue
			}
			if name, ok := d.anotherFrom(s, k); ok {
				// "Another £100,000 from the Foundation for Sport and The
				// Arts will go towards a new studio": another funder's.
				d.addFrom(k, name)
				continue
			}
			if d.topsUpNext(s, k) {
				// "an additional £40 million on top of the £560 million
				// announced before": a package of its own, topping up
				// the earlier one.
				d.addTopUp(k)
				continue
			}
			if n, whole, ok := d.otherPackage(s, k); ok {
				if whole {
					// "Last year … 20 hospitals will receive a share of £850
					// million": the other package's recipients.
					d.allocateWhole(n, s, m)
				}
				continue
			}
			if from, ok := d.securedFrom(s, m); ok {
				// "grant funding totalling £160m which the Council has
				// secured from the Greater London Authority": money coming
				// in from another funder, a package of its own, that
				// funder's if a public body.
				d.addOther(k)
				if at, ok := d.publicBody(Span{from, s.End}); ok && slices.Contains([]string{"", "the "}, strings.TrimLeft(d.text[from:at.Start], " ")) {
					n := len(d.others) - 1
					d.others[n].Funder = funding.Org{Name: lowerThe(d.in(at))}
					d.field("packages["+strconv.Itoa(n+1)+"].funder", at, Inferred)
				}
				continue
			}
			if s != d.announce && !d.quoted(span(m)) && d.relativeGave(s, m) {
				// "… by The National Lottery Community Fund who disbursed
				// £8.8million to over 500 charities": money a body gave
				// before, a package of its own, all of it the recipients'
				// the sentence names.
				n := len(d.others)
				if d.addOther(k) {
					d.allocateWhole(n, s, m)
				}
				continue
			}
			if d.movedInto(s, m) {
				// "£250,000 from the suspension of the ward highways fund has
				// been moved into the central highways repairs fund": money of
				// another fund, a package of its own.
				d.addOther(k)
				continue
			}
			if s != d.announce && d.fundGives(s, m) {
				// "the Local Community Fund will distribute £2.7 million to
				// local groups": all the fund gives, stated again, not one
				// recipient's share.
				continue
			}
			if d.totalExtra(span(m), d.pkg.Headline) {
				// "There will be a total of £600 million in additional
				// funding": the package's change, no part of it, though a
				// part was listed just before.
				continue
			}
			if a, fields, ok := d.addedIn(s, m); ok && d.fitsWhole(m, head) {
				// "A further £259 million will be added in one-off
				// funding": a part of the package it is added to, reported
				// or quoted too.
				d.addAllocation(0, a, fields, m)
				d.placed[k] = true
				found++
				drafted = k
				continue
			}
			partEnd, part := d.partitive(m)
			// "As part of a UK-wide package of support, £360 million will
			// be directly allocated … The Treasury said that there would
			// also be £370 million for small and medium-sized charities"
			// beside a £750m package: reported, after a sentence
			// itemising the package, money within its whole and not an
			// allocation again lists the next of them; so does money a
			// speaker gives in the first person ("I have made £5.5million
			// available for co-ownership homes"); not money named as
			// a whole ("Final allocations for the £670 million fund … have
			// also been confirmed"), a fund of its own.
			// A speaker's list of shares may give two recipients the same
			// sum ("… will receive £16.0 million" twice): it is no
			// restatement.
			spoken := d.sharedInSpeech(s, m, &sas, itemisedLast && spokenListLast)
			listing := ((itemisedLast || goesOn) && !d.inMarks(span(m)) || d.givenFirstHand(s, m, firstHandLast) || spoken) &&
				!d.wholeAfter(m) && (spoken || !d.allocatedValue(m)) && d.fitsWhole(m, head)
			// An item of a gapped list after one drafted is drafted as that
			// one was: "Leeds will receive £4m, Bradford £3m".
			listing = listing || drafted == k-1 && d.isGapped(s, k)
			if !listing && s != d.announce && d.announcerReports(m) && !d.allocatedValue(m) && d.fitsWhole(m, head) {
				// "He said the council would be allocated £328million", of
				// the announcer: a recipient's part of the whole they give.
				_, _, listing = d.allocation(s, m)
			}
			// "A further £1.6bn cash injection for town halls was
			// announced by … Robert Jenrick": further money opening a
			// statement is news of its own, though the sentence before
			// listed shares.
			opensFurther := len(strings.Fields(d.text[s.Start:m.Start])) == 2 && d.leadsFurther(m)
			if s != d.announce && d.quoted(span(m)) && !d.inMarks(span(m)) && d.leadsFurther(m) && (!listing || opensFurther) && !part && !d.itemisingBefore(s, m) {
				// "Forbes said a further £40m will support the culture
				// sector", "… will be given access to an additional £12m
				// of support, Forbes announced" (thenational-2021):
				// further money a reported statement gives as money of its
				// own, as the narrative's "A further £112m was funnelled
				// north", is a package of its own, whatever its size; not
				// a further share ("a further £2m will go to Leeds"), nor
				// further money needed.
				if sas == nil {
					sas = FromQuote(d.in(s))
				}
				if r, _ := roleAt(sas, 0, m.Start-s.Start); r == RolePackage {
					d.addOther(k)
					continue
				}
			}
			if d.quoted(span(m)) && (s != d.announce || d.inMarks(span(m))) && !d.furtherAbove(m, head) && !part && !d.itemisingBefore(s, m) &&
				!d.announcedApart(s, m, head) && !listing && !d.itProvides(s, m, head) && !d.wholeIncluding(s, k, head) {
				// A quotation's own; but the sentence announcing the
				// package, reported, itemises it: "The Mayor, Ann Jones, has
				// announced a £5m fund for youth clubs and £2m for sports
				// pitches"; and so does speech with a word itemising money
				// before the figure: "This includes £4m for new classrooms";
				// and so does speech giving out the whole the sentence
				// before states (see itProvides).
				continue
			}
			if sas == nil {
				sas = FromQuote(d.in(s))
			}
			var r Role
			each, eachFields, eachOK := funding.Allocation{}, []Field(nil), false
			if r, at = roleAt(sas, at, m.Start-s.Start); r == RolePerUnit && d.givenEach(s, k) {
				// "Both the UK and Scottish Governments will give … £500m
				// each": a package of its own, a part from each giver.
				continue
			} else if r == RolePerUnit {
				// "Three other Yorkshire authorities … got £600,000 each":
				// each one's, but a count of recipients' all together.
				if each, eachFields, eachOK = d.eachGot(s, m); !eachOK {
					each, eachFields, eachOK = d.bracketedEach(s, m)
				}
				if !eachOK {
					if d.eachListed(s, m) {
						// "… also receive more than £3m each: Aberdeenshire,
						// Glasgow City and North Lanarkshire": the sum
						// is each named one's.
						d.placed[k] = true
						found++
						drafted = k
					}
					continue
				}
			} else if r == RoleLevel && d.budgetBroughtTo(s, m) {
				// "… an extra £24.8million … bringing the board’s budget to
				// more than £550million": the level a recipient's own
				// budget comes to, a package of its own.
				d.addOther(k)
				continue
			} else if r == RoleLevel && s != d.announce && !d.quoted(span(m)) && d.namedFundRaisedTo(s, m) {
				// "The draft Budget outlined increases to the general capital
				// funding for local authorities to £200m": the level another
				// budget the narrative names is raised to, a package of its
				// own.
				d.addOther(k)
				continue
			} else if r == RoleLevel && k > i && d.ownedLevel(s, d.ms[k-1]) {
				// "RBC's grant from central government has been slashed
				// from more than £50m to just £2m": the level a body's own
				// money has come to, a package of its own.
				d.addOther(k)
				continue
			} else if r == RoleOther && s != d.announce && !d.quoted(span(m)) && d.givenUpToNow(s) {
				// "Since April the government has provided £4 billion to
				// councils": a total given up to now, which the narrative
				// gives as a package of its own (see otherPackage).
				d.addOther(k)
				continue
			} else if r == RolePrevious && s != d.announce && !d.quoted(span(m)) && d.givenBefore(s, m) {
				// "neighbouring Norfolk was successful in its bid last year
				// and was given £49m": money given before, another's, a
				// package of its own (see otherPackage).
				d.addOther(k)
				continue
			} else if r != RolePackage && r != RoleShare && r != RoleUnknown && r != RoleChange {
				continue
			}
			if also < 0 {
				also = 0
				if s != d.announce && d.alsoAnnounces(s) {
					also = 1
				}
			}
			reversed, isReversed := d.reversedCut(m)
			if r == RoleChange && !isReversed && (d.cutBefore(m) || falls(d.in(s), Span{m.Start - s.Start, m.End - s.Start})) {
				// "its budget brought down by 0.6 per cent, which represents
				// a drop of £1.05m": a cut is no money given, of this package
				// or another; it is noted.
				continue
			}
			if r == RoleChange && d.toppedUp(s, m) {
				// "… so the fund has actually been topped up by an extra £1.5
				// billion": the package's change, which an allocation or a
				// package of its own is not.
				d.placed[k] = true
				d.note(span(m), "“"+m.Figure.Text()+"” tops up the package: it is the package's change, which the draft does not hold; set packages[0].change")
				continue
			}
			if !d.statesValue(i, j, head) && !d.quoted(s) && d.furtherGiven(s, m) {
				// "… further funding of almost £1 million has been allocated
				// to support an additional 13 schools": more money given
				// apart from the package's, a package of its own, all of it
				// the recipients' the sentence names.
				n := len(d.others)
				if d.addOther(k) {
					d.allocateWhole(n, s, m)
				}
				continue
			}
			if r == RolePackage && k == i && s != d.announce && !d.quoted(s) && d.weProvide(s) && d.saidLines() {
				// "In addition, we are providing £60m capital funding …" in a
				// release's narrative: its publisher announcing more money,
				// a package of its own.
				d.addOther(k)
				continue
			}
			if also == 0 && r != RoleShare && d.announcedApart(s, m, head) {
				// "Separately, the government announced £50m for colleges"
				// beside a £10m package: more money, announced apart.
				d.addOther(k)
				continue
			}
			if also == 1 && (r == RolePackage || (r == RoleShare || r == RoleChange) && !d.sentence(s).head) && !listing && !d.completesWhole(m, head) {
				// "The Mayor also committed … a £45 million investment";
				// "It was also announced that … will also receive an extra
				// £15 million": money announced beside the package.
				n := len(d.others)
				switch {
				case !d.addOther(k):
				case r != RolePackage:
					d.allocateWhole(n, s, m)
				default:
					// Announced as a whole, it is all the recipient's that
					// receives it: "the … telephone line will also receive an
					// extra £15 million for the winter".
					if a, fields, ok := d.receiver(allocationOf(m), s, m); ok {
						d.addAllocation(n+1, a, fields, m)
					}
				}
				continue
			}
			if d.further(m) && d.sentence(s).also && !d.itemisingBefore(s, m) && !listing {
				// "Wychavon also stands to benefit from a further £100
				// million": more money, beside the package; but not after
				// a sentence drafting a part, where it goes on with the
				// list ("There is also a further £15 million to spend …
				// on our court buildings" after "An extra £30 million will
				// be spent on prisons").
				d.addOther(k)
				continue
			}
			// Where the article states only the package's parts, their sum
			// is no bound on more of them that an itemising word lists:
			// "Other investments include £1m in Pride schemes" after
			// £600,000 and £300,000 "as part of a package".
			// Nor is it on a recipient's sum straight after a list of them:
			// "Lancashire County Council is to get £639million".
			if c, err := m.Figure.Nominal().Compare(head); err != nil || c > 0 && !(len(d.parts) > 0 && (d.itemisingBefore(s, m) || (afterList || d.sumsUnstated) && d.receives(s, m))) {
				if err == nil && !d.inMarks(span(m)) && (d.leadsFurther(m) || k == i && (d.partOfLarger(s) || d.namedWorth(s, m)) ||
					!d.quoted(span(m)) && d.overallBudget(s, m) || d.weInvest(s, m)) {
					// "And a further £140 million was devoted to …";
					// reported, "Chancellor Rishi Sunak laid out plans for an
					// extra £4.6 billion in business support in England";
					// "It is part of UK Government plans to spend £2 billion
					// …": the larger programme the package belongs to; so is
					// a programme named as worth more ("The Pothole Action
					// Fund, which featured in last month’s Budget, is worth
					// £250 million over the next five years"); so is an
					// overall budget the package adds up to ("an overall
					// health budget that will total £10.65bn"); and so is
					// money "we" invest (see weInvest: "as we invest £1
					// billion in modernising services").
					d.addOther(k)
				}
				continue // more than the whole, or in another currency: no part of it
			}
			if d.perUnit(s, m) && !eachOK {
				continue // "£10,000 … per councillor", "each councillor with £30,000"
			}
			if a, fields, ok := d.includingWhole(s, k, head); ok && parent < 0 && !eachOK {
				// "an increase in their day-to-day revenue spending of
				// £335.6 million, including £90 million to compensate …":
				// the items after it are its own.
				parent = len(d.pkg.Allocations)
				partial = true
				found++
				d.addAllocation(0, a, fields, m)
				d.placed[k] = true
				continue
			}
			if a, fields, ok := d.possessed(s, m); ok && parent < 0 && !eachOK {
				// "Construction’s £78m includes £40m for regeneration
				// projects …": the items after it are its own.
				parent = len(d.pkg.Allocations)
				partial = true
				found++
				d.addAllocation(0, a, fields, m)
				d.placed[k] = true
				continue
			}
			read := m
			if isReversed {
				// "reversed a £10.5m cut to the social care workforce
				// grant": whom it is for follows the cut.
				read.End = reversed
			}
			if part {
				// "£850m of the one-off payment would go to repairing 20
				// hospitals": whom it is for follows the money it is of.
				read.End = partEnd
			}
			a, fields, ok := each, eachFields, eachOK
			if !ok {
				a, fields, ok = d.allocation(s, read)
			}
			if !ok {
				a, fields, ok = d.gapped(s, m, a)
			}
			if !ok {
				a, fields, ok = d.bracketed(s, m, a)
			}
			if !ok {
				a, fields, ok = d.receivedBracketed(s, m, a)
			}
			if !ok {
				a, fields, ok = d.bracketedItem(s, m, a)
			}
			if !ok {
				a, fields, ok = d.bracketedWith(s, m, a)
			}
			if !ok {
				a, fields, ok = d.colonLine(s, m, a)
			}
			if end, apposed := d.apposedEnd(s, m); !ok && apposed {
				// "The biggest award, £2m, goes to Leeds".
				read.End = end
				a, fields, ok = d.allocation(s, read)
			}
			if !ok {
				a, fields, ok = d.totalling(s, m, a)
			}
			if !ok {
				// "£526.7 million resource and £32.4 million capital
				// funding".
				a, fields, ok = d.sharedNoun(s, m, a)
			}
			if !ok {
				// "pays £350,000 to wards, including a city-wide £100,000 pot".
				a, fields, ok = d.includedPart(s, m, a)
			}
			if !ok {
				a, fields, ok = d.includedAnnounced(s, m, a)
			}
			if !ok && d.fitsWhole(m, head) {
				// "the first round of grants worth £450m" of a £1.4bn fund.
				a, fields, ok = d.roundWorth(s, m, a)
			}
			if !ok && d.fitsWhole(m, head) {
				// "Plans for the remaining £50m will be announced …".
				a, fields, ok = d.remainderPart(s, m, a)
			}
			if !ok && itemisedLast && !d.inMarks(span(m)) && !d.allocatedValue(m) && d.fitsWhole(m, head) {
				// "About 14,000 residents will get … training through the
				// £7.9 million Essex multiply initiative" after sentences
				// itemising the package: the programme it names is a part.
				a, fields, ok = d.namedProgramme(m, a)
			}
			if !ok {
				rest := d.restOfWhole(s, k, head)
				if rest >= 0 && d.ms[rest].Start < s.Start && !d.placed[rest] && d.further(m) && !d.quoted(span(m)) && !d.quoted(span(d.ms[rest])) {
					// "The first will be from £45m of Barnett consequentials
					// … passed onto councils" and "An additional £17.7m will
					// … be given to councils" beside an extra £62.7m: the
					// stages the whole comes in, all of it.
					for _, x := range [...]int{rest, k} {
						st, fields := d.stage(d.sentenceOf(d.ms[x]), d.ms[x])
						d.addAllocation(0, st, fields, d.ms[x])
						d.placed[x] = true
					}
					found++
					drafted = k
					continue
				}
				if (d.further(m) && !d.sentence(s).itemises || d.bodyGavePast(s, m)) && rest < 0 {
					// "A further £112m was funnelled north …", "The
					// Scottish Government allocated £20m this year … to
					// limit the impact of …": money of its own.
					d.addOther(k)
				}
				continue
			}
			if itemisedLast && parent < 0 && d.restated(a, m) {
				// "£90m funding boost for health and education …", then "AN
				// extra £90 million for health and education in the north":
				// the last sentence's part, told again.
				d.note(span(m), "“"+m.Figure.Text()+"” restates the allocation “"+d.pkg.Allocations[len(d.pkg.Allocations)-1].Title+"”: it is not placed again")
				d.placed[k] = true
				continue
			}
			if found == 0 {
				partial = d.partialBefore(s, m.Start)
			}
			// A part "of the" money names only some of it.
			partial = partial || part
			found++
			if parent >= 0 {
				d.addPart(parent, a, fields, m)
			} else {
				d.addAllocation(0, a, fields, m)
			}
			d.placed[k] = true
			drafted = k
		}
		switch {
		case parent >= 0 && parent == subtotalled:
			// The parts make up their whole; whether they are all the
			// package's is the sentence's words' to say.
		case parent >= 0:
			// The parts name only some of their whole; the package's own
			// list is as partial as its words say elsewhere.
			d.pkg.Allocations[parent].Partial = partial
			d.field("packages[0].allocations["+strconv.Itoa(parent)+"].partial", s, Inferred)
			partial = false
		}
		if found > 0 {
			lastOwn = s.End
		}
		itemisedLast = found > 0
		spokenListLast = found > 0 && drafted >= 0 && d.inMarks(span(d.ms[drafted]))
		firstHandLast = found > 0 && drafted >= 0 && d.givenFirstHand(s, d.ms[drafted], false)
		if found > 0 && partial {
			d.pkg.Partial = true
			d.field("packages[0].partial", s, Inferred)
		}
		if found > 0 && d.provider.IsZero() {
			d.provider = d.providerIn(s)
		}
	}
	d.wholeParts()
	d.shortParts()
	d.overParts()
	d.spokenParts()
	if len(d.pkg.Allocations) == 0 {
		d.countedRecipients()
	}
}

// countedRecipients drafts the package's one allocation from the first
// sentence, stating no money, that gives the money to a count of
// recipients: "The capital funding will be allocated to 25 schemes in 15
// areas", "The money will be shared between 33 boroughs", "has published
// a list of provisional allocations to each of the 38 local enterprise
// partnerships".
func (d *drafter) countedRecipients() {
	for _, s := range d.sents {
		if d.quoted(s) {
			continue
		}
		if d.hasMoney(s) {
			if count, at, ok := d.countReceiving(s); ok {
				// "A total of 28 schemes received grants of up to a
				// maximum of £5,000" (lancashiretelegraph-2024): the
				// count of recipients the package's money went to, each
				// grant capped.
				m := d.ms[d.headline]
				a := allocationOf(m)
				a.Count = count
				a.Title = d.in(at)
				fields := []Field{{".count", Span{at.Start, at.Start + len(firstWord(d.in(at)))}, Explicit}, {".title", at, Inferred}}
				d.allocationKind(&a, &fields, at)
				d.addAllocation(0, a, fields, m)
				return
			}
			continue
		}
		ts := wordsOf(d.text, Span{s.Start, min(s.End, s.Start+200)}, nil)
		c := sharedTo(ts)
		if c < 0 {
			c = allocationsTo(ts)
		}
		if c < 0 {
			if a, fields, ok := d.awardedTo(ts); ok {
				// "funding contracts for up to 50 projects … would be
				// issued".
				d.addAllocation(0, a, fields, d.ms[d.headline])
				return
			}
			continue
		}
		count, err := funding.ParseCount(ts[c].w)
		if err != nil || c+1 >= len(ts) || isTimeUnit(ts[c+1].w) {
			continue
		}
		at := d.clause(ts[c:])
		m := d.ms[d.headline]
		a := allocationOf(m)
		a.Count = count
		a.Title = d.in(at)
		fields := []Field{{".count", Span{ts[c].start, ts[c].end}, Explicit}, {".title", at, Inferred}}
		d.allocationKind(&a, &fields, at)
		// The amount is the headline's, which the sentence refers to.
		d.addAllocation(0, a, fields, m)
		return
	}
}

// sharedTo returns the index in ts, the words of a sentence, of the count
// of recipients the money it opens on is given to, "The money will be
// shared between 33 boroughs", "The money will go to 90 housing
// associations" (a verb of giving with no word of sharing), or -1.
func sharedTo(ts []tok) int {
	v := -1
	for k, t := range ts {
		if k > 6 {
			break
		}
		if (t.w == "funding" || t.w == "money" || t.w == "cash") && k > 0 && (ts[0].w == "the" || ts[0].w == "this") {
			v = k + 1
			break
		}
	}
	if v < 0 {
		return -1
	}
	for v < len(ts) && isAuxiliary(ts[v].w) {
		v++
	}
	if v+2 >= len(ts) || !slices.Contains([]string{"allocated", "shared", "distributed", "split", "divided", "given", "go", "goes"}, ts[v].w) ||
		!slices.Contains([]string{"to", "between", "among", "across"}, ts[v+1].w) {
		return -1
	}
	c := v + 2
	if ts[c].w == "the" && c+1 < len(ts) {
		c++
	}
	return c
}

// allocationsTo returns the index in ts, the words of a sentence, of the
// count of recipients that a noun of shares names as given them: "has
// published a list of provisional allocations to each of the 38 local
// enterprise partnerships" gives the money to 38 of them; or -1.
func allocationsTo(ts []tok) int {
	for k := 0; k+2 < len(ts); k++ {
		if !shareNoun(ts[k].w) || !strings.HasSuffix(ts[k].w, "s") || ts[k+1].w != "to" && ts[k+1].w != "for" {
			continue
		}
		c := k + 2
		if c+2 < len(ts) && (ts[c].w == "each" || ts[c].w == "all") && ts[c+1].w == "of" {
			c += 2
		}
		if ts[c].w == "the" && c+1 < len(ts) {
			c++
		}
		return c
	}
	return -1
}

// countReceiving returns the count and the words naming the recipients
// of the sentence s when it opens on a count of them ("28 schemes", "A
// total of 28 schemes") as the subject of a verb of receiving, and every
// figure it states is what each receives at most ("received grants of up
// to £5,000"): the package's money, shared by that many.
func (d *drafter) countReceiving(s Span) (funding.Count, Span, bool) {
	var buf [12]tok
	ts := wordsOf(d.text, Span{s.Start, min(s.End, s.Start+60)}, buf[:0])
	c := 0
	if len(ts) > 3 && ts[0].w == "a" && ts[1].w == "total" && ts[2].w == "of" {
		c = 3
	}
	if c+2 >= len(ts) || isTimeUnit(ts[c+1].w) || !strings.HasSuffix(ts[c+1].w, "s") {
		return funding.Count{}, Span{}, false
	}
	count, err := funding.ParseCount(ts[c].w)
	if err != nil {
		return funding.Count{}, Span{}, false
	}
	v := c + 2
	for v < len(ts) && isAuxiliary(ts[v].w) {
		v++
	}
	if v == len(ts) || !receivesNow(ts[v].w) && ts[v].w != "received" {
		return funding.Count{}, Span{}, false
	}
	for _, sa := range FromQuote(d.in(s)) {
		if sa.Role != RolePerUnit {
			return funding.Count{}, Span{}, false
		}
	}
	return count, Span{ts[c].start, ts[c+1].end}, true
}

// A sentenceRead holds what the drafter read of one sentence once, so that
// the rules asking of each of its figures read it no more than once.
type sentenceRead struct {
	s        Span
	ts       []tok
	announce int  // the index in ts of the word announcing money, or -1
	also     bool // the sentence holds "also"
	itemises bool // a word itemising money (see itemisingWords)
	head     bool // the sentence states the headline's figure
	fundedBy int  // the offset of the first "funded by" (see fundedBy), or -1
}

// sentence returns what the drafter reads of the sentence s, reading it if it
// is not the one read last.
func (d *drafter) sentence(s Span) *sentenceRead {
	r := &d.last
	if r.s == s && r.ts != nil {
		return r
	}
	r.s = s
	r.ts = wordsOf(d.text, s, r.ts[:0])
	r.announce = announces(r.ts)
	r.also = hasWord(r.ts, "also") >= 0
	r.itemises = false
	for k, t := range r.ts {
		if isItemising(t.w) || asFollows(r.ts, k) {
			r.itemises = true
			break
		}
	}
	r.fundedBy = -1
	for k := 1; k < len(r.ts) && r.fundedBy < 0; k++ {
		if r.ts[k].w != "by" {
			continue
		}
		switch w := r.ts[k-1].w; {
		case w == "funded" || w == "financed" || w == "paid",
			w == "for" && k > 1 && r.ts[k-2].w == "paid":
			r.fundedBy = r.ts[k].start
		}
	}
	r.head = false
	if d.headline >= 0 {
		head := d.whole()
		for i, j := d.mentionsIn(s); i < j; i++ {
			if d.ms[i].Figure.Nominal().Equal(head) {
				r.head = true
				break
			}
		}
	}
	return r
}

// titleAllocations drafts an allocation for each figure of the title,
// less than the headline, that a named recipient receives: "Wychavon
// District Council to benefit from extra £246,139 in funding" above an
// article announcing a share of £900 million.
func (d *drafter) titleAllocations(head currency.Amount) {
	if d.title.IsZero() {
		return
	}
	for i, j := d.mentionsIn(d.title); i < j; i++ {
		m := d.ms[i]
		if rateOrConversion(m) {
			continue
		}
		if c, err := m.Figure.Nominal().Compare(head); err != nil || c >= 0 {
			continue
		}
		a := allocationOf(m)
		if a, fields, ok := d.receiver(a, d.title, m); ok {
			d.addAllocation(0, a, fields, m)
			d.titleRestated(m)
		}
	}
}

// addAllocation adds the allocation a of the mention m, read with fields
// (paths relative to the allocation), to the package at index p of the
// record: 0 for the package, n+1 for others[n].
func (d *drafter) addAllocation(p int, a funding.Allocation, fields []Field, m currency.Mention) {
	pkg := &d.pkg
	if p > 0 {
		pkg = &d.others[p-1]
	}
	a = d.sumOnly(a, m)
	a.ID = d.allocationID(a)
	path := "packages[" + strconv.Itoa(p) + "].allocations[" + strconv.Itoa(len(pkg.Allocations)) + "]"
	d.field(path+".id", Span{}, Guessed) // made from its title
	d.field(path+".amount", span(m), Explicit)
	if p == 0 {
		d.itemise(m)
	}
	for _, f := range fields {
		d.field(path+f.Path, f.Span, f.Confidence)
	}
	pkg.Allocations = append(pkg.Allocations, a)
}

// addPart adds the allocation a of the mention m, read with fields, as a
// part of the package's allocation at index parent.
func (d *drafter) addPart(parent int, a funding.Allocation, fields []Field, m currency.Mention) {
	up := &d.pkg.Allocations[parent]
	a = d.sumOnly(a, m)
	a.ID = d.allocationID(a)
	path := "packages[0].allocations[" + strconv.Itoa(parent) + "].allocations[" + strconv.Itoa(len(up.Allocations)) + "]"
	d.field(path+".id", Span{}, Guessed)
	d.field(path+".amount", span(m), Explicit)
	d.itemise(m)
	for _, f := range fields {
		d.field(path+f.Path, f.Span, f.Confidence)
	}
	up.Allocations = append(up.Allocations, a)
}

// possessed reads an allocation from its owner's name before the mention
// m and a verb itemising it after ("Construction’s £78m includes £40m for
// …"): its title is the owner's name, the capitalised words before the
// possessive, or the one word.
func (d *drafter) possessed(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	before := wordsOf(d.text, Span{max(s.Start, m.Start-80), m.Start}, nil)
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+30)}, nil)
	n := len(before)
	if n == 0 || len(after) == 0 || clauseBreak(d.text[before[n-1].end:m.Start]) {
		return a, nil, false
	}
	owner := before[n-1]
	name, ok := cutPossessive(d.text[owner.start:owner.end])
	if !ok || name == "" || !strings.HasPrefix(after[0].w, "includ") && !strings.HasPrefix(after[0].w, "compris") {
		return a, nil, false
	}
	start := n - 1
	for start > 0 && capitalised(d.text, before[start-1]) && capitalised(d.text, owner) &&
		!clauseBreak(d.text[before[start-1].end:before[start].start]) {
		start--
	}
	at := Span{before[start].start, owner.start + len(name)}
	a = allocationOf(m)
	a.Title = d.in(at)
	fields := []Field{{".title", at, Inferred}}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}

// potAfter returns the index in ms of the pot the mention ms[k] of the
// sentence s is drawn from, "from a" or "from the" and its figure straight
// after, then a noun of money (see moneyNouns): "£2.2million from a £500m
// pot"; or 0.
func (d *drafter) potAfter(s Span, k int) int {
	if k+1 >= len(d.ms) || d.ms[k+1].End > s.End {
		return 0
	}
	gap := d.text[d.ms[k].End:d.ms[k+1].Start]
	if gap != " from a " && gap != " from the " {
		return 0
	}
	if !d.namedAfterMention(d.ms[k+1]) {
		return 0
	}
	return k + 1
}

// namedAfterMention reports whether a noun of money (see moneyNouns)
// follows the mention m straight after: "a £500m pot".
func (d *drafter) namedAfterMention(m currency.Mention) bool {
	var buf [1]tok
	after := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+20)}, buf[:0])
	return len(after) > 0 && slices.Contains(moneyNouns, after[0].w) && !clauseBreak(d.text[m.End:after[0].start])
}

// allocateWhole gives others[n], the package of the mention m in the
// sentence s, one allocation of the whole to the recipients s names
// ("20 hospitals will receive a share of £850 million"), if it names them.
func (d *drafter) allocateWhole(n int, s Span, m currency.Mention) {
	a, fields, ok := d.sharedBy(s, m)
	if !ok && !strings.HasSuffix(d.wordsBefore(m), "share of") {
		// One recipient of "a share of" the money has not all of it.
		a, fields, ok = d.allocation(s, m)
	}
	if ok {
		d.addAllocation(n+1, a, fields, m)
	}
}

// further reports whether "a further", "another", "an additional" or "an
// extra" leads to the mention m, not in a quotation: money given beside
// the package ("A further £112m was funnelled north"), which is a package
// of its own when it is no part of the package.
func (d *drafter) further(m currency.Mention) bool {
	return !d.quoted(span(m)) && (d.leadsFurther(m) || d.furtherPair(m))
}

// leadsFurther reports whether "a further", "another", "an additional" or
// "an extra" leads to the mention m, or "additional", "extra" or "further"
// and a noun of money and "of" do ("additional funding of").
func (d *drafter) leadsFurther(m currency.Mention) bool {
	b := d.wordsBefore(m)
	switch b {
	case "a further", "an additional", "an extra":
		return true
	case "funding of", "money of", "cash of", "support of":
		// "with additional funding of up to £62m" (thenational-2021):
		// the further money named, then its sum.
		var buf [4]tok
		ts := wordsOf(d.text, Span{max(0, m.Start-48), m.Start}, buf[:0])
		if n := len(ts); n >= 3 {
			switch ts[n-3].w {
			case "additional", "extra", "further":
				return true
			}
		}
		return false
	}
	return strings.HasSuffix(b, "another")
}

// partOfLarger reports whether the sentence s opens by saying its
// subject, the package, is part of something: "It is part of …", "This
// forms part of …", "The money is part of …". It reads at most its first
// six words.
func (d *drafter) partOfLarger(s Span) bool {
	var buf [6]tok
	ts := wordsOf(d.text, Span{s.Start, min(s.End, s.Start+48)}, buf[:0])
	for k := 2; k+1 < len(ts); k++ {
		if ts[k].w == "part" && ts[k+1].w == "of" {
			switch ts[k-1].w {
			case "is", "forms", "was", "are", "form":
				return !clauseBreak(d.text[ts[0].end:ts[k].start]) && (ts[0].w == "it" || ts[0].w == "this" || ts[0].w == "the")
			}
			return false
		}
	}
	return false
}

// namedWorth reports whether the sentence s opens on a programme's name,
// "The" and capitalised words that end in a noun of programmeNouns ("The
// Pothole Action Fund"), and says it is worth the mention m: "is worth",
// "was worth" or "will be worth" straight before it, after the name or
// a relative clause set off by commas after it.
func (d *drafter) namedWorth(s Span, m currency.Mention) bool {
	ts := wordsOf(d.text, Span{s.Start, m.Start}, nil)
	n := len(ts)
	if n < 5 || ts[0].w != "the" || ts[n-1].w != "worth" || ts[n-2].w != "is" && ts[n-2].w != "was" && ts[n-2].w != "be" {
		return false
	}
	k := 1
	for k < n && capitalised(d.text, ts[k]) && !clauseBreak(d.text[ts[k-1].end:ts[k].start]) {
		k++
	}
	if k < 3 || !programmeNoun(ts[k-1].w) {
		return false
	}
	rest := d.text[ts[k-1].end:ts[n-2].start]
	if ts[n-2].w == "be" {
		rest = strings.TrimSuffix(strings.TrimRight(rest, " "), "will")
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || strings.HasPrefix(rest, ", which ") && strings.HasSuffix(rest, ",")
}

// furtherAbove reports whether the mention m, outside quote marks, is led
// by "a further" or its like (see leadsFurther) to more money than head,
// the package's: more money announced beside the package, which a
// reported statement may hold too.
func (d *drafter) furtherAbove(m currency.Mention, head currency.Amount) bool {
	if c, err := m.Figure.Nominal().Compare(head); err != nil || c <= 0 {
		return false
	}
	return !d.inMarks(span(m)) && d.leadsFurther(m)
}

// statesValue reports whether one of the mentions ms[i:j] states the
// value v.
func (d *drafter) statesValue(i, j int, v currency.Amount) bool {
	for ; i < j; i++ {
		if d.ms[i].Figure.Nominal().Equal(v) {
			return true
		}
	}
	return false
}

// sharedBy reads the recipients of the whole of the mention m from the
// sentence s when they share it: "117 Trusts will be allocated a share of
// £300 million", "20 hospitals will receive a share of £850 million". The
// recipients are the words from a count up to the verb, within four
// words of it, in the same clause, or a count after the money (see
// sharedAcross); "received a total of" gives them the whole as "share"
// does ("100 Projects received a total of £1,187,317"). It returns false
// if the words are not so.
func (d *drafter) sharedBy(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	if a, fields, ok := d.sharedAcross(s, m); ok {
		return a, fields, true
	}
	if a, fields, ok := d.sharedFor(s, m); ok {
		return a, fields, true
	}
	if a, fields, ok := d.givenOutTo(s, m); ok {
		return a, fields, true
	}
	if a, fields, ok := d.whichBenefited(s, m); ok {
		return a, fields, true
	}
	before := wordsOf(d.text, Span{max(s.Start, m.Start-120), m.Start}, nil)
	n := len(before)
	f := m.Figure
	end, sharing := d.sharingVerb(before, m)
	if sharing {
		// "will now share £7m over the next three years": the period
		// is the package's, which its headline holds; the recipients
		// share the money.
		f = withoutPeriod(f)
	} else if n >= 6 && before[n-1].w == "of" && before[n-2].w == "total" && before[n-3].w == "a" &&
		(before[n-4].w == "received" || before[n-4].w == "shared") {
		// "In 2020/21, 100 Projects received a total of £1,187,317 from
		// the Commissioner's Fund": the count shares the whole.
		end = n - 4
	} else {
		if n < 4 || before[n-1].w != "of" || before[n-2].w != "share" {
			return a, nil, false
		}
		v := n - 3
		if before[v].w == "a" || before[v].w == "the" {
			v--
		}
		if v < 1 || !receiveVerb(before[v].w) && !(before[v].w == "from" && before[v-1].w == "benefit") {
			return a, nil, false
		}
		if before[v].w == "from" {
			v--
		}
		end = v
	}
	for end > 0 && isAuxiliary(before[end-1].w) {
		end--
	}
	for c := end - 2; c >= 0 && c >= end-5; c-- {
		if clauseBreak(d.text[before[c].end:before[c+1].start]) {
			break
		}
		count, err := funding.ParseCount(before[c].w)
		if err != nil || isTimeUnit(before[c+1].w) {
			continue
		}
		if exactAmount(f) {
			a.Amount = f.Nominal()
		} else {
			a.Stated = f
		}
		at := Span{before[c].start, before[end-1].end}
		a.Count = count
		a.Title = d.in(at)
		a.Recipients = []funding.Org{{Name: d.in(Span{before[c+1].start, at.End})}}
		fields := []Field{{".count", Span{before[c].start, before[c].end}, Explicit},
			{".title", at, Inferred}, {".recipients[0]", at, Inferred}}
		d.allocationKind(&a, &fields, at)
		return a, fields, true
	}
	return a, nil, false
}

// sharingVerb returns the index in before, the words before the mention
// m, of "share" as a verb straight before it, after an auxiliary and
// perhaps "now": caerphillyobserver-2014's "seven local authorities will
// now share £7m" gives the whole to the count before the verb, as "will
// receive a share of" does. The noun ("their share £7m") has no
// auxiliary before it.
func (d *drafter) sharingVerb(before []tok, m currency.Mention) (int, bool) {
	n := len(before)
	if n < 3 || before[n-1].w != "share" || clauseBreak(d.text[before[n-1].end:m.Start]) {
		return 0, false
	}
	v := n - 1
	if before[v-1].w == "now" {
		v--
	}
	if !isAuxiliary(before[v-1].w) {
		return 0, false
	}
	return v, true
}

// withoutPeriod returns f without the period it is over, read from the
// longest leading words of its text that state the same money over no
// period ("£7m" of "£7m over the next three years"), or f if none do.
func withoutPeriod(f currency.Figure) currency.Figure {
	if f.Over().IsZero() {
		return f
	}
	text := f.Text()
	for i := strings.LastIndexByte(text, ' '); i > 0; i = strings.LastIndexByte(text[:i], ' ') {
		g, err := currency.ParseFigure(text[:i])
		if err == nil && g.Over().IsZero() && g.Per().IsZero() && g.Bound() == f.Bound() && g.Nominal().Equal(f.Nominal()) {
			return g
		}
	}
	return f
}

// sharedAcross returns the allocation of the whole of the mention m in
// the sentence s to a count of recipients straight after it, over
// "across", "between" or "among": "totals £80 million across four council
// areas in Scotland". The recipients are the words from the count to the
// end of the clause; it returns false if the words are not so.
func (d *drafter) sharedAcross(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	var buf [12]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+120)}, buf[:0])
	if v := sharedPassive(after); v > 0 && !clauseBreak(d.text[m.End:after[v].start]) {
		// "£20 million to be shared between all 353 English councils":
		// the passive of sharing before the words sharing it.
		after = after[v:]
		if len(after) > 1 && (after[1].w == "all" || after[1].w == "the") {
			after = append(after[:1:1], after[2:]...)
		}
	}
	if len(after) < 3 || clauseBreak(d.text[m.End:after[0].start]) || clauseBreak(d.text[after[1].end:after[2].start]) {
		return a, nil, false
	}
	switch after[0].w {
	case "across", "between", "among", "amongst":
	default:
		return a, nil, false
	}
	count, err := funding.ParseCount(after[1].w)
	if err != nil || isTimeUnit(after[2].w) || calendarYear(after[1].w) != 0 {
		return a, nil, false // "across three years", "between 2020 and 2025"
	}
	at := d.clause(after[1:])
	a = allocationOf(m)
	a.Count = count
	a.Title = d.in(at)
	a.Recipients = []funding.Org{{Name: d.in(Span{after[2].start, at.End})}}
	fields := []Field{{".count", Span{after[1].start, after[1].end}, Explicit},
		{".title", at, Inferred}, {".recipients[0]", at, Inferred}}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}

// sharedPassive returns the index in after, the words after a figure, of
// the word after a passive verb of sharing that opens them, with its
// auxiliaries ("to be shared", "will be split", "shared"), or 0.
func sharedPassive(after []tok) int {
	k := 0
	for k < len(after) && k < 4 && isAuxiliary(after[k].w) {
		k++
	}
	if k < len(after) && slices.Contains(dividingVerbs, after[k].w) {
		return k + 1
	}
	return 0
}

// sharedFor returns the allocation of the whole of the mention m in the
// sentence s to a count of recipients of a class that "for" gives it to,
// within its clause: "has announced over £1.8 million in Core Grant
// funding for 25 community and voluntary sector organisations". The
// recipients are the words from the count to the noun of their class
// (see classNoun), within six words; a count of what the money pays for
// ("£2m for 500 new homes") is no recipients, and false is returned.
func (d *drafter) sharedFor(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	var buf [16]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+160)}, buf[:0])
	for k := 0; k+2 < len(after) && k <= 5; k++ {
		gap := d.text[m.End:after[k].start]
		if k > 0 {
			gap = d.text[after[k-1].end:after[k].start]
		}
		if clauseBreak(gap) {
			return a, nil, false
		}
		if after[k].w != "for" {
			continue
		}
		count, err := funding.ParseCount(after[k+1].w)
		if err != nil || isTimeUnit(after[k+2].w) || calendarYear(after[k+1].w) != 0 {
			return a, nil, false
		}
		for e := k + 2; e < len(after) && e <= k+7; e++ {
			if clauseBreak(d.text[after[e-1].end:after[e].start]) {
				break
			}
			if !classNoun(after[e].w) {
				continue
			}
			at := Span{after[k+1].start, after[e].end}
			a = allocationOf(m)
			a.Count = count
			a.Title = d.in(at)
			a.Recipients = []funding.Org{{Name: d.in(Span{after[k+2].start, at.End})}}
			fields := []Field{{".count", Span{after[k+1].start, after[k+1].end}, Explicit},
				{".title", at, Inferred}, {".recipients[0]", at, Inferred}}
			d.allocationKind(&a, &fields, at)
			return a, fields, true
		}
		return a, nil, false
	}
	return a, nil, false
}

// elsewhereBefore and elsewhereAfter are words around a figure that make
// it money announced apart from the package: "on top of a £50 million
// package announced last month", "in addition to £30 million already
// provided this year", "follows previous awards of £440,579".
var (
	elsewhereBefore = fields("in addition to", "on top of", "part of", "adds to", "add to", "builds on", "build on", "following", "follows", "as well as", "previous")
	elsewhereAfter  = fields("already", "announced last", "announced in", "announced earlier", "launched last", "launched in", "unveiled last", "unveiled in", "last month", "last year", "previously", "earlier this")
)

// fields returns each phrase split into its words.
func fields(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// otherPackage drafts the mention ms[k] of the sentence s as a package of
// its own if the words around it say it is money announced apart from the
// package (see elsewhereBefore) or applied for (see appliedFor), shared
// out whole ("a share of £850 million"), or announced in a sentence that
// opens in the past ("Earlier this month, the government invested £50m
// …"), and reports whether it
// did, the index in others of the package, and whether the sentence may
// give the package's recipients (it is shared, or opens in the past).
func (d *drafter) otherPackage(s Span, k int) (int, bool, bool) {
	m := d.ms[k]
	// "20 hospitals will receive a share of £850 million": the whole shared.
	before := d.wordsBefore(m)
	whole := strings.HasSuffix(before, "share of")
	if !whole && isComparison(before) {
		return 0, false, false // "up from £3m last year": a level it is compared with
	}
	if d.difference(m) || d.budgetedBefore(m) {
		return 0, false, false
	}
	if p := d.ms[max(0, k-1)]; k > 0 && p.Start >= s.Start && falls(d.in(s), Span{p.Start - s.Start, p.End - s.Start}) && d.elsewhere(s, k) {
		// "achieved budget savings of £14m, on top of the £96m achieved in
		// the previous eight years": more of the cut before it, no
		// money given.
		return 0, false, false
	}
	found := whole || d.elsewhere(s, k) || d.fundedBy(s, m) || d.listsOther(s, k) || d.listedTotal(s, k) || d.appliedFor(s, m)
	if !found && !d.quoted(span(m)) && (d.opensInPast(s) || d.receivedEarlier(m) || d.followsOther(s, m)) {
		found, whole = true, true
	}
	if !found && !d.quoted(span(m)) && d.givenUpToNow(s) {
		// Money given over a time up to now goes to whoever had it then,
		// not only to those the sentence names: no recipients'.
		found = true
	}
	n := len(d.others)
	return n, whole, found && d.addOther(k)
}

// difference reports whether the mention m is a difference between two
// sums, "more than" or "less than" straight after it: "will now share
// £7m …, £2m more than was announced last September" is no money of
// its own, and no package announced apart.
func (d *drafter) difference(m currency.Mention) bool {
	t := d.text[m.End:]
	return strings.HasPrefix(t, " more than ") || strings.HasPrefix(t, " less than ")
}

// budgetedBefore reports whether the mention m is money "already
// budgeted" or "budgeted" for, straight after it: "£2.5m extra to fix
// more pavements, in addition to £8.5m already budgeted" names the level
// in a budget that the extra tops up, no package announced apart.
func (d *drafter) budgetedBefore(m currency.Mention) bool {
	t := d.text[m.End:]
	return strings.HasPrefix(t, " already budgeted") || strings.HasPrefix(t, " budgeted ") || strings.HasPrefix(t, " previously budgeted")
}

// cutBefore reports whether the two words before the mention m make it
// a fall in money: "a drop of £1.05m", "cut by £2m", "a reduction of
// £3m".
func (d *drafter) cutBefore(m currency.Mention) bool {
	switch d.wordsBefore(m) {
	case "drop of", "cut of", "cuts of", "reduction of", "fall of", "decrease of", "loss of", "cut by", "reduced by",
		"fell by", "falls by", "fall by", "down by", "dropped by", "drops by":
		return true
	}
	return false
}

// securedFrom reports whether the words after the mention m in the
// sentence s, before the next figure and in its clause, say it was
// obtained from someone: a verb of obtaining ("secured", "won",
// "obtained", "received") and then "from", as in "£160m which the
// Council has secured from the Greater London Authority"; and where the
// words after "from" start.
func (d *drafter) securedFrom(s Span, m currency.Mention) (int, bool) {
	end := min(s.End, m.End+80)
	if i, j := d.mentionsIn(Span{m.End, end}); i < j {
		end = d.ms[i].Start
	}
	var buf [16]tok
	ts := wordsOf(d.text, Span{m.End, end}, buf[:0])
	for k := 0; k+1 < len(ts); k++ {
		if ts[k+1].w != "from" || clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			continue
		}
		for _, v := range obtainVerbs {
			if ts[k].w == v {
				// A comma may set the clause off: "£160m, which the
				// Council has secured from …".
				return ts[k+1].end, !strings.ContainsAny(d.text[m.End:ts[k].start], ";:.!?–—()\"“”")
			}
		}
	}
	return 0, false
}

// movedInto reports whether the words after the mention m in the
// sentence s, before the next figure and in its clause, say it was moved
// into another fund: a verb of moving ("moved", "transferred",
// "diverted") and then "into" or "to" and words ending in a noun of a pot
// of money, as in "£250,000 … has been moved into the central highways
// repairs fund".
func (d *drafter) movedInto(s Span, m currency.Mention) bool {
	end := min(s.End, m.End+160)
	if i, j := d.mentionsIn(Span{m.End, end}); i < j {
		end = d.ms[i].Start
	}
	if !slices.ContainsFunc(moveVerbs, func(v string) bool { return strings.Contains(d.text[m.End:end], v) }) {
		return false // spare reading the words of every figure
	}
	var buf [24]tok
	ts := wordsOf(d.text, Span{m.End, end}, buf[:0])
	for k := 0; k+1 < len(ts); k++ {
		if !slices.Contains(moveVerbs, ts[k].w) || ts[k+1].w != "into" && ts[k+1].w != "to" {
			continue
		}
		for e := k + 2; e < len(ts) && e <= k+7; e++ {
			if clauseBreak(d.text[ts[e-1].end:ts[e].start]) {
				return false
			}
			if potNoun(ts[e].w) && (e+1 == len(ts) || clauseBreak(d.text[ts[e].end:ts[e+1].start])) {
				// A comma may set the clause off: "£250,000, taken from …,
				// has been moved into …".
				return !strings.ContainsAny(d.text[m.End:ts[k].start], ";:.!?–—()\"“”")
			}
		}
		return false
	}
	return false
}

// moveVerbs move money from one fund to another: "moved into",
// "transferred to".
var moveVerbs = []string{"moved", "transferred", "diverted", "redirected", "shifted", "switched", "reallocated"}

// obtainVerbs obtain money from a funder: "secured from", "won from".
var obtainVerbs = []string{"secured", "won", "obtained", "received", "attracted", "levered", "leveraged"}

// maxListWalk is how many items of a list givenFirstHand walks back over
// to its first, so that asking of every figure of a long list stays
// linear.
const maxListWalk = 8

// givenFirstHand reports whether, in the sentence s, "I" or "we" gives
// the money of the mention m, or of the first item of the list m ends,
// after allocations of the package are drafted: a verb of giving (see
// provideVerbs and makeVerbs) within the four words after "I" or "we",
// which come at most eight words before the figure in its clause: "I have
// made £5.5million available for co-ownership homes". Money "we" "also"
// give is given beside the package ("We are also giving councils an
// additional £3 billion"), unless the sentence stating money before this
// one drafted an allocation given first-hand too (firstHandLast) and the
// money is no further sum (see leadsFurther): "I have allocated £10
// million for …", "I have provided £1m for …", then "I have also awarded
// £1.1m to help …" goes on with the speaker's list.
func (d *drafter) givenFirstHand(s Span, m currency.Mention, firstHandLast bool) bool {
	if len(d.pkg.Allocations) == 0 && !d.announcerSpeaks(s) {
		return false
	}
	if w := d.text[max(s.Start, m.Start-400):m.Start]; !strings.Contains(w, "I ") && !strings.Contains(w, "we ") && !strings.Contains(w, "We ") {
		return false // no one speaks first-hand near it: read no further
	}
	// "I have made £5.5million available for … and £2million to fund …":
	// the figures of its list are given as the first is.
	k := searchMention(d.ms, m.Start)
	for n := 0; n < maxListWalk && k > 0 && d.ms[k-1].Start >= s.Start && d.listJoined(d.ms[k-1], d.ms[k]); n++ {
		k--
		m = d.ms[k]
	}
	var buf [16]tok
	ts := wordsOf(d.text, Span{max(s.Start, m.Start-80), m.Start}, buf[:0])
	for k := len(ts) - 1; k >= 0 && k >= len(ts)-8; k-- {
		if k+1 < len(ts) && clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			return false
		}
		if ts[k].w != "i" && ts[k].w != "we" {
			continue
		}
		if hasWord(ts[k+1:], "also") >= 0 && (!firstHandLast || d.leadsFurther(m)) {
			return false // "We are also giving councils an additional £3 billion": money beside
		}
		for _, u := range ts[k+1 : min(k+5, len(ts))] {
			if slices.Contains(makeVerbs, u.w) || slices.ContainsFunc(provideVerbs[:], func(v string) bool { return strings.HasPrefix(u.w, v) }) {
				return true
			}
		}
		return false
	}
	return false
}

// announcerSpeaks reports whether the sentence s is in a quotation of the
// package's named announcer after the narrative's sentence announcing it:
// "Finance Minister, Conor Murphy today allocated over £40 million …",
// then his "I have allocated £10 million for children with Special
// Education Needs …", which gives a part of the whole he announced.
func (d *drafter) announcerSpeaks(s Span) bool {
	if d.announce.IsZero() || d.announce.End > s.Start || d.who.Name == "" || d.quoted(d.announce) {
		return false
	}
	if !d.spokenRead {
		d.spokenRead = true
		for _, q := range d.qs {
			if q.claim.Speaker.Name == d.who.Name {
				d.spoken = append(d.spoken, q.quote)
			}
		}
		slices.SortFunc(d.spoken, func(a, b Span) int { return a.Start - b.Start })
	}
	// The last quotation opening before s ends is the one that may hold
	// its start; quotations do not nest.
	i, _ := slices.BinarySearchFunc(d.spoken, s.End, func(q Span, off int) int { return q.Start - off })
	return i > 0 && s.Start < d.spoken[i-1].End
}

// sharedInSpeech reports whether the mention m, in the sentence s whose
// figures' roles sas holds (read into it if nil), is a share of the
// package a speaker gives after stating the package in speech: the
// headline is in a quotation before m, m is in one too, and its words make
// it a recipient's share ("I intend to allocate £45 million to the
// departments … The Department for Infrastructure will receive £16.0
// million"). listed says the last sentence stating money itemised the
// package in a quotation: a share in speech after it goes on with the list
// wherever the headline is ("… which includes £526.7 million resource and
// £32.4 million capital funding", then "A further allocation of £7.3m …").
func (d *drafter) sharedInSpeech(s Span, m currency.Mention, sas *[]StatedAmount, listed bool) bool {
	if d.headline < 0 || len(d.parts) > 0 || d.ms[d.headline].Start >= m.Start ||
		!d.inMarks(span(d.ms[d.headline])) && !listed || !d.inMarks(span(m)) {
		return false
	}
	if *sas == nil {
		*sas = FromQuote(d.in(s))
	}
	r, _ := roleAt(*sas, 0, m.Start-s.Start)
	return r == RoleShare
}

// namedProgramme returns a with the title of the programme the mention m
// names, "the" before it and after it capitalised words ending with a
// noun of a programme: "the £7.9 million Essex multiply initiative" is
// "Essex multiply initiative". A name in lower case only is none.
func (d *drafter) namedProgramme(m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	if b := d.wordsBefore(m); b != "the" && !strings.HasSuffix(b, " the") {
		return a, nil, false
	}
	var buf [8]tok
	after := wordsOf(d.text, Span{m.End, min(len(d.text), m.End+80)}, buf[:0])
	named := false
	for k, t := range after {
		prev := m.End
		if k > 0 {
			prev = after[k-1].end
		}
		if clauseBreak(d.text[prev:t.start]) {
			break
		}
		if slices.Contains(programmeNouns, t.w) {
			if !named || k == 0 {
				break
			}
			at := Span{after[0].start, t.end}
			a.Title = d.in(at)
			return a, []Field{{".title", at, Inferred}}, true
		}
		named = named || capitalised(d.text, t)
	}
	return a, nil, false
}

// programmeNouns end a programme's name: "the £7.9 million Essex multiply
// initiative".
var programmeNouns = []string{"initiative", "programme", "program", "scheme", "project", "service", "fund", "campaign", "partnership"}

// programmeNoun reports whether w, in lower case, is one of
// programmeNouns or its plural.
func programmeNoun(w string) bool {
	return slices.Contains(programmeNouns, w) || slices.Contains(programmeNouns, strings.TrimSuffix(w, "s"))
}

// allocatedValue reports whether one of the allocations drafted so far
// has the value of the mention m: "an additional £72million funding will
// go …" restating the £72million for health.
func (d *drafter) allocatedValue(m currency.Mention) bool {
	d.tallyAllocations()
	return d.allocTally.values[m.Figure.Nominal().String()]
}

// fitsWhole reports whether the mention m, added to the allocations
// drafted so far, stays within head, the package's whole, or within what
// the headline's words admit when head is the headline's: parts of £526.7
// million, £32.4 million and £7.3m make £566.4 million, which "£566
// million", stated to the million, admits.
func (d *drafter) fitsWhole(m currency.Mention, head currency.Amount) bool {
	d.tallyAllocations()
	if !d.allocTally.ok {
		return false
	}
	sum, err := d.allocTally.sum.Add(m.Figure.Nominal())
	if err != nil {
		return false
	}
	c, err := sum.Compare(head)
	if err == nil && c > 0 && d.headline >= 0 {
		if f := d.ms[d.headline].Figure; f.Nominal().Equal(head) && f.Bound() == currency.Exact && f.Admits(sum) {
			return true
		}
	}
	return err == nil && c <= 0
}

// restOfWhole reports whether the mention ms[k] of the sentence s, added
// to a figure before it in s or in the sentence before s, makes up head,
// the package's whole: "the government previously announced … £87.5m …,
// but this has now been matched by another £87.5m" beside "has doubled to
// £175m" states the rest of the whole, not money of its own; so does "An
// additional £17.7m will … be given to councils" after "The first will be
// from £45m …" beside an extra £62.7m.
func (d *drafter) restOfWhole(s Span, k int, head currency.Amount) int {
	i, _ := d.mentionsIn(s)
	if at, ok := d.sentSearch(s.Start); ok && at > 0 {
		if j, _ := d.mentionsIn(d.sents[at-1]); j < i {
			i = j
		}
	}
	for n := i; n < k; n++ {
		if rateOrConversion(d.ms[n]) {
			continue
		}
		sum, err := d.ms[n].Figure.Nominal().Add(d.ms[k].Figure.Nominal())
		if c, err2 := sum.Compare(head); err == nil && err2 == nil && c == 0 {
			return n
		}
	}
	return -1
}

// stage returns the allocation of the mention m of the sentence s, one of
// the stages a whole comes in (see restOfWhole): to whom a verb of giving
// passes it ("will be fully passed onto councils", "be given to
// councils"), or else what the words after "of" name ("£45m of Barnett
// consequentials"), or else the figure alone.
func (d *drafter) stage(s Span, m currency.Mention) (funding.Allocation, []Field) {
	a := allocationOf(m)
	after := wordsOf(d.text, Span{m.End, s.End}, nil)
	for k := 1; k+1 < len(after); k++ {
		if (after[k].w == "to" || after[k].w == "onto") && slices.Contains(stageVerbs, after[k-1].w) {
			what := after[k+1:]
			if what[0].w == "the" && len(what) > 1 {
				what = what[1:]
			}
			if a, fields, ok := d.toRecipient(a, d.clause(what)); ok {
				return a, fields
			}
		}
	}
	if len(after) > 1 && after[0].w == "of" {
		if a, fields, ok := d.purposeAllocation(a, after[1:], Span{}); ok {
			return a, fields
		}
	}
	a.Title = m.Figure.Text()
	return a, []Field{{".title", span(m), Inferred}}
}

// stageVerbs pass money on to whom "to" or "onto" names after them.
var stageVerbs = []string{"given", "passed", "paid", "allocated", "handed", "transferred"}

// completesWhole reports whether the mention m, added to the one or
// more allocations drafted so far, makes up head, the package's whole,
// to the pound: "Over £900 million of this funding will be provided to
// councils …" and then "… has also confirmed today £100 million will be
// used to introduce a new fund" beside £1 billion states its last part,
// not more money.
func (d *drafter) completesWhole(m currency.Mention, head currency.Amount) bool {
	d.tallyAllocations()
	if !d.allocTally.ok || d.allocTally.n == 0 {
		return false
	}
	sum, err := d.allocTally.sum.Add(m.Figure.Nominal())
	if err != nil {
		return false
	}
	c, err := sum.Compare(head)
	return err == nil && c == 0
}

// tallyAllocations brings allocTally up to date with the allocations
// drafted since it was last asked, so that asking of every figure stays
// linear in their number.
func (d *drafter) tallyAllocations() {
	t := &d.allocTally
	if t.values == nil {
		t.values = make(map[string]bool)
		t.ok = true
	}
	for ; t.n < len(d.pkg.Allocations); t.n++ {
		a := d.pkg.Allocations[t.n]
		v := allocationValue(a)
		t.values[v.String()] = true
		if !t.ok {
			continue
		}
		var err error
		if t.sum, err = t.sum.Add(v); err != nil {
			t.ok = false // in two currencies: no sum to compare
		}
	}
}

// listsOther reports whether the mention ms[k] of the sentence s is the
// next item of a list whose item before it, in s, the words around it
// (see elsewhere) make a package of its own: "on top of the £5 million
// announced last week … and the £10 million announced for delivering
// sustainable social services" lists both under "on top of". The item
// before may stand before an aside in brackets that holds a figure of
// its own (see beforeAside).
func (d *drafter) listsOther(s Span, k int) bool {
	n := len(d.otherFrom)
	p := d.beforeAside(s, k)
	return p >= 0 && n > 0 && d.otherFrom[n-1] == p && d.ms[p].Start >= s.Start &&
		d.listJoined(d.ms[p], d.ms[k]) && d.elsewhere(s, p)
}

// isComparison reports whether before, the two words before a figure,
// compare the money with it: "up from", "down from", "compared with",
// "more than".
func isComparison(before string) bool {
	switch before {
	case "up from", "down from", "rise from", "risen from", "rising from", "increase from", "fall from", "fallen from",
		"falling from", "compared with", "compared to", "more than", "less than", "higher than", "lower than":
		return true
	}
	return false
}

// elsewhere reports whether the words around the mention ms[k] of the
// sentence s say it is money announced apart from the package: see
// elsewhereBefore and elsewhereAfter.
func (d *drafter) elsewhere(s Span, k int) bool {
	m := d.ms[k]
	before := wordsOf(d.text, Span{max(s.Start, m.Start-40), m.Start}, nil)
	end := s.End
	if k+1 < len(d.ms) && d.ms[k+1].Start < end {
		end = d.ms[k+1].Start
	}
	after := wordsOf(d.text, Span{m.End, min(end, m.End+60)}, nil)
	found := false
	for _, ws := range elsewhereBefore {
		for i := 0; i+len(ws) <= len(before) && !found; i++ {
			// The cue ends at most two words ("a", "the") before the figure.
			// "as follows" introduces a list of the money's parts ("will be
			// spent as follows: £5million on …"), not money it follows.
			found = matchWords(before[i:], ws) && len(before)-(i+len(ws)) <= 2 &&
				!(ws[0] == "follows" && i > 0 && before[i-1].w == "as")
		}
	}
	for _, ws := range elsewhereAfter {
		for i := 0; i+len(ws) <= len(after) && i <= 3 && !found; i++ {
			found = matchWords(after[i:], ws)
		}
	}
	return found || d.followsAnnouncement(s, m) || d.announcedEarlier(s, m)
}

// followsAnnouncement reports whether the mention m is the money of an
// announcement the sentence s says something follows: "follows" or
// "following", the noun "announcement" at most three words after it
// ("today's announcement", "the announcement last week"), an agent after
// "by" or none, and "of", "a" or "the" before the figure: "The move
// follows today's announcement by Healey of a £127m pot …". The money
// recalled is announced apart, a package of its own.
func (d *drafter) followsAnnouncement(s Span, m currency.Mention) bool {
	var buf [16]tok
	ts := d.wordsInReach(s, m, 100, buf[:0])
	n := len(ts)
	if n > 0 && (ts[n-1].w == "a" || ts[n-1].w == "the") {
		n--
	}
	if n < 3 || ts[n-1].w != "of" {
		return false
	}
	for a := n - 2; a >= 1 && a >= n-6; a-- {
		if ts[a].w != "announcement" {
			continue
		}
		if a+1 < n-1 && ts[a+1].w != "by" {
			return false // "the announcement of funding for schools of …"
		}
		for f := a - 1; f >= 0 && f >= a-3; f-- {
			if ts[f].w == "follows" || ts[f].w == "following" {
				return !clauseBreak(d.text[ts[f].end:m.Start])
			}
		}
		return false
	}
	return false
}

// fundedBy reports whether "funded by", "paid for by" or "financed by"
// comes before the mention m in the sentence s: "The spending has been
// largely funded by a rise in the Treasury's block grant of more than
// £3.5bn" names the money the package came from, another package.
func (d *drafter) fundedBy(s Span, m currency.Mention) bool {
	at := d.sentence(s).fundedBy
	return at >= 0 && at < m.Start
}

// opensInPast reports whether the sentence s opens with words placing
// what it says before the article ("Last year", "Earlier this month",
// "Previously") and announces money or gives it in the past (see
// gavePast), or opens on a month or a year ("In
// January, Dundee received £14 million …") and announces it in the past
// tense (see announcedInPast): a month alone may lie ahead ("In January,
// councils will receive £2m").
func (d *drafter) opensInPast(s Span) bool {
	r := d.sentence(s)
	ts := r.ts
	if len(ts) < 2 || r.announce < 0 && !gavePast(ts) {
		return false
	}
	switch {
	case ts[0].w == "previously":
	case ts[0].w == "last" && slices.Contains(pastPeriods, ts[1].w):
	case ts[0].w == "earlier" && (ts[1].w == "this" || ts[1].w == "in"):
	case ts[0].w == "in" && (monthOf(ts[1].w) != 0 || calendarYear(ts[1].w) != 0):
		if r.announce < 0 {
			return true // a verb of giving in the simple past (gavePast)
		}
		return announcedInPast(ts, r.announce)
	default:
		return false
	}
	return true
}

// givenUpToNow reports whether the sentence s opens on a time gone by
// that runs up to now ("Since March", "So far", "Over the last few
// months", "Over the past year") and gives money in the past (see
// gavePast), says others have received it (see receivedPerfect) or
// announces it in the past: "Over the last few months, the
// government has worked closely with councils … and provided more than
// £27 billion to help them", money of its own given before the package.
func (d *drafter) givenUpToNow(s Span) bool {
	r := d.sentence(s)
	ts := r.ts
	if len(ts) < 3 {
		return false
	}
	switch {
	case ts[0].w == "since", ts[0].w == "so" && ts[1].w == "far",
		ts[0].w == "over" && ts[1].w == "the" && (ts[2].w == "last" || ts[2].w == "past"):
		return gavePast(ts) || receivedPerfect(ts) || r.announce >= 0 && announcedInPast(ts, r.announce)
	}
	return false
}

// receivedPerfect reports whether the words ts hold "has" or "have" and
// then, straight or past one adverb, a verb of receiving or benefiting:
// "Since the fund was created …, almost a hundred schemes have benefitted
// from more than £1 billion", money others had over the time gone by.
func receivedPerfect(ts []tok) bool {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].w != "has" && ts[k].w != "have" {
			continue
		}
		v := k + 1
		if v+1 < len(ts) && strings.HasSuffix(ts[v].w, "ly") {
			v++ // "have already benefited", "has collectively received"
		}
		switch ts[v].w {
		case "benefited", "benefitted", "received", "shared", "secured", "won":
			return true
		}
	}
	return false
}

// receivedEarlier reports whether the mention m comes after a verb of
// receiving in the past and a word placing it before the article, past
// the words that lead to money ("an extra"): "Wales & West Housing
// previously received £3 million in loan funding …", "the charity was
// already awarded £50,000": money a recipient had before, a package of
// its own, all of it theirs.
func (d *drafter) receivedEarlier(m currency.Mention) bool {
	var buf [8]tok
	ts := d.wordsInReach(Span{}, m, 60, buf[:0])
	n := len(ts)
	for n > 0 && slices.Contains(leadIns, ts[n-1].w) {
		n--
	}
	if n < 2 || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return false
	}
	switch ts[n-1].w {
	case "received", "got", "awarded", "given", "granted", "allocated":
	default:
		return false
	}
	k := n - 2
	if k > 0 && (beWord(ts[k].w) || ts[k].w == "had") {
		k-- // "previously was awarded", "earlier had received": the word before the auxiliary too
	}
	for _, t := range ts[max(0, k) : n-1] {
		switch t.w {
		case "previously", "already", "earlier", "formerly":
			return true
		}
	}
	return false
}

// followsOther reports whether the sentence s opens "This was followed
// by" (or "That", "It"; "were", "is") straight before the mention m, past
// the words that lead to money, and the sentence before it that states
// money ends on the money of a package of its own: "Wales & West Housing
// previously received £3 million in loan funding …", then "This was
// followed by £10 million in grant funding …", the next of its
// packages, not the announced one's.
func (d *drafter) followsOther(s Span, m currency.Mention) bool {
	var buf [8]tok
	ts := wordsOf(d.text, Span{s.Start, m.Start}, buf[:0])
	n := len(ts)
	for n > 0 && slices.Contains(leadIns, ts[n-1].w) {
		n--
	}
	if n != 4 || ts[0].w != "this" && ts[0].w != "that" && ts[0].w != "it" || !beWord(ts[1].w) || ts[2].w != "followed" || ts[3].w != "by" {
		return false
	}
	i, _ := d.mentionsIn(s)
	if i == 0 || d.ms[i-1].End > s.Start {
		return false
	}
	at, ok := d.sentSearch(s.Start)
	if !ok || at == 0 || d.sents[at-1] != d.sentenceOf(d.ms[i-1]) {
		return false // the money before is not the sentence before's
	}
	return d.isOther(d.ms[i-1].Figure)
}

// gavePast reports whether one of the words ts is a verb of giving in the
// simple past, which, after words placing it before the article, gives
// money as an announcing verb does: "Earlier this year the government
// provided £36.3 million to ambulance trusts" (govuk-2018-hospitals).
func gavePast(ts []tok) bool {
	for _, t := range ts {
		switch t.w {
		case "provided", "gave", "granted", "funded", "handed":
			return true
		}
	}
	return false
}

// bodyGavePast reports whether the mention m of the sentence s, other than
// the one announcing the package and outside quote marks, is money a
// public body, the sentence's subject, gave in the simple past, with the
// figure straight after the verb and no word itemising money: "The
// Scottish Government allocated £20m this year in an attempt to …",
// money for a matter of its own.
func (d *drafter) bodyGavePast(s Span, m currency.Mention) bool {
	if s == d.announce || d.inMarks(span(m)) {
		return false
	}
	r := d.sentence(s)
	v := r.announce
	if v < 1 || v > 5 || r.itemises || !announcedInPast(r.ts, v) || r.ts[v].end > m.Start ||
		strings.TrimSpace(d.text[r.ts[v].end:m.Start]) != "" {
		return false
	}
	at, ok := d.publicBody(Span{Start: s.Start, End: r.ts[v].start})
	return ok && at.Start == r.ts[0].start && at.End == r.ts[v-1].end
}

// relativeGave reports whether the mention m of the sentence s comes
// straight after a verb of giving in the past tense that opens a relative
// clause after a name: "The National Lottery Community Fund who disbursed
// £8.8million", "the Fund, which distributed £2m"; money the body named
// gave.
func (d *drafter) relativeGave(s Span, m currency.Mention) bool {
	var buf [4]tok
	ts := wordsOf(d.text, Span{max(s.Start, m.Start-60), m.Start}, buf[:0])
	n := len(ts)
	if n < 3 || strings.TrimSpace(d.text[ts[n-1].end:m.Start]) != "" || ts[n-2].w != "who" && ts[n-2].w != "which" {
		return false
	}
	switch ts[n-1].w {
	case "disbursed", "distributed", "awarded", "allocated", "gave", "paid", "provided", "invested", "spent", "handed":
	default:
		return false
	}
	return capitalised(d.text, ts[n-3])
}

// announcedInPast reports whether the word ts[v], announcing money, is in
// the simple past or the passive past: it ends in "ed" ("received",
// "was awarded"), and no "will", "would", "shall", "to" or "be" comes
// before it in the sentence ("will be awarded", "is to receive").
func announcedInPast(ts []tok, v int) bool {
	if !strings.HasSuffix(ts[v].w, "ed") {
		return false
	}
	for _, t := range ts[:v] {
		switch t.w {
		case "will", "would", "shall", "to", "be":
			return false
		}
	}
	return true
}

// pastPeriods are the words after "last" that place a sentence before the
// article: "Last year", "Last month".
var pastPeriods = []string{"year", "month", "week", "summer", "autumn", "spring", "winter", "year's"}

// alsoAnnounces reports whether the sentence s announces money "also":
// "The Mayor also committed money to young people …".
func (d *drafter) alsoAnnounces(s Span) bool {
	r := d.sentence(s)
	if !r.also {
		return false
	}
	if d.moneySubject(r.ts, hasWord(r.ts, "also")) {
		// "The new funding settlement will also see £400,000 pumped
		// into …": money named as the subject gives more of its own,
		// not money announced beside it.
		return false
	}
	for k, t := range r.ts {
		if t.w == "also" && k+1 < len(r.ts) && isItemising(r.ts[k+1].w) && !strings.HasPrefix(r.ts[k+1].w, "made") {
			// "The settlement also features funds to …", "It also
			// includes the £7.7 million pledge to support …": the
			// package's parts, listed, though a noun of announcing
			// names one of them.
			return false
		}
	}
	if r.announce >= 0 {
		// "The minister also announced that the Grand Opera House would
		// receive around £4 million": a recipient's part, not money
		// beside the package (see announcedReceipt).
		return !d.announcedReceipt(r)
	}
	// "the government would also spend £40m on teacher pay": a verb of
	// giving or spending within two words after "also".
	for k, t := range r.ts {
		if t.w != "also" {
			continue
		}
		for _, u := range r.ts[k+1 : min(k+3, len(r.ts))] {
			if slices.Contains(spendVerbs, u.w) || slices.ContainsFunc(provideVerbs[:], func(v string) bool { return strings.HasPrefix(u.w, v) }) {
				return true
			}
		}
	}
	return false
}

// moneySubject reports whether the words ts before ts[k] are a subject
// naming money, with the auxiliaries after it: "The new funding
// settlement will", "The money has", at most five words from "the" to a
// money noun, in one clause.
func (d *drafter) moneySubject(ts []tok, k int) bool {
	for k > 0 && isAuxiliary(ts[k-1].w) {
		k--
	}
	if k < 2 || k > 5 || ts[0].w != "the" || clauseBreak(d.text[ts[0].end:ts[k-1].start]) {
		return false
	}
	w := ts[k-1].w
	return slices.Contains(moneyNouns, w) || w == "money"
}

// spendVerbs spend or find money: "would also spend £40m".
var spendVerbs = []string{"spend", "spends", "spending", "spent", "put", "puts", "putting", "find", "set", "make", "making"}

// toppedUp reports whether the words of the sentence s before the mention
// m say the package, named by "the" and a noun of a whole (see
// wholeNouns), is topped up by it: "the fund has actually been topped up
// by an extra £1.5 billion", "the scheme will be topped up by £2m", past
// auxiliaries, adverbs in "-ly" and "an extra", "a further" or "another"
// before m. It reads at most the 100 bytes before m.
func (d *drafter) toppedUp(s Span, m currency.Mention) bool {
	var buf [12]tok
	ts := d.wordsInReach(s, m, 100, buf[:0])
	n := len(ts)
	if n > 0 && (ts[n-1].w == "extra" || ts[n-1].w == "further") && n > 1 && (ts[n-2].w == "an" || ts[n-2].w == "a") {
		n -= 2
	} else if n > 0 && ts[n-1].w == "another" {
		n--
	}
	if n < 5 || ts[n-1].w != "by" || ts[n-2].w != "up" || ts[n-3].w != "topped" || clauseBreak(d.text[ts[n-3].start:m.Start]) {
		return false
	}
	v := n - 3
	for v > 0 && (isAuxiliary(ts[v-1].w) || strings.HasSuffix(ts[v-1].w, "ly")) {
		v--
	}
	return v >= 2 && ts[v-2].w == "the" && slices.Contains(wholeNouns, ts[v-1].w) && !clauseBreak(d.text[ts[v-2].start:ts[n-3].start])
}

// announcedApart reports whether the mention m of the sentence s, outside
// quote marks, is money announced apart from the package: more than head,
// the package's, in a sentence other than the one announcing the package
// that announces money in so many words ("the government announced £50m
// for colleges"), or in one that "also" announces money (see
// alsoAnnounces) or opens apart ("Separately, …", see opensApart).
func (d *drafter) announcedApart(s Span, m currency.Mention, head currency.Amount) bool {
	if s == d.announce || d.inMarks(span(m)) {
		return false
	}
	c, err := m.Figure.Nominal().Compare(head)
	if d.alsoAnnounces(s) || d.opensApart(s) && !(err == nil && c < 0 && d.namedKnown(m)) {
		// "Meanwhile, the £1.2bn for bus services came from …": money
		// within the whole that "the" names as known is the package's,
		// however the sentence opens.
		return true
	}
	if err != nil || c <= 0 {
		return false
	}
	for _, t := range d.sentence(s).ts {
		for _, v := range properAnnounceVerbs {
			if strings.HasPrefix(t.w, v) {
				return true
			}
		}
	}
	return false
}

// namedKnown reports whether "the" straight before the mention m, after
// a clause's opening comma or at a sentence's start, names its money as
// money known: "Meanwhile, the £1.2bn for bus services".
func (d *drafter) namedKnown(m currency.Mention) bool {
	before := strings.TrimRight(d.text[max(0, m.Start-8):m.Start], " ")
	if !strings.HasSuffix(strings.ToLower(before), "the") {
		return false
	}
	lead := strings.TrimRight(before[:len(before)-3], " ")
	return lead == "" || strings.HasSuffix(lead, ",") || strings.HasSuffix(lead, "\n")
}

// apartCues open a sentence about other matters than the one before it:
// "Separately, …", "In a separate announcement, …", "Meanwhile, …".
var apartCues = fields("separately", "meanwhile", "elsewhere", "in a separate", "in separate")

// opensApart reports whether the sentence s opens with one of apartCues:
// "Separately, the government announced £5m for colleges", "Meanwhile,
// West Berkshire Council will see an increase of £1.3m", money of other
// matters, announced in so many words or not.
func (d *drafter) opensApart(s Span) bool {
	r := d.sentence(s)
	for _, ws := range apartCues {
		if matchWords(r.ts, ws) {
			return true
		}
	}
	return false
}

// properAnnounceVerbs, as word prefixes, announce money in so many words,
// unlike verbs of spending it ("invested").
var properAnnounceVerbs = []string{"announc", "unveil", "launch", "confirm", "pledg"}

// addOther drafts the mention ms[k] as a package of its own, and reports
// that it did.
func (d *drafter) addOther(k int) bool {
	m := d.ms[k]
	n := len(d.others)
	if d.otherIndex == nil {
		d.otherIndex = make(map[string]int)
	}
	if _, dup := d.otherIndex[m.Figure.String()]; !dup {
		d.otherIndex[m.Figure.String()] = n
	}
	p := funding.Package{
		ID:       d.unique(d.pkg.ID + "-other"),
		Headline: m.Figure,
	}
	head := span(m)
	j, part := d.furtherTotal(k)
	if j >= 0 && d.placed[j] {
		j = -1
	}
	if j >= 0 {
		p.Headline, head = d.ms[j].Figure, span(d.ms[j])
		d.placed[j] = true
		if _, dup := d.otherIndex[p.Headline.String()]; !dup {
			d.otherIndex[p.Headline.String()] = n // the total told again is this package's
		}
	}
	if j >= 0 && !part {
		// "a further £3.4 billion for 2025/26. This will mean a record
		// £47.7 billion settlement": the total is the package, the
		// further sum what tops it up.
		p.Change = funding.Change{By: m.Figure, Relation: funding.TopsUp}
		d.field("packages["+strconv.Itoa(n+1)+"].change.by", span(m), Inferred)
	}
	d.others = append(d.others, p)
	d.otherFrom = append(d.otherFrom, k)
	d.field("packages["+strconv.Itoa(n+1)+"].id", Span{}, Guessed)
	d.field("packages["+strconv.Itoa(n+1)+"].headline", head, Inferred)
	d.placed[k] = true
	if j >= 0 && part {
		// "an additional £90 million to support local government … Taken
		// together this enhanced package offers up to £187 million": the
		// further sum is a part of the whole summed.
		if a, fields, ok := d.allocation(d.sentenceOf(m), m); ok {
			d.addAllocation(n+1, a, fields, m)
			d.others[n].Partial = true
			d.field("packages["+strconv.Itoa(n+1)+"].partial", d.sentenceOf(d.ms[j]), Inferred)
		}
	}
	return true
}

// roleAt returns the role FromQuote gave the figure starting at offset
// off of the sentence, looking from sas[from] on (the figures come in
// order), and where to look from for the next.
func roleAt(sas []StatedAmount, from, off int) (Role, int) {
	for k := from; k < len(sas); k++ {
		if sas[k].Span.Start == off {
			return sas[k].Role, k + 1
		}
		if sas[k].Span.Start > off {
			return RoleUnknown, k
		}
	}
	return RoleUnknown, from
}

// partialBefore reports whether a word introducing a partial list comes
// before offset in the sentence s.
func (d *drafter) partialBefore(s Span, offset int) bool {
	before := wordsOf(d.text, Span{s.Start, offset}, nil)
	for _, c := range partialCues {
		if hasPhrase(before, c) >= 0 {
			return true
		}
	}
	return false
}

// allocation reads the allocation of the mention m in the sentence s from
// the words after it: "£1,260,000 for the four Rape Crisis Centres in
// London", "a £100,000 development budget is being provided to the four
// London Rape Crisis Centres", "£1 million will go to the Island Cost
// Emergency Fund" (whom it is for), "£70,000 to support the extension of an
// interpreter service", "the remaining £3 million will support locally
// designed island infrastructure projects" (what it is for); or from the
// subject before it: "‘Species on the Edge’ … will receive £500,000". It
// returns the allocation with its money and the fields it read (paths
// relative to the allocation), or false if the words say neither whom nor
// what it is for.
func (d *drafter) allocation(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	a := allocationOf(m)
	var fields []Field
	// The clause ends at the next figure, or at "and" before one: reading
	// no further keeps the work for a sentence in proportion to its length.
	end := s.End
	if i, j := d.mentionsIn(Span{m.End, s.End}); i < j {
		end = d.ms[i].Start
	}
	after := wordsOf(d.text, Span{m.End, end}, nil)
	if len(after) > 1 && after[0].w == "had" && after[1].w == "been" {
		// "up to £1 million had been planned for …": what was, not this.
		return a, nil, false
	}
	if end < s.End {
		// "… fund and another £1 million": the words from "and" on are
		// the next figure's.
		k := len(after)
		for k > 0 && slices.Contains(leadIns, after[k-1].w) {
			k--
		}
		switch {
		case k > 1 && after[k-1].w == "by" && after[k-2].w == "followed":
			after = after[:k-2] // "… for this winter followed by £1.6bn"
		case k > 0 && (after[k-1].w == "and" || after[k-1].w == "while" || after[k-1].w == "plus" || after[k-1].w == "then"):
			after = after[:k-1]
		case k > 1 && after[k-2].w == "and" && (strings.HasSuffix(after[k-1].w, "ed") || slices.ContainsFunc(provideVerbs[:], func(v string) bool { return strings.HasPrefix(after[k-1].w, v) })):
			after = after[:k-2] // "… grant and restored £5m to …": the next figure's verb
		}
	}
	if m.Start == s.Start && len(after) > 1 && workGerund(after[0].w) && !clauseBreak(d.text[m.End:after[0].start]) {
		// A list's line opening on its money: "£356,000 repairing or
		// replacing bridges" is for the work it names.
		return d.purposeAllocation(a, after, Span{})
	}
	// The words up to "for", "to", "towards" or "on" ("budget is being
	// provided", "will go", "will be spent") say what kind of money it is.
	p := -1
	for k := 0; k < len(after) && k <= 6+relativeAfter(after); k++ {
		if k > 0 && clauseBreak(d.text[after[k-1].end:after[k].start]) || k == 0 && clauseBreak(d.text[m.End:after[0].start]) {
			break
		}
		if w := after[k].w; w == "for" || w == "to" || w == "towards" || w == "on" && k > 0 && after[k-1].w == "spent" ||
			(w == "across" || w == "between" || w == "among") && k > 0 && slices.Contains(dividingVerbs, after[k-1].w) ||
			w == "into" && (k == 0 && !d.quoted(span(m)) || k > 0 && slices.Contains(intoVerbs, after[k-1].w)) ||
			w == "in" && d.handedOutIn(after, k) ||
			w == "in" && k > 0 && (after[k-1].w == "investment" || after[k-1].w == "investments") && !d.leadsFurther(m) {
			// "a £10m investment in diagnostic services": what the money
			// is put into, as after "for"; "a further £7.1m investment in
			// Council priority areas" is new money of its own.
			p = k
			break
		}
		if purposeVerb(after, k) {
			// "will support locally designed … projects": what it pays for.
			return d.purposeAllocation(a, after[k+1:], Span{})
		}
		if after[k].w == "spent" && k+1 < len(after) && workGerund(after[k+1].w) {
			// "The other £30m would be spent repairing defences on the
			// rivers …": the work it is spent on, as after "spent on".
			return d.purposeAllocation(a, after[k+1:], Span{})
		}
		if k == 0 && after[0].w == "in" && len(after) > 2 && workGerund(after[1].w) {
			// "will invest £600,000 in developing safer school routes":
			// the work the money is put into, as after "for".
			return d.purposeAllocation(a, after[1:], Span{})
		}
	}
	if p < 0 || p+1 >= len(after) {
		if len(after) > 1 && (after[0].w == "of" || after[0].w == "in" || after[0].w == "on") && (d.sentence(s).itemises || d.listItem(s, m)) &&
			(!capitalised(d.text, after[1]) || len(after) > 2 && programmeNoun(after[2].w)) &&
			after[1].w != "the" && after[1].w != "which" && calendarYear(after[1].w) == 0 {
			// "This comprises £2.031m of annual funding", "£100m in
			// other funding guarantees and grants", "spent as follows:
			// £5million on schools maintenance"; a name is a place
			// ("£2m in Leeds") unless a programme's noun follows it
			// ("include £1m in Pride schemes"); so does a list's line
			// ("£19m in active travel", see listItem).
			return d.purposeAllocation(a, after[1:], Span{})
		}
		if len(after) > 0 && d.andItem(s, m) && d.sentence(s).itemises {
			// "This comprises £2.031m of annual funding and an extra £1m
			// per year as part of the budget deal": an item, whose words
			// after it say what it is.
			return d.purposeAllocation(a, after, Span{})
		}
		return d.receiver(a, s, m)
	}
	var kindFrom Span
	if p > 0 {
		kindFrom = Span{after[0].start, after[p-1].end}
	}
	what := after[p+1:]
	if after[p].w == "to" && (isVerbAfterTo(what[0].w) || verbWithObject(d.text, what)) {
		// "to support the extension of an interpreter service": a purpose.
		if what[0].w == "support" || what[0].w == "help" || what[0].w == "fund" {
			what = what[1:]
		}
		return d.purposeAllocation(a, what, kindFrom)
	}
	if what[0].w == "the" && len(what) > 1 {
		what = what[1:]
	}
	if taxBand(what) {
		// "The rise of £1.32 a week for a Band C home (99p for Band A …)":
		// what a household of a council tax band pays, no money given.
		return a, nil, false
	}
	if len(what) == 1 && isSeason(what[0].w) || calendarYear(what[0].w) != 0 || forPeriod(what) {
		// "will receive an extra £15 million for the winter", "£1.5
		// billion for 2024/25", "£4bn for this financial year": when,
		// not whom; the subject is whom.
		return d.receiver(a, s, m)
	}
	if c, err := funding.ParseCount(what[0].w); err == nil && len(what) > 1 && !isTimeUnit(what[1].w) {
		a.Count = c
		fields = append(fields, Field{".count", Span{what[0].start, what[0].end}, Explicit})
		what = what[1:]
	}
	at := d.clause(what)
	if at.IsZero() {
		return a, nil, false
	}
	at, purpose := d.recipientPurpose(what, at)
	a.Title = d.in(at)
	a.Recipients = []funding.Org{{Name: a.Title}}
	fields = append(fields, Field{".title", at, Inferred}, Field{".recipients[0]", at, Inferred})
	if !purpose.IsZero() {
		a.Purposes = []string{d.in(purpose)}
		fields = append(fields, Field{".purposes[0]", purpose, Inferred})
	}
	d.allocationKind(&a, &fields, kindFrom, at, purpose)
	return a, fields, true
}

// recipientPurpose parts the clause at, of the words what after "to" or
// "for", into whom the money goes to and what it is for, where a second
// "to" opens a purpose as after the money itself (see isVerbAfterTo and
// verbWithObject): "allocated to Local Health Boards to support delivery
// of actions …" goes to Local Health Boards, for "delivery of actions …".
// It returns at whole, and the zero Span, if no such "to" parts it.
func (d *drafter) recipientPurpose(what []tok, at Span) (whom, purpose Span) {
	for k := 1; k+1 < len(what) && what[k+1].end <= at.End; k++ {
		if what[k].w != "to" || !isVerbAfterTo(what[k+1].w) && !verbWithObject(d.text, what[k+1:]) {
			continue
		}
		rest := what[k+1:]
		if (rest[0].w == "support" || rest[0].w == "help" || rest[0].w == "fund") && len(rest) > 1 {
			rest = rest[1:] // "to support the extension of …": the extension
		}
		if purpose = d.clause(rest); purpose.IsZero() {
			return at, Span{}
		}
		return Span{at.Start, what[k-1].end}, purpose
	}
	return at, Span{}
}

// workGerund reports whether w is a verb of work in "-ing" that, straight
// after money opening a sentence, says what the money pays for:
// "repairing", "improving", "building".
func workGerund(w string) bool {
	switch w {
	case "repairing", "replacing", "improving", "building", "upgrading", "maintaining", "resurfacing", "creating",
		"installing", "refurbishing", "renovating", "restoring", "expanding", "extending", "tackling", "developing":
		return true
	}
	return false
}

// dividingVerbs, before "across", "between" or "among", give money to
// those after: "£4m will be allocated across 12 councils", "Another £6.5
// million will be invested across the wider justice system".
var dividingVerbs = []string{"allocated", "shared", "split", "divided", "distributed", "spread", "invested", "spent"}

// intoVerbs, before "into", put money in the hands of what follows:
// "£400,000 pumped into Reading's adult social care budget"; so does the
// noun "investment" ("£17m investment into more council housing"), and
// "into" straight after the money in the narrative ("over £7m into adult
// social care"); in speech, "over £10m into both children's and adult
// services" may sum parts the narrative gives.
var intoVerbs = []string{"pumped", "put", "poured", "injected", "ploughed", "invested", "paid", "investment", "channelled", "channeled"}

// handedOutIn reports whether after[k], "in" after money, names where it
// is handed out: a verb of giving and "out" before it ("handed out",
// "paid out", "shared out") and a place's name after it ("£281 million
// handed out in the North West"), "the" and a capital or a capital.
func (d *drafter) handedOutIn(after []tok, k int) bool {
	if k < 2 || k+1 >= len(after) || after[k-1].w != "out" {
		return false
	}
	switch after[k-2].w {
	case "handed", "paid", "shared", "given", "doled", "dished":
	default:
		return false
	}
	place := after[k+1]
	if place.w == "the" && k+2 < len(after) {
		place = after[k+2]
	}
	return capitalised(d.text, place)
}

// taxBand reports whether ts, the words whom money is for, name a council
// tax band, perhaps with an article before and a home after it: "Band
// D", "a Band C home", "band A properties".
func taxBand(ts []tok) bool {
	if len(ts) > 0 && (ts[0].w == "a" || ts[0].w == "an") {
		ts = ts[1:]
	}
	return len(ts) > 1 && ts[0].w == "band" && len(ts[1].w) == 1 && 'a' <= ts[1].w[0] && ts[1].w[0] <= 'i'
}

// andItem reports whether "and" leads to the mention m in the sentence s,
// over at most two of the leadIns: "and an extra £1m".
func (d *drafter) andItem(s Span, m currency.Mention) bool {
	before := wordsOf(d.text, Span{max(s.Start, m.Start-30), m.Start}, nil)
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if before[k].w == "and" {
			return !clauseBreak(d.text[before[k].end:m.Start])
		}
		if !slices.Contains(leadIns, before[k].w) {
			return false
		}
	}
	return false
}

// itemisingWords, as prefixes of a sentence's words, say that it itemises
// money: "This comprises …", "The funding is separated into …".
var itemisingWords = [...]string{"compris", "includ", "featur", "separated", "split", "divided", "broken", "consist", "made"}

// itemisingBefore reports whether a word itemising money (see
// isItemising) comes before the mention m in the sentence s: "This
// includes £4m for …", "the package included £4m for …".
func (d *drafter) itemisingBefore(s Span, m currency.Mention) bool {
	r := d.sentence(s)
	if !r.itemises {
		return false
	}
	for k, t := range r.ts {
		if t.start >= m.Start {
			break
		}
		if asFollows(r.ts, k) {
			return true
		}
		if !isItemising(t.w) {
			continue
		}
		switch {
		case strings.HasPrefix(t.w, "made"), strings.HasPrefix(t.w, "broken"):
			// "made up of", "broken down into"; not "we have made £2m
			// available", "broken promises".
			if k+1 < len(r.ts) && (r.ts[k+1].w == "up" || r.ts[k+1].w == "down") {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// asFollows reports whether ts[k] is "follows" after "as", which opens a
// list of the money's parts: "will be spent as follows: £5million on
// schools maintenance; …". "This follows £2m given last year" names
// other money.
func asFollows(ts []tok, k int) bool {
	return k > 0 && ts[k].w == "follows" && ts[k-1].w == "as"
}

// isItemising reports whether the word w, in lower case, says that its
// sentence itemises money.
func isItemising(w string) bool {
	for _, p := range itemisingWords {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// perUnit reports whether the figure m is money for each of something:
// each of many grants (eachOne), "per" or "each" within two words after it ("£10,000 increase per
// councillor"), or "each" within three before it ("provide each councillor
// with £30,000").
func (d *drafter) perUnit(s Span, m currency.Mention) bool {
	if d.eachOne(m) {
		return true
	}
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+40)}, nil)
	for k := 0; k < len(after) && k < 3; k++ {
		if w := after[k].w; w == "per" || w == "each" || w == "apiece" {
			return true
		}
	}
	before := wordsOf(d.text, Span{max(s.Start, m.Start-40), m.Start}, nil)
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if before[k].w == "each" {
			return true
		}
	}
	return false
}

// ownedLevel reports whether the sentence s opens on a body's money ("RBC's
// grant", "Leeds’ budget") and changes it from the mention prev, straight
// after "from", to the figure after it: "RBC's grant from central
// government has been slashed from more than £50m to just £2m".
func (d *drafter) ownedLevel(s Span, prev currency.Mention) bool {
	var buf [3]tok
	ts := wordsOf(d.text, Span{s.Start, min(s.End, s.Start+60)}, buf[:0])
	if len(ts) < 2 || clauseBreak(d.text[ts[0].end:ts[1].start]) {
		return false
	}
	if _, ok := cutPossessive(d.text[ts[0].start:ts[0].end]); !ok {
		return false
	}
	if w := ts[1].w; !slices.Contains(moneyNouns, w) && w != "budget" && w != "money" {
		return false
	}
	before := wordsOf(d.text, Span{max(s.Start, prev.Start-12), prev.Start}, buf[:0])
	return len(before) > 0 && before[len(before)-1].w == "from" && !clauseBreak(d.text[before[len(before)-1].end:prev.Start])
}

// budgetBroughtTo reports whether the mention m of the sentence s comes
// straight after a participle of raising, then within four words a
// body's budget in the possessive, and "to": "bringing the board’s
// budget to more than £550million", "taking Leeds City Council's funding
// to £2m".
func (d *drafter) budgetBroughtTo(s Span, m currency.Mention) bool {
	var buf [10]tok
	ts := d.toBefore(s, m, 80, buf[:0])
	n := len(ts)
	if n < 4 {
		return false
	}
	if w := ts[n-2].w; w != "budget" && w != "funding" && w != "allocation" {
		return false
	}
	if _, ok := cutPossessive(d.text[ts[n-3].start:ts[n-3].end]); !ok {
		return false
	}
	for k := n - 4; k >= max(0, n-8); k-- {
		switch ts[k].w {
		case "bringing", "taking", "lifting", "raising", "pushing":
			return !clauseBreak(d.text[ts[k].end:ts[n-3].start])
		}
	}
	return false
}

// toBefore returns, appended to buf, the words of the sentence s in the
// reach bytes before the mention m when the last of them is "to" with no
// clause break between it and m ("… budget to £2m"), and nil otherwise.
func (d *drafter) toBefore(s Span, m currency.Mention, reach int, buf []tok) []tok {
	ts := d.wordsInReach(s, m, reach, buf)
	if n := len(ts); n == 0 || ts[n-1].w != "to" || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return nil
	}
	return ts
}

// namedFundRaisedTo reports whether the mention m of the sentence s is the
// level a budget named after "the" is raised to: a word of raising, then
// perhaps "to", "in" or "of", "the", at most eight words naming the
// money, one of them funding, budget, grant, fund or allocation, and "to"
// straight before m: "increases to the general capital funding for local
// authorities to £200m", "increased the schools repair grant to £5m". A
// total ("raised the total funding to £9m") is the package's own level,
// not another budget's.
func (d *drafter) namedFundRaisedTo(s Span, m currency.Mention) bool {
	var buf [14]tok
	ts := d.toBefore(s, m, 120, buf[:0])
	n := len(ts)
	if n < 4 {
		return false
	}
	the := -1
	for k := n - 2; k >= max(0, n-10); k-- {
		if k+1 < n && clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			return false
		}
		if ts[k].w == "the" {
			the = k
			break
		}
	}
	if the < 1 {
		return false
	}
	named := false
	for _, t := range ts[the+1 : n-1] {
		switch t.w {
		case "total":
			return false
		case "funding", "budget", "grant", "fund", "allocation":
			named = true
		}
	}
	if !named {
		return false
	}
	v := the - 1
	if w := ts[v].w; (w == "to" || w == "in" || w == "of") && v > 0 && !clauseBreak(d.text[ts[v-1].end:ts[v].start]) {
		v--
	}
	switch ts[v].w {
	case "increase", "increases", "increased", "increasing", "raise", "raises", "raised", "raising",
		"rise", "rises", "uplift", "uplifts", "lift", "lifts", "lifted", "lifting", "boost", "boosts", "boosted", "boosting":
		return true
	}
	return false
}

// eachGot returns the allocation of a count of recipients, the subject
// of a verb of receiving, that got the exact sum of the mention m each:
// "Three other Yorkshire authorities - East Riding, Wakefield and
// Sheffield - got £600,000 each" is £1,800,000 to three.
func (d *drafter) eachGot(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	if m.Figure.Bound() != currency.Exact || !exactAmount(m.Figure) {
		return funding.Allocation{}, nil, false
	}
	var buf [2]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+12)}, buf[:0])
	if len(after) == 0 || after[0].w != "each" && after[0].w != "apiece" || clauseBreak(d.text[m.End:after[0].start]) {
		return funding.Allocation{}, nil, false
	}
	var a funding.Allocation
	a.Stated = m.Figure
	a, fields, ok := d.receiver(a, s, m)
	if !ok {
		return a, nil, false
	}
	first := wordsOf(d.text, Span{fieldSpan(fields, ".title").Start, fieldSpan(fields, ".title").End}, buf[:0])
	if len(first) == 0 {
		return a, nil, false
	}
	n, err := funding.ParseCount(first[0].w)
	if err != nil || !n.IsExact() || n.Value() < 2 {
		return a, nil, false
	}
	total, err := m.Figure.Nominal().MulInt(n.Value())
	if err != nil {
		return a, nil, false
	}
	a.Stated, a.Amount, a.Count = currency.Figure{}, total, n
	fields = append(fields, Field{".count", Span{first[0].start, first[0].end}, Explicit}, Field{".amount", span(m), Inferred})
	return a, fields, true
}

// eachListed drafts an allocation of the mention m's sum to each of the
// recipients that the list after "each" and a colon names, when a verb of
// receiving comes before the figure, and reports whether it did: "Three
// other council also receive more than £3m each: Aberdeenshire, Glasgow
// City and North Lanarkshire" is more than £3m to each of the three. The
// list is of two or more names of capitalised words, joined by commas and
// a last "and", to the sentence's end.
func (d *drafter) eachListed(s Span, m currency.Mention) bool {
	var buf [2]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+12)}, buf[:0])
	if len(after) == 0 || after[0].w != "each" || clauseBreak(d.text[m.End:after[0].start]) {
		return false
	}
	colon := after[0].end
	if colon >= s.End || d.text[colon] != ':' {
		return false
	}
	before := wordsOf(d.text, Span{max(s.Start, m.Start-40), m.Start}, nil)
	n := len(before)
	for n > 1 && (slices.Contains(leadIns, before[n-1].w) || degreeAdverb(before[n-1].w)) {
		n--
	}
	if n == 0 || !receiveVerb(before[n-1].w) || clauseBreak(d.text[before[n-1].end:m.Start]) {
		return false
	}
	names := d.listedNames(Span{colon + 1, s.End})
	if len(names) < 2 {
		return false
	}
	for _, at := range names {
		a, fields, _ := d.toRecipient(allocationOf(m), at)
		d.addAllocation(0, a, fields, m)
	}
	return true
}

// listedNames returns the names a list "A, B and C" in the span s gives,
// each of capitalised words, parted by commas and a last "and"; or nil if
// a word is not capitalised or no "and" joins the last name.
func (d *drafter) listedNames(s Span) []Span {
	ts := wordsOf(d.text, s, nil)
	var out []Span
	first, and := 0, false
	for k, t := range ts {
		if t.w == "and" {
			if and || len(out) == 0 && k == first {
				return nil
			}
			if k > first {
				out = append(out, Span{ts[first].start, ts[k-1].end})
			}
			first, and = k+1, true
			continue
		}
		if !capitalised(d.text, t) {
			return nil
		}
		if k+1 < len(ts) && d.text[t.end] == ',' {
			if and {
				return nil // "A and B, C": no list of names to the end
			}
			out = append(out, Span{ts[first].start, t.end})
			first = k + 1
		}
	}
	if !and || first >= len(ts) {
		return nil
	}
	return append(out, Span{ts[first].start, ts[len(ts)-1].end})
}

// fieldSpan returns the span of the field at path among fields, or the
// zero Span.
func fieldSpan(fields []Field, path string) Span {
	for _, f := range fields {
		if f.Path == path {
			return f.Span
		}
	}
	return Span{}
}

// totalling returns a with the words before ", totalling" as its title,
// for an item given per something and then in total: "A £10,000 increase
// per councillor for Highways Local schemes in 2021/22, totalling
// £530,000".
func (d *drafter) totalling(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	before := wordsOf(d.text, Span{max(s.Start, m.Start-20), m.Start}, nil)
	if n := len(before); n == 0 || before[n-1].w != "totalling" && before[n-1].w != "totaling" {
		return a, nil, false
	}
	end := before[len(before)-1].start
	start, stop := trimSpaceSpan(d.text, s.Start, end)
	for stop > start && (d.text[stop-1] == ',' || d.text[stop-1] == ' ') {
		stop--
	}
	if stop <= start {
		return a, nil, false
	}
	at := Span{start, stop}
	a.Title = d.in(at)
	fields := []Field{{".title", at, Inferred}}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}

// leadIns are the words between "and" and the figure it leads to: "and
// another £1 million", "and a further £200,000".
var leadIns = []string{"another", "a", "an", "the", "further", "extra", "additional", "some", "then"}

// purposeVerb reports whether ts[k] is a verb of paying for something
// after an auxiliary: "will support", "would help", "will fund", "will
// extend the Discretionary Assistance Fund".
func purposeVerb(ts []tok, k int) bool {
	switch ts[k].w {
	case "support", "help", "fund", "finance", "pay", "create", "provide", "extend":
	default:
		return false
	}
	return k > 0 && (ts[k-1].w == "will" || ts[k-1].w == "would" || ts[k-1].w == "to") && k+1 < len(ts)
}

// purposeAllocation returns a with the purpose the words what give, to the
// end of their clause, as its title.
func (d *drafter) purposeAllocation(a funding.Allocation, what []tok, kindFrom Span) (funding.Allocation, []Field, bool) {
	if len(what) == 0 {
		return a, nil, false
	}
	at := d.clause(what)
	a.Title = d.in(at)
	a.Purposes = []string{a.Title}
	fields := []Field{{".title", at, Inferred}, {".purposes[0]", at, Inferred}}
	d.allocationKind(&a, &fields, kindFrom, at)
	return a, fields, true
}

// restated reports whether a, the allocation of the mention m, is the
// last one drafted told again: of its value, for what opens with the
// same word ("health and education 'a drop …'", "health and education in
// the north") or the same count, in figures or in words ("12 major
// transport scheme projects have won funding totalling £225 million"
// before "Twelve major projects have won funding totalling £225 million",
// see sameCount).
func (d *drafter) restated(a funding.Allocation, m currency.Mention) bool {
	n := len(d.pkg.Allocations)
	if n == 0 || a.Title == "" {
		return false
	}
	last := d.pkg.Allocations[n-1]
	v := allocationValue(last)
	first, _, _ := strings.Cut(last.Title, " ")
	again, _, _ := strings.Cut(a.Title, " ")
	return v.Equal(m.Figure.Nominal()) && (strings.EqualFold(first, again) || sameCount(first, again))
}

// receives reports whether the words before the mention m in the
// sentence s make its subject the money's recipient (see receiver).
func (d *drafter) receives(s Span, m currency.Mention) bool {
	_, _, ok := d.receiver(funding.Allocation{}, s, m)
	return ok
}

// rankedShare returns the index in ts of the verb of receiving before a
// share ranked among the others and "at" that end ts: "will receive the
// largest share at", "gets the biggest slice at", "are getting the most
// money at", "receiving the least at"; or -1. The figure after them is
// the recipient's, as after the verb; after "of" it would be the whole
// shared ("the largest share of £40m").
func rankedShare(ts []tok) int {
	n := len(ts)
	if n < 4 || ts[n-1].w != "at" {
		return -1
	}
	k := n - 2 // the superlative
	switch w := ts[k].w; {
	case shareNoun(w) || w == "slice":
		k--
	case w == "money" || w == "funding" || w == "cash":
		// "the most money at": a noun of money after "most" or "least"
		// only, as "the largest money" is no English.
		if k--; ts[k].w != "most" && ts[k].w != "least" {
			return -1
		}
	}
	switch ts[k].w {
	case "largest", "biggest", "highest", "greatest", "smallest", "lowest", "second-largest", "second-biggest":
		if k == n-2 {
			return -1 // "the largest at": a share noun names what is largest
		}
	case "most", "least":
	default:
		return -1
	}
	if k < 2 || ts[k-1].w != "the" || !receiveVerb(ts[k-2].w) {
		return -1
	}
	return k - 2
}

// receiveForms are the verbs of receiving, each with how it reads: before
// a figure, any of them makes the sentence's subject its recipient ("…
// will receive £500,000"; receiveVerb).
var receiveForms = map[string]receiveForm{
	"receive": receivePresent, "receives": receivePresent, "receiving": receivePresent, "received": 0,
	"get": receivePresent | receiveGet, "gets": receivePresent | receiveGet, "getting": receivePresent | receiveGet,
	"got": receiveGet, "awarded": receiveGiven, "granted": receiveGiven, "allocated": receiveGiven, "given": receiveGiven,
}

// A receiveForm says how a verb of receiving reads.
type receiveForm uint8

const (
	// receivePresent marks a present or progressive form, which receives
	// in the active voice: "receives", "getting" (receivesNow).
	receivePresent receiveForm = 1 << iota
	// receiveGet marks a form of get, active whatever the words before it:
	// "Dundee is getting £20 million" (getVerb).
	receiveGet
	// receiveGiven marks a participle of giving, which receives only in
	// the passive: "was awarded £2m", "allocated".
	receiveGiven
)

// receiveVerb reports whether w, in lower case, is a verb of receiving.
func receiveVerb(w string) bool {
	_, ok := receiveForms[w]
	return ok
}

// receivesNow reports whether w, in lower case, is a present or
// progressive form of a verb of receiving: "receive", "gets".
func receivesNow(w string) bool { return receiveForms[w]&receivePresent != 0 }

// getVerb reports whether w, in lower case, is a form of get.
func getVerb(w string) bool { return receiveForms[w]&receiveGet != 0 }

// phrasalReceiving returns the one-word verb of receiving that the verb
// v and its particle p stand for, with ok false if they are no phrasal
// verb of receiving: "benefit from" receives ("to benefit from extra
// £246,139", wychavon-2020), and "rake in" gets in the active voice, so
// that its subject is the recipient (thelondoneconomic-2016, "the
// country’s least deprived areas … would rake in £5.3m").
func phrasalReceiving(v, p string) (string, bool) {
	switch {
	case p == "from" && v == "benefit":
		return "receive", true
	case p == "in" && (v == "rake" || v == "rakes" || v == "raked" || v == "raking"):
		return "get", true
	}
	return "", false
}

// shareVerbs are the forms of "share" that, with "out", share money
// among the subject or hand it to others (see sharedAmong).
var shareVerbs = []string{"share", "shares", "shared", "sharing"}

// sharedAmong reports whether one of the three words after the mention m
// of the sentence s is "among", "amongst", "between" or "to", naming whom
// "shared out" hands the money to: the subject then gives it.
func (d *drafter) sharedAmong(s Span, m currency.Mention) bool {
	var buf [3]tok
	for _, t := range wordsOf(d.text, Span{m.End, min(s.End, m.End+60)}, buf[:0]) {
		switch t.w {
		case "among", "amongst", "between", "to":
			return true
		}
	}
	return false
}

// degreeAdverb reports whether w is an adverb of degree that may stand
// between a verb of receiving and its money: "got just £6,000", "gets
// only an extra £5m".
func degreeAdverb(w string) bool {
	switch w {
	case "just", "only", "merely", "barely":
		return true
	}
	return false
}

// receiver returns a with the subject of the sentence as its recipient
// when a verb of receiving comes straight before the figure m: "A
// project to restore Scotland’s rainforest will receive over £1.3 million".
func (d *drafter) receiver(a funding.Allocation, s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	from := max(s.Start, m.Start-200)
	if k := searchMention(d.ms, m.Start); k > 0 && d.ms[k-1].End > from && d.ms[k-1].End <= m.Start {
		// "Rural routes get £4m while electric buses get £3m": the
		// subject of the second is after the first figure.
		from = d.ms[k-1].End
	}
	before := wordsOf(d.text, Span{from, m.Start}, nil)
	n := len(before)
	for l := 0; l < 3 && n > 1 && (slices.Contains(leadIns, before[n-1].w) || degreeAdverb(before[n-1].w)); l++ {
		n-- // "will also receive an extra £15 million", "got just an extra £6,000"
	}
	if k := rankedShare(before[:n]); k > 0 && !clauseBreak(d.text[before[k].end:m.Start]) {
		n = k + 1 // "Kent will receive the largest share at £2.9m": its sum, ranked
	}
	if k := allocationReceived(before[:n]); k > 0 && !clauseBreak(d.text[before[k].end:m.Start]) {
		n = k + 1 // "Translink will receive a combined resource and capital allocation of almost £12m"
	}
	if n > 2 && !clauseBreak(d.text[before[n-1].end:m.Start]) {
		if w, ok := phrasalReceiving(before[n-2].w, before[n-1].w); ok {
			// The verb and its particle read as the one word: before
			// is this call's own.
			n--
			before[n-1].w = w
		}
	}
	if n > 2 && before[n-1].w == "out" && slices.Contains(shareVerbs, before[n-2].w) && !clauseBreak(d.text[before[n-1].end:m.Start]) {
		if d.sharedAmong(s, m) {
			// "the council shared out £21,000 among community groups":
			// its subject gives the money to those after "among".
			return a, nil, false
		}
		// "voluntary and community groups shared out nearly £21,000 on
		// projects": the subject shares the money among itself, a
		// recipient, as the subject of "got" is.
		n--
		before[n-1].w = "got"
	}
	if at, ok := d.toppedWith(s, before[:n], m.Start); ok {
		// "Fife tops the list with an allocation of £4.3m": the name
		// opening the sentence has the allocation.
		return d.toRecipient(a, at)
	}
	if n > 1 && !receiveVerb(before[n-1].w) {
		if at, ok := indirectObject(d.text, before[:n], m.Start); ok && !d.hasMoney(at) {
			// "the Board gave the scheme £50,000": whom a verb of giving
			// gives the money to, between the verb and the figure.
			return d.toRecipient(a, at)
		}
	}
	if n < 2 || !receiveVerb(before[n-1].w) || clauseBreak(d.text[before[n-1].end:m.Start]) {
		return a, nil, false
	}
	end := n - 1
	for end > 0 && isAuxiliary(before[end-1].w) {
		end--
	}
	if end == 0 {
		return a, nil, false
	}
	if v := before[n-1].w; !getVerb(v) && !receives(before, end, n-1) {
		// "The Scottish Government allocated £20m …": a verb of giving
		// in the active voice, whose subject gives the money.
		return a, nil, false
	}
	// The subject runs back to the start of the sentence or of its clause.
	start := end - 1
	for start > 0 && !strings.ContainsAny(d.text[before[start-1].end:before[start].start], ".;:") {
		start--
	}
	for k := end - 2; k >= start; k-- {
		if w := before[k].w; w == "that" || w == "while" || w == "whereas" || w == "said" || w == "says" {
			// "It was also announced that the … line will also receive",
			// "… pumped into Reading's budget, while West Berkshire
			// Council will receive", "The minister said Leeds will
			// receive": the subject is after the word opening its clause.
			start = k + 1
			break
		}
	}
	if start == 0 && start < end-1 && from > s.Start && slices.Contains([]string{"and", "while", "whereas", "but", "with"}, before[0].w) {
		start++ // "… while electric buses get £3m"
	}
	if start < end-1 && before[start].w == "the" && !capitalised(d.text, before[start]) {
		start++
	}
	at := Span{before[start].start, before[end-1].end}
	if at.Start < s.Start || d.hasMoney(at) {
		return a, nil, false
	}
	if m.Figure.Bound() == currency.AtLeast && countIn(before[start:end]) {
		// "in total 34 local authorities were given £20,000 or more":
		// the least each was given, not the money given to them all.
		return a, nil, false
	}
	return d.toRecipient(a, at)
}

// toppedWith returns the name of capitalised words opening the sentence
// s, before a word in lower case, when before, the words of s before the
// figure at start, end on "with an allocation of" or "with allocations
// of": "Fife tops the list with an allocation of £4.3m", "Leeds City
// Council came second with an allocation of £2m". A name opening on "The"
// is no recipient's ("The fund opens with an allocation of £1m").
func (d *drafter) toppedWith(s Span, before []tok, start int) (Span, bool) {
	n := len(before)
	if n < 4 || before[n-1].w != "of" || clauseBreak(d.text[before[n-1].end:start]) {
		return Span{}, false
	}
	k := n - 2
	switch {
	case before[k].w == "allocation" && before[k-1].w == "an":
		k -= 2
	case before[k].w == "allocations":
		k--
	default:
		return Span{}, false
	}
	if before[k].w != "with" || before[0].start != s.Start || isDeterminer(before[0].w) {
		return Span{}, false
	}
	end := 0
	for end < k && capitalised(d.text, before[end]) && (end == 0 || !clauseBreak(d.text[before[end-1].end:before[end].start])) {
		end++
	}
	if end == 0 || end == k || clauseBreak(d.text[before[end-1].end:before[end].start]) {
		return Span{}, false
	}
	return Span{before[0].start, before[end-1].end}, true
}

// indirectGivers are the verbs of giving in the active voice that take
// whom they give to before the money: "gave the scheme £50,000", "handed
// Leeds £2m".
var indirectGivers = []string{"gave", "give", "gives", "giving", "handed", "hands", "handing", "awarding", "granting", "offering"}

// indirectObject returns the words between one of indirectGivers and the
// figure at start, in text, with before the words before the figure: one
// to four words, "the" left out, no clause break and no pronoun ("gave
// them £50,000" names no one).
func indirectObject(text string, before []tok, start int) (Span, bool) {
	n := len(before)
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		if !slices.Contains(indirectGivers, before[k].w) {
			continue
		}
		first := k + 1
		if before[first].w == "the" && first < n-1 {
			first++
		}
		if clauseBreak(text[before[k].end:start]) {
			return Span{}, false
		}
		for _, t := range before[first:n] {
			switch t.w {
			case "them", "us", "him", "her", "it", "me", "you", "a", "an", "some", "another", "that", "this":
				return Span{}, false
			}
		}
		return Span{before[first].start, before[n-1].end}, true
	}
	return Span{}, false
}

// countIn reports whether one of ts is a count: "34", "twelve".
func countIn(ts []tok) bool {
	for _, t := range ts {
		if _, err := funding.ParseCount(t.w); err == nil {
			return true
		}
	}
	return false
}

// toRecipient returns a given to the recipient the words at name, as its
// title and its one recipient, with the fields that say so and its kind.
func (d *drafter) toRecipient(a funding.Allocation, at Span) (funding.Allocation, []Field, bool) {
	a.Title = d.in(at)
	a.Recipients = []funding.Org{{Name: a.Title}}
	fields := []Field{{".title", at, Inferred}, {".recipients[0]", at, Inferred}}
	d.allocationKind(&a, &fields, at)
	return a, fields, true
}

// allocationKind sets the allocation's kind from the words before
// "budget", or else those of its recipients or purpose, and its novelty
// from "extension" among them.
func (d *drafter) allocationKind(a *funding.Allocation, fields *[]Field, spans ...Span) {
	for _, s := range spans {
		if s.IsZero() {
			continue
		}
		if k, at := d.kindIn(s); k != funding.KindUnknown {
			a.Kind = k
			*fields = append(*fields, Field{".kind", at, Inferred})
			break
		}
	}
	for _, s := range spans {
		for _, t := range wordsOf(d.text, s, nil) {
			if strings.HasPrefix(t.w, "extension") || strings.HasPrefix(t.w, "extend") {
				a.Novelty = funding.Extension
				*fields = append(*fields, Field{".novelty", Span{t.start, t.end}, Inferred})
				return
			}
		}
	}
}

// isVerbAfterTo reports whether w, after "to", begins a purpose rather
// than a recipient: "to support", "to help", "to fund", "to extend".
func isVerbAfterTo(w string) bool {
	switch w {
	case "support", "help", "fund", "extend", "expand", "provide", "pay", "create", "build", "improve", "deliver", "develop", "tackle", "run", "train", "recruit", "hire":
		return true
	}
	return false
}

// verbWithObject reports whether the words what, after "to", open on a
// verb and its object: a lower-case word, no article itself, straight
// before an article ("to transform an old car park", "to repair the
// roads"). Whom money goes to is named by a noun phrase, which no article
// follows so.
func verbWithObject(text string, what []tok) bool {
	return len(what) > 1 && !capitalised(text, what[0]) && !determinerWord(what[0].w) &&
		determinerWord(what[1].w) && text[what[0].end:what[1].start] == " "
}

// isSeason reports whether w names a season, which after "for the" says
// when the money is spent, not on whom.
func isSeason(w string) bool {
	switch w {
	case "winter", "summer", "spring", "autumn", "year", "weekend", "holidays":
		return true
	}
	return false
}

// isTimeUnit reports whether w is a unit of time, which makes a number a
// duration ("for three years"), not a count of recipients.
func isTimeUnit(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "year", "month", "week", "day", "hour", "decade", "minute":
		return true
	}
	return false
}

// clause returns the span of the words ts up to the end of their clause:
// punctuation other than an apostrophe or hyphen, or "and" before money.
func (d *drafter) clause(ts []tok) Span {
	if len(ts) == 0 {
		return Span{}
	}
	end := ts[0].end
	for _, t := range ts[1:] {
		if clauseBreak(d.text[end:t.start]) {
			break
		}
		end = t.end
	}
	return Span{ts[0].start, end}
}

// sumOnly returns a, read from the mention m, with its stated money
// without the period it is spent over ("£1m over the next three years" is
// £1m), which a Note points out: an allocation is its sum, as a person
// records it, and the period is the package's.
func (d *drafter) sumOnly(a funding.Allocation, m currency.Mention) funding.Allocation {
	if a.Stated.IsZero() || a.Stated.Over().IsZero() {
		return a
	}
	f := withoutPeriod(a.Stated)
	if f.Over().IsZero() {
		d.note(span(m), "“"+m.Figure.Text()+"” is drafted as the allocation's sum, “"+f.Text()+"”: the period it is over is not drafted; check it")
	}
	if exactAmount(f) {
		a.Amount, a.Stated = f.Nominal(), currency.Figure{}
	} else {
		a.Stated = f
	}
	return a
}

// allocationOf returns an allocation of the money of the mention m: its
// Amount when the figure is exact to the unit (see exactAmount), else its
// Stated figure.
func allocationOf(m currency.Mention) funding.Allocation {
	var a funding.Allocation
	if exactAmount(m.Figure) {
		a.Amount = m.Figure.Nominal()
	} else {
		a.Stated = m.Figure
	}
	return a
}

// exactAmount reports whether a figure states an exact amount to the unit
// ("£1,260,000", "£70,000"), which an allocation holds as its Amount;
// others ("£2.4m", "up to £9bn") it holds as stated.
func exactAmount(f currency.Figure) bool {
	return f.Bound() == currency.Exact && f.Per().IsZero() && f.Over().IsZero() &&
		f.Precision().Decimal().Cmp(decimal.NewFromInt(1)) <= 0
}

// allocationID returns an identifier for the allocation, unique in the
// package: the first three words of its title that are not counts,
// hyphenated, or "allocation".
func (d *drafter) allocationID(a funding.Allocation) string {
	var b []byte
	n := 0
	for _, t := range wordsOf(a.Title, Span{0, len(a.Title)}, nil) {
		if n == 3 {
			break
		}
		if !asciiWord(t.w) || slices.Contains([]string{"the", "a", "an", "of", "for", "in", "to", "and"}, t.w) {
			continue
		}
		if n > 0 {
			b = append(b, '-')
		}
		b = append(b, t.w...)
		n++
	}
	id := string(b)
	if id == "" {
		id = "allocation"
	}
	return d.unique(id)
}

// unique returns id, or id with a number after it, so that no two
// identifiers of the record are the same.
func (d *drafter) unique(id string) string {
	if d.ids == nil {
		d.ids = make(map[string]int)
	}
	n := d.ids[id]
	d.ids[id] = n + 1
	if n == 0 {
		return id
	}
	return d.unique(id + "-" + strconv.Itoa(n+1))
}

// providerIn returns the subject of the sentence s when a verb of giving
// follows it ("MOPAC is providing …"), or the zero Span.
func (d *drafter) providerIn(s Span) Span {
	ts := wordsOf(d.text, s, nil)
	for i, t := range ts {
		for _, v := range provideVerbs {
			if !strings.HasPrefix(t.w, v) {
				continue
			}
			end := i
			for end > 0 && isAuxiliary(ts[end-1].w) {
				end--
			}
			if end == 0 || end == i || receives(ts, end, i) {
				return Span{} // "Babergh was allocated £1.7m": the subject gets it
			}
			subj := Span{ts[0].start, ts[end-1].end}
			if d.hasMoney(subj) {
				return Span{}
			}
			return subj
		}
	}
	return Span{}
}

// funder sets the package's funder: the organisation providing the
// itemised money, or else the public body whose money the article says it
// is ("The government's £750m", see owner), or else the first public body
// of the sentence announcing it, or else the announcer's organisation or
// office ("Mayor of London"), or else "unknown funder", with a note.
func (d *drafter) funder() {
	if !d.provider.IsZero() {
		if p, at, ok := d.person(d.provider); ok && p.Name == "" && p.Org != "" {
			d.pkg.Funder = funding.Org{Name: p.Org}
			d.field("packages[0].funder", at, Inferred)
			return
		}
	}
	if at, ok := d.owner(); ok {
		// "The government's £750m": whose money it is, "the government".
		d.pkg.Funder = funding.Org{Name: lowerThe(d.in(at))}
		d.field("packages[0].funder", at, Inferred)
		return
	}
	if !d.announce.IsZero() {
		if at, ok := d.publicBody(d.announce); ok {
			name := lowerThe(d.in(at))
			if o := d.who.Org; !strings.Contains(name, " ") && strings.HasSuffix(strings.ToLower(o), " "+strings.ToLower(name)) {
				// "new Council homes" in a release of Hounslow Council's:
				// the announcer, named by its generic noun.
				name = o
			}
			d.pkg.Funder = funding.Org{Name: name}
			d.field("packages[0].funder", at, Inferred)
			return
		}
	}
	switch w := d.who; {
	case w.Org != "":
		d.pkg.Funder = funding.Org{Name: w.Org}
		d.field("packages[0].funder", d.announcer, Inferred)
	case w.Role != "" && postFunds(w.Role):
		d.pkg.Funder = funding.Org{Name: w.Role}
		d.field("packages[0].funder", d.announcer, Guessed)
	default:
		// Another post ("Economy secretary") is no funder: the body it
		// is held in is, which the article does not name.
		d.pkg.Funder = funding.Org{Name: unknownFunder}
		d.field("packages[0].funder", Span{}, Guessed)
		d.note(Span{}, "the article names no funder: packages[0].funder is “"+unknownFunder+"”; set it")
	}
}

// postFunds reports whether the post role is one that holds and gives
// money itself, as a corporation sole does: a mayor or a commissioner of
// or for the place it names, "Mayor of London", "Police and Crime
// Commissioner for Thames Valley". A minister's or a council leader's post
// is not; the body they serve funds.
func postFunds(role string) bool {
	ws := strings.Fields(role)
	for i, w := range ws {
		if w != "of" && w != "for" || i == 0 || i+1 == len(ws) {
			continue
		}
		head, c := strings.ToLower(ws[i-1]), ws[i+1][0]
		return (head == "mayor" || head == "commissioner") && 'A' <= c && c <= 'Z'
	}
	return false
}

// bodyWords name a public body that funds: "the Government", "Scottish
// Government", "Gloucestershire County Council", "Department for
// Education".
var bodyWords = []string{"government", "council", "department", "treasury", "executive", "authority", "ministry"}

// publicBody returns the words naming the first public body in the
// sentence s: a capitalised body word with the capitalised words before it
// ("Gloucestershire County Council") or "for" and those after it
// ("Department for Education"), or "the" before it alone ("the
// Government"); or, before the verb announcing money, a body word in lower
// case after "the" or "a" and at most one capitalised word ("the UK
// government", "A Labour government").
func (d *drafter) publicBody(s Span) (Span, bool) {
	ts := wordsOf(d.text, s, nil)
	verb := announces(ts)
	for k, t := range ts {
		if !slices.Contains(bodyWords, t.w) {
			continue
		}
		if !capitalised(d.text, t) {
			// "The UK government is putting in …", "A Labour government
			// would invest …": a body named in lower case after "the" or
			// "a" and at most one capitalised word, as the subject, before
			// the verb announcing the money.
			i := k - 1
			if i > 0 && capitalised(d.text, ts[i]) && !isDeterminer(ts[i].w) {
				i--
			}
			if i < 0 || ts[i].w != "the" && ts[i].w != "a" || clauseBreak(d.text[ts[i].end:t.start]) || verb >= 0 && k > verb {
				continue
			}
			return Span{ts[i].start, t.end}, true
		}
		if t.w == "government" && k > 0 && ts[k-1].w == "local" {
			// "Local Government Secretary Robert Jenrick": local
			// government is the councils, a portfolio, not a body.
			continue
		}
		i, j := k, k
		for i > 0 && capitalised(d.text, ts[i-1]) && !clauseBreak(d.text[ts[i-1].end:ts[i].start]) {
			i--
		}
		if j+2 < len(ts) && (ts[j+1].w == "for" || ts[j+1].w == "of") && capitalised(d.text, ts[j+2]) {
			j += 2
			for j+1 < len(ts) && capitalised(d.text, ts[j+1]) && !clauseBreak(d.text[ts[j].end:ts[j+1].start]) {
				j++
			}
		}
		if i == k && j == k && k > 0 && ts[k-1].w == "the" {
			i--
		}
		return Span{ts[i].start, ts[j].end}, true
	}
	return Span{}, false
}

// unknownFunder is the funder of a package whose article names none, so
// that the drafted record is valid and says what is missing.
const unknownFunder = "unknown funder"

// givenEach drafts the money of the mention ms[k], in the sentence s, as
// a package of its own with a part from each of the givers its subject
// names, when "each" follows the figure and the subject, before a verb of
// giving, names two givers joined by "and", after "Both" ("Both the UK and
// Scottish Governments will give the local authorities £500m each": £500m
// from the UK Government and £500m from the Scottish Government). It
// reports whether it did.
func (d *drafter) givenEach(s Span, k int) bool {
	m := d.ms[k]
	var buf [2]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+12)}, buf[:0])
	if len(after) == 0 || after[0].w != "each" || clauseBreak(d.text[m.End:after[0].start]) {
		return false
	}
	if lowerASCII(firstWord(d.text[s.Start:m.Start])) != "both" {
		return false // read no further, so that a sentence of many sums costs its length once
	}
	ts := wordsOf(d.text, Span{s.Start, m.Start}, nil)
	if len(ts) < 4 || ts[0].w != "both" {
		return false
	}
	v := 1
	for v < len(ts) && !isAuxiliary(ts[v].w) {
		v++
	}
	subj := ts[1:v]
	for v < len(ts) && isAuxiliary(ts[v].w) {
		v++
	}
	if v == len(ts) || !slices.ContainsFunc(provideVerbs[:], func(p string) bool { return strings.HasPrefix(ts[v].w, p) }) {
		return false
	}
	givers := d.coordinated(subj)
	if len(givers) != 2 {
		return false
	}
	n := len(d.others)
	d.others = append(d.others, funding.Package{ID: d.unique(d.pkg.ID + "-other")})
	d.otherFrom = append(d.otherFrom, k)
	d.field("packages["+strconv.Itoa(n+1)+"].id", Span{}, Guessed)
	for _, g := range givers {
		a := allocationOf(m)
		a.Title = "From " + g
		d.addAllocation(n+1, a, []Field{{".title", s, Inferred}}, m)
	}
	d.placed[k] = true
	return true
}

// coordinated returns the two names that the capitalised words ts join
// by "and", after an optional "the": "UK and Scottish Governments" gives
// "the UK Government" and "the Scottish Government", a plural noun the two
// share in the singular; "Leeds Council and York Council" gives both as
// they are. It returns nil if ts are not so.
func (d *drafter) coordinated(ts []tok) []string {
	the := ""
	if len(ts) > 0 && ts[0].w == "the" {
		the, ts = "the ", ts[1:]
	}
	and := slices.IndexFunc(ts, func(t tok) bool { return t.w == "and" })
	if and <= 0 || and == len(ts)-1 {
		return nil
	}
	for i, t := range ts {
		if i != and && !capitalised(d.text, t) {
			return nil
		}
	}
	left, right := d.joinedWords(ts[:and]), d.joinedWords(ts[and+1:])
	last := d.text[ts[len(ts)-1].start:ts[len(ts)-1].end]
	if and == 1 && len(ts)-and > 2 && strings.HasSuffix(last, "s") {
		noun := strings.TrimSuffix(last, "s")
		return []string{the + left + " " + noun, the + d.joinedWords(ts[and+1:len(ts)-1]) + " " + noun}
	}
	return []string{the + left, the + right}
}

// joinedWords returns the words ts as the article writes them, one space
// apart.
func (d *drafter) joinedWords(ts []tok) string {
	ws := make([]string, len(ts))
	for i, t := range ts {
		ws[i] = d.text[t.start:t.end]
	}
	return strings.Join(ws, " ")
}

// yearParts drafts as the package's allocations, and reports whether it
// did, a run among the mentions ms[i:j] of one sentence of two or more
// figures stated year by year or month by month (see byYear) whose sum
// is head, the package's whole, to the pound: "£1 million in 2012/13 and
// £1.5 million the next year" of a £2.5 million fund (yorkpress-2012).
// Each is titled by its period. That the periods' money makes up the
// whole says it is the package's, wherever it is said and by whom; a run
// making up the figure straight before it instead itemises that, money
// of its own.
func (d *drafter) yearParts(i, j int, head currency.Amount) bool {
	for k := i; k < j; {
		end, ok := yearAfter(d.text, d.ms[k].End)
		if !ok {
			k++
			continue
		}
		n := k + 1
		for n < j && yearListGap(d.text[end:d.ms[n].Start]) {
			if end, ok = yearAfter(d.text, d.ms[n].End); !ok {
				break
			}
			n++
		}
		p := -1 // the package the run itemises, 0 for this one, n+1 for others[n]
		switch {
		case n-k < 2:
		case d.sumsTo(k, n, head):
			p = 0
		case k > 0 && !d.placed[k-1] && k-1 != d.headline && !rateOrConversion(d.ms[k-1]) && d.sumsTo(k, n, d.ms[k-1].Figure.Nominal()):
			// "… is providing £455 million in weekly advanced payments to
			// councils … Councils received an additional £150 million in
			// May, £255 million in June, and will receive £50 million in
			// July" (scotgov-2020-councils): the figure straight before,
			// which the months make up, is money of its own, and they are
			// its parts.
			if d.addOther(k - 1) {
				p = len(d.others)
			}
		}
		if p >= 0 {
			for x := k; x < n; x++ {
				m := d.ms[x]
				end, _ := yearAfter(d.text, m.End)
				at := Span{m.End, end}
				for _, p := range [...]string{" in ", " for ", " during "} {
					if strings.HasPrefix(d.text[at.Start:], p) {
						at.Start += len(p)
						break
					}
				}
				at.Start += len(d.text[at.Start:end]) - len(strings.TrimLeft(d.text[at.Start:end], " "))
				a := allocationOf(m)
				a.Title = d.in(at)
				d.addAllocation(p, a, []Field{{".title", at, Inferred}}, m)
				d.placed[x] = true
			}
			return true
		}
		k = n
	}
	return false
}

// sumsTo reports whether the figures of the mentions ms[k:n], none
// placed yet nor a rate, add up to head exactly.
func (d *drafter) sumsTo(k, n int, head currency.Amount) bool {
	var sum currency.Amount
	for x := k; x < n; x++ {
		m := d.ms[x]
		if d.placed[x] || rateOrConversion(m) {
			return false
		}
		var err error
		if sum, err = sum.Add(m.Figure.Nominal()); err != nil {
			return false
		}
	}
	c, err := sum.Compare(head)
	return err == nil && c == 0
}
