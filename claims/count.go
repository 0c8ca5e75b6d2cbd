package claims

import (
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// A CountClaim asserts a number of things other than money: "about 9,000
// historic cases". Count keeps the qualifier. Assess weighs it against the
// count the record holds for the same thing: the measure of the package
// whose Noun is Measure. Without one the record cannot confirm it, and the
// verdict is NotSupported.
//
// Count and Noun are required. Package names the package whose Measures
// hold the record's count (empty: the claim's About); Measure, if set,
// must name one of them by its Noun.
type CountClaim struct {
	Count   funding.Count `json:"count"`
	Noun    string        `json:"noun"`
	Package string        `json:"package,omitempty"`
	Measure string        `json:"measure,omitempty"`
	Span    Span          `json:"span,omitzero"`
}

// Kind returns KindCount.
func (CountClaim) Kind() AssertionKind { return KindCount }

// Where returns the span of the count's words in the quote.
func (c CountClaim) Where() Span { return c.Span }

func (CountClaim) assertion() {}

// A Quantity is one side of a RatioClaim: a count of something, as the
// claim states it, and the measure of the package that records it. Either
// may be missing: "a threefold increase in solved cases" states neither
// count.
type Quantity struct {
	Count   funding.Count `json:"count,omitzero"`
	Noun    string        `json:"noun"`
	Measure string        `json:"measure,omitempty"`
}

// A RatioClaim asserts a ratio between two counts: a share ("after
// reviewing 2,200 of them only about 1,200 remained in scope": Numerator
// about 1,200 cases in scope over Denominator 2,200 cases reviewed) or a
// multiple ("a threefold increase in solved cases": Stated 3, of solved
// cases this year over solved cases the year before).
//
// Stated is the ratio the words give (3 for "threefold", 0.5 for "half"),
// or zero if they give none. Assess works the ratio out from the two
// counts, taking each from its Measure in the record where it names one
// and from the claim otherwise; with a count missing on either side there
// are no base figures, and the verdict is NotSupported. A ratio whose
// counts the record confirms is Accurate (or weighed against Stated, if
// set); counts only the claim states are NotSupported, with the ratio they
// give.
//
// Both Nouns are required. Package names the package whose Measures the
// quantities name (empty: the claim's About).
type RatioClaim struct {
	Numerator   Quantity        `json:"numerator"`
	Denominator Quantity        `json:"denominator"`
	Stated      decimal.Decimal `json:"stated,omitzero"`
	Package     string          `json:"package,omitempty"`
	Span        Span            `json:"span,omitzero"`
}

// Kind returns KindRatio.
func (RatioClaim) Kind() AssertionKind { return KindRatio }

// Where returns the span of the ratio's words in the quote.
func (r RatioClaim) Where() Span { return r.Span }

func (RatioClaim) assertion() {}
