package main

import (
	"errors"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
)

// validate checks r, read from data, the contents of the file called name,
// with claims.Record.Validate, and returns its problems as located errors.
func validate(name string, data []byte, r claims.Record) error {
	if err := r.Validate(); err != nil {
		return located(name, data, err)
	}
	return nil
}

// located returns the problems that err joins as locatedErrors, each at the
// value its JSON path names (a *claims.RecordError's or a
// *funding.FieldError's), or at the nearest value the file has on the way
// to it, for a missing field; a problem with no path gets the file alone.
func located(name string, data []byte, err error) error {
	var out locatedErrors
	for _, e := range flatten(err) {
		at := location{file: name}
		if path := pathOf(e); path != "" {
			at = locate(name, data, findPath(data, parsePath(path)))
		}
		out = append(out, &locatedError{at, e.Error()})
	}
	return out
}

// pathOf returns the JSON path of the value err is about, from the root of
// the record, or "" if it names none.
func pathOf(err error) string {
	var re *claims.RecordError
	if errors.As(err, &re) {
		return re.Path
	}
	var fe *funding.FieldError
	if errors.As(err, &fe) {
		return fe.Path
	}
	return ""
}

// flatten returns the errors joined in err, down to each *claims.RecordError
// or *funding.FieldError.
func flatten(err error) []error {
	switch err.(type) {
	case *claims.RecordError, *funding.FieldError:
		return []error{err}
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, flatten(e)...)
	}
	return out
}
