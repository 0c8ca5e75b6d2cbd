package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// Assess weighs every assertion of every claim in r against r's packages
// and events and returns the Assessment: one Finding per assertion, in
// order, each with a verdict, the figures and a paragraph of explanation.
//
// A stated amount is first given its role in the claim (see Role): its own,
// or the one the words around it give. Only a figure of the package, a
// share naming its allocation, a rival naming its package or a level after
// a change is weighed against the record; any other is NotAssessed, with
// the reason. A figure of the package is weighed against its recorded
// figure: the sum of its allocations when it has any and they are exact and
// the whole of the money (and where that falls short of the headline,
// whatever goes beyond the itemisation is NotSupported rather than
// Overstated), otherwise its headline as announced, or one allocation's
// figure if the assertion names one. A partial itemisation ("including") or
// one with parts stated inexactly ("up to £9bn") leaves the headline as the
// recorded figure, and the finding gives the named share and the unnamed
// remainder, or the limits the parts admit. A figure for another term
// ("£400m a year") is converted to the record's term first, exactly, and
// the finding says so. The wording's bound decides: "at least £4m" is
// Accurate for £4,000,000 and "more than £4m" is not. An Exact figure that
// differs from the record is Rounded if its precision admits the record
// ("£2m" for £2.4m, to the nearest £1m) and the error is within o's
// tolerance (DefaultTolerance, 10%, unless set), and Understated or
// Overstated otherwise; a figure in another currency is NotLikeForLike.
// Figures from two sources for one item that cannot agree are reported on
// both findings.
//
// Counts and ratios are weighed against the package's measures and
// amounts, and a change in per cent against the change in money the claim
// states (Inconsistent if they disagree); a counterproposal is compared
// with the package; insufficiency, lateness and endorsement are
// judgements, given the verdict Opinion with the evidence that bears on
// them. The verdicts are documented at Verdict.
//
// Assess never panics and never guesses: where the record lacks what a
// verdict needs (an amount, a base figure, a date) the finding says so. It
// validates r first and returns Validate's error, and no findings, for an
// invalid record.
//
// Assess runs in time linear in the number of assertions: it indexes the
// packages by ID once and works out each package's recorded figure once.
func Assess(r Record, o Options) (Assessment, error) {
	ix, err := r.index()
	if err != nil {
		return Assessment{}, err
	}
	x := &assessor{
		r:     &r,
		ix:    ix,
		tol:   o.tolerance(),
		facts: make([]pkgFacts, len(r.Packages)),
	}
	x.tolScaled, x.tolFast = scaledTolerance(x.tol)
	x.noRounding = o.Tolerance.Sign() < 0
	n := 0
	for _, c := range r.Claims {
		n += len(c.Assertions)
	}
	out := Assessment{Tolerance: x.tol, Packages: r.Packages, Claims: r.Claims, Findings: make([]Finding, 0, n)}
	for ci := range r.Claims {
		c := &r.Claims[ci]
		for ai, a := range c.Assertions {
			k := len(out.Findings)
			out.Findings = out.Findings[:k+1] // made zero by make
			f := &out.Findings[k]
			f.Claim, f.Assertion, f.Kind, f.Words = c.ID, ai, a.Kind(), a.Where().In(c.Quote)
			x.at = ix.pkgOf[k]
			x.begin(k)
			switch a := a.(type) {
			case StatedAmount:
				x.stated(c, &a, f)
				if f.Verdict != NotAssessed && f.Role != RoleLevel {
					if i, ok := x.pkgIndex(f.Package); ok {
						x.items.add(itemKey{pkg: i, alloc: a.Allocation, per: a.Figure.Per(), over: a.Figure.Over()}, k, ci, out.Findings, r.Claims, len(r.Packages))
					}
				}
			case Counterproposal:
				x.proposal(c, a, f)
			case Insufficiency:
				x.insufficiency(c, a, f)
			case Lateness:
				x.lateness(c, a, f)
			case Endorsement:
				x.endorsement(c, a, f)
			case CountClaim:
				x.count(c, a, f)
			case RatioClaim:
				x.ratio(c, a, f)
			}
			x.end(out.Findings)
		}
	}
	x.flush(out.Findings)
	x.items.report()
	return out, nil
}

// Explanations are written one after another into x.p and turned into
// strings a batch at a time, each a substring of one string per batch, so
// that a large assessment makes a few hundred allocations for its
// explanations rather than one per finding.
const (
	batchFindings = 256
	batchBytes    = 64 << 10
)

// begin starts the explanation of finding k.
func (x *assessor) begin(k int) {
	if len(x.ends) == 0 {
		x.first = k
	}
	x.starts = append(x.starts, len(x.p.b))
}

