package funding

import "strings"

// A Milestone is a dated event a source mentions about a package: "the new
// integrated service model will be in place by March 2018". Date is the
// day it comes to, when the wording allows one (the end of March 2018 for
// "by March 2018"), and the zero Date when it does not ("last week");
// Wording keeps the source's words for the time.
//
// Event is required.
type Milestone struct {
	Event   string `json:"event"`
	Date    Date   `json:"date,omitzero"`
	Wording string `json:"wording,omitempty"`
}

// String returns "Event (Wording)", or "Event (Date)" if there is no
// wording, or just the event.
func (m Milestone) String() string {
	when := m.Wording
	if when == "" {
		when = m.Date.String()
	}
	if when == "" {
		return m.Event
	}
	return m.Event + " (" + when + ")"
}

// Validate returns an error matching ErrMissing for a Milestone with no
// Event, and nil for a valid one.
func (m Milestone) Validate() error {
	if strings.TrimSpace(m.Event) == "" {
		return &FieldError{Path: "event", Err: ErrMissing}
	}
	return nil
}
