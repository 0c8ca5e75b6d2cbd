package claims

import (
	"github.com/fundclaims/fundclaims/funding"
)

// A Claim is something a person said about public money: who said it, when
// and where, their words verbatim, the package it is about, the claim it
// responds to and how it stands towards that one, and what it asserts.
// Rebuttals and endorsements name the claim they respond to, so the claims
// of a record form threads: the mayor's announcement, Susan Hall's
// rebuttal disputing it, the victims' commissioner's welcome supporting it.
//
// ID, Speaker (a Name or an Org) and Quote are required. When is the date
// it was said or published, the zero Date if the source does not say;
// Source is where it was reported. Summary is an optional paraphrase of
// under 75 characters for headlines; WriteClaimReviews uses it as a
// review's claimReviewed in place of words from the quote. About names the
// package the claim is about; an assertion that names no package is about
// that one. RespondsTo names another claim of the record, and Stance says
// how this one stands towards it; a Stance other than StanceUnknown needs
// a RespondsTo.
//
// A Claim is a plain record with exported fields. Validate checks one on
// its own, Record.Validate together with the packages and claims it names.
type Claim struct {
	ID         string         `json:"id"`
	Speaker    funding.Person `json:"speaker"`
	When       funding.Date   `json:"when,omitzero"`
	Source     funding.Source `json:"source,omitzero"`
	Quote      string         `json:"quote"`
	Summary    string         `json:"summary,omitempty"`
	About      string         `json:"about,omitempty"`
	RespondsTo string         `json:"respondsTo,omitempty"`
	Stance     Stance         `json:"stance,omitzero"`
	Assertions Assertions     `json:"assertions,omitempty"`
}

// Validate reports every problem with c that can be seen without the rest
// of its record, at once, joined with errors.Join, each a *RecordError
// naming the claim: no ID, no speaker, no quote, a Stance outside the list
// or with nothing to respond to, a response to itself, a nil assertion,
// an assertion span outside the quote, a stated amount with no figure or
// a role or terms outside the list, a counterproposal with no cost and no
// items, an item with no cost, in another currency or with items of its
// own, a count or ratio with no count or noun, a ratio's terms outside the
// list, and a source with neither title nor URL. Record.Validate checks
// these and the references besides. It returns nil for a valid Claim.
func (c Claim) Validate() error {
	var v validator
	v.claim(&c, -1)
	return v.err()
}

// pkg returns the package an assertion naming own is about: own, or the
// claim's About if own is empty. Assess asks it several times an
// assertion, so it takes the claim by pointer rather than copy it.
func (c *Claim) pkg(own string) string {
	if own != "" {
		return own
	}
	return c.About
}
