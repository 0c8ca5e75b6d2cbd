package funding

import (
	"github.com/fundclaims/fundclaims/currency"
)

// A Package is the record of one announcement of public money: who funds it,
// who announced it and when, the headline figure as stated, the period it
// covers, whether it is new money, what it is for, where the facts come
// from, and its itemisation into Allocations.
//
// The headline is a currency.Figure, so "more than £4 million" keeps its
// meaning, and Reconcile sets it against the itemisation. Counts the source
// gives of the people or cases the money is for go in Measures, and dated
// events it mentions in Milestones, so that every number and date in a
// source has a place in the record.
//
// A Package is a plain record with exported fields. Validate reports
// everything wrong with one at once; every question method (Itemised,
// Reconcile, Spend...) validates first and returns those errors rather than
// answer for an invalid Package. ID and Funder are required; everything
// else is optional, and its zero value means the source does not say. The
// zero Package is invalid.
type Package struct {
	// ID identifies the package; it is the 360Giving grant programme code.
	ID string `json:"id"`
	// Title is a short description: "Support for victims of CSE".
	Title string `json:"title,omitempty"`
	// Funder is the body whose money it is.
	Funder Org `json:"funder"`
	// AnnouncedBy is who announced it, and Announced when.
	AnnouncedBy Person `json:"announcedBy,omitzero"`
	Announced   Date   `json:"announced,omitzero"`
	// Headline is the total as the announcement states it, with the term
	// it is per or over when it states one: "£400m a year", "£2.6bn over
	// three years".
	Headline currency.Figure `json:"headline,omitzero"`
	// Period is when the money is for.
	Period Period `json:"period,omitzero"`
	// Profile is the money by financial year, as the source gives it:
	// £0.3bn in 2024-25, £0.6bn in 2025-26, £1.2bn in 2026-27.
	Profile []ProfileYear `json:"profile,omitempty"`
	// Change is how the package changes an earlier level of money, and
	// which package it tops up, replaces or re-announces.
	Change Change `json:"change,omitzero"`
	// Novelty says whether the money is new.
	Novelty Novelty `json:"novelty,omitzero"`
	// Kind is the kind of spending it mostly is.
	Kind Kind `json:"kind,omitzero"`
	// Purposes are what the money is for, in the source's words.
	Purposes []string `json:"purposes,omitempty"`
	// Sources are where the facts come from.
	Sources []Source `json:"sources,omitempty"`
	// Allocations itemise the money. Partial says that they name only some
	// of it: the source introduces them with "including", "of which" or
	// "among them", so that the rest is unnamed rather than missing. The
	// zero value, false, is an itemisation of the whole.
	Allocations []Allocation `json:"allocations,omitempty"`
	Partial     bool         `json:"partial,omitempty"`
	// Measures are counts of whom or what the money is for.
	Measures []Measure `json:"measures,omitempty"`
	// Milestones are dated events the sources mention.
	Milestones []Milestone `json:"milestones,omitempty"`
}

// HasHeadline reports whether p has a headline figure.
func (p Package) HasHeadline() bool { return hasHeadline(&p) }

// hasHeadline is HasHeadline for a package held already: a method of a
// Package value copies the whole package, even inlined.
func hasHeadline(p *Package) bool { return p.Headline.Bound() != currency.BoundUnknown }

// Allocation returns the allocation with the given ID, at any depth of the
// itemisation, and whether there is one.
func (p Package) Allocation(id string) (Allocation, bool) {
	return find(p.Allocations, id)
}

// find returns the allocation in as, or among their sub-allocations, with
// the given ID. It looks at each in place, copying only the one it finds:
// an Allocation, with its Change, is several hundred bytes, and Assess
// finds one for every figure naming an allocation.
func find(as []Allocation, id string) (Allocation, bool) {
	for i := range as {
		if as[i].ID == id {
			return as[i], true
		}
		if s, ok := find(as[i].Allocations, id); ok {
			return s, true
		}
	}
	return Allocation{}, false
}

// Currency returns the currency of p's money: the headline's, or the first
// allocation's if there is no headline, or the zero Code if p has neither.
func (p Package) Currency() currency.Code { return currencyOf(&p) }

// currencyOf is p's Currency, for the validation and reconciliation of a
// package they hold already, without another copy of it.
func currencyOf(p *Package) currency.Code {
	if hasHeadline(p) {
		return p.Headline.Currency()
	}
	for i := range p.Allocations {
		if c := p.Allocations[i].currency(); !c.IsZero() {
			return c
		}
	}
	return currency.Code{}
}

