package funding

import (
	"errors"
	"net/url"
	"strconv"
)

// A Source is where a fact in the record comes from: a press release, an
// article, a decision notice. Title or URL is required; the others are
// optional, and an unknown publication date stays the zero Date.
type Source struct {
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published Date   `json:"published,omitzero"`
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
// URL, and matching ErrSyntax if its URL is not an absolute http or https
// URL. It returns nil for a valid Source.
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
	return errors.Join(errs...)
}

// quote returns s in Go's double-quoted form, shortened if very long.
func quote(s string) string { return strconv.Quote(shorten(s)) }
