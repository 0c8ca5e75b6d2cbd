package claims

import (
	"strings"
	"time"

	"github.com/fundclaims/fundclaims/currency"
)

// A StatedAmount asserts how much money a package, or one allocation of it,
// is: "the mayor coughing up £2m" states £2m of the 2025 package. Figure
// keeps the words with their bound and precision, so "more than £4
// million" is weighed as "more than" and "£2m" as stated to the nearest
// £1m.
//
// Figure is required. Package names the package (empty: the claim's
// About) and Allocation, if set, one of its allocations by ID.
//
// Role is what the figure is in the claim: the package, a share of it, an
// amount needed, a previous level (see Role). Only the package, a share
// naming its allocation, a rival package naming its own, and a level or a
// change that the package's Change records are weighed against the
// record; a level or change naming an allocation is weighed against that
// allocation's own Change, never the package's, and is NotAssessed where
// the allocation has none ("Aberdeen will get an extra £10million" against
// Aberdeen's change By £10million, not the settlement's). Any other role,
// or words that give none, make the finding NotAssessed, with the reason. The zero Role is read
// from the words around Span, as FromQuote reads it. Terms say whether the
// figure is cash, in real terms or per head; the zero Terms is read from
// the words too, and is cash if they say nothing.
type StatedAmount struct {
	Figure     currency.Figure `json:"figure"`
	Package    string          `json:"package,omitempty"`
	Allocation string          `json:"allocation,omitempty"`
	Role       Role            `json:"role,omitzero"`
	Terms      Terms           `json:"terms,omitzero"`
	Span       Span            `json:"span,omitzero"`
}

// Kind returns AssertionStatedAmount.
func (StatedAmount) Kind() AssertionKind { return AssertionStatedAmount }

// Where returns the span of the figure's words in the quote.
func (s StatedAmount) Where() Span { return s.Span }

func (StatedAmount) assertion() {}

