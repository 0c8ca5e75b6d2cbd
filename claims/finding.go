package claims

import (
	"encoding/json"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// A Finding is what Assess finds about one assertion of one claim: the
// verdict, the figures stated and recorded, how far apart they are, and a
// paragraph of plain English saying why, with money formatted by currency
// (£2.4m, £400,000).
//
// The numbers are exact decimals. Difference is the stated value less the
// recorded one (for a Range, the nearer end's value, and zero when the
// record lies between the ends); Percent is Difference as a percentage of
// the recorded figure, to 14 decimal places; Ratio is the stated value
// divided by the recorded one, rounded half up to 16 decimal places
// (currency's Amount.Ratio). For a counterproposal they compare its cost
// with the package; for a count, Ratio and Percent compare the stated count
// with the recorded one; for a ratio of counts, Ratio is the ratio the
// counts give and Percent how far a stated multiple ("threefold") is from
// it, in per cent of it. Each is zero where it does not apply: Difference is then the zero
// Amount, which has no currency, and a £0 difference between two figures
// is £0 in their currency.
//
// Findings are plain values; JSON round-trips them exactly.
type Finding struct {
	// Claim is the ID of the claim, and Assertion the index of the
	// assertion in its Assertions.
	Claim     string        `json:"claim"`
	Assertion int           `json:"assertion"`
	Kind      AssertionKind `json:"kind,omitzero"`
	// Words are the assertion's words in the quote, where its Span
	// locates them.
	Words   string  `json:"words,omitempty"`
	Verdict Verdict `json:"verdict"`
	// Package is the ID of the package weighed against, if any, and
	// Basis where in it the recorded figure comes from.
	Package string `json:"package,omitempty"`
	Basis   Basis  `json:"basis,omitzero"`
	// Role is the role of a stated figure as Assess took it: the
	// assertion's own, or the one its words give (the explanation quotes
	// them). A figure whose role is not the package, a share naming its
	// allocation, a level or a named rival is NotAssessed.
	Role Role `json:"role,omitzero"`
	// Stated and Recorded are the figures said and recorded: "£2m"
	// against "£2.4m". A recorded sum of allocations is an exact figure
	// (currency.ExactFigure).
	Stated   currency.Figure `json:"stated,omitzero"`
	Recorded currency.Figure `json:"recorded,omitzero"`
	// Difference, Percent and Ratio are documented above. Difference is
	// left out of JSON when it is the zero Amount.
	Difference currency.Amount `json:"difference"`
	Percent    decimal.Decimal `json:"percent,omitzero"`
	Ratio      decimal.Decimal `json:"ratio,omitzero"`
	// StatedCount and RecordedCount are the counts of a CountClaim.
	StatedCount   funding.Count `json:"statedCount,omitzero"`
	RecordedCount funding.Count `json:"recordedCount,omitzero"`
	// Likeness is whether a comparison is like for like, and Reasons why
	// not: "different purposes: inquiry vs advocacy, counselling".
	Likeness funding.Likeness `json:"likeness,omitzero"`
	Reasons  []string         `json:"reasons,omitempty"`
	// Disagrees lists the claims that give a figure for the same package
	// or allocation that cannot agree with this one ("£4.4bn" against
	// "£4.5bn"); Explanation says who said what.
	Disagrees []string `json:"disagrees,omitempty"`
	// Evidence lists what bears on a judgement (Opinion): the gap to a
	// counterproposal, the money per case, the timeline. Explanation
	// includes it.
	Evidence    []string `json:"evidence,omitempty"`
	Explanation string   `json:"explanation"`
	// Sources are the sources of the record the finding relies on: the
	// package's.
	Sources []funding.Source `json:"sources,omitempty"`
}

// findingJSON is Finding's JSON form. It embeds Finding under another name,
// which has no JSON methods, and shadows Difference with a pointer so that
// the zero Amount (no comparison) is left out while £0 in a currency is
// kept.
type findingJSON struct {
	*plainFinding
	Difference *currency.Amount `json:"difference,omitempty"`
}

// plainFinding is Finding without its JSON methods.
type plainFinding Finding

// MarshalJSON returns f as a JSON object with the field names of its tags,
// leaving out the fields that are zero, and the difference when it is the
// zero Amount (no comparison was made).
func (f Finding) MarshalJSON() ([]byte, error) {
	j := findingJSON{plainFinding: (*plainFinding)(&f)}
	if !f.Difference.Currency().IsZero() {
		j.Difference = &f.Difference
	}
	return json.Marshal(j)
}

// UnmarshalJSON sets f from a JSON object as MarshalJSON writes it; a
// missing difference is the zero Amount.
func (f *Finding) UnmarshalJSON(data []byte) error {
	var v Finding
	j := findingJSON{plainFinding: (*plainFinding)(&v)}
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	if j.Difference != nil {
		v.Difference = *j.Difference
	}
	*f = v
	return nil
}

// An Assessment is the result of Assess: the claims assessed, in record
// order, and their findings, one for each assertion, in the order of the
// claims and of their assertions. Tolerance is the tolerance for rounding
// that was applied, in per cent. Packages are the record's packages, which
// the findings were weighed against.
//
// An Assessment holds what a report needs: WriteText, WriteMarkdown and
// WriteClaimReviews read nothing else. JSON round-trips it exactly.
type Assessment struct {
	Tolerance decimal.Decimal   `json:"tolerance"`
	Packages  []funding.Package `json:"packages,omitempty"`
	Claims    []Claim           `json:"claims,omitempty"`
	Findings  []Finding         `json:"findings,omitempty"`
}

// Claim returns the assessed claim with the given ID, and whether there is
// one.
func (a Assessment) Claim(id string) (Claim, bool) {
	return Record{Claims: a.Claims}.Claim(id)
}

// For returns the findings about the claim with the given ID, in the order
// of its assertions, or nil if there are none.
func (a Assessment) For(id string) []Finding {
	var out []Finding
	for _, f := range a.Findings {
		if f.Claim == id {
			out = append(out, f)
		}
	}
	return out
}

// Count returns how many findings have verdict v.
func (a Assessment) Count(v Verdict) int {
	n := 0
	for _, f := range a.Findings {
		if f.Verdict == v {
			n++
		}
	}
	return n
}
