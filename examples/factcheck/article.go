package main

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/claims"
)

// The formats that write a record rather than an assessment: "record" the
// record as JSON in the format factcheck reads, "draft" the whole draft
// of -article as JSON, the record with where each value was read and the
// notes.
var recordFormats = []string{"record", "draft"}

// draftArticle drafts a record from the article named name, whose text is
// data, with claims.DraftRecord. It writes the draft's notes to w, one a
// line, each at the line and column of the words it is about:
//
//	story.txt:12:1: note: “£2m” is not placed: ...
func draftArticle(name string, data []byte, w io.Writer) (claims.Draft, error) {
	d, err := claims.DraftRecord(string(data))
	if err != nil {
		return claims.Draft{}, err
	}
	var b bytes.Buffer
	lines := lineIndex(data)
	for _, n := range d.Notes {
		b.WriteString(name)
		if line, col := lines.at(data, n.Span.Start); line > 0 {
			b.WriteString(":" + strconv.Itoa(line) + ":" + strconv.Itoa(col))
		}
		b.WriteString(": note: " + n.Text + "\n")
	}
	_, err = w.Write(b.Bytes())
	return d, err
}

// writeJSON writes v as indented JSON and a newline. Amounts are written
// by their own MarshalJSON, as decimal strings, so they stay exact.
func writeJSON(w *bytes.Buffer, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	w.Write(data)
	w.WriteByte('\n')
	return nil
}

// A lines is the byte offset at which each line of a text starts, so that
// the location of many offsets takes time in proportion to the text once,
// not for each.
type lines []int

// lineIndex returns the offsets of the lines of data.
func lineIndex(data []byte) lines {
	ls := lines{0}
	for i, c := range data {
		if c == '\n' {
			ls = append(ls, i+1)
		}
	}
	return ls
}

// at returns the line (from 1) and column (from 1, in characters) of
// byte offset off of data, or 0, 0 for the zero offset of a note about
// the whole text.
func (ls lines) at(data []byte, off int) (int, int) {
	if off <= 0 {
		return 0, 0
	}
	off = min(off, len(data))
	lo, hi := 0, len(ls)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if ls[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1, utf8.RuneCount(data[ls[lo]:off]) + 1
}
