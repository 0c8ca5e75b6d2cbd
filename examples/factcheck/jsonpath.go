package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// A step is one step of a JSON path: a field name, or an index if name is "".
type step struct {
	name  string
	index int
}

// parsePath reads a path as package claims and funding write them,
// "claims[3].assertions[1].package", into steps. It reads what it can and
// ignores what it cannot.
func parsePath(path string) []step {
	var steps []step
	for _, part := range strings.Split(path, ".") {
		part = strings.TrimSpace(part)
		name, rest, _ := strings.Cut(part, "[")
		if name != "" {
			steps = append(steps, step{name: name})
		}
		for rest != "" {
			num, after, ok := strings.Cut(rest, "]")
			if !ok {
				break
			}
			if n, err := strconv.Atoi(num); err == nil {
				steps = append(steps, step{index: n})
			}
			_, rest, _ = strings.Cut(after, "[")
		}
	}
	return steps
}

// findPath returns the byte offset in data, a valid JSON document, of the
// value at path, or of the deepest value on the way to it that data has
// (the object that lacks a required field, say).
func findPath(data []byte, path []step) int {
	dec := json.NewDecoder(bytes.NewReader(data))
	off := valueStart(data, 0)
	for _, s := range path {
		tok, err := dec.Token()
		if err != nil {
			return off
		}
		found := false
		switch {
		case tok == json.Delim('{') && s.name != "":
			for dec.More() {
				key, err := dec.Token()
				if err != nil {
					return off
				}
				if key == s.name {
					found = true
					break
				}
				if skipValue(dec) != nil {
					return off
				}
			}
		case tok == json.Delim('[') && s.name == "":
			for i := 0; dec.More(); i++ {
				if i == s.index {
					found = true
					break
				}
				if skipValue(dec) != nil {
					return off
				}
			}
		}
		if !found {
			return off
		}
		off = valueStart(data, int(dec.InputOffset()))
	}
	return off
}

// skipValue reads past the next value of dec.
func skipValue(dec *json.Decoder) error {
	var raw json.RawMessage
	return dec.Decode(&raw)
}

// valueStart returns the offset of the first byte at or after off that is
// not white space or the ':' or ',' between values.
func valueStart(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ':', ',':
			off++
		default:
			return off
		}
	}
	return off
}
