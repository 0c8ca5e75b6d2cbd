package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// This file reads a running total the narrative gives after the package
// ("it brings the total funding provided directly to councils … so far to
// £6.4 billion") and the parts the next sentence lists of it ("This
// includes £4.6 billion in unringfenced funding, £1.1 billion from …"):
// money of which the package is only the latest, a package of its own.

// totalVerbs bring a running total to a figure: "brings the total to".
var totalVerbs = []string{"brings", "bring", "bringing", "brought", "takes", "take", "taking", "took", "raises", "raising", "raised"}

// runningTotal reports whether the mention m of the sentence s is a
// running total the package adds to: "to" straight before it, and in its
// clause, at most sixteen words before, a verb of bringing and "the
// total" or "its total" ("and it brings the total funding provided
// directly to councils during the pandemic so far to £6.4 billion",
// "taking the total to £5m").
func (d *drafter) runningTotal(s Span, m currency.Mention) bool {
	var buf [20]tok
	ts := wordsOf(d.text, Span{max(s.Start, runeStartBefore(d.text, m.Start-160)), m.Start}, buf[:0])
	n := len(ts)
	if n < 4 || ts[n-1].w != "to" || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return false
	}
	for k := n - 2; k >= 2 && k >= n-17; k-- {
		if clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			return false
		}
		if ts[k].w == "total" && (ts[k-1].w == "the" || ts[k-1].w == "its") && slices.Contains(totalVerbs, ts[k-2].w) {
			return true
		}
	}
	return false
}

// totalParts drafts the figures of the sentence s, the mentions ms[i:j],
// as the parts of the running total that is the last money before it, a
// package of its own (see listedTotal), if s opens by referring back to
// it with a verb including or comprising
// ("This includes £4.6 billion in unringfenced funding, £1.1 billion from
// the Infection Control Fund, £300 million to support Test and Trace"),
// and reports whether it did. The parts must add up to no more than the
// total; "includes" makes the list partial.
func (d *drafter) totalParts(s Span, i, j int) bool {
	n := len(d.others) - 1
	if n < 0 || i == 0 || d.otherFrom[n] != i-1 {
		return false
	}
	prev := d.sentenceOf(d.ms[i-1])
	if prev.IsZero() || prev == s || !d.runningTotal(prev, d.ms[i-1]) {
		return false
	}
	includes, ok := d.opensListing(s)
	if !ok {
		return false
	}
	whole := d.others[n].Headline.Nominal()
	var sum currency.Amount
	var parts []int
	for k := i; k < j; k++ {
		m := d.ms[k]
		if rateOrConversion(m) || d.placed[k] {
			continue
		}
		var err error
		if sum, err = sum.Add(m.Figure.Nominal()); err != nil {
			return false
		}
		parts = append(parts, k)
	}
	if c, err := sum.Compare(whole); len(parts) == 0 || err != nil || c > 0 {
		return false
	}
	for _, k := range parts {
		m := d.ms[k]
		a, fields, ok := d.allocation(s, m)
		if !ok {
			a, fields = allocationOf(m), nil
			if at := d.clause(wordsOf(d.text, Span{m.End, s.End}, nil)); !at.IsZero() {
				a.Title = d.in(at)
				fields = []Field{{".title", at, Inferred}}
			}
		}
		d.addAllocation(n+1, a, fields, m)
		d.placed[k] = true
	}
	if includes {
		d.others[n].Partial = true
		d.field("packages["+strconv.Itoa(n+1)+"].partial", s, Inferred)
	}
	return true
}

// opensListing reports whether the sentence s opens by referring back with
// a verb including or comprising ("This includes …", "It comprises …"),
// and whether the verb is one of including, which makes the list partial.
func (d *drafter) opensListing(s Span) (includes, ok bool) {
	var buf [3]tok
	ts := wordsOf(d.text, Span{s.Start, min(s.End, s.Start+40)}, buf[:0])
	if len(ts) < 2 || ts[0].w != "this" && ts[0].w != "it" && ts[0].w != "that" {
		return false, false
	}
	includes = strings.HasPrefix(ts[1].w, "includ")
	return includes, includes || strings.HasPrefix(ts[1].w, "compris")
}

// listedTotal reports whether the mention ms[k] of the sentence s is a
// running total (see runningTotal) whose parts the next money lists, in a
// sentence opening "This includes …" (see opensListing): one the article
// gives a place of its own. A running total the article does not break
// down ("taking the total overall amount of pandemic support to over £11
// billion") is left to the notes.
func (d *drafter) listedTotal(s Span, k int) bool {
	if k+1 >= len(d.ms) || !d.runningTotal(s, d.ms[k]) {
		return false
	}
	next := d.sentenceOf(d.ms[k+1])
	if next.IsZero() || next == s {
		return false
	}
	_, ok := d.opensListing(next)
	return ok
}
