package claims

import "github.com/fundclaims/fundclaims/currency"

// A StatedAmount asserts how much money a package, or one allocation of it,
// is: "the mayor coughing up £2m" states £2m of the 2025 package. Figure
// keeps the words with their bound and precision, so "more than £4
// million" is weighed as "more than" and "£2m" as stated to the nearest
// £1m.
//
// Figure is required. Package names the package (empty: the claim's
// About) and Allocation, if set, one of its allocations by ID.
type StatedAmount struct {
	Figure     currency.Figure `json:"figure"`
	Package    string          `json:"package,omitempty"`
	Allocation string          `json:"allocation,omitempty"`
	Span       Span            `json:"span,omitzero"`
}

// Kind returns KindStatedAmount.
func (StatedAmount) Kind() AssertionKind { return KindStatedAmount }

// Where returns the span of the figure's words in the quote.
func (s StatedAmount) Where() Span { return s.Span }

func (StatedAmount) assertion() {}

// FromQuote proposes the stated amounts in a quote: one StatedAmount for each
// money expression currency.Find finds, in order, with its Figure and the
// Span of its words, qualifier and all ("more than £4 million"). The
// package is left empty, which means the claim's About; set it where the
// quote speaks of another package. FromQuote never panics, and every Span
// it returns slices the quote back to its Figure's Text. It returns nil if
// the quote states no money.
func FromQuote(quote string) []StatedAmount {
	ms := currency.Find(quote)
	if len(ms) == 0 {
		return nil
	}
	out := make([]StatedAmount, 0, len(ms))
	for _, m := range ms {
		sp := Span{Start: m.Start, End: m.End}
		if !sp.Valid(quote) || quote[m.Start:m.End] != m.Figure.Text() {
			continue // Find promises otherwise; never hand on a bad span
		}
		out = append(out, StatedAmount{Figure: m.Figure, Span: sp})
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
