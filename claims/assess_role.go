package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// stated weighs a stated amount by its role (see weigh), and says where its
// digits are the record's at another scale.
func (x *assessor) stated(c *Claim, a *StatedAmount, f *Finding) {
	x.weigh(c, a, f)
	x.scaleSlip(f)
}

// weigh weighs a stated amount by its role: a figure of the package (or of
// the allocation it names, or of the rival package it names) against the
// record, and a figure of any other role, or of none the words give, not at
// all, with the reason and what evidence there is.
func (x *assessor) weigh(c *Claim, a *StatedAmount, f *Finding) {
	role, terms, rd := x.roleOf(c, a)
	f.Role = role
	// A change in real terms is weighed against the change in real terms
	// the record states, where it states one.
	if terms == RealTerms && role == RoleChange && x.againstChange(c, a, f, role, rd, true) {
		return
	}
	// The record's figures are cash totals: a figure in real terms or per
	// head is weighed only as the package's, with a price index, and is
	// never set against a cash level, change or share.
	switch {
	case terms == RealTerms && len(x.r.Prices) > 0 && role == RolePackage:
		x.realAmount(c, a, f)
		return
	case (terms == RealTerms || terms == PerHead) && weighed(role):
		x.otherTerms(c, a, f, terms)
		return
	}
	switch {
	case role == RoleShare && a.Allocation != "",
		role == RoleRival && a.Package != "" && a.Package != c.About:
		x.statedAmount(c, a, f)
		return
	case role == RolePrevious || role == RoleChange || role == RoleLevel:
		if x.againstChange(c, a, f, role, rd, false) {
			return
		}
		if role != RoleLevel {
			x.notAssessed(c, a, f, role, rd)
			return
		}
	case role == RolePackage:
	default:
		x.notAssessed(c, a, f, role, rd)
		return
	}
	switch {
	case rd.yearly && a.Figure.Per().IsZero():
		// The words say "a year" but the figure does not carry it, so it
		// cannot be converted to the record's term.
		if _, one := singleYear(x.pkg(c.pkg(a.Package)).p.Period); !one {
			x.perYear(c, a, f, rd)
			return
		}
	}
	start := len(x.p.b)
	x.statedAmount(c, a, f)
	if role != RoleLevel {
		return
	}
	// A level naming an allocation was weighed against the allocation.
	what, subject := "package", x.pkg(c.pkg(a.Package)).rec.subject
	if a.Allocation != "" {
		what, subject = "allocation", x.allocation(x.pkg(c.pkg(a.Package)), a.Allocation).subject
	}
	if f.Verdict == Accurate || f.Verdict == Rounded {
		x.p.s(" It is ").s(role.phrase())
		x.cue(rd)
		x.p.s(", weighed against the ").s(what).s(" as its total.")
		return
	}
	// The package may be the change rather than the level after it:
	// a level it does not match is not shown to be wrong.
	x.p.b = x.p.b[:start]
	f.Verdict, f.Difference, f.Percent, f.Ratio = NotAssessed, currency.Amount{}, decimal.Decimal{}, decimal.Decimal{}
	x.p.q(a.Figure.Text()).s(" is ").s(role.phrase())
	x.cue(rd)
	x.p.s(", and ").s(subject).s(" is not it; the ").s(what).s(" may be the change rather than the level, so the figure is not assessed.")
}

// weighed reports whether a figure of role r can be weighed against the
// record at all: as the package, a share, a rival, or a level or change.
func weighed(r Role) bool {
	switch r {
	case RolePackage, RoleShare, RoleRival, RolePrevious, RoleChange, RoleLevel:
		return true
	}
	return false
}

