package claims

import (
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// A CountClaim asserts a number of things other than money: "about 9,000
// historic cases", or "it is just reconfiguring six" hospitals with no
// money said at all. Count keeps the qualifier. Assess weighs it against
// the count the record holds for the same thing: the Count of the
// allocation named by Allocation (the six hospitals the £2.7bn is for), or
// else the measure of the package whose Noun is Measure. Without one the
// record cannot confirm it, and the verdict is NotSupported.
//
// Count and Noun are required. Package names the package whose Measures
// or Allocations hold the record's count (empty: the claim's About);
// Measure, if set, must name one of its measures by its Noun, and
// Allocation one of its allocations, at any depth, by its ID.
type CountClaim struct {
	Count      funding.Count `json:"count"`
	Noun       string        `json:"noun"`
	Package    string        `json:"package,omitempty"`
	Measure    string        `json:"measure,omitempty"`
	Allocation string        `json:"allocation,omitempty"`
	Span       Span          `json:"span,omitzero"`
}

// Kind returns AssertionCount.
func (CountClaim) Kind() AssertionKind { return AssertionCount }

// Where returns the span of the count's words in the quote.
func (c CountClaim) Where() Span { return c.Span }

func (CountClaim) assertion() {}

// A Quantity is one side of a RatioClaim: a count of something or a sum of
// money, as the claim states it, and where the record holds it. Either may
// be missing: "a threefold increase in solved cases" states neither count.
//
// Noun names it in the claim's words ("cases in scope", "the NHS budget")
// and is required. Count is a count the claim states, Amount a sum of
// money. Measure names the measure of the ratio's package that records the
// count; Allocation an allocation whose amount the record holds, of
// Package or of the ratio's package; Package alone a package whose
// recorded total is the quantity. Year is the financial year whose prices
// a sum of money is in, for a ratio in real terms ("2024-25"); a quantity
// from a package or allocation for one financial year is in that year's
// prices without it.
type Quantity struct {
	Count      funding.Count      `json:"count,omitzero"`
	Amount     currency.Figure    `json:"amount,omitzero"`
	Noun       string             `json:"noun"`
	Measure    string             `json:"measure,omitempty"`
	Package    string             `json:"package,omitempty"`
	Allocation string             `json:"allocation,omitempty"`
	Year       funding.FiscalYear `json:"year,omitzero"`
}

// A RatioClaim asserts a ratio between two quantities, counts or sums of
// money: a share ("after reviewing 2,200 of them only about 1,200 remained
// in scope": Numerator about 1,200 cases in scope over Denominator 2,200
// cases reviewed; "two thirds of the money goes to schools"), a multiple
// ("a threefold increase in solved cases": Stated "threefold", of solved
// cases this year over solved cases the year before; "more than doubled")
// or a change in per cent ("a 9% increase": Stated "a 9% increase", of
// the level after over the level before).
//
// Stated is the proportion the words give, with the precision they imply
// (see Proportion), or the zero Proportion if they give none. Assess works
// the ratio out from the two quantities, exactly, taking each from the
// record where it names a measure, allocation or package and from the
// claim otherwise; with a quantity missing on either side there are no
// base figures, and the verdict is NotSupported. A ratio the record
// confirms is Accurate (or weighed against Stated, if set, as a figure is
// weighed: Rounded within the tolerance, Understated or Overstated beyond
// it); a ratio of figures only the claim states is NotSupported when
// Stated agrees with it, and Understated or Overstated when it does not,
// on the claim's own figures.
//
// A change in per cent whose two quantities both name the package
// ({"noun": "core spending power", "package": "csp"}) is weighed against
// the package's own funding.Change, where the record states its levels
// before and after exactly. Quantities that name nothing the record holds
// are never taken for the package's: the verdict is then NotSupported.
//
// A change in per cent is also checked against a change in money the same
// claim states ("a 9% increase, £600,000 more a year"): a StatedAmount of
// RoleChange. With a level from the record or the claim, the two imply
// different bases if they disagree, and the finding says by how much,
// with the verdict Inconsistent.
//
// Terms say whether the ratio is in cash or in real terms; the zero Terms
// is read from the words ("a 2% real-terms increase") and is cash if they
// say nothing. A real-terms ratio of money is worked out in the prices of
// the numerator's Year, with the record's price index (Record.Prices) and
// funding.RealTerms; without an index and both years it is NotAssessed,
// since a cash rise is not a real-terms rise.
//
// Both Nouns are required. Package names the package whose Measures and
// Allocations the quantities name (empty: the claim's About).
type RatioClaim struct {
	Numerator   Quantity   `json:"numerator"`
	Denominator Quantity   `json:"denominator"`
	Stated      Proportion `json:"stated,omitzero"`
	Terms       Terms      `json:"terms,omitzero"`
	Package     string     `json:"package,omitempty"`
	Span        Span       `json:"span,omitzero"`
}

// Kind returns AssertionRatio.
func (RatioClaim) Kind() AssertionKind { return AssertionRatio }

// Where returns the span of the ratio's words in the quote.
func (r RatioClaim) Where() Span { return r.Span }

func (RatioClaim) assertion() {}
