package claims

import (
	"strconv"
	"strings"
)

// An enum is the table of names of one of the package's enumerations,
// indexed by value, with the value's type name for out-of-range values.
type enum struct {
	typ   string
	names []string
}

// name returns the name of value v, or "Type(9)" for a value outside the
// table.
func (e enum) name(v int) string {
	if v >= 0 && v < len(e.names) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(v) + ")"
}

// valid reports whether v is in the table.
func (e enum) valid(v int) bool { return v >= 0 && v < len(e.names) }

// parse returns the value named s. Names match without regard to case or to
// the spaces, hyphens and underscores between words, so "not like for
// like", "Not-Like-For-Like" and "not_like_for_like" are one name. The zero
// value's name ("unknown") is accepted only if allowUnknown is set.
func (e enum) parse(fn, s string, allowUnknown bool) (int, error) {
	key := squash(s)
	for v, n := range e.names {
		if v == 0 && !allowUnknown {
			continue
		}
		if key != "" && key == squash(n) {
			return v, nil
		}
	}
	first := 1
	if allowUnknown {
		first = 0
	}
	return 0, &ParseError{Func: fn, Input: shorten(s), Err: detail(ErrSyntax, "want "+strings.Join(e.names[first:], ", "))}
}

// marshal returns v's name as text, or an error for a value outside the
// table.
func (e enum) marshal(v int) ([]byte, error) {
	if !e.valid(v) {
		return nil, &ParseError{Func: e.typ + ".MarshalText", Input: e.name(v), Err: detail(ErrRange, "not a listed "+e.typ)}
	}
	return []byte(e.names[v]), nil
}

// squash returns s in lower case without spaces, hyphens or underscores.
func squash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch r {
		case ' ', '-', '_', '\t':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