// end finishes the explanation of the finding begun last, and hands the
// batch out when it is full.
func (x *assessor) end(fs []Finding) {
	x.ends = append(x.ends, len(x.p.b))
	if len(x.ends) >= batchFindings || len(x.p.b) >= batchBytes {
		x.flush(fs)
	}
}

// flush sets the explanations of the batch's findings and empties it.
func (x *assessor) flush(fs []Finding) {
	if len(x.ends) == 0 {
		return
	}
	all := x.p.String()
	for i, end := range x.ends {
		fs[x.first+i].Explanation = all[x.starts[i]:end]
	}
	x.p.reset()
	x.starts, x.ends = x.starts[:0], x.ends[:0]
}

// An assessor holds what Assess works out once and uses for many findings.
type assessor struct {
	r   *Record
	ix  index
	tol decimal.Decimal
	// tolScaled is tol × 10^14 when tolFast, so that percentages, which
	// have at most 14 decimal places, are checked against it in integers.
	tolScaled  uint64
	tolFast    bool
	noRounding bool            // a negative tolerance: nothing is Rounded
	facts      []pkgFacts      // by package index; worked out when first needed
	prices     *funding.Series // the record's price index, made when first needed
	items      items           // the stated figures by item, for sources that disagree
	at         int32           // the package of the assertion being assessed, or -1
	p          prose           // the explanations of the batch being written
	tmp        prose           // scratch space for phrases
	// first is the index of the batch's first finding; starts and ends
	// are the offsets of its findings' explanations in p.
	first        int
	starts, ends []int
}

// A recorded is what the record has for a package or an allocation, ready
// to weigh a stated figure against.
type recorded struct {
	basis  Basis
	figure currency.Figure // Finding.Recorded
	amount currency.Amount // the exact amount, when exact
	exact  bool            // amount is known exactly
	// short reports an itemisation that falls short of everything the
	// headline admits: the remainder is not itemised, so figures above
	// the itemisation are not supported rather than overstated.
	short    bool
	headline currency.Figure
	subject  string // "the £2.4m package", "the itemised £3,595,000"
	brief    string // "£2.4m"
	// about is the basis and novelty sentence: "The record has the
	// headline as announced, with no itemisation, and describes the
	// money as new money."; novel is the novelty phrase alone.
	about   string
	novel   string
	novelty funding.Novelty
	// why says why the record has no amount to weigh a figure against,
	// when it has parts that are not exact or not the whole; floor is the
	// least the named parts of a partial list come to, which a figure for
	// the whole cannot be below.
	why   string
	floor funding.Gap
}

// pkgFacts are what Assess works out once for each package it meets. p is
// nil until they are worked out. sources is p's, kept here so that the
// assessment of a stated amount need not touch the package itself.
type pkgFacts struct {
	p       *funding.Package
	sources []funding.Source
	rec     recorded
}

// pkgIndex returns the index of the package whose ID is id, which is
// usually that of the assertion being assessed.
func (x *assessor) pkgIndex(id string) (int, bool) {
	if i := int(x.at); i >= 0 && x.r.Packages[i].ID == id {
		return i, true
	}
	i, ok := x.ix.packages[id]
	return i, ok
}

