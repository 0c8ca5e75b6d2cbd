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
type Counterproposal struct {
	Proposer string          `json:"proposer,omitempty"`
	Purpose  string          `json:"purpose,omitempty"`
	Spending funding.Kind    `json:"spending,omitzero"`
	Period   funding.Period  `json:"period,omitzero"`
	Cost     currency.Figure `json:"cost"`
	Costed   bool            `json:"costed,omitempty"`
	Package  string          `json:"package,omitempty"`
	Span     Span            `json:"span,omitzero"`
}

// Kind returns KindCounterproposal.
func (Counterproposal) Kind() AssertionKind { return KindCounterproposal }

// Where returns the span of the proposal's words in the quote.
func (c Counterproposal) Where() Span { return c.Span }

func (Counterproposal) assertion() {}
