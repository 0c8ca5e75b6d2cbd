// Package jsonscan is a small, fast JSON reader and writer for the
// 360Giving interchange in package funding. It reads a document from an
// io.Reader through a buffer of its own, field by field, without
// reflection and without holding the whole document in memory, handing
// numbers back as their text (never through a binary floating-point
// value); and it writes JSON by appending to a byte slice.
//
// It accepts exactly RFC 8259 JSON. Strings are returned with invalid UTF-8
// replaced by U+FFFD, as encoding/json does, so that what is read can be
// written back as valid JSON.
//
// It is kept rather than github.com/go-json-experiment/json/jsontext, the
// tokenizer encoding/json/v2 is built on, because that measured well
// outside 1.2 times its cost on the 100,000-grant benchmark file: walking
// every token, unquoting every string, took jsontext 2.5 times as long
// (2.0 times with duplicate names allowed), which would make Read360Giving
// about 1.3 to 1.4 times slower.
package jsonscan

import (
	"io"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is how deeply values may nest.
const MaxDepth = 512

// bufSize is the initial size of a Scanner's buffer; it grows to hold any
// single token, or a value being read with Raw.
const bufSize = 64 << 10

// A SyntaxError is malformed JSON at a byte offset.
type SyntaxError struct {
	Offset int64
	Msg    string
}

// Error returns a message such as "invalid JSON at offset 12: want a value".
func (e *SyntaxError) Error() string {
	return "invalid JSON at offset " + strconv.FormatInt(e.Offset, 10) + ": " + e.Msg
}

// A Scanner reads one JSON document from an io.Reader. Slices it returns
// are valid only until the next call on it.
type Scanner struct {
	r     io.Reader
	buf   []byte
	pos   int   // next byte to read in buf
	end   int   // end of the data in buf
	base  int64 // offset in the document of buf[0]
	mark  int   // start of a value Raw is reading, or -1
	eof   bool
	err   error    // a read error other than io.EOF
	str   []byte   // unescaped string contents
	keys  [][]byte // the key being read at each depth of object
	depth int
}

// New returns a Scanner reading the document in data.
func New(data []byte) *Scanner {
	return &Scanner{buf: data, end: len(data), eof: true, mark: -1}
}

// NewReader returns a Scanner reading the document from r.
func NewReader(r io.Reader) *Scanner {
	return &Scanner{r: r, buf: make([]byte, bufSize), mark: -1}
}

// Offset returns the offset in the document of the next byte to read.
func (s *Scanner) Offset() int64 { return s.base + int64(s.pos) }

// fill reads more input, keeping the bytes from s.pos (or from s.mark, if
// set and earlier) onward, which it moves to the front of the buffer. It
// returns how far they moved, and false if there is no more input.
func (s *Scanner) fill() (int, bool) {
	if s.eof {
		return 0, false
	}
	keep := s.pos
	if s.mark >= 0 && s.mark < keep {
		keep = s.mark
	}
	if keep > 0 {
		copy(s.buf, s.buf[keep:s.end])
		s.end -= keep
		s.pos -= keep
		if s.mark >= 0 {
			s.mark -= keep
		}
		s.base += int64(keep)
	}
	if s.end == len(s.buf) {
		s.buf = append(s.buf, make([]byte, len(s.buf))...)
	}
	for range maxEmptyReads {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.err = err
			}
			return keep, n > 0
		}
		if n > 0 {
			return keep, true
		}
	}
	s.eof, s.err = true, io.ErrNoProgress
	return keep, false
}

// maxEmptyReads is how many reads in a row may return no data and no error
// before the Scanner gives up with io.ErrNoProgress, as bufio does.
const maxEmptyReads = 100

// ensure makes sure the buffer holds n bytes from index *i, moving *i with
// the data if fill moves it, and reports whether it does.
func (s *Scanner) ensure(i *int, n int) bool {
	for *i+n > s.end {
		moved, ok := s.fill()
		*i -= moved
		if !ok {
			return false
		}
	}
	return true
}

// fail returns a SyntaxError at the current offset, or the read error that
// cut the document short.
func (s *Scanner) fail(msg string) error {
	if s.err != nil {
		return s.err
	}
	return &SyntaxError{Offset: s.Offset(), Msg: msg}
}

