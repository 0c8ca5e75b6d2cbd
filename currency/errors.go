package currency

import "fmt"

// Sentinel errors. Every error the package returns matches one of them under
// errors.Is, so callers can branch on the kind of failure without parsing text.
var (
	// ErrSyntax reports input that does not follow the grammar of the
	// function that read it.
	ErrSyntax error = sentinel("invalid syntax")

	// ErrRange reports a number that is well formed but too large, too
	// precise or otherwise outside what the package represents.
	ErrRange error = sentinel("value out of range")

	// ErrUnknownCurrency reports a well-formed code or symbol that names no
	// ISO 4217 currency.
	ErrUnknownCurrency error = sentinel("unknown currency")

	// ErrMismatch reports an operation on amounts in two different
	// currencies. *MismatchError matches it.
	ErrMismatch error = sentinel("currency mismatch")

	// ErrDivideByZero reports a division by zero or a ratio against a zero
	// amount.
	ErrDivideByZero error = sentinel("division by zero")

	// ErrWeights reports allocation weights that cannot share an amount:
	// none at all, a negative one, or all zero.
	ErrWeights error = sentinel("invalid weights")
)

// A sentinel is an error that is only its message: the package's kinds of
// error. It is a string rather than errors.New's pointer to a struct with
// an unexported field, so that go-cmp compares the errors that hold one
// (ParseError, FieldError and the others) with no options.
type sentinel string

// Error returns the message.
func (s sentinel) Error() string { return string(s) }

// A ParseError records a failure to read text. Func names the function that
// failed ("Parse", "ParseFigure", ...), Input is the text it was given
// (shortened when very long), Offset is the byte offset at which reading
// failed and Err is the cause, which matches one of the package's sentinel
// errors.
type ParseError struct {
	Func   string
	Input  string
	Offset int
	Err    error
}

// maxQuoted is how much of a long input an error message repeats.
const maxQuoted = 64

// Error returns a message such as
// `currency: Parse("£2.4q"): invalid syntax: want the amount to end after its digits at offset 5`:
// the function, the input, the sentinel, what was wanted and the offset.
func (e *ParseError) Error() string {
	in := e.Input
	if len(in) > maxQuoted {
		in = in[:maxQuoted] + "..."
	}
	return fmt.Sprintf("currency: %s(%q): %v at offset %d", e.Func, in, e.Err, e.Offset)
}

// Equal reports whether e and f record the same failure: the same Func,
// Input and Offset, and causes that say the same. go-cmp uses it, so
// cmp.Equal and cmp.Diff work on ParseErrors, whose causes hold unexported
// fields.
func (e *ParseError) Equal(f *ParseError) bool {
	if e == nil || f == nil {
		return e == f
	}
	return e.Func == f.Func && e.Input == f.Input && e.Offset == f.Offset && sameError(e.Err, f.Err)
}

// sameError reports whether x and y are both nil or say the same.
func sameError(x, y error) bool {
	if x == nil || y == nil {
		return x == y
	}
	return x.Error() == y.Error()
}

// Unwrap returns the cause, so that errors.Is(err, ErrSyntax) and the like
// work on a *ParseError.
func (e *ParseError) Unwrap() error { return e.Err }

// A MismatchError records an operation that was given amounts in two
// different currencies. It matches ErrMismatch under errors.Is.
type MismatchError struct {
	Op   string // the operation, e.g. "Add"
	A, B Code   // the currencies of the two operands
}

// Error returns a message such as "currency: Add: GBP and EUR do not mix".
func (e *MismatchError) Error() string {
	return fmt.Sprintf("currency: %s: %s and %s do not mix", e.Op, e.A, e.B)
}

// Is reports whether target is ErrMismatch.
func (e *MismatchError) Is(target error) bool { return target == ErrMismatch }

// detail wraps a sentinel with what was expected, keeping errors.Is working.
type detail struct {
	kind error
	want string
}

func (d *detail) Error() string { return d.kind.Error() + ": " + d.want }
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
