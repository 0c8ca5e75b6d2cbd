package main

import (
	"strconv"
	"unicode/utf8"
)

// A location is a place in an input file, for error messages.
type location struct {
	file string
	line int // from 1
	col  int // from 1, in characters
}

// String returns "file:line:col", or just the file if the line is unknown.
func (l location) String() string {
	if l.line == 0 {
		return l.file
	}
	return l.file + ":" + strconv.Itoa(l.line) + ":" + strconv.Itoa(l.col)
}

// locate returns the location of byte offset off in data, the contents of
// file. An offset past the end is the end.
func locate(file string, data []byte, off int) location {
	off = max(0, min(off, len(data)))
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if data[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return location{file: file, line: line, col: utf8.RuneCount(data[start:off]) + 1}
}

// A locatedError is a problem with the input at a location.
type locatedError struct {
	at  location
	msg string
}

// Error returns "file:line:col: msg".
func (e *locatedError) Error() string { return e.at.String() + ": " + e.msg }

// locatedErrors are several problems with the input, one a line.
type locatedErrors []*locatedError

// Error returns the errors one a line, without a final newline.
func (es locatedErrors) Error() string {
	var b []byte
	for i, e := range es {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, e.Error()...)
	}
	return string(b)
}