// pkg returns the facts for the package whose ID is id, usually that of the
// assertion being assessed; the record holds it (Validate has checked). It
// works them out the first time.
func (x *assessor) pkg(id string) *pkgFacts {
	i := int(x.at)
	if i < 0 || x.r.Packages[i].ID != id {
		var ok bool
		if i, ok = x.ix.packages[id]; !ok {
			// Validate makes this impossible; answer "no amount" rather
			// than panic if it ever is not.
			return &pkgFacts{p: &funding.Package{ID: id}, rec: recorded{subject: "the package " + inQuotes(id)}}
		}
	}
	f := &x.facts[i]
	if f.p != nil {
		return f
	}
	p := &x.r.Packages[i]
	f.p, f.sources = p, p.Sources
	rec := recorded{headline: p.Headline, novelty: p.Novelty}
	// parts is what the itemisation says of the headline when it cannot
	// stand for the package: a partial list, or parts stated inexactly.
	var parts string
	var r funding.Reconciliation
	var err error
	if len(p.Allocations) > 0 {
		r, err = p.Reconcile()
	}
	total, exact := r.Itemised.Exact()
	switch {
	case len(p.Allocations) == 0:
	case err != nil:
		// A valid record whose parts are money for terms that do not add
		// up (a year's money with no period to total it over).
		parts = "its allocations cannot be added up: " + err.Error()
	case exact && !p.Partial:
		rec.basis, rec.amount, rec.exact = FromItemisation, total, true
		rec.figure = currency.ExactFigure(total)
		rec.short = r.Status == funding.Unitemised
	case p.HasHeadline():
		parts = r.String()
	case p.Partial:
		parts = "its allocations name only part of the money, " + r.Itemised.String()
		rec.why = "Its allocations name only part of the money, " + r.Itemised.String() + ", and it has no headline for the whole."
		rec.floor = r.Itemised
	default:
		parts = "its allocations add up to " + r.Itemised.String() + ", not an exact amount"
		rec.why = "Its allocations add up to " + r.Itemised.String() + ", not an exact amount, and it has no headline."
	}
	switch {
	case rec.basis == FromItemisation:
	case p.HasHeadline() && p.Headline.Bound() == currency.Exact:
		rec.basis, rec.amount, rec.exact = FromHeadline, p.Headline.Nominal(), true
		rec.figure = p.Headline
	case p.HasHeadline():
		rec.basis, rec.figure = FromHeadline, p.Headline
	}
	// One scratch buffer builds every phrase, so a package costs a few
	// allocations: the strings themselves.
	w := &x.tmp
	w.reset()
	switch {
	case rec.exact:
		w.b = appendBrief(w.b, rec.amount)
		if rec.basis == FromHeadline && (!p.Headline.Per().IsZero() || !p.Headline.Over().IsZero()) {
			// "the £1.5bn a year package": the term is part of the figure.
			w.reset()
			w.s(p.Headline.String())
		}
		rec.brief = w.String()
		w.reset()
		if rec.basis == FromItemisation {
			w.s("the itemised ").s(rec.brief)
		} else {
			w.s("the ").s(rec.brief).s(" package")
		}
	case rec.basis == FromHeadline:
		rec.brief = p.Headline.String()
		w.s("the package announced as ").q(p.Headline.Text())
	default:
		w.s("the package ").q(p.ID)
	}
	rec.subject = w.String()
	w.reset()
	w.s("The record ")
	switch {
	case parts != "" && r.Status == funding.OverAllocated && rec.basis == FromHeadline:
		// The contradiction below gives the figures.
		w.s("has the headline as announced, and allocations that come to more than it admits")
	case parts != "" && p.Partial && err == nil && p.HasHeadline():
		w.s("has the headline as announced, and allocations that name only part of it: ").s(parts)
	case parts != "" && err != nil && rec.basis == FromHeadline:
		w.s("has the headline as announced, but ").s(parts)
	case parts != "" && err != nil:
		w.s("has no amount for the package: ").s(parts)
	case parts != "" && rec.basis == FromHeadline:
		w.s("has the headline as announced, and allocations not all stated exactly, so that ").s(parts)
	case parts != "":
		w.s("has no exact amount for the package: ").s(parts)
	case rec.basis == FromHeadline:
		w.s("has the headline as announced, with no itemisation")
	case rec.basis == FromItemisation:
		w.s("itemises the money in ").s(count(len(p.Allocations)))
		if len(p.Allocations) == 1 {
			w.s(" allocation")
		} else {
			w.s(" allocations")
		}
	default:
		w.s("has no amount for the package")
	}
	rec.novel = noveltyPhrase(p.Novelty)
	if rec.novel != "" {
		if rec.basis != FromItemisation {
			w.s(",")
		}
		w.s(" and describes it as ")
		start := len(w.b)
		w.s(rec.novel)
		if fy, ok := singleYear(p.Period); ok {
			w.s(", for ").s(fy.String())
			rec.novel = string(w.b[start:])
		}
	}
	w.s(".")
	if !p.Change.IsZero() {
		x.change(p)
	}
	// A record that contradicts itself says so wherever it is relied on.
	if r.Status == funding.OverAllocated || len(r.Nested) > 0 || len(p.Profile) > 0 || !p.Change.IsZero() || !p.Headline.Over().IsZero() {
		q := *p
		if prev := x.previous(p); prev != nil && q.Change.From.IsZero() &&
			prev.Headline.Per() == p.Headline.Per() && prev.Headline.Over() == p.Headline.Over() {
			// The package it changes gives the level before.
			q.Change.From = prev.Headline
		}
		if cs, err := q.Contradictions(); err == nil && len(cs) > 0 {
			w.s(" The record contradicts itself: ").s(strings.Join(cs, "; ")).s(".")
		}
	}
	rec.about = w.String()
	f.rec = rec
	return f
}