// againstChange weighs a figure of the level before a change, of the
// change or of the level after it against what the package's Change
// records of it, or the Change of the allocation the figure names: From
// (or the headline of the package a package's Change is of), By (or To
// less From, when both are exact) and To; with real set, a change in real
// terms against RealBy. A sum a year is weighed against a figure with no
// term of a package for one financial year. It reports false, having
// written nothing, if the record has no such figure: a figure naming an
// allocation is never weighed against the package's Change.
func (x *assessor) againstChange(c *Claim, a *StatedAmount, f *Finding, role Role, rd reading, real bool) bool {
	id := c.pkg(a.Package)
	facts := x.pkg(id)
	ch := &facts.p.Change
	var of string // the allocation whose change it is, in words
	if a.Allocation != "" {
		al, _ := facts.p.Allocation(a.Allocation)
		ch, of = &al.Change, " of the allocation "+allocationName(&al)
	}
	var fig currency.Figure
	var what string
	switch role {
	case RolePrevious:
		fig, what = ch.From, "level before the change"
		if fig.IsZero() && of == "" {
			if prev := x.previous(facts.p); prev != nil {
				fig = prev.Headline
			}
		}
	case RoleChange:
		if real {
			fig, what = ch.RealBy, "change in real terms"
			if ch.RealCut {
				what = "cut in real terms"
			}
			break
		}
		fig, what = changeSize(*ch), "change"
		if ch.Cut {
			what = "cut"
		}
	case RoleLevel:
		fig, what = ch.To, "level after the change"
	}
	fy, one := singleYear(facts.p.Period)
	yearly := one && fig.Per().IsZero() && fig.Over().IsZero() && a.Figure.Per() == currency.Years(1) && a.Figure.Over().IsZero()
	if fig.IsZero() || fig.Currency() != a.Figure.Currency() || !yearly && (fig.Per() != a.Figure.Per() || fig.Over() != a.Figure.Over()) {
		return false
	}
	f.Package, f.Basis, f.Stated, f.Recorded, f.Sources = id, FromChange, a.Figure, fig, facts.sources
	what += of
	p := &x.p
	st := &a.Figure
	if fig.Bound() == currency.Exact {
		rec := recorded{basis: FromChange, figure: fig, amount: fig.Nominal(), exact: true}
		rec.brief = string(appendBrief(nil, rec.amount))
		rec.subject = "the record’s " + what + " (" + rec.brief + ")"
		x.againstAmount(st, &rec, f)
	} else {
		si, ri := *x.interval(st), fig.Interval()
		subject := "the record’s " + what + ", " + inQuotes(fig.Text())
		switch {
		case contains(si, ri):
			f.Verdict = Accurate
			p.q(st.Text()).s(" follows from ").s(subject).s(".")
		case beforeInterval(si, ri):
			f.Verdict = Understated
			p.q(st.Text()).s(" understates ").s(subject).s(".")
		case beforeInterval(ri, si):
			f.Verdict = Overstated
			p.q(st.Text()).s(" overstates ").s(subject).s(".")
		default:
			f.Verdict = NotSupported
			p.q(st.Text()).s(" cannot be confirmed against ").s(subject).s(".")
		}
	}
	if yearly {
		p.s(" It is a sum a year, and the package is for one financial year, ").s(fy.String()).s(".")
	}
	p.s(" It is ").s(role.phrase())
	x.cue(rd)
	p.s(".")
	switch about := facts.rec.about; {
	case of != "":
		// What the record says of the allocation, as for a share of it,
		// and not the package's basis and change, which are not what was
		// weighed; but a record that contradicts itself says so.
		if alloc := x.allocation(facts, a.Allocation); alloc.about != "" {
			p.s(" ").s(alloc.about)
		}
		if i := strings.Index(about, contradictsWords); i >= 0 {
			p.s(" ").s(about[i:])
		}
	case about != "":
		p.s(" ").s(about)
	}
	return true
}

// roleOf returns the role and terms of a as Assess takes them, and what the
// words around it say: its own Role and Terms where set, else the words'.
// A figure with no Role and no Span has no words to read and is taken as
// the record states it, a figure of its package; naming an allocation makes
// a figure of the package a share of it.
func (x *assessor) roleOf(c *Claim, a *StatedAmount) (Role, Terms, reading) {
	rd := read(c.Quote, a.Span)
	role, terms := a.Role, a.Terms
	switch {
	case role == RoleUnknown && a.Span.IsZero():
		role = RolePackage
	case role == RoleUnknown:
		role = rd.role
	case role != rd.role:
		rd.roleCue = "" // the record's role, not the words'
	}
	if terms == TermsUnknown {
		terms = rd.terms
	}
	if a.Allocation != "" && (role == RolePackage || role == RoleUnknown) {
		role = RoleShare
	}
	return role, terms, rd
}

// cue appends " (read from “needed”)" if the role was read from words.
func (x *assessor) cue(rd reading) {
	if rd.roleCue != "" {
		x.p.s(" (read from ").q(rd.roleCue).s(")")
	}
}

