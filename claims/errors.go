package claims

import (
	"strconv"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// Sentinel errors. Every error the package returns matches one of them under
// errors.Is, so callers can branch on the kind of failure without parsing
// text.
var (
	// ErrSyntax reports a name that is not one of an enumeration's, such as
	// "mostly true" for a Verdict.
	// It is currency.ErrSyntax, shared by the whole module.
	ErrSyntax = currency.ErrSyntax

	// ErrRange reports a value outside what the package represents: an
	// enumeration value outside its list, a stated ratio that is not
	// positive.
	// It is currency.ErrRange, shared by the whole module.
	ErrRange = currency.ErrRange

	// ErrMissing reports a required field that is empty or absent: a claim
	// with no ID or no quote, a stated amount with no figure.
	// It is funding.ErrMissing, as for a package's missing fields.
	ErrMissing = funding.ErrMissing

	// ErrNotFound reports a reference to a package, allocation, measure,
	// claim or event that the record does not hold.
	ErrNotFound error = sentinel("not found")

	// ErrDuplicate reports an identifier used twice in a record.
	// It is funding.ErrDuplicate.
	ErrDuplicate = funding.ErrDuplicate

	// ErrSelfResponse reports a claim that responds to itself.
	ErrSelfResponse error = sentinel("claim responds to itself")

	// ErrCycle reports claims whose responses, or events whose order, go
	// round in a circle: a responds to b, which responds to a.
	ErrCycle error = sentinel("cycle")

	// ErrNoCost reports a counterproposal with no cost.
	ErrNoCost error = sentinel("counterproposal has no cost")

	// ErrSpan reports a span of a quote that is out of its range or does not
	// fall on character boundaries.
	ErrSpan error = sentinel("span out of range")

	// ErrInvalid reports an invalid record. Every *RecordError matches it,
	// so errors.Is(r.Validate(), ErrInvalid) is true for any invalid
	// Record.
	// It is funding.ErrInvalid, so it also matches a record whose packages
	// are invalid.
	ErrInvalid = funding.ErrInvalid
)

// A sentinel is an error that is only its message: the package's kinds of
// error. It is a string rather than errors.New's pointer to a struct with
// an unexported field, so that go-cmp compares the errors that hold one
// (ParseError, FieldError and the others) with no options.
type sentinel string

// Error returns the message.
func (s sentinel) Error() string { return string(s) }

// A RecordError records one problem with one part of a Record. Claim, Event
// or Package is the identifier of the part at fault (at most one is set,
// and none when the part has no identifier); Path names the field from the
// record's root by its JSON names, such as "claims[3].assertions[1].package";
// Err is the problem, which matches one of the sentinel errors or, for a
// package, one of funding's. Record.Validate joins one RecordError per
// problem with errors.Join.
//
// A RecordError also matches ErrInvalid under errors.Is.
type RecordError struct {
	Claim   string
	Event   string
	Package string
	Path    string
	Err     error
}

// Error returns a message such as `claims: claim "hall-2025":
// claims[2].respondsTo: not found: no claim "mayor"`.
func (e *RecordError) Error() string {
	msg := "claims: "
	switch {
	case e.Claim != "":
		msg += "claim " + strconv.Quote(e.Claim) + ": "
	case e.Event != "":
		msg += "event " + strconv.Quote(e.Event) + ": "
	case e.Package != "":
		msg += "package " + strconv.Quote(e.Package) + ": "
	}
	if e.Path != "" {
		msg += e.Path + ": "
	}
	if e.Err == nil {
		return msg + "invalid"
	}
	return msg + e.Err.Error()
}

// Unwrap returns the problem, so that errors.Is(err, ErrNotFound) and the
// like work on a *RecordError.
func (e *RecordError) Unwrap() error { return e.Err }

// Is reports whether target is ErrInvalid.
func (e *RecordError) Is(target error) bool { return target == ErrInvalid }

// A ParseError records a failure to read text. Func names the function that
// failed ("ParseVerdict", ...), Input is the text it was given (shortened
// when very long), Offset is the byte offset at which reading failed and Err
// is the cause, which matches one of the sentinel errors.
type ParseError struct {
	Func   string
	Input  string
	Offset int
	Err    error
}

// Error returns a message such as `claims: ParseVerdict("mostly true"):
// invalid syntax at offset 0: want accurate, rounded, ...`.
func (e *ParseError) Error() string {
	msg := "claims: " + e.Func + "(" + strconv.Quote(e.Input) + "): "
	if e.Err == nil {
		return msg + "invalid"
	}
	return msg + e.Err.Error()
}

// Unwrap returns the cause, so that errors.Is(err, ErrSyntax) and the like
// work on a *ParseError.
func (e *ParseError) Unwrap() error { return e.Err }

// detailError is a sentinel with words saying what exactly was wrong.
type detailError struct {
	err    error
	detail string
}

// Error returns the sentinel's message and the detail.
func (e *detailError) Error() string { return e.err.Error() + ": " + e.detail }

// Unwrap returns the sentinel.
func (e *detailError) Unwrap() error { return e.err }

// Equal reports whether e and o wrap the same sentinel with the same
// words. go-cmp uses it, so that errors holding one (ParseError, RecordError and the rest) compare with
// cmp.Equal and cmp.Diff and no options.
func (e *detailError) Equal(o *detailError) bool {
	if e == nil || o == nil {
		return e == o
	}
	return e.err == o.err && e.detail == o.detail
}

// detail returns err with the detail appended to its message.
func detail(err error, d string) error { return &detailError{err: err, detail: d} }

// maxInput is the longest input a ParseError quotes in full.
const maxInput = 64

// shorten returns s cut to maxInput bytes, on a character boundary, with an
// ellipsis if it was cut.
func shorten(s string) string {
	if len(s) <= maxInput {
		return s
	}
	// A character is at most utf8.UTFMax bytes, so its start is at most
	// three back; past that the input is not UTF-8 there, and any cut will
	// do.
	cut := maxInput
	for cut > maxInput-(utf8.UTFMax-1) && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
