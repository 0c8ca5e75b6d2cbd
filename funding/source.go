package funding

import (
	"errors"
	"net/url"
	"strconv"
)

// A Source is where a fact in the record comes from: a press release, an
// article, a decision notice, or published grants data. Title or URL is
// required; the others are optional, and an unknown publication date stays
// the zero Date.
type Source struct {
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published Date   `json:"published,omitzero"`
	// Grants, if it is not the zero Grants, says that the source is
	// published 360Giving grants data and which of its grants the
	// package's money is: the package's claims can then be weighed against
	// their exact total, as a grants store (package funding/grants)
	// answers it.
	Grants Grants `json:"grants,omitzero"`
}

// Grants chooses the published 360Giving grants whose total a Source cites
// as evidence: those of Funder (the funding organisation's name or
// org-id.guide identifier, as the data gives it), awarded in the UK
// financial year Year and to Recipient (a name or identifier) and in the
// grant programme Programme (a title or code), each if it is set. Names
// match exactly, case and spaces included. In JSON it is
// {"funder":"Esmée Fairbairn Foundation","year":"2017-18"}, with
// "recipient" and "programme" when set. The zero Grants cites no grants
// data.
type Grants struct {
	Funder    string     `json:"funder"`
	Year      FiscalYear `json:"year,omitzero"`
	Recipient string     `json:"recipient,omitempty"`
	Programme string     `json:"programme,omitempty"`
}

// String returns the source as a citation: "Title, Publisher, 2016-11-28,
// URL", leaving out what is unknown.
func (s Source) String() string { return s.cite(s.Published.String()) }

// Citation returns the source as a reader cites it in prose, with its
// publication date written out: "Title, Publisher, 28 November 2016, URL",
// leaving out what is unknown. It returns "" for the zero Source.
func (s Source) Citation() string { return s.cite(s.Published.Long()) }

// cite returns the title, publisher, date and URL joined by commas,
// leaving out the empty ones.
func (s Source) cite(date string) string {
	out := ""
	for _, part := range [...]string{s.Title, s.Publisher, date, s.URL} {
		if part == "" {
			continue
		}
		if out != "" {
			out += ", "
		}
		out += part
	}
	return out
}

// Validate returns an error matching ErrMissing if s has neither title nor
// URL, or cites Grants with no Funder; matching ErrSyntax if its URL is not
// an absolute http or https URL; and matching ErrRange if its Grants' Year
// is not a valid FiscalYear. It returns nil for a valid Source.
func (s Source) Validate() error {
	var errs []error
	if s.Title == "" && s.URL == "" {
		errs = append(errs, &FieldError{Path: "title", Err: expected(ErrMissing, "want a title or a URL")})
	}
	if s.URL != "" {
		u, err := url.Parse(s.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			errs = append(errs, &FieldError{Path: "url", Err: expected(ErrSyntax, "want an absolute http or https URL, got "+quote(s.URL))})
		}
	}
	if s.Grants != (Grants{}) && s.Grants.Funder == "" {
		errs = append(errs, &FieldError{Path: "grants.funder", Err: expected(ErrMissing, "want the funder whose grants are cited")})
	}
	if y := s.Grants.Year; y != 0 && !y.Valid() {
		errs = append(errs, &FieldError{Path: "grants.year", Err: expected(ErrRange, "want a financial year from 0001-02 to 9998-99")})
	}
	return errors.Join(errs...)
}

// quote returns s in Go's double-quoted form, shortened if very long.
func quote(s string) string { return strconv.Quote(shorten(s)) }
