package funding

import (
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
)

// Sentinel errors. Every error the package returns matches one of them, or
// one of currency's (currency.ErrMismatch, currency.ErrDivideByZero), under
// errors.Is, so callers can branch on the kind of failure without parsing
// text.
var (
	// ErrSyntax reports input that does not follow the grammar of the
	// function that read it, including a name that is not one of an
	// enumeration's ("new money?" for a Novelty).
	//
	// It is currency.ErrSyntax, so one errors.Is test covers a bad figure
	// inside a record and a bad record field alike.
	ErrSyntax = currency.ErrSyntax

	// ErrRange reports a value that is well formed but outside what the
	// package represents: 30 February, a year before 1 or after 9999, an
	// index level that is not positive, an amount with a huge exponent.
	// It is currency.ErrRange.
	ErrRange = currency.ErrRange

	// ErrMissing reports a required field that is empty or absent.
	ErrMissing error = sentinel("missing")

	// ErrNegative reports a negative amount where only zero or more makes
	// sense, such as an allocation.
	ErrNegative error = sentinel("negative amount")

	// ErrZeroCount reports a count of zero or less: "zero centres" cannot
	// share an allocation and "per zero cases" is no rate.
	ErrZeroCount error = sentinel("count of zero")

	// ErrPeriodOrder reports a period whose end is before its start.
	ErrPeriodOrder error = sentinel("period ends before it starts")

	// ErrOpenPeriod reports a question about a period that needs both its
	// dates, such as how many days it has, asked of one with an unknown
	// start or end.
	ErrOpenPeriod error = sentinel("period has an unknown start or end")

	// ErrDuplicate reports an identifier used twice where it must be unique.
	ErrDuplicate error = sentinel("duplicate identifier")

	// ErrInexact reports a question that needs an exact number asked of a
	// qualified one: "about four centres" cannot be given exact shares, and
	// allocations of "up to £9bn" have no exact sum.
	ErrInexact error = sentinel("not exact")

	// ErrNoLevel reports a price index with no level for a year.
	ErrNoLevel error = sentinel("no index level")

	// ErrInvalid reports an invalid record. Every *FieldError matches it, so
	// errors.Is(p.Validate(), ErrInvalid) is true for any invalid Package,
	// and so is the error of any question asked of one.
	ErrInvalid error = sentinel("invalid record")
)

// A sentinel is an error that is only its message: the package's kinds of
// error. It is a string rather than errors.New's pointer to a struct with
// an unexported field, so that go-cmp compares the errors that hold one
// (ParseError, FieldError and the others) with no options.
type sentinel string

// Error returns the message.
func (s sentinel) Error() string { return string(s) }

// A ParseError records a failure to read text. Func names the function that
// failed ("ParseFiscalYear", ...), Input is the text it was given (shortened
// when very long), Offset is the byte offset at which reading failed and Err
// is the cause, which matches one of the sentinel errors.
type ParseError struct {
	Func   string
	Input  string
	Offset int
	Err    error
}

// maxQuoted is how much of a long input an error message repeats.
const maxQuoted = 64

// Error returns a message such as
// `funding: ParseFiscalYear("2017-19"): invalid syntax at offset 5: want 18, the year after 2017`.
func (e *ParseError) Error() string {
	return fmt.Sprintf("funding: %s(%q): %v at offset %d", e.Func, shorten(e.Input), e.Err, e.Offset)
}

// Unwrap returns the cause, so that errors.Is(err, ErrSyntax) and the like
// work on a *ParseError.
func (e *ParseError) Unwrap() error { return e.Err }

// A FieldError records one problem with one field of a record. Path names
// the field from the record's root in the record's JSON names, such as
// "allocations[1].count" or "funder.id", and Err is the problem, which
// matches one of the sentinel errors (or currency.ErrMismatch). Validate
// joins one FieldError per problem with errors.Join.
//
// A FieldError also matches ErrInvalid under errors.Is.
type FieldError struct {
	Path string
	Err  error
}

// Error returns a message such as
// "funding: allocations[1].amount: negative amount: -£5.00".
func (e *FieldError) Error() string {
	return "funding: " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns the problem, so that errors.Is(err, ErrNegative) and the
// like work on a *FieldError.
func (e *FieldError) Unwrap() error { return e.Err }

// Is reports whether target is ErrInvalid.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

// A GrantError records a problem with one grant in a 360Giving file: Grant
// is the grant's id (or "#3", its position counting from 1, when it has no
// id; empty for a warning about the file as a whole), Field names the
// 360Giving field ("amountAwarded", "recipientOrganization[0].id") and Err
// is the problem, which matches one of the sentinel errors. The readers
// return one for each grant they cannot read, and give one to the caller's
// warning function for each oddity they read past.
type GrantError struct {
	Grant string
	Field string
	Err   error
}

// Error returns a message such as
// `funding: 360Giving grant "360G-x-1": amountAwarded: missing`.
func (e *GrantError) Error() string {
	if e.Grant == "" {
		return fmt.Sprintf("funding: 360Giving file: %v", e.Err)
	}
	if e.Field == "" {
		return fmt.Sprintf("funding: 360Giving grant %q: %v", e.Grant, e.Err)
	}
	return fmt.Sprintf("funding: 360Giving grant %q: %s: %v", e.Grant, e.Field, e.Err)
}

// Unwrap returns the problem.
func (e *GrantError) Unwrap() error { return e.Err }

// A LineError records a problem with one line of a CSV file: Func is the
// reader ("ReadONSCSV"), Line the line number counting from 1 (0 for a
// problem with the file as a whole, such as having no data), and Err the
// problem, which matches one of the sentinel errors.
type LineError struct {
	Func string
	Line int
	Err  error
}

// Error returns a message such as
// `funding: ReadONSCSV: line 12: invalid syntax: want a number, got "n/a"`.
func (e *LineError) Error() string {
	if e.Line == 0 {
		return "funding: " + e.Func + ": " + e.Err.Error()
	}
	return "funding: " + e.Func + ": line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

// Unwrap returns the problem.
func (e *LineError) Unwrap() error { return e.Err }

// detail wraps a sentinel with what was expected, keeping errors.Is working.
type detail struct {
	kind error
	want string
}

// Error returns the kind's message and what was expected.
func (d *detail) Error() string { return d.kind.Error() + ": " + d.want }

// Unwrap returns the kind.
func (d *detail) Unwrap() error { return d.kind }

// Equal reports whether d and o wrap the same sentinel with the same
// words. go-cmp uses it, so that errors holding one (ParseError, FieldError and the rest) compare with
// cmp.Equal and cmp.Diff and no options.
func (d *detail) Equal(o *detail) bool {
	if d == nil || o == nil {
		return d == o
	}
	return d.kind == o.kind && d.want == o.want
}

// expected returns an error of the given kind that says what was expected.
func expected(kind error, want string) error { return &detail{kind, want} }

// shorten returns s cut to at most maxQuoted bytes, marked with "...". It
// cuts before a character rather than inside one, so that a message quoting
// "£" near the cut shows the character, not the bytes of half of it.
func shorten(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	n := maxQuoted
	for n > maxQuoted-(utf8.UTFMax-1) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

// causes is an error of a kind, caused by another error: both match it
// under errors.Is.
type causes struct {
	kind error
	err  error
}

// Error returns the kind's message and the cause's.
func (c *causes) Error() string { return c.kind.Error() + ": " + c.err.Error() }

// Unwrap returns the kind and the cause.
func (c *causes) Unwrap() []error { return []error{c.kind, c.err} }

// because returns an error of the given kind caused by err.
func because(kind, err error) error { return &causes{kind, err} }
