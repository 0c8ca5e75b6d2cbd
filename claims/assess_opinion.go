package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// judgement ends the first sentence of a finding on a judgement; position
// that of a finding on a proposal.
const (
	judgement = " is a judgement, not a fact the record can check."
	position  = " is a position, not a fact the record can check"
)

// counterproposal compares a proposal's cost with the package it is set
// against.
func (x *assessor) counterproposal(c *Claim, a Counterproposal, f *Finding) {
	f.Stated = a.Cost
	f.Verdict = Opinion
	p := &x.p
	start := len(p.b)
	p.s(proposalSubject(a))
	p.capitalise(start)
	id := c.pkg(a.Package)
	if id == "" {
		p.s(position).s("; the claim names no package to compare it with.")
		x.costed(a)
		return
	}
	facts := x.pkg(id)
	rec := facts.rec
	f.Package, f.Basis, f.Recorded, f.Sources = id, rec.basis, rec.figure, facts.sources
	if rec.basis == BasisUnknown {
		p.s(position).s("; the record has no amount for the package ").q(id).s(" to compare it with.")
		x.costed(a)
		return
	}
	cmp, err := compareProposal(a, facts)
	f.Likeness, f.Reasons = cmp.Overall(), cmp.Reasons()
	if err != nil {
		if cmp.Currency == funding.Unlike {
			f.Verdict = NotLikeForLike
			p.s(" is in ").s(a.Cost.Currency().String()).s(" and ").s(rec.subject).s(" in ").s(rec.figure.Currency().String()).
				s(": not like for like, and not compared.")
		} else {
			p.s(position).s("; it cannot be compared with ").s(rec.subject).s(".")
		}
		x.costed(a)
		return
	}
	f.Difference, f.Ratio, f.Percent = cmp.Difference, cmp.Ratio, cmp.Change
	p.s(" is ")
	x.times(cmp.Ratio)
	p.s(rec.subject)
	if !rec.exact {
		p.s(" (taking its headline at its stated value)")
	}
	if !cmp.Difference.IsZero() {
		p.s(" and ").moneyAbs(cmp.Difference).s(" ").s(moreLess(cmp.Difference))
	}
	switch f.Likeness {
	case funding.Unlike:
		f.Verdict = NotLikeForLike
		p.s(", but the two are not like for like: ").s(strings.Join(f.Reasons, "; ")).s(".")
	case funding.Alike:
		p.s(", like for like. A proposal is a position, not a fact the record can check.")
	default:
		p.s("; the record does not show whether the two are like for like. A proposal is a position, not a fact the record can check.")
	}
	x.costed(a)
	if rec.about != "" {
		p.s(" ").s(rec.about)
	}
}

// times appends "1.875 times " or "the same as " for the ratio r.
func (x *assessor) times(r decimal.Decimal) {
	if r.Equal(decimal.New(1, 0)) {
		x.p.s("the same as ")
		return
	}
	x.p.ratio(r).s(" times ")
}

// costed appends what the record can say about a claim that a proposal was
// costed.
func (x *assessor) costed(a Counterproposal) {
	if a.Costed {
		x.p.s(" The proposal is said to be costed; the record holds no costing to check.")
	}
}

// proposalSubject returns how a finding names a counterproposal:
// "City Hall Conservatives’ proposed £4.5m inquiry".
func proposalSubject(a Counterproposal) string {
	noun := spendingNoun(a.Spending)
	var b strings.Builder
	if a.Proposer != "" {
		b.WriteString(possessive(a.Proposer))
		b.WriteString(" proposed ")
	} else {
		b.WriteString("the proposed ")
	}
	b.Write(appendBrief(nil, a.Cost.Nominal()))
	if a.Cost.Bound() != currency.Exact {
		b.WriteString(" (stated as " + inQuotes(a.Cost.Text()) + ")")
	}
	b.WriteString(" " + noun)
	return b.String()
}

// spendingNoun returns what a proposal of kind k is called: "inquiry",
// "spending on services", or "proposal" if the kind is unknown.
func spendingNoun(k funding.Kind) string {
	switch k {
	case funding.Services:
		return "spending on services"
	case funding.Development:
		return "development budget"
	case funding.Capital:
		return "capital spending"
	case funding.Inquiry, funding.Research:
		return k.String()
	}
	return "proposal"
}

