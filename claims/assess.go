package claims

import (
	"errors"
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
// share naming its allocation, a rival naming its package or a level or
// change the record's Change holds (the allocation's, for a figure naming
// one) is weighed against the record; any other is NotAssessed, with the
// reason. A figure of the package is weighed against its recorded
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
// Accurate for £4,000,000 and "more than £4m" is a hair off, Rounded, since
// it names the money exactly but its hedge excludes it. An Exact figure that
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
// Assess runs in time linear in the size of the record: it validates and
// reconciles each package once, as it indexes the packages by ID, and
// works out each package's recorded figure and its words once, for all the
// assertions about it.
func Assess(r Record, o Options) (Assessment, error) {
	x := &assessor{
		r:     &r,
		tol:   o.tolerance(),
		facts: factsScratch.get(len(r.Packages)),
		// No claim is being assessed yet: pkgIndex must not take the
		// zero values for the first package and a claim about "".
		at:      -1,
		aboutAt: -1,
	}
	// The facts of a package name the package it changes and those that
	// change it, which only the whole index gives; when no package
	// changes another, the facts need the package alone, and are worked
	// out as it is reconciled, so that its reconciliation is not kept.
	x.direct = true
	for i := range r.Packages {
		if r.Packages[i].Change.Of != "" {
			x.direct, x.recs = false, make([]reconciled, len(r.Packages))
			break
		}
	}
	ix, err := r.index(x.reconcile)
	x.ix = ix
	defer x.release()
	if err != nil {
		return Assessment{}, err
	}
	for i := range x.recs {
		x.record(i, &x.recs[i].r, x.recs[i].err)
	}
	x.recs = nil
	x.flushWords()
	x.tolScaled, x.tolFast = scaledTolerance(x.tol)
	x.noRounding = o.Tolerance.Sign() < 0
	// The index holds a package for every assertion: there are as many
	// findings, counted without visiting the claims again.
	out := Assessment{Tolerance: x.tol, Packages: r.Packages, Claims: r.Claims, Findings: make([]Finding, 0, len(ix.pkgOf))}
	for ci := range r.Claims {
		c := &r.Claims[ci]
		x.about, x.aboutAt = c.About, ix.about[ci]
		for ai, a := range c.Assertions {
			k := len(out.Findings)
			out.Findings = out.Findings[:k+1] // made zero by make
			f := &out.Findings[k]
			f.Claim, f.Assertion, f.Kind, f.Words = c.ID, ai, a.Kind(), a.Where().In(c.Quote)
			x.at, x.hasIv = ix.pkgOf[k], false
			x.begin(k)
			switch a := a.(type) {
			case StatedAmount:
				x.stated(c, &a, f)
				if f.Verdict != NotAssessed && f.Role != RoleLevel {
					if i, ok := x.pkgIndex(f.Package); ok {
						x.items.add(itemKey{pkg: i, alloc: a.Allocation, per: a.Figure.Per(), over: a.Figure.Over()}, &x.facts[i].item, x.interval(&a.Figure), k, ci, out.Findings, r.Claims, len(r.Packages))
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

// release hands x's tables to the next assessment (see scratch).
func (x *assessor) release() {
	factsScratch.put(x.facts)
	x.ix.release()
	x.facts = nil
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
	facts      []pkgFacts      // by package index
	recs       []reconciled    // by package index, until the facts are worked out
	direct     bool            // no package changes another: no recs
	prices     *funding.Series // the record's price index, made when first needed
	items      items           // the stated figures by item, for sources that disagree
	at         int32           // the package of the assertion being assessed, or -1
	// about is the About of the claim being assessed and aboutAt the
	// index of its package, or -1.
	about   string
	aboutAt int32
	// iv is the interval of the stated figure of the assertion being
	// assessed, once hasIv: it takes several decimal steps, and both its
	// weighing and the comparison of sources need it.
	iv         currency.Interval
	hasIv      bool
	lastUnlike unlikeReason // the reason unlike gave last
	p          prose        // the explanations of the batch being written
	tmp        prose        // scratch space for phrases
	// words and pending are the subjects of packages not yet cut from
	// words (see record).
	words   prose
	pending []pendingWords
	// abouts are the sentences plainAbout gives, by basis (headline,
	// itemisation, neither), number of allocations and novelty.
	abouts [3][10][len(noveltyPhrases)]string
	// first is the index of the batch's first finding; starts and ends
	// are the offsets of its findings' explanations in p.
	first        int
	starts, ends []int
}

// A recorded is what the record has for a package or an allocation, ready
// to weigh a stated figure against. The fields the weighing of most
// figures reads come first, up to short, so that in a large record, whose
// packages' facts lie far from the cache, they take as few cache lines as
// they can (see pkgFacts); the rest are read for few figures.
type recorded struct {
	figure  currency.Figure // Finding.Recorded
	amount  currency.Amount // the exact amount, when exact
	subject string          // "the £2.4m package", "the itemised £3,595,000"
	brief   string          // "£2.4m"
	// about is the basis and novelty sentence: "The record has the
	// headline as announced, with no itemisation, and describes the
	// money as new money."; novel is the novelty phrase alone.
	about string
	basis Basis
	exact bool // amount is known exactly
	// short reports an itemisation that falls short of everything the
	// headline admits: the remainder is not itemised, so figures above
	// the itemisation are not supported rather than overstated.
	short bool
	// lack says why the record has no amount to weigh a figure against,
	// when it has parts that are not exact or not the whole; few packages
	// have one, so it is kept apart.
	lack *lacking
	// headline is the package's headline, where it is not figure (see
	// head): a pointer into the record, since a package's facts are kept
	// for every package and a Figure is 64 bytes.
	headline *currency.Figure
	novel    string
	novelty  funding.Novelty
}

// A lacking says why the record has no amount for a package or an
// allocation: why, a sentence, and floor, the least the named parts of a
// partial list come to, which a figure for the whole cannot be below.
type lacking struct {
	why   string
	floor funding.Gap
}

// head returns the figure as announced: the package's headline, or the
// figure of an allocation or a change.
func (r *recorded) head() *currency.Figure {
	if r.headline != nil {
		return r.headline
	}
	return &r.figure
}

// pkgFacts are what Assess works out once for each package. sources is
// p's, kept here so that the assessment of a stated amount need not touch
// the package itself. What the weighing of most figures reads, sources,
// item and rec up to its short, comes first, in 178 bytes, and the facts
// are padded to 256 bytes, so that in a large record, where the package
// of each claim lies far from the one before, they are read in three
// cache lines rather than four or five.
type pkgFacts struct {
	sources []funding.Source
	// item is one more than the index in Assess's items of the item of
	// the package's total, or 0 while no figure is stated for it: kept
	// here rather than in items, beside what the weighing of the same
	// figure reads, so that it costs no cache line of its own.
	item int32
	rec  recorded
	p    *funding.Package
	// nested are the reconciliations of its allocations itemised in
	// turn, which findings on those allocations give: nil for the many
	// packages with none, which so pay one word for them, not three.
	nested *[]funding.Reconciliation
	_      [16]byte
}

// A reconciled is a package's reconciliation, or the error Reconcile gave
// for a valid package.
type reconciled struct {
	r   funding.Reconciliation
	err error
}

// reconcile validates package i of the record and, if it is itemised,
// reconciles it, and works out its facts from the reconciliation, or
// keeps it in x.recs for record to, once the index is whole (unless
// x.direct): Reconcile validates the package first, so that each package
// is validated once and reconciled once. It returns the package's
// validation errors; an error of Reconcile for a valid package (money per
// a term nothing totals) is kept with the reconciliation.
func (x *assessor) reconcile(i int) error {
	p := &x.r.Packages[i]
	if len(p.Allocations) == 0 {
		if err := p.Validate(); err != nil {
			return err
		}
		x.keep(i, &unitemised, nil)
		return nil
	}
	r, err := p.Reconcile()
	if errors.Is(err, funding.ErrInvalid) {
		return err
	}
	x.keep(i, &r, err)
	return nil
}

// unitemised is the reconciliation of a package with no allocations,
// which record reads and never writes: it is not made afresh, zero, for
// each such package.
var unitemised funding.Reconciliation

// keep works out the facts of package i from its reconciliation r, or
// the error Reconcile gave, or keeps them for record (see reconcile).
func (x *assessor) keep(i int, r *funding.Reconciliation, err error) {
	if x.direct {
		x.record(i, r, err)
	} else {
		x.recs[i] = reconciled{*r, err}
	}
}

// interval returns the interval of st, the stated figure of the assertion
// being assessed, working it out once. It is kept in x, and the
// comparison of sources reads it there rather than copy it (56 bytes) at
// each step.
func (x *assessor) interval(st *currency.Figure) *currency.Interval {
	if !x.hasIv {
		x.iv, x.hasIv = st.Interval(), true
	}
	return &x.iv
}

// pkgIndex returns the index of the package whose ID is id. That is
// usually the About of the claim being assessed, which is answered from the
// index without reading the packages, which in a large record lie far from
// the cache (and the comparison is of the very string, so its bytes are not
// read either), or else the package of the assertion being assessed.
func (x *assessor) pkgIndex(id string) (int, bool) {
	if x.aboutAt >= 0 && id == x.about {
		return int(x.aboutAt), true
	}
	if i := int(x.at); i >= 0 && x.r.Packages[i].ID == id {
		return i, true
	}
	i, ok := x.ix.packages.at(id)
	return i, ok
}

// pkg returns the facts for the package whose ID is id, usually that of the
// assertion being assessed; the record holds it (Validate has checked).
func (x *assessor) pkg(id string) *pkgFacts {
	i, ok := x.pkgIndex(id)
	if !ok {
		// Validate makes this impossible; answer "no amount" rather than
		// panic if it ever is not.
		return &pkgFacts{p: &funding.Package{ID: id}, rec: recorded{subject: "the package " + inQuotes(id)}}
	}
	return &x.facts[i]
}

// record works out the facts of package i from its reconciliation r (zero
// for a package with no allocations) or the error Reconcile gave. It needs
// the whole index: the facts of a package name the package it changes and
// those that change it.
func (x *assessor) record(i int, r *funding.Reconciliation, err error) {
	f, p := &x.facts[i], &x.r.Packages[i]
	f.p, f.sources = p, p.Sources
	if len(r.Nested) > 0 {
		nested := r.Nested
		f.nested = &nested
	}
	// The facts are made zero, and each package is recorded once: its
	// record is filled in place, not zeroed again (192 bytes).
	f.rec.novelty = p.Novelty
	// A method of a funding.Package copies the whole package (768 bytes),
	// so its headline is asked directly: a package has one when the
	// figure is not the zero Figure.
	hasHeadline := !p.Headline.IsZero()
	rec := &f.rec
	// parts is what the itemisation says of the headline when it cannot
	// stand for the package: a partial list, or parts stated inexactly.
	var parts string
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
	case hasHeadline:
		parts = r.String()
	case p.Partial:
		parts = "its allocations name only part of the money, " + r.Itemised.String()
		rec.lack = &lacking{why: "Its allocations name only part of the money, " + r.Itemised.String() + ", and it has no headline for the whole.", floor: r.Itemised}
	default:
		parts = "its allocations add up to " + r.Itemised.String() + ", not an exact amount"
		rec.lack = &lacking{why: "Its allocations add up to " + r.Itemised.String() + ", not an exact amount, and it has no headline."}
	}
	switch {
	case rec.basis == FromItemisation:
	case hasHeadline && p.Headline.Bound() == currency.Exact:
		rec.basis, rec.amount, rec.exact = FromHeadline, p.Headline.Nominal(), true
		rec.figure = p.Headline
	case hasHeadline:
		rec.basis, rec.figure = FromHeadline, p.Headline
	}
	if rec.basis != FromHeadline {
		rec.headline = &p.Headline
	}
	rec.novel = noveltyPhrase(p.Novelty)
	changes := !changeIsZero(&p.Change)
	// A record that contradicts itself says so wherever it is relied on.
	contradicts := r.Status == funding.OverAllocated || len(r.Nested) > 0 || len(p.Profile) > 0 || changes || !p.Headline.Over().IsZero() || changedAllocation(p.Allocations)
	about, plain := x.plainAbout(p, rec, parts != "" || contradicts || len(x.ix.later[i]) > 0)
	// The words of a package are written one after another and cut from
	// one string: subject and about lie at the offsets marked, and brief
	// within subject. Most packages' sentence is one of a few, shared by
	// all of them, and their subjects are written into x.words, a batch
	// of many packages' subjects cut from one string, so that they cost
	// no allocation of their own; the rest are written into x.tmp.
	w := &x.tmp
	if plain {
		if x.pending == nil {
			// Sized once for a batch, so that neither grows as the
			// packages are recorded.
			n := min(len(x.r.Packages), wordsBatch/16)
			x.pending, x.words.b = make([]pendingWords, 0, n), make([]byte, 0, min(wordsBatch+wordsBatch/8, 64*n))
		}
		w = &x.words
	} else {
		w.reset()
	}
	subject := [2]int{len(w.b), 0}
	brief := [2]int{-1, -1}
	novel := [2]int{-1, -1} // set when the novelty phrase names a year
	switch {
	case rec.exact:
		if rec.basis == FromItemisation {
			w.s("the itemised ")
		} else {
			w.s("the ")
		}
		brief[0] = len(w.b)
		if rec.basis == FromHeadline && (!p.Headline.Per().IsZero() || !p.Headline.Over().IsZero()) {
			// "the £1.5bn a year package": the term is part of the figure.
			w.s(p.Headline.String())
		} else {
			w.b = appendBrief(w.b, rec.amount)
		}
		brief[1] = len(w.b)
		if rec.basis != FromItemisation {
			w.s(" package")
		}
	case rec.basis == FromHeadline:
		rec.brief = p.Headline.String()
		w.s("the package announced as ").q(p.Headline.Text())
	default:
		w.s("the package ").q(p.ID)
	}
	subject[1] = len(w.b)
	if plain {
		rec.about = about
		x.pending = append(x.pending, pendingWords{pkg: int32(i), subject: [2]int32{int32(subject[0]), int32(subject[1])}, brief: [2]int32{int32(brief[0]), int32(brief[1])}})
		if len(w.b) >= wordsBatch {
			x.flushWords()
		}
		return
	}
	at := len(w.b)
	w.s("The record ")
	switch {
	case parts != "" && r.Status == funding.OverAllocated && rec.basis == FromHeadline:
		// The contradiction below gives the figures.
		w.s("has the headline as announced, and allocations that come to more than it admits")
	case parts != "" && p.Partial && err == nil && hasHeadline:
		w.s("has the headline as announced, and allocations that name only part of it: ").s(parts)
	case parts != "" && err != nil && rec.basis == FromHeadline:
		w.s("has the headline as announced, but ").s(parts)
	case parts != "" && err != nil:
		w.s("has no amount for the package: ").s(parts)
	case parts != "" && rec.basis == FromHeadline:
		w.s("has the headline as announced, and allocations not all stated exactly, so that ").s(parts)
	case parts != "":
		w.s("has no exact amount for the package: ").s(parts)
	default:
		x.aboutBasis(w, rec.basis, len(p.Allocations))
	}
	if rec.novel != "" {
		if rec.basis != FromItemisation {
			w.s(",")
		}
		w.s(" and describes it as ")
		start := len(w.b)
		w.s(rec.novel)
		if fy, ok := singleYear(p.Period); ok {
			w.s(", for ").s(fy.String())
			novel = [2]int{start, len(w.b)}
		}
	}
	w.s(".")
	if changes {
		x.change(p)
	}
	x.later(i, rec)
	if contradicts {
		q := *p
		if prev := x.previous(p); prev != nil && q.Change.From.IsZero() &&
			prev.Headline.Per() == p.Headline.Per() && prev.Headline.Over() == p.Headline.Over() {
			// The package it changes gives the level before.
			q.Change.From = prev.Headline
		}
		if cs, err := q.Contradictions(); err == nil && len(cs) > 0 {
			w.s(" ").s(contradictsWords).s(strings.Join(cs, "; ")).s(".")
		}
	}
	all := w.String()
	if rec.exact {
		rec.brief = all[brief[0]:brief[1]]
	}
	rec.subject, rec.about = all[subject[0]:subject[1]], all[at:]
	if novel[0] >= 0 {
		rec.novel = all[novel[0]:novel[1]]
	}
}

// changeIsZero is funding.Change.IsZero for the change of a package or an
// allocation of the record, read where it lies: IsZero has a value
// receiver, and calling it copies the change, 392 bytes, for every package
// Assess records and every allocation it looks through.
// TestChangeIsZero checks that the two agree for each field.
func changeIsZero(c *funding.Change) bool {
	return c.From.IsZero() && c.To.IsZero() && c.By.IsZero() && !c.Cut && c.Percent.IsZero() &&
		c.RealBy.IsZero() && c.RealPercent.IsZero() && !c.RealCut &&
		c.Of == "" && c.Relation == funding.RelationUnknown && c.Recycled.IsZero()
}

// contradictsWords begin the sentence of a package's words that says its
// record contradicts itself, the last of them, which findings on the change
// of one of its allocations give too.
const contradictsWords = "The record contradicts itself: "

// changedAllocation reports whether an allocation of as, at any depth, has
// a Change, which the package's Contradictions check.
func changedAllocation(as []funding.Allocation) bool {
	for i := range as {
		if !changeIsZero(&as[i].Change) || changedAllocation(as[i].Allocations) {
			return true
		}
	}
	return false
}

// wordsBatch is the size at which x.words is cut into the subjects of its
// packages.
const wordsBatch = 16 << 10

// A pendingWords is a package whose subject, and brief unless it is -1,
// lie at those offsets in x.words, until flushWords cuts them.
type pendingWords struct {
	pkg            int32
	subject, brief [2]int32
}

// flushWords sets the subjects and briefs of the packages written into
// x.words, from one string, and empties it.
func (x *assessor) flushWords() {
	if len(x.pending) == 0 {
		return
	}
	all := x.words.String()
	for _, pw := range x.pending {
		rec := &x.facts[pw.pkg].rec
		rec.subject = all[pw.subject[0]:pw.subject[1]]
		if pw.brief[0] >= 0 {
			rec.brief = all[pw.brief[0]:pw.brief[1]]
		}
	}
	x.words.reset()
	x.pending = x.pending[:0]
}

// aboutBasis writes into w what the record has for a package with no
// parts to explain: its basis, and for an itemisation the number of its
// allocations, n: "has the headline as announced, with no itemisation".
func (x *assessor) aboutBasis(w *prose, b Basis, n int) {
	switch b {
	case FromHeadline:
		w.s("has the headline as announced, with no itemisation")
	case FromItemisation:
		w.s("itemises the money in ").s(count(n))
		if n == 1 {
			w.s(" allocation")
		} else {
			w.s(" allocations")
		}
	default:
		w.s("has no amount for the package")
	}
}

// plainAbout returns the basis and novelty sentence of a package whose
// record needs no more said of it (special is unset: no parts to explain,
// no change, no later package, nothing it may contradict) and whose
// novelty names no year, and whether it is one: "The record itemises the
// money in two allocations, and describes it as new money." There are few
// such sentences, so each is written once per assessment and shared by
// every package it describes, which then costs no words of its own.
func (x *assessor) plainAbout(p *funding.Package, rec *recorded, special bool) (string, bool) {
	n := len(p.Allocations)
	var b int
	switch rec.basis {
	case FromHeadline:
		b, n = 0, 0
	case FromItemisation:
		b = 1
	default:
		b, n = 2, 0
	}
	if special || n >= len(x.abouts[b]) || p.Novelty < 0 || int(p.Novelty) >= len(noveltyPhrases) {
		return "", false
	}
	if rec.novel != "" {
		if _, ok := singleYear(p.Period); ok {
			return "", false
		}
	}
	s := &x.abouts[b][n][p.Novelty]
	if *s == "" {
		var w prose
		w.s("The record ")
		x.aboutBasis(&w, rec.basis, len(p.Allocations))
		if rec.novel != "" {
			if rec.basis != FromItemisation {
				w.s(",")
			}
			w.s(" and describes it as ").s(rec.novel)
		}
		w.s(".")
		*s = w.String()
	}
	return *s, true
}

// allocation returns what the record has for allocation id of package f,
// which Validate has checked exists: its amount, a figure stated inexactly
// ("up to £9bn"), which is weighed as a headline is, or its sub-allocations'
// total.
func (x *assessor) allocation(f *pkgFacts, id string) recorded {
	a, _ := f.p.Allocation(id)
	fig := a.Figure()
	rec := recorded{basis: FromAllocation, figure: fig}
	rec.novelty = a.Novelty
	if rec.novelty == funding.NoveltyUnknown {
		rec.novelty = f.p.Novelty
	}
	switch {
	case fig.IsZero():
		rec.basis = BasisUnknown
		rec.subject = "the allocation " + inQuotes(id)
		rec.lack = &lacking{why: "Its sub-allocations are not all stated exactly, so it has no exact total."}
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
	if f.nested != nil {
		if n := nestedOf(*f.nested, id); n != "" {
			rec.about = strings.TrimPrefix(rec.about+" "+n, " ")
		}
	}
	return rec
}

// allocationName returns how an explanation names a: by its Title, or else
// its ID, in quotes.
func allocationName(a *funding.Allocation) string {
	if a.Title != "" {
		return inQuotes(a.Title)
	}
	return inQuotes(a.ID)
}

// previous returns the package p's Change is of, or nil if it names none.
func (x *assessor) previous(p *funding.Package) *funding.Package {
	if i, ok := x.ix.packages.at(p.Change.Of); ok && p.Change.Of != "" {
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
	case c.Relation != funding.RelationUnknown && c.Of == "":
		w.s(" ").s(c.Relation.String()).s(" an earlier level of money, which the record holds no package for")
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
	x.realTerms(c)
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
