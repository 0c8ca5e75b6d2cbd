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

// pathAt returns the path, within the JSON value data, of the innermost
// value or key whose text holds byte off: "assertions[1].figure" for a byte
// of that figure's string. It returns "" for the whole value, or if data
// cannot be read that far.
func pathAt(data []byte, off int) string {
	// A frame is an object or array being read: the key or index of the
	// value in it that is being read, and for an object whether a key is
	// due.
	type frame struct {
		array bool
		key   string
		index int
		inKey bool
	}
	var stack []frame
	path := func() string {
		var b strings.Builder
		for _, f := range stack {
			if !f.array && f.key == "" {
				continue // an object whose first key is still to come
			}
			if f.array {
				b.WriteString("[" + strconv.Itoa(f.index) + "]")
				continue
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(f.key)
		}
		return b.String()
	}
	// done moves the frame on past a value it holds.
	done := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].array {
				stack[n-1].index++
			} else {
				stack[n-1].inKey = true
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		start := valueStart(data, int(dec.InputOffset()))
		if start > off {
			return path()
		}
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		end := int(dec.InputOffset())
		if n := len(stack); n > 0 && !stack[n-1].array && stack[n-1].inKey {
			if key, ok := tok.(string); ok {
				stack[n-1].key, stack[n-1].inKey = key, false
				if off < end {
					return path()
				}
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, frame{inKey: true})
		case json.Delim('['):
			stack = append(stack, frame{array: true})
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
			if off < end {
				return path()
			}
			done()
		default:
			if off < end {
				return path()
			}
			done()
		}
	}
}

// join returns the paths a and b joined with a dot, or either alone if the
// other is empty.
func join(a, b string) string {
	switch {
	case b == "":
		return a
	case a == "", b[0] == '[':
		return a + b
	}
	return a + "." + b
}
