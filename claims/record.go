package claims

import (
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// A Record is everything a fact-check weighs: the packages of public money
// as the record has them (funding.Package), the dated Events that claims
// of lateness refer to, and the Claims people made. It is what Assess
// takes, and its JSON form, with money as decimal strings and dates as
// YYYY-MM-DD, is the input of a fact-checker's tool:
//
//	{"packages": [...], "events": [...], "claims": [...]}
//
// Prices, if set, is a price index by year, as levels relative to any base
// ({"2023-24": "100", "2024-25": "102.5"}), such as HM Treasury's GDP
// deflators, and PriceSource where it comes from; Assess checks claims in
// real terms with it, through funding.RealTerms, and without it does not
// assess them.
//
// A Record is a plain value. Validate reports everything wrong with one at
// once. The zero Record is valid and empty.
type Record struct {
	Packages    []funding.Package                `json:"packages,omitempty"`
	Events      []Event                          `json:"events,omitempty"`
	Claims      []Claim                          `json:"claims,omitempty"`
	Prices      map[funding.Year]decimal.Decimal `json:"prices,omitempty"`
	PriceSource funding.Source                   `json:"priceSource,omitzero"`
}

// Package returns the package with the given ID, and whether there is one.
// It searches the list; Assess indexes it once instead.
func (r Record) Package(id string) (funding.Package, bool) {
	for _, p := range r.Packages {
		if p.ID == id {
			return p, true
		}
	}
	return funding.Package{}, false
}

// Claim returns the claim with the given ID, and whether there is one.
func (r Record) Claim(id string) (Claim, bool) {
	for _, c := range r.Claims {
		if c.ID == id {
			return c, true
		}
	}
	return Claim{}, false
}

// Event returns the event with the given ID, and whether there is one.
func (r Record) Event(id string) (Event, bool) {
	for _, e := range r.Events {
		if e.ID == id {
			return e, true
		}
	}
	return Event{}, false
}

// Responses returns the claims that respond to the claim with the given
// ID, in record order: the rebuttals and endorsements of an announcement.
// It returns nil if there are none.
func (r Record) Responses(id string) []Claim {
	var out []Claim
	for _, c := range r.Claims {
		if c.RespondsTo == id && id != "" {
			out = append(out, c)
		}
	}
	return out
}