// Spend returns p as a Spend for Compare: its Title (or ID) as the label,
// its Purposes, Kind and Period, and as the amount the headline's nominal
// value (£4,000,000 for "more than £4 million"), with the headline as its
// Figure, or the itemised total if it has no headline. It returns the
// errors of Validate and of Itemised, and one matching ErrMissing for a
// package with no headline whose itemisation is Partial: its total is not
// known.
func (p Package) Spend() (Spend, error) {
	if err := p.Validate(); err != nil {
		return Spend{}, err
	}
	label := p.Title
	if label == "" {
		label = p.ID
	}
	s := Spend{Label: label, Purposes: p.Purposes, Kind: p.Kind, Period: p.Period}
	if p.HasHeadline() {
		s.Amount, s.Figure = p.Headline.Nominal(), p.Headline
		return s, nil
	}
	total, err := p.whole()
	if err != nil {
		return Spend{}, err
	}
	s.Amount = total
	return s, nil
}

// FiscalYears returns the financial years p's Period touches, with the
// errors of Validate and of Period.FiscalYears.
func (p Package) FiscalYears() ([]FiscalYear, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	ys, err := p.Period.FiscalYears()
	if err != nil {
		return nil, &FieldError{Path: "period", Err: err}
	}
	return ys, nil
}

// ByNovelty returns the itemised total for each Novelty the allocations
// have, in the order NoveltyUnknown, New, Extension, Reannouncement,
// Reallocation, leaving out novelties no allocation has. Each allocation
// counts under its own Novelty: one whose source does not say counts under
// NoveltyUnknown, whatever the package's Novelty, since the package's word
// need not hold for every line. It returns the errors of Validate, and one
// matching ErrInexact if an allocation is stated inexactly.
func (p Package) ByNovelty() ([]NoveltyTotal, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	var totals [len(noveltyNames)]currency.Amount
	var seen [len(noveltyNames)]bool
	for i, a := range p.Allocations {
		n := a.Novelty
		amount, err := a.exact()
		if err != nil {
			return nil, &FieldError{Path: index("allocations", i) + ".amount", Err: err}
		}
		t, err := totals[n].Add(amount)
		if err != nil {
			return nil, err
		}
		totals[n], seen[n] = t, true
	}
	var out []NoveltyTotal
	for n, t := range totals {
		if seen[n] {
			out = append(out, NoveltyTotal{Novelty: Novelty(n), Amount: t})
		}
	}
	return out, nil
}

// Contradictions returns how p's own figures disagree with one another,
// one sentence each, or nil if they do not: an itemisation above its
// headline at any level of nesting, sub-allocations whose counts do not add
// up to their allocation's, a headline over a term other than the Period's
// financial years ("over three years" for 2024-25 and 2025-26), profile
// years outside the Period, a profile that does not add up to the
// headline, a Change whose levels, difference and percentage cannot all
// hold, and recycled money above the headline; and the same of each
// allocation's Change, at any depth, after the allocation's ID ("aberdeen:
// the change from ..."), its recycled money held against its own figure.
// Figures are held to their stated precision, so that only what cannot be
// true is reported. It returns the errors of Validate.
func (p Package) Contradictions() ([]string, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	var out []string
	// An itemisation whose terms do not add up has nothing to say here:
	// Reconcile says why.
	if r, err := p.Reconcile(); err == nil {
		for _, l := range append([]Reconciliation{r}, r.Nested...) {
			if l.Status == OverAllocated || !l.CountsAgree() {
				out = append(out, l.String())
			}
		}
	}
	if over := p.Headline.Over(); !over.IsZero() && p.Period.IsClosed() {
		if ys, err := p.wholeYears(); err == nil {
			if n, d, ok := over.Ratio(currency.Years(len(ys))); ok && n != d {
				out = append(out, "the headline "+quote(p.Headline.Text())+" is over "+over.String()+", but the period "+p.Period.String()+" is "+currency.Years(len(ys)).String())
			}
		}
	}
	out = append(out, p.profileContradictions()...)
	h, _ := p.headlineTotal()
	out = append(out, p.Change.contradictions(h, "the headline "+quote(p.Headline.Text()))...)
	return allocationChanges(out, p.Allocations, p.over()), nil
}

// A NoveltyTotal is the part of a package's itemisation with one Novelty.
type NoveltyTotal struct {
	Novelty Novelty         `json:"novelty"`
	Amount  currency.Amount `json:"amount"`
}