// compareProposal compares a proposal's cost with a package.
func compareProposal(a Counterproposal, facts *pkgFacts) (funding.Comparison, error) {
	var purposes []string
	if a.Purpose != "" {
		purposes = []string{a.Purpose}
	}
	mine := funding.Spend{Label: "proposal", Amount: a.Cost.Nominal(), Purposes: purposes, Kind: a.Spending, Period: a.Period}
	p := facts.p
	amount := facts.rec.amount
	if !facts.rec.exact {
		amount = p.Headline.Nominal()
	}
	label := p.Title
	if label == "" {
		label = p.ID
	}
	theirs := funding.Spend{Label: label, Amount: amount, Purposes: p.Purposes, Kind: p.Kind, Period: p.Period}
	return funding.Compare(mine, theirs)
}

// possessive returns name’s, or names’ for a name ending in s.
func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "’s"
}

// insufficiency gives the evidence that bears on "too little".
func (x *assessor) insufficiency(c *Claim, a Insufficiency, f *Finding) {
	f.Verdict = Opinion
	id := c.pkg(a.Package)
	facts := x.pkg(id)
	rec := facts.rec
	if a.Allocation != "" {
		rec = x.allocation(facts, a.Allocation)
	}
	f.Package, f.Basis, f.Recorded, f.Sources = id, rec.basis, rec.figure, facts.sources
	var ev []string
	var cps []Counterproposal
	cps = appendProposals(cps, c)
	if a.Against != "" && a.Against != c.ID {
		if i, ok := x.ix.claims[a.Against]; ok {
			cps = appendProposals(cps, &x.r.Claims[i])
		}
	}
	for _, cp := range cps {
		if cp.Cost.Currency() != rec.figure.Currency() || !rec.exact {
			continue
		}
		cmp, err := compareProposal(cp, facts)
		if err != nil {
			continue
		}
		var w prose
		w.s(proposalSubject(cp)).s(" is ").moneyAbs(cmp.Difference).s(" ").s(moreLess(cmp.Difference)).s(" (").ratio(cmp.Ratio).s(" times)")
		switch cmp.Overall() {
		case funding.Unlike:
			w.s(", though not like for like")
		case funding.LikenessUnknown:
			w.s(", though the record does not show whether like for like")
		}
		ev = append(ev, w.String())
	}
	if !a.Needed.IsZero() && rec.exact && a.Needed.Currency() == rec.amount.Currency() {
		if d, err := a.Needed.Nominal().Sub(rec.amount); err == nil {
			var w prose
			w.s("the ").money(a.Needed.Nominal()).s(" said to be needed is ").moneyAbs(d).s(" ").s(moreLess(d))
			if r, err := a.Needed.Nominal().Ratio(rec.amount); err == nil {
				w.s(" (").ratio(r).s(" times)")
			}
			ev = append(ev, w.String())
		}
	}
	if rec.exact && a.Allocation == "" {
		for _, m := range facts.p.Measures {
			if m.Unit == "" {
				continue
			}
			r, err := m.Rate(rec.amount)
			if err != nil {
				continue
			}
			ev = append(ev, rec.brief+" over "+m.String()+" is "+r.String())
		}
	}
	f.Evidence = ev
	p := &x.p
	p.s("Whether ").s(rec.subject).s(" is too little").s(judgement)
	if a.MeasuredAgainst != "" {
		p.s(" It is measured against ").q(a.MeasuredAgainst).s(".")
	}
	x.evidence(ev, "The record holds nothing to measure it against.")
	if rec.about != "" {
		p.s(" ").s(rec.about)
	}
}

// evidence appends the evidence, or none if there is none.
func (x *assessor) evidence(ev []string, none string) {
	p := &x.p
	if len(ev) == 0 {
		p.s(" ").s(none)
		return
	}
	p.s(" The evidence: ")
	for i, e := range ev {
		if i > 0 {
			p.s("; ")
		}
		p.s(e)
	}
	p.s(".")
}

// appendProposals appends the counterproposals of c to cps.
func appendProposals(cps []Counterproposal, c *Claim) []Counterproposal {
	for _, a := range c.Assertions {
		if cp, ok := a.(Counterproposal); ok {
			cps = append(cps, cp)
		}
	}
	return cps
}