// FromQuote proposes the stated amounts in a quote: one StatedAmount for each
// money expression currency.Find finds, in order, with its Figure, the
// Span of its words, qualifier and all ("more than £4 million"), and the
// Role and Terms the words around it give. The package is left empty,
// which means the claim's About; set it where the quote speaks of another
// package. FromQuote never panics, and every Span it returns slices the
// quote back to its Figure's Text. It returns nil if the quote states no
// money.
//
// It reads up to eight words each side of a figure, within its clause
// (stopping at punctuation and at "but", "while", "whereas", "although",
// "though") and not past another figure. A word that gives a role other
// than the package wins over one that gives the package, and the nearest
// wins among those; no such word leaves the Role RoleUnknown, which Assess
// does not weigh against the record. The words, in any case:
//
//   - RoleNeeded before: need, needs (but not the noun after a possessive
//     with a verb of giving between it and the figure: "listened to their
//     needs and provided £40m"), needed, called for, calls for, asked
//     for, demanded, requires, required, requested, want, wanted, sought,
//     seeking, bid for, appealed for, lobbied for, pressing for, face, faces,
//     facing (a sum still to find: "we face another £20 million"), shortfall
//     (of), gap of, funding gap, black hole (of), backlog (of), deficit (of),
//     pressures of, to find, finding; after: need, needs, needed, require,
//     required within three words ("£3m is required"), shortfall, gap,
//     funding gap, black hole, hole, backlog, deficit, short, of spending
//     pressures, and bid or bids ("the £48 million bid for", but not after
//     successful or winning), as is a part "of" a bid ("£17m of our £48m
//     bid"); and
//     "should", "ought" or "must" up to twelve words before ("Wales should
//     therefore receive an additional £60bn"), over a share, a change or the
//     package, unless "the", "this" or "that" names the sum as known;
//   - RolePrevious: "from £50.1bn" where "to £53.9bn" follows, which is
//     RoleLevel; before: "up from", "down from", "previously" (but
//     "previously announced", pledged, committed and the like state a
//     package of its own, RolePackage), "last
//     year's", "last year", original, initial, used to be, used to cost,
//     used to get; after: to date, so far,
//     "ago" after a word of time ("£2m five years ago"), and "when" with a
//     subject and a verb in the past tense ("A permit cost £80 when they
//     took over"), over a cost, the package or no role;
//   - RoleLevel before: rise to, rose to, increased to, fell to, cut to,
//     bringing the total to, taking it to, to a total of, stands at, total
//     is now, received a total of, now received, and the like, and "to" with
//     a verb of rising, falling, doubling or taking up to twelve words
//     before ("it's gone up year after year to £115") or with "from" and a
//     figure up to four before ("rose from £3m last year to £5m"), or with
//     a figure of change just before ("an increase of £20m to £120m", "is
//     up £2m to £12m");
//   - RoleChange before: additional, extra, further, increase of, rise of,
//     cut of, cut by, increased by, reduction of, top-up of, uplift of, cuts
//     totalling, savings of, lost, decrease of, increase (decrease, cut,
//     reduction) in funding of, is (are, was, were) up, up by, and "by" with
//     a verb of rising, falling or raising up to twelve words before
//     ("increases funding for social care and other vital services by £2.3
//     billion"), past a year between ("increase our settlement for 2025-26
//     by more than £1bn"); straight after the amount: more, less, extra, increase,
//     rise, cut, higher, lower, up, down, savings, of cuts, of reductions, on
//     last year. An extra sum ("an additional £11.6m", "a further £2m") is
//     the package unless its sentence gives the level it adds to or takes the
//     spending to (total, bringing, taking, on top of, up from, in addition
//     to, or "part of" after it), and gives way to any word giving another
//     role but a share ("we need an extra £2m" is needed); after comprises,
//     includes or including it is a share ("this comprises £1.5m of core
//     funding and an extra £1m"), or set off by a dash straight after another
//     figure, when it is a change in that one ("at least £5,150 - an extra
//     £150 -"); "a further" sum after a change or an amount needed in its
//     sentence is more of that ("a budget gap of £14m … and a further
//     £20m");
//   - RoleShare before: will get, will receive, gets, got, receives,
//     received, benefit from (but the pot a determiner or a possessive names
//     after it is the package: "benefit from the Government's £1 billion
//     package"), share of, of which, including, includes, include, included,
//     separated into, split into, divided into, made up of, comprises,
//     consists of, over RolePerUnit for what "each" or "every" and a noun
//     receive ("each pupil will receive £4,000"), or "all" and a noun receive
//     as "a" sum ("all drivers who received a £1500 grant"), or "the majority
//     of" them receive ("the vast majority of operators would receive less
//     than £10,000"); after: goes to, of it, of that, of this, and, with no
//     role of its own, the next item of a list whose verb is gapped after a
//     share ("Glasgow will receive £60.9 million, Edinburgh £37.8 million")
//     and a sum alone in brackets after an item named, after other money
//     ("for Rates Support (£2.1million)") or first of a list of such items
//     ("Rowley Regis (£19m), Smethwick (£23.5m)"), and, with no role of its own, each
//     of two or more figures in a list that states money year by year or
//     month by month ("£1 million in 2012/13 and £1.5 million the next
//     year"); and "of the" or a possessive ("of our") before another
//     figure ("£40m of the £300m"), whose
//     figure is the package, as is the figure after "a share of" or "receive
//     share of"; and "as part of" after it with a figure or a fund, funding,
//     grant, package, allocation, settlement, pot or programme after that
//     ("£2m as part of the £100m fund") or with its recipient between
//     ("£63million to Hounslow Council as part of its"), over the package or
//     no role; within three words after it: will go towards, is allocated to,
//     will be allocated to, between them, which win over an extra sum's new
//     money ("an additional £30million is allocated to education");
//   - RoleRival before: rival, Labour's, the opposition's, their own;
//   - RoleProposal before: proposal, proposed, would spend, would invest,
//     would have spent; after: proposal;
//   - RolePerUnit after: per (but not "per year", a rate), each, apiece, a
//     head, for every, a or an and a noun ("£430 a pupil", not "a year"),
//     and, straight after the amount, at a time (a cap on each draw, "up
//     to £100,000 at a time", but not "at a time when"), which straight
//     after the amount win over a share ("councils will get £30 per
//     pupil"); before: grants of, payments of, awards of, bursaries of
//     (over a share too: "received grants of up to £5,000"),
//     each getting, each receives, each will get, some receiving, some
//     will get and the like; and
//     fewer than a thousand pounds a day, a week or a month ("only £1 a
//     month"), over a share, the package or no role;
//   - with no role of its own, the second of two figures joined by "and"
//     or "or" alone takes the first's, unless that is the package or a
//     level ("costing £106,000 and £85,000" are both other);
//   - RoleOther before: compared with, compared to, than, cost, costs,
//     costing, adds to, added to, on top of, in addition to, follows,
//     replaces, builds on, and money raised (raise, raised, bring in) or
//     leveraged from others (leverage, leveraged, lever in), the speaker's
//     own sum ("I make that £41m"); and, over a cue
//     of need, money on offer to bid for ("the opportunity of bidding for",
//     "the chance to bid for") or a fund named as known that one is given
//     access to ("access to the £78m local transport fund"), a forecast total ("expected to total",
//     "projected to reach") and, over a change, a forecast loss ("estimated
//     to lose"); after: of reserves, from reserves, out of reserves, bill (a
//     cost: "a £2m bill for repairs"); money given in a time gone by, a verb
//     of giving or spending in the perfect ("has so far spent", "we have
//     allocated") with so far, already, to date, since, over the last, over
//     the past or previously in its sentence, and every sum after "have
//     received", "has received" or "had received" with "since" before the
//     verb ("Since the bid was put together we have received … £15m … and
//     an extra £1m"), over a share too, and so money "supported by",
//     "backed by" or "funded by" with one of those in its sentence ("planning
//     since last winter, supported by £50 million"), over the package or no
//     role; money spent by a date, "by" and a month, "the end of" or "then"
//     after the figure with spend, spent or spending and was, had or spent
//     before it, and no will, would, to or expected ("the total spend of the
//     fund was £392 million by the end of February"), over the package or no
//     role; and "of that", "of it" or "of this" after a figure of another
//     item ("£12 million of reserves and £3.2 million of that");
//   - RolePackage before: announced, announcing, invests, investment of,
//     providing, coughing up, gave, awarded, offering (but was awarded, been
//     offered and the like give a share), settlement of, distribution of,
//     committed, pledged, promised, unveiled, worth, spending, package of,
//     funding of, total of, package is, access to, makes available, made
//     available, and the belittling only, just, barely, mere, paltry; after:
//     for, package, fund, funding, investment, programme, scheme, grant,
//     settlement, deal, boost, pot, of additional, of extra, of new,
//     headline, plan, and a verb of spending or giving in the passive ("has
//     been spent", "will be allocated", "is being made available", "is being
//     given", "will be awarded"); "from the" and the figure after a verb of
//     receiving or cash, money or funding up to two words before ("will
//     receive from the £183.5 million", "more cash from the additional £1
//     billion"), over the level before; "will see" or "would see" before the
//     figure with a verb of giving or spending after it ("will see almost
//     £1bn invested"), over no role; a gloss on the money named just before
//     ("the sum, equivalent to roughly £3.5m a week"); and "the" opening the
//     clause or the reported speech of a sum that is its subject, with no
//     other word ("the £2.4m would bolster", "critics said the £2m was").
//
// Terms are RealTerms for "real terms", "real-terms", "after inflation",
// "inflation-adjusted", "in today's prices"; Cash for "cash terms", "in
// cash", "nominal terms"; PerHead for "per head", "per person", "per
// capita", "per pupil", "for every taxpayer" and the like, and for what
// "each" or "every" and a person receives ("each pupil will receive"). A
// figure set off by a dash after another ("£4,000 next year - up from
// £3,750") states that one's terms if its own words give none.
func FromQuote(quote string) []StatedAmount {
	ms := withoutCurrencyWord(quote, currency.Find(quote))
	if len(ms) == 0 {
		return nil
	}
	out := make([]StatedAmount, 0, len(ms))
	for _, m := range ms {
		sp := Span{Start: m.Start, End: m.End}
		if !sp.Valid(quote) || quote[m.Start:m.End] != m.Figure.Text() {
			continue // Find promises otherwise; never hand on a bad span
		}
		rd := read(quote, sp)
		sa := StatedAmount{Figure: m.Figure, Role: rd.role, Terms: rd.terms, Span: sp}
		if (sa.Role == RolePackage || sa.Role == RoleShare || sa.Role == RoleUnknown) && smallRate(m.Figure) {
			// "It may only be £1 a month": pounds a week or a month are
			// what each one pays or gets, no package's money.
			sa.Role = RolePerUnit
		}
		if n := len(out); n > 0 && sa.Role == RoleUnknown && out[n-1].Role == RoleShare && gappedAfter(quote, out[n-1].Span.End, sp.Start) {
			// "Glasgow will receive £60.9 million, Edinburgh £37.8
			// million": a list with its verb gapped, each item a share.
			sa.Role = RoleShare
		}
		if n := len(out); n > 0 && sa.Role == RoleUnknown && pairedRole(out[n-1].Role) && pairedAfter(quote, out[n-1].Span.End, sp.Start) {
			// "for schemes costing £106,000 and £85,000", "cuts of £5m or
			// £6m": the second of a pair joined by "and" or "or" shares
			// the first's words, and so its role.
			sa.Role = out[n-1].Role
		}
		if n := len(out); n > 0 && sa.Role == RolePerUnit && sa.Terms == PerHead && pairedRole(out[n-1].Role) && restatedAfter(quote, out[n-1].Span.End, sp.Start) {
			// "cuts totalling £3.3 million, or £127 per pupil": the same
			// money per head, in the first's role.
			sa.Role = out[n-1].Role
		}
		if len(out) > 0 && sa.Role == RoleUnknown && bracketedItem(quote, sp) {
			// "£2.6million is being made available to Councils for Rates
			// Support (£2.1million) and Emergency Planning (£0.5
			// million)": the sum of each item named, a part of the money
			// stated before.
			sa.Role = RoleShare
			if n := len(out); out[n-1].Role == RoleUnknown && bracketedItem(quote, out[n-1].Span) && bracketsListed(quote, out[n-1].Span.End, sp.Start) {
				// "The others were Rowley Regis (£19m), Smethwick
				// (£23.5m) and West Bromwich (£25m)": the first of a list
				// of items with their sums in brackets is a share as the
				// next is, with no money before it.
				out[n-1].Role = RoleShare
			}
		}
		if n := len(out); n > 0 && (sa.Role == RoleUnknown || sa.Role == RolePackage) && partOpening(quote, sp.Start) {
			// "… over £1.4 million in emergency funding … Of this figure,
			// just under £1m has been distributed to …": a part of the sum
			// before, another item's money where that is, else a share.
			sa.Role = RoleShare
			if out[n-1].Role == RoleOther {
				sa.Role = RoleOther
			}
		}
		if (sa.Role == RoleUnknown || sa.Role == RolePackage) && listedAsFollows(quote, sp) {
			// "This additional £15million will be spent as follows:
			// £5million on schools maintenance; £5million on special
			// education": each item of the list is a part of the money.
			sa.Role = RoleShare
		}
		if n := len(out); n > 0 && asideAfter(quote, out[n-1].Span.End, sp.Start) {
			// "at least £5,150 - an extra £150 -": an aside on the figure
			// before, of which an extra sum is the change, not new money,
			// in the same terms.
			if sa.Role == RolePackage && extraCue(rd.roleCue) {
				sa.Role = RoleChange
			}
			if sa.Terms == 0 {
				sa.Terms = out[n-1].Terms
			}
		}
		if n := len(out); n > 0 && sa.Role == RolePackage && (out[n-1].Role == RoleChange || out[n-1].Role == RoleNeeded) && rd.roleCue == "further" &&
			!strings.ContainsAny(quote[out[n-1].Span.End:sp.Start], ".;!?") {
			// "Leeds saw a cut of £180m between 2010 and 2015, with a
			// further £35m to come next year", "a budget gap of around £14
			// million for 2019/2020 and a further £20 million in the three
			// following financial years": more of the change or the need
			// before it in the sentence, not new money.
			sa.Role = out[n-1].Role
		}
		out = append(out, sa)
	}
	if len(out) == 0 {
		return nil
	}
	byYear(quote, out)
	return out
}

