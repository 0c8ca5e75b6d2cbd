package funding

import (
	"errors"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// A Measure is a count a source gives alongside the money, of the people or
// cases it is for: "about 1,200" cases that "remained in scope", "around
// 24,000" adults who "each year" experience serious sexual assault. It keeps
// the count's qualifier, what was counted, and the singular unit a rate is
// expressed in, so that the money per head can be worked out exactly (see
// Rate).
//
// Count and Noun are required; Unit is needed for Rate.
type Measure struct {
	// Count is the number as stated, with its qualifier.
	Count Count `json:"count"`
	// Noun is what was counted, as the count is read: "cases in scope".
	Noun string `json:"noun"`
	// Unit is one of what was counted, for rates: "case in scope".
	Unit string `json:"unit,omitempty"`
	// Note is anything else the source says about the count, in its words
	// where possible: "each year", "found by an initial data search".
	Note string `json:"note,omitempty"`
}

// String returns the count and noun: "about 1,200 cases in scope".
func (m Measure) String() string {
	return strings.TrimSpace(m.Count.String() + " " + m.Noun)
}

// Rate returns total per m's Unit, over m's Count: £2.4m over about 1,200
// cases in scope is about £2,000 per case in scope. It returns the errors of
// NewRate, and one matching ErrMissing if m has no Unit.
func (m Measure) Rate(total currency.Amount) (Rate, error) {
	return NewRate(total, m.Count, m.Unit)
}

// Validate returns an error matching ErrMissing for a Measure with no Count
// or no Noun, and nil for a valid one.
func (m Measure) Validate() error {
	var errs []error
	if m.Count.IsZero() {
		errs = append(errs, &FieldError{Path: "count", Err: ErrMissing})
	}
	if strings.TrimSpace(m.Noun) == "" {
		errs = append(errs, &FieldError{Path: "noun", Err: ErrMissing})
	}
	return errors.Join(errs...)
}