// lateness gives the timeline that bears on "too late".
func (x *assessor) lateness(c *Claim, a Lateness, f *Finding) {
	f.Verdict = Opinion
	id := c.pkg(a.Package)
	var facts *pkgFacts
	if id != "" {
		facts = x.pkg(id)
		f.Package, f.Sources = id, facts.sources
	}
	// The events named, then any the record says announced the package.
	seen := make(map[string]bool, len(a.Events))
	var evs []Event
	for _, eid := range a.Events {
		if i, ok := x.ix.events[eid]; ok && !seen[eid] {
			seen[eid] = true
			evs = append(evs, x.r.Events[i])
		}
	}
	if id != "" {
		for _, e := range x.r.Events {
			if e.Package == id && !seen[e.ID] {
				seen[e.ID] = true
				evs = append(evs, e)
			}
		}
	}
	dated := 0
	for _, e := range evs {
		if !e.Date.IsZero() {
			dated++
		}
	}
	if dated == len(evs) {
		slices.SortStableFunc(evs, func(a, b Event) int { return a.Date.Compare(b.Date) })
	}
	var ev []string
	for k, e := range evs {
		item := e.Title + " (" + e.When()
		then := false
		for _, after := range e.After {
			switch i, ok := x.ix.events[after]; {
			case !ok || !seen[after]:
			case k > 0 && evs[k-1].ID == after:
				then = true
			default:
				item += "; after " + x.r.Events[i].Title
			}
		}
		item += ")"
		if then {
			item = "then " + item
		}
		ev = append(ev, item)
	}
	if facts != nil && !facts.p.Announced.IsZero() {
		ev = append(ev, "the package was announced on "+facts.p.Announced.Long())
		dated++
	}
	f.Evidence = ev
	p := &x.p
	p.s("Whether the money came too late").s(judgement)
	if len(ev) == 0 {
		p.s(" The record holds no events to set it against.")
		return
	}
	p.s(" The timeline in the record: ")
	for i, e := range ev {
		if i > 0 {
			p.s("; ")
		}
		p.s(e)
	}
	p.s(".")
	first, last := -1, -1
	for i, e := range evs {
		if e.Date.IsZero() {
			continue
		}
		if first < 0 || e.Date.Before(evs[first].Date) {
			first = i
		}
		if last < 0 || e.Date.After(evs[last].Date) {
			last = i
		}
	}
	switch {
	case first >= 0 && last != first:
		days := evs[last].Date.Sub(evs[first].Date)
		p.s(" From the first dated event to the last is ").int(int64(days)).s(" days.")
	case dated == 0:
		p.s(" The record dates none of these, so it cannot say how long anyone waited.")
	}
	if undated := len(evs) - countDated(evs); undated > 0 && dated > 0 {
		p.s(" The record does not date ").s(count(undated)).s(" of them.")
	}
}

// countDated returns how many of evs have a date.
func countDated(evs []Event) int {
	n := 0
	for _, e := range evs {
		if !e.Date.IsZero() {
			n++
		}
	}
	return n
}

// endorsement gives what the record says of the money endorsed.
func (x *assessor) endorsement(c *Claim, a Endorsement, f *Finding) {
	f.Verdict = Opinion
	p := &x.p
	start := len(p.b)
	p.s(possessive(c.Speaker.Who())).s(" endorsement")
	if f.Words != "" {
		p.s(", ").q(f.Words).s(",")
	}
	p.capitalise(start)
	p.s(judgement)
	id := c.pkg(a.Package)
	if id == "" {
		return
	}
	facts := x.pkg(id)
	rec := facts.rec
	f.Package, f.Basis, f.Recorded, f.Sources = id, rec.basis, rec.figure, facts.sources
	p.s(" The record has ").s(rec.subject)
	if ps := facts.p.Purposes; len(ps) > 0 {
		p.s(", for ").s(joinAnd(ps))
	}
	if rec.novel != "" {
		p.s(", and describes the money as ").s(rec.novel)
	}
	p.s(".")
}

// joinAnd joins words as a list in prose: "a, b and c".
func joinAnd(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}