// Peek returns the first byte of the next value, after white space, or 0 at
// the end of the input.
func (s *Scanner) Peek() byte {
	for {
		for s.pos < s.end {
			switch c := s.buf[s.pos]; c {
			case ' ', '\t', '\n', '\r':
				s.pos++
			default:
				return c
			}
		}
		if _, ok := s.fill(); !ok {
			return 0
		}
	}
}

// End returns an error unless only white space is left.
func (s *Scanner) End() error {
	s.Peek()
	if s.pos < s.end {
		return s.fail("want the end of the document")
	}
	return s.err
}

// Err returns the error, other than io.EOF, that reading the underlying
// reader returned, if any.
func (s *Scanner) Err() error { return s.err }

// Null consumes a null and reports whether there was one.
func (s *Scanner) Null() bool {
	return s.Peek() == 'n' && s.literal("null") == nil
}

// Object reads an object, calling fn with each key while the Scanner is at
// that key's value, which fn must read or Skip. The key stays valid until
// fn returns. Object stops at fn's first error.
func (s *Scanner) Object(fn func(key []byte) error) error {
	if s.Peek() != '{' {
		return s.fail("want an object")
	}
	if s.depth >= MaxDepth {
		return s.fail("values nested too deeply")
	}
	s.pos++
	s.depth++
	defer func() { s.depth-- }()
	for len(s.keys) < s.depth {
		s.keys = append(s.keys, nil)
	}
	if s.Peek() == '}' {
		s.pos++
		return nil
	}
	for {
		if s.Peek() != '"' {
			return s.fail("want a string key")
		}
		b, err := s.raw()
		if err != nil {
			return err
		}
		key := append(s.keys[s.depth-1][:0], b...)
		s.keys[s.depth-1] = key
		if s.Peek() != ':' {
			return s.fail("want ':' after a key")
		}
		s.pos++
		if err := fn(key); err != nil {
			return err
		}
		switch s.Peek() {
		case ',':
			s.pos++
		case '}':
			s.pos++
			return nil
		default:
			return s.fail("want ',' or '}' in an object")
		}
	}
}

// Array reads an array, calling fn with each element's index while the
// Scanner is at that element, which fn must read or Skip. It stops at fn's
// first error.
func (s *Scanner) Array(fn func(i int) error) error {
	if s.Peek() != '[' {
		return s.fail("want an array")
	}
	if s.depth >= MaxDepth {
		return s.fail("values nested too deeply")
	}
	s.pos++
	s.depth++
	defer func() { s.depth-- }()
	if s.Peek() == ']' {
		s.pos++
		return nil
	}
	for i := 0; ; i++ {
		if err := fn(i); err != nil {
			return err
		}
		switch s.Peek() {
		case ',':
			s.pos++
		case ']':
			s.pos++
			return nil
		default:
			return s.fail("want ',' or ']' in an array")
		}
	}
}

// String reads a string value.
func (s *Scanner) String() (string, error) {
	b, err := s.StringBytes()
	return string(b), err
}

// StringBytes reads a string value into a slice that is valid only until
// the next call on s.
func (s *Scanner) StringBytes() ([]byte, error) {
	if s.Peek() != '"' {
		return nil, s.fail("want a string")
	}
	return s.raw()
}

// raw reads the string at s.pos, returning its unescaped, UTF-8-valid
// contents: a slice of the buffer when there is nothing to change, else of
// s.str.
func (s *Scanner) raw() ([]byte, error) {
	i := s.pos + 1
	ascii := true
	for {
		if i >= s.end {
			moved, ok := s.fill()
			i -= moved
			if !ok {
				s.pos = s.end
				return nil, s.fail("unterminated string")
			}
			continue
		}
		c := s.buf[i]
		switch {
		case c == '"':
			start := s.pos + 1
			if ascii || utf8.Valid(s.buf[start:i]) {
				s.pos = i + 1
				return s.buf[start:i], nil
			}
			return s.slow()
		case c == '\\':
			return s.slow()
		case c < 0x20:
			s.pos = i
			return nil, s.fail("control character in a string")
		case c >= utf8.RuneSelf:
			ascii = false
		}
		i++
	}
}