// notAssessed explains a figure whose role is not the package's: what it
// is, why it is not weighed against the record, and what evidence there is.
func (x *assessor) notAssessed(c *Claim, a *StatedAmount, f *Finding, role Role, rd reading) {
	id := c.pkg(a.Package)
	facts := x.pkg(id)
	rec := &facts.rec
	f.Verdict, f.Package, f.Stated, f.Sources = NotAssessed, id, a.Figure, facts.sources
	p := &x.p
	st := &a.Figure
	if a.Allocation != "" && (role == RolePrevious || role == RoleChange) {
		// againstChange found no such figure in the allocation's own
		// Change; the package's is another's money.
		alloc := x.allocation(facts, a.Allocation)
		p.q(st.Text()).s(" is ").s(role.phrase())
		x.cue(rd)
		p.s(", not the allocation, so it is not weighed against ").s(alloc.subject).s("; the record holds no change of that allocation to check it against.")
		return
	}
	if role == RoleUnknown {
		p.s("Nothing in the words around ").q(st.Text()).s(" says what it is: the package, a share of it, an amount needed, a level before or after a change. It is not assessed; set its role to weigh it against ").s(rec.subject).s(".")
		return
	}
	p.q(st.Text()).s(" is ").s(role.phrase())
	x.cue(rd)
	p.s(", not the package, so it is not weighed against ").s(rec.subject)
	switch role {
	case RoleNeeded:
		if rec.exact && st.Currency() == rec.amount.Currency() {
			if diff, err := st.Nominal().Sub(rec.amount); err == nil && diff.Sign() != 0 {
				p.s(". By the record, ").s(rec.subject).s(" is ").moneyAbs(diff).s(" ")
				if diff.Sign() < 0 {
					p.s("more")
				} else if ratio, err := rec.amount.Ratio(st.Nominal()); err == nil {
					p.s("less, ").pct(ratio.Mul(hundred)).s(" of it")
				}
			}
		}
		p.s(".")
	case RoleShare:
		p.s("; name its allocation to check it.")
		if rec.exact && below(rec.amount, *x.interval(st)) {
			p.s(" It is more than the whole of ").s(rec.subject).s(".")
		}
	case RolePrevious, RoleChange:
		p.s("; the record holds no earlier level to check it against.")
	case RoleRival:
		p.s("; name the rival package of the record to check it.")
	case RoleProposal:
		p.s("; a counterproposal compares a proposal’s cost with the package.")
	case RoleOther:
		p.s(".")
		// A wider announcement's total quoted beside one fund: say that
		// it cannot be a part of the package, rather than leave a reader
		// to take it for an overstatement of it. Money for another term
		// ("£117m a year" beside a £3.6m pot) is not set against it.
		if rec.exact && st.Per() == rec.figure.Per() && st.Over() == rec.figure.Over() && below(rec.amount, *x.interval(st)) {
			p.s(" It is more than the whole of ").s(rec.subject).s(", so it cannot be a part of it.")
		}
	default:
		p.s(".")
	}
}

// perYear explains a figure per year set against a package whose record is
// not for one financial year: the two are not compared as if both were
// totals.
func (x *assessor) perYear(c *Claim, a *StatedAmount, f *Finding, rd reading) {
	id := c.pkg(a.Package)
	facts := x.pkg(id)
	f.Verdict, f.Package, f.Stated, f.Sources = NotAssessed, id, a.Figure, facts.sources
	x.p.q(a.Figure.Text()).s(" is a sum per year (read from ").q(rd.yearCue).s("), but the record does not have ").
		s(facts.rec.subject).s(" for one financial year, so the two are not compared as if both were totals.")
}

// realAmount weighs a figure in real terms against the package's exact
// amount in the prices of the year the claim was made, by the record's
// price index; where it cannot convert, it says why and does not assess.
func (x *assessor) realAmount(c *Claim, a *StatedAmount, f *Finding) {
	id := c.pkg(a.Package)
	facts := x.pkg(id)
	rec := facts.rec
	f.Package, f.Stated, f.Sources = id, a.Figure, facts.sources
	fy, one := singleYear(facts.p.Period)
	var why string
	switch {
	case !rec.exact:
		why = "the record has no exact amount for the package"
	case !one:
		why = "the record does not give the package’s money for one financial year"
	case c.When.IsZero():
		why = "the claim is not dated, so the year of its prices is not known"
	}
	var to funding.Year
	if why == "" {
		to = c.When.FiscalYear().Year()
		num := side{money: rec.amount, isMoney: true, year: to}
		den := side{money: rec.amount, isMoney: true, year: fy.Year()}
		real, in, ok := x.inRealTerms(num, den)
		if !ok {
			why = in
		} else {
			rec.amount, rec.figure, rec.basis = real, currency.ExactFigure(real), FromHeadline
			rec.brief = string(appendBrief(nil, real))
			rec.subject = facts.rec.subject + " " + in + " (" + rec.brief + ")"
			f.Basis, f.Recorded = rec.basis, rec.figure
			x.againstAmount(&a.Figure, &rec, f)
			return
		}
	}
	f.Verdict = NotAssessed
	x.p.q(a.Figure.Text()).s(" is stated in real terms, and ").s(why).s(", so it is not assessed: a sum in cash is not a sum in real terms.")
}

// otherTerms explains a figure in real terms or per head set against a
// record of cash totals.
func (x *assessor) otherTerms(c *Claim, a *StatedAmount, f *Finding, t Terms) {
	id := c.pkg(a.Package)
	facts := x.pkg(id)
	f.Verdict, f.Package, f.Stated, f.Sources = NotAssessed, id, a.Figure, facts.sources
	x.p.q(a.Figure.Text()).s(" is stated ")
	if t == RealTerms {
		x.p.s("in real terms, and the record has no price index to adjust ").s(facts.rec.subject).s(", which is in cash")
	} else {
		x.p.s("per head, and the record has ").s(facts.rec.subject).s(" as a total")
	}
	x.p.s(", so the two are not compared.")
}