// allocation returns what the record has for allocation id of package f,
// which Validate has checked exists: its amount, a figure stated inexactly
// ("up to £9bn"), which is weighed as a headline is, or its sub-allocations'
// total.
func (x *assessor) allocation(f *pkgFacts, id string) recorded {
	a, _ := f.p.Allocation(id)
	fig := a.Figure()
	rec := recorded{basis: FromAllocation, figure: fig, headline: fig}
	rec.novelty = a.Novelty
	if rec.novelty == funding.NoveltyUnknown {
		rec.novelty = f.p.Novelty
	}
	switch {
	case fig.IsZero():
		rec.basis = BasisUnknown
		rec.subject = "the allocation " + inQuotes(id)
		rec.why = "Its sub-allocations are not all stated exactly, so it has no exact total."
		return rec
	case fig.Bound() == currency.Exact:
		rec.amount, rec.exact = fig.Nominal(), true
		rec.brief = string(appendBrief(nil, rec.amount))
	default:
		rec.brief = fig.String()
	}
	switch {
	case !rec.exact && a.Title != "":
		rec.subject = "the allocation " + inQuotes(a.Title)
	case !rec.exact:
		rec.subject = "the allocation " + inQuotes(a.ID)
	default:
		rec.subject = "the " + rec.brief + " allocation"
		if a.Title != "" {
			rec.subject += " " + inQuotes(a.Title)
		}
	}
	rec.novel = noveltyPhrase(rec.novelty)
	if rec.novel != "" {
		rec.about = "The record describes the money as " + rec.novel + "."
	}
	return rec
}

// previous returns the package p's Change is of, or nil if it names none.
func (x *assessor) previous(p *funding.Package) *funding.Package {
	if i, ok := x.ix.packages[p.Change.Of]; ok && p.Change.Of != "" {
		return &x.r.Packages[i]
	}
	return nil
}

// change writes, into x.tmp, a sentence on what p's Change says of the
// money before it: "It tops up the package “fund-2024”, announced as
// "£180.8m", from £180.8m to £190m; £1bn of it had been announced before."
func (x *assessor) change(p *funding.Package) {
	w := &x.tmp
	c := p.Change
	w.s(" The record says it")
	switch {
	case c.Relation != funding.RelationUnknown:
		w.s(" ").s(c.Relation.String()).s(" the package ").q(c.Of)
		if prev := x.previous(p); prev != nil && prev.HasHeadline() {
			w.s(", announced as ").q(prev.Headline.Text())
		}
	case c.Of != "":
		w.s(" changes the package ").q(c.Of)
	default:
		w.s(" changes an earlier level of money")
	}
	switch {
	case !c.From.IsZero() && !c.To.IsZero():
		w.s(", from ").s(c.From.String()).s(" to ").s(c.To.String())
	case !c.To.IsZero():
		w.s(", bringing the total to ").s(c.To.String())
	}
	if !c.By.IsZero() {
		if c.Cut {
			w.s(", a cut of ").s(c.By.String())
		} else {
			w.s(", an increase of ").s(c.By.String())
		}
	}
	if !c.Percent.IsZero() {
		w.s(" (").s(c.Percent.String()).s("%)")
	}
	if !c.Recycled.IsZero() {
		w.s("; ").s(c.Recycled.String()).s(" of it had been announced before")
	}
	w.s(".")
}

// count returns n in words if it is from one to nine, as style guides
// write small numbers, and in digits otherwise.
func count(n int) string {
	if n >= 1 && n <= 9 {
		return [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}[n-1]
	}
	return string(appendGrouped(nil, int64(n)))
}

// singleYear returns the financial year p is, if it is exactly one.
func singleYear(p funding.Period) (funding.FiscalYear, bool) {
	fy := p.Start.FiscalYear()
	if !p.IsClosed() || !fy.Valid() || fy.Period() != p {
		return 0, false
	}
	return fy, true
}

// below reports whether a lies below every amount iv contains.
func below(a currency.Amount, iv currency.Interval) bool {
	if iv.IsEmpty() {
		return false
	}
	c, err := a.Compare(iv.Min())
	if err != nil {
		return false
	}
	return c < 0 || c == 0 && iv.MinOpen()
}

// noveltyPhrases are how a report describes money of each novelty; the
// record says nothing of money whose novelty is unknown.
var noveltyPhrases = [...]string{
	funding.New:            funding.New.Describe(),
	funding.Extension:      funding.Extension.Describe() + ", not new money",
	funding.Reannouncement: funding.Reannouncement.Describe() + ", not new money",
	funding.Reallocation:   funding.Reallocation.Describe() + ", not new money",
}

// noveltyPhrase returns how a report describes money of novelty n: "new
// money", "an extension of existing funding, not new money", or "" when the
// record does not say.
func noveltyPhrase(n funding.Novelty) string {
	if n >= 0 && int(n) < len(noveltyPhrases) {
		return noveltyPhrases[n]
	}
	return n.Describe() + ", not new money"
}

// inQuotes returns s in curly double quotes.
func inQuotes(s string) string { return "“" + s + "”" }