// slow unescapes the string at s.pos into s.str.
func (s *Scanner) slow() ([]byte, error) {
	b := s.str[:0]
	s.pos++ // past the quotation mark
	for {
		if s.pos >= s.end {
			if _, ok := s.fill(); !ok {
				return nil, s.fail("unterminated string")
			}
			continue
		}
		c := s.buf[s.pos]
		switch {
		case c == '"':
			s.pos++
			s.str = b
			return b, nil
		case c < 0x20:
			return nil, s.fail("control character in a string")
		case c < utf8.RuneSelf && c != '\\':
			b = append(b, c)
			s.pos++
		case c == '\\':
			i := s.pos
			if !s.ensure(&i, 2) {
				s.pos = s.end
				return nil, s.fail("unterminated string")
			}
			s.pos = i
			e := s.buf[i+1]
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := s.hex4(&i, i+2)
				if !ok {
					s.pos = i + 2
					return nil, s.fail("want four hex digits after \\u")
				}
				s.pos = i + 6
				if utf16.IsSurrogate(r) {
					j := s.pos
					var r2 rune
					ok := s.ensure(&j, 2) && s.buf[j] == '\\' && s.buf[j+1] == 'u'
					if ok {
						r2, ok = s.hex4(&j, j+2)
					}
					s.pos = j
					if d := utf16.DecodeRune(r, r2); ok && d != utf8.RuneError {
						r = d
						s.pos = j + 6
					} else {
						r = utf8.RuneError
					}
				}
				b = utf8.AppendRune(b, r)
				continue
			default:
				return nil, s.fail("invalid escape")
			}
			s.pos = i + 2
		default:
			i := s.pos
			s.ensure(&i, utf8.UTFMax) // near the end of input, fewer is fine
			s.pos = i
			r, size := utf8.DecodeRune(s.buf[i:s.end])
			if r == utf8.RuneError && size == 1 {
				b = utf8.AppendRune(b, utf8.RuneError)
			} else {
				b = append(b, s.buf[i:i+size]...)
			}
			s.pos += size
		}
	}
}

// hex4 reads four hex digits at buffer index at, which ensure may move
// together with *i.
func (s *Scanner) hex4(i *int, at int) (rune, bool) {
	off := at - *i
	if !s.ensure(i, off+4) {
		return 0, false
	}
	at = *i + off
	var r rune
	for _, c := range s.buf[at : at+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// Number reads a number value and returns its text, which is valid only
// until the next call on s, checked against JSON's grammar.
func (s *Scanner) Number() ([]byte, error) {
	s.Peek()
	i := s.pos
	at := func() byte { // the byte at i, or 0 at the end of input
		if i >= s.end {
			moved, ok := s.fill()
			i -= moved
			if !ok {
				return 0
			}
		}
		return s.buf[i]
	}
	digits := func() {
		for isDigit(at()) {
			i++
		}
	}
	if at() == '-' {
		i++
	}
	switch c := at(); {
	case c == '0':
		i++
	case c >= '1' && c <= '9':
		digits()
	default:
		s.pos = i
		return nil, s.fail("want a number")
	}
	if at() == '.' {
		i++
		if !isDigit(at()) {
			s.pos = i
			return nil, s.fail("want a digit after the decimal point")
		}
		digits()
	}
	if c := at(); c == 'e' || c == 'E' {
		i++
		if c := at(); c == '+' || c == '-' {
			i++
		}
		if !isDigit(at()) {
			s.pos = i
			return nil, s.fail("want a digit in the exponent")
		}
		digits()
	}
	start := s.pos
	s.pos = i
	return s.buf[start:i], nil
}

// Skip reads and discards one value of any kind, checking its syntax.
func (s *Scanner) Skip() error {
	switch c := s.Peek(); c {
	case '{':
		return s.Object(func([]byte) error { return s.Skip() })
	case '[':
		return s.Array(func(int) error { return s.Skip() })
	case '"':
		_, err := s.raw()
		return err
	case 't':
		return s.literal("true")
	case 'f':
		return s.literal("false")
	case 'n':
		return s.literal("null")
	default:
		_, err := s.Number()
		return err
	}
}

// Raw reads one value of any kind and returns its text, checking its
// syntax as Skip does. The text is valid only until the next call on s.
func (s *Scanner) Raw() ([]byte, error) {
	s.Peek()
	s.mark = s.pos
	err := s.Skip()
	start := s.mark
	s.mark = -1
	if err != nil {
		return nil, err
	}
	return s.buf[start:s.pos], nil
}

// literal consumes the literal word.
func (s *Scanner) literal(word string) error {
	i := s.pos
	if !s.ensure(&i, len(word)) || string(s.buf[i:i+len(word)]) != word {
		s.pos = i
		return s.fail("want " + word)
	}
	s.pos = i + len(word)
	return nil
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
