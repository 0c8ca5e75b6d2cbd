package claims

import "github.com/fundclaims/fundclaims/funding"

// An Event is a dated happening that claims of lateness are weighed against:
// an announcement, a review, a report. Date is the day it happened, the zero
// Date when the record does not know it ("earlier this month" in an
// undated article): nothing is invented. Wording keeps the source's own
// words for when it happened. After lists the IDs of events the sources say
// it came after ("It comes after the Met announced ..."), which orders
// events whose dates are unknown. Package names the package the event
// announced, if it is an announcement; Source is where it is reported.
//
// ID and Title are required.
type Event struct {
	ID      string         `json:"id"`
	Title   string         `json:"title"`
	Date    funding.Date   `json:"date,omitzero"`
	Wording string         `json:"wording,omitempty"`
	After   []string       `json:"after,omitempty"`
	Package string         `json:"package,omitempty"`
	Source  funding.Source `json:"source,omitzero"`
}

// When returns when the event happened in words for reports: its Date as a
// British newspaper writes it ("28 November 2016"), its Wording if it has
// no Date ("earlier this month") with "date not recorded" added, or just
// "date not recorded".
func (e Event) When() string {
	switch {
	case !e.Date.IsZero():
		return e.Date.Long()
	case e.Wording != "":
		return e.Wording + "; date not recorded"
	}
	return "date not recorded"
}