// byYear gives the role share to each figure of no role in a run of two
// or more that state money year by year or month by month: "the fund –
// which would contain £1 million in 2012/13 and £1.5 million the next
// year –" (yorkpress-2012), "£2m in 2024-25, £3m in 2025-26", "£255
// million in June, and will receive £50 million in July": each period's
// money is a part of the whole over them. A figure of another role ends
// the run, and one period's money alone is not split.
func byYear(quote string, out []StatedAmount) {
	for i := 0; i < len(out); {
		j := i
		for j < len(out) && out[j].Role == RoleUnknown {
			end, ok := yearAfter(quote, out[j].Span.End)
			if !ok {
				break
			}
			j++
			if j < len(out) && !yearListGap(quote[end:out[j].Span.Start]) {
				break
			}
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				out[k].Role = RoleShare
			}
		}
		i = max(j, i+1)
	}
}

// yearAfter returns where the words naming a year or a month straight
// after offset at end, when they do: "in 2012/13", "for 2019-20", "in
// the 2024-25 financial year", "the next year", "the following year",
// "next year", "this year", "in May".
func yearAfter(quote string, at int) (int, bool) {
	rest := quote[at:]
	if len(rest) < 2 || rest[0] != ' ' {
		return 0, false // most figures: no words of a time straight after
	}
	var buf [5]string
	ws := fieldsUpTo(rest[:min(len(rest), 48)], buf[:0])
	n := 0
	if len(ws) > 0 && (ws[0] == "in" || ws[0] == "for" || ws[0] == "during") {
		n++
	}
	if len(ws) > n && ws[n] == "the" {
		n++
	}
	if len(ws) <= n {
		return 0, false
	}
	w := strings.TrimRight(ws[n], ",.;:)–—-")
	switch {
	case yearSpan(w):
		n++
		if len(ws) > n+1 && ws[n] == "financial" && strings.HasPrefix(ws[n+1], "year") {
			n += 2
		}
	case (w == "next" || w == "following" || w == "this") && len(ws) > n+1 && strings.TrimRight(ws[n+1], ",.;:)–—-") == "year":
		n += 2
	case n > 0 && ws[0] == "in" && monthName(w):
		// "£150 million in May, £255 million in June": money month by
		// month, a capitalised month's name after "in".
		n++
	default:
		return 0, false
	}
	// The offset after the n'th word of rest, without its trailing
	// punctuation.
	off := 0
	for k := 0; k < n; k++ {
		off += strings.Index(rest[off:], ws[k]) + len(ws[k])
	}
	return at + len(strings.TrimRight(rest[:off], ",.;:)–—-")), true
}

