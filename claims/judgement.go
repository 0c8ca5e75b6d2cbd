package claims

import "github.com/fundclaims/fundclaims/currency"

// An Insufficiency asserts that money is too little: Susan Hall's "too
// little". It is a judgement, and Assess gives it the verdict Opinion with
// the evidence that bears on it: the gap to a counterproposal (in this
// claim, or in the claim named by Against), the gap to an amount said to be
// Needed, and the money per head or per case for each of the package's
// measures that names a unit.
//
// Package names the money judged (empty: the claim's About) and
// Allocation, if set, one allocation of it. MeasuredAgainst keeps the
// speaker's words for what it falls short of, if they said.
type Insufficiency struct {
	Package         string          `json:"package,omitempty"`
	Allocation      string          `json:"allocation,omitempty"`
	MeasuredAgainst string          `json:"measuredAgainst,omitempty"`
	Needed          currency.Figure `json:"needed,omitzero"`
	Against         string          `json:"against,omitempty"`
	Span            Span            `json:"span,omitzero"`
}

// Kind returns AssertionInsufficiency.
func (Insufficiency) Kind() AssertionKind { return AssertionInsufficiency }

// Where returns the span of the words in the quote.
func (i Insufficiency) Where() Span { return i.Span }

func (Insufficiency) assertion() {}

// A Lateness asserts that money came too late: "too late", "after months of
// trying to avoid talking about it". It is a judgement, and Assess gives it
// the verdict Opinion with the timeline: the Events it refers to, by ID, in
// date order where the record dates them, with the package's announcement,
// and the days between them where both dates are known. Unknown dates stay
// unknown.
//
// Package names the money (empty: the claim's About).
type Lateness struct {
	Package string   `json:"package,omitempty"`
	Events  []string `json:"events,omitempty"`
	Span    Span     `json:"span,omitzero"`
}

// Kind returns AssertionLateness.
func (Lateness) Kind() AssertionKind { return AssertionLateness }

// Where returns the span of the words in the quote.
func (l Lateness) Where() Span { return l.Span }

func (Lateness) assertion() {}

// An Endorsement asserts that money is good: the victims' commissioner
// said the funding put "victims and survivors first". It is a judgement,
// and Assess gives it the verdict Opinion with what the record says the
// money is and is for.
//
// Package names the money (empty: the claim's About).
type Endorsement struct {
	Package string `json:"package,omitempty"`
	Span    Span   `json:"span,omitzero"`
}

// Kind returns AssertionEndorsement.
func (Endorsement) Kind() AssertionKind { return AssertionEndorsement }

// Where returns the span of the words in the quote.
func (e Endorsement) Where() Span { return e.Span }

func (Endorsement) assertion() {}
