package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
)

// The formats that write a record rather than an assessment: "record" the
// record as JSON in the format factcheck reads, "draft" the whole draft
// of -article as JSON, the record with where each value was read and the
// notes.
var recordFormats = []string{"record", "draft"}

// draftArticle drafts a record from the article named name, whose text is
// data and whose source, as far as the flags give it, is src, with
// claims.DraftRecordFrom. It writes the draft's notes to w, one a
// line, each at the line and column of the words it is about:
//
//	story.txt:12:1: note: “£2m” is not placed: ...
func draftArticle(name string, data []byte, src funding.Source, w io.Writer) (claims.Draft, error) {
	d, err := claims.DraftRecordFrom(string(data), src)
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

// draftCaveat returns the words a report of a's findings on a record
// drafted from the article named name begins with: that no person has
// read the record, and, for each package a verdict was weighed against
// whose headline the drafter did not read from announcing words ("has
// announced a £2.4m package"), that those verdicts rest on that reading.
// On articles the rules were not written from, a headline so drafted has
// been right fewer than one time in three, and one read from announcing
// words about two in three: only the first kind is named.
func draftCaveat(name string, d claims.Draft, a claims.Assessment) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Drafted from %s by claims.DraftRecord; no person has read the record. Check it (-format draft shows where each value was read) before you rely on a finding.\n", name)
	sure := make(map[string]claims.Confidence, len(d.Fields))
	for _, f := range d.Fields {
		sure[f.Path] = f.Confidence
	}
	for i, p := range d.Record.Packages {
		c, ok := sure["packages["+strconv.Itoa(i)+"].headline"]
		if !ok || c >= claims.Explicit || !weighed(a, p.ID) {
			continue
		}
		fmt.Fprintf(&b, "The headline of the package %q, “%s”, was %v from the words around it, not read from announcing words: the verdicts weighed against it are only as good as that reading.\n",
			p.ID, p.Headline.Text(), c)
	}
	b.WriteString("\n")
	return b.String()
}

// weighed reports whether a has a verdict of fact weighed against the
// package id: one that a wrong headline would make wrong, which a share
// weighed against one of its allocations (claims.FromAllocation) is not.
func weighed(a claims.Assessment, id string) bool {
	for _, f := range a.Findings {
		if f.Package == id && f.Basis != claims.FromAllocation && f.Verdict != claims.NotAssessed && f.Verdict != claims.Opinion && f.Verdict != claims.VerdictUnknown {
			return true
		}
	}
	return false
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