// monthName reports whether w is a month's name as written in prose,
// with its capital: "May", not the verb "may".
func monthName(w string) bool {
	for m := time.January; m <= time.December; m++ {
		if w == m.String() {
			return true
		}
	}
	return false
}

// fieldsUpTo appends to dst the words of s split at spaces, as
// strings.Fields would, up to dst's capacity, so that reading the few
// words after a figure allocates nothing.
func fieldsUpTo(s string, dst []string) []string {
	start := -1
	for i := 0; i <= len(s) && len(dst) < cap(dst); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return dst
}

// yearSpan reports whether w is a year or a financial year: "2012",
// "2012/13", "2019-20", "2024–25".
func yearSpan(w string) bool {
	if len(w) < 4 || !isYear(w[:4]) {
		return false
	}
	rest := strings.TrimLeft(w[4:], "/-–")
	if len(rest) == len(w[4:]) {
		return rest == ""
	}
	return (len(rest) == 2 || len(rest) == 4) && allDigits(rest)
}

// yearListGap reports whether the words between one year's money and the
// next's join them in a list: "and", a comma, "then", and after them at
// most the verb of receiving again ("£255 million in June, and will
// receive £50 million in July").
func yearListGap(gap string) bool {
	ws := strings.Fields(strings.ReplaceAll(gap, ",", " , "))
	n := 0
	for n < len(ws) && n < 3 && (ws[n] == "," || ws[n] == "and" || ws[n] == "then") {
		n++
	}
	if n == 0 {
		return false
	}
	rest := ws[n:]
	if len(rest) > 0 && (rest[0] == "will" || rest[0] == "would") {
		rest = rest[1:]
	}
	switch strings.Join(rest, " ") {
	case "", "receive", "get", "received", "got":
		return true
	}
	return false
}

// smallRate reports whether f is pounds, fewer than a thousand, stated
// a day, a week or a month ("£1 a month", "£20 a week"): too little for
// any package, so the money of each one of many.
func smallRate(f currency.Figure) bool {
	switch p := f.Per(); {
	case p.Equal(currency.Days(1)), p.Equal(currency.Weeks(1)), p.Equal(currency.Months(1)):
	default:
		return false
	}
	c, err := f.High().Compare(currency.Pounds(1000))
	return err == nil && c < 0
}
