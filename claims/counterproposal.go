package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// A Counterproposal asserts what the speaker would spend instead: "City
// Hall Conservatives had a fully-costed proposal for a £4.5m inquiry".
// Assess compares its Cost with the package (funding.Compare): how many
// times the package it is, how much more or less, and whether the two are
// like for like in purpose, kind of spending, period and currency. A
// proposal for something else is NotLikeForLike; otherwise a proposal is a
// position, and its verdict is Opinion with the comparison as evidence.
//
// Cost is required, as a figure so that "up to £5m" keeps its bound.
// Proposer is who proposed it, Purpose what it is for in the speaker's
// words ("inquiry"), Spending the kind of spending (funding.Inquiry) and
// Period when, if said. Costed records that the speaker says it was costed
// ("fully-costed"); the record cannot check a costing it does not hold,
// and the finding says so. Package names the package it is set against
// (empty: the claim's About; if both are empty, Assess compares it with
// nothing).
//
// A proposal of several items ("£1bn for social care, £500m for mental
// health and £300m for dentistry, £1.8bn in all") lists them in Items,
// each with its Purpose, Spending and Cost (an item has no items of its
// own). Cost is then the total the speaker gives, or may be left zero for
// the items' sum; Assess compares the total with the package, and a stated
// total its items do not add up to makes the finding Inconsistent.
type Counterproposal struct {
	Proposer string            `json:"proposer,omitempty"`
	Purpose  string            `json:"purpose,omitempty"`
	Spending funding.Kind      `json:"spending,omitzero"`
	Period   funding.Period    `json:"period,omitzero"`
	Cost     currency.Figure   `json:"cost,omitzero"`
	Items    []Counterproposal `json:"items,omitempty"`
	Costed   bool              `json:"costed,omitempty"`
	Package  string            `json:"package,omitempty"`
	Span     Span              `json:"span,omitzero"`
}

// Kind returns AssertionCounterproposal.
func (Counterproposal) Kind() AssertionKind { return AssertionCounterproposal }

// Where returns the span of the proposal's words in the quote.
func (c Counterproposal) Where() Span { return c.Span }

func (Counterproposal) assertion() {}

// proposal weighs a counterproposal, adding up its items first: their sum
// is the cost of a proposal that states no total, and is checked against
// the total of one that does.
func (x *assessor) proposal(c *Claim, a Counterproposal, f *Finding) {
	if len(a.Items) == 0 {
		x.counterproposal(c, a, f)
		return
	}
	amounts := make([]currency.Amount, len(a.Items))
	for i, it := range a.Items {
		amounts[i] = it.Cost.Nominal()
	}
	sum, err := currency.Sum(amounts...) // Validate has checked the currencies
	if err != nil {
		x.counterproposal(c, a, f)
		return
	}
	stated := a.Cost
	if stated.IsZero() {
		a.Cost = currency.ExactFigure(sum)
	}
	x.counterproposal(c, a, f)
	p := &x.p
	p.s(" Its ").s(count(len(a.Items))).s(" items (")
	for i, it := range a.Items {
		if i > 0 {
			p.s(", ")
		}
		p.s(it.Cost.Text())
		if it.Purpose != "" {
			p.s(" for ").s(it.Purpose)
		}
	}
	p.s(") add up to ").money(sum)
	switch {
	case stated.IsZero():
		p.s(", the cost compared.")
	case stated.Admits(sum):
		p.s(", as the total ").q(stated.Text()).s(" says.")
	default:
		f.Verdict = Inconsistent
		p.s(", not the total ").q(stated.Text()).s(" stated: the claim’s own figures disagree.")
	}
}
