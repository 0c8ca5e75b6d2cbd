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
// clause, at most sixteen words before, a verb of bringing, "the", "its"
// or "their", at most two words and "total" ("and it brings the total
// funding provided directly to councils during the pandemic so far to
// £6.4 billion", "taking the total to £5m", "brings its extra funding
// total to £24,199,162"); or whether s opens "The total of" or "The total
// for" and m comes straight after a verb of being, within 160 bytes of
// its start ("The total of government funding for councils is
// £4.3billion"); or whether a part before it brings a recipient's money to
// it, said as what it has received to date (see receivedToDate).
func (d *drafter) runningTotal(s Span, m currency.Mention) bool {
	if d.receivedToDate(s, m) {
		return true
	}
	var buf [20]tok
	from := max(s.Start, runeStartBefore(d.text, m.Start-160))
	ts := wordsOf(d.text, Span{from, m.Start}, buf[:0])
	n := len(ts)
	if n < 4 || clauseBreak(d.text[ts[n-1].end:m.Start]) {
		return false
	}
	if ts[n-1].w != "to" {
		return from == s.Start && d.statedTotal(ts)
	}
	for k := n - 2; k >= 2 && k >= n-17; k-- {
		if clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			return false
		}
		if ts[k].w != "total" {
			continue
		}
		for j := k - 1; j >= 1 && j >= k-3; j-- {
			if (ts[j].w == "the" || ts[j].w == "its" || ts[j].w == "their") && slices.Contains(totalVerbs, ts[j-1].w) {
				return true
			}
		}
	}
	return false
}

// totalIs are the verbs that state a total: "The total of … is £4.3bn".
var totalIs = []string{"is", "was", "stands", "comes", "came"}

// statedTotal reports whether ts, the words of a sentence up to a
// mention, open "The total of" or "The total for" and end with a verb of
// totalIs (or "stands at", "comes to") straight before the mention, all
// in the clause the sentence opens with.
func (d *drafter) statedTotal(ts []tok) bool {
	n := len(ts)
	if n < 4 || ts[0].w != "the" || ts[1].w != "total" || ts[2].w != "of" && ts[2].w != "for" {
		return false
	}
	if clauseBreak(d.text[ts[0].end:ts[n-1].end]) {
		return false
	}
	last := n - 1
	if (ts[last].w == "at" || ts[last].w == "to") && last > 3 {
		last--
	}
	return slices.Contains(totalIs, ts[last].w)
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
	if len(ts) < 2 {
		return false, false
	}
	verb := ts[1]
	switch {
	case ts[0].w == "this" || ts[0].w == "it" || ts[0].w == "that":
	case ts[0].w == "the" && len(ts) > 2 && slices.Contains(moneyNouns, ts[1].w):
		// "The funding, which has been allocated as part of the October
		// monitoring round, includes £49.4 million …": the money named
		// again, its verb after a relative clause set off by commas.
		v, ok := d.verbAfterAside(s, ts[1].end)
		if !ok {
			return false, false
		}
		verb = v
	default:
		return false, false
	}
	includes = strings.HasPrefix(verb.w, "includ")
	return includes, includes || strings.HasPrefix(verb.w, "compris")
}

// verbAfterAside returns the word after a relative clause set off by
// commas straight after offset at of the sentence s (", which … ,"), the
// clause's main verb: "The funding, which has been allocated …, includes".
func (d *drafter) verbAfterAside(s Span, at int) (tok, bool) {
	rest := d.text[at:s.End]
	if !strings.HasPrefix(rest, ", which ") && !strings.HasPrefix(rest, ", that ") {
		return tok{}, false
	}
	c := strings.IndexByte(rest[2:], ',')
	if c < 0 || strings.ContainsAny(rest[2:2+c], "£$€") {
		return tok{}, false
	}
	var buf [1]tok
	ts := wordsOf(d.text, Span{at + 2 + c + 1, min(s.End, at+2+c+40)}, buf[:0])
	if len(ts) == 0 {
		return tok{}, false
	}
	return ts[0], true
}

// listedTotal reports whether the mention ms[k] of the sentence s is a
// running total (see runningTotal) in the narrative: money of which the
// package is a part or the latest, a package of its own, so that the
// figure has its place, whether or not the next money lists its parts in
// a sentence opening "This includes …" (see totalParts). But one that
// the package, named by a noun of money with no figure, takes money to,
// with no parts listed ("This latest package takes the total amount of
// … support for local authorities to almost half a billion pounds", "The
// new round of cash injections … takes the total released over the last
// two years to £112m"), is the level the package's money comes to, which
// the record holds in no field: it is noted and placed. A running total a
// speaker gives is their claim's to weigh, and one that a top-up in the
// same sentence brings money to ("a further £3 billion … has been
// confirmed, taking the total … to over £11 billion") is where that
// package's change goes to, not a package of its own.
func (d *drafter) listedTotal(s Span, k int) bool {
	if d.quoted(span(d.ms[k])) || !d.runningTotal(s, d.ms[k]) || d.sumOfKnown(d.ms[k]) {
		return false
	}
	for i := k - 1; i >= 0 && d.ms[i].Start >= s.Start; i-- {
		if d.leadsFurther(d.ms[i]) {
			return false
		}
	}
	if !d.packageTakesTotal(s, d.ms[k]) {
		return true
	}
	if i, _ := d.sentSearch(s.End); i < len(d.sents) {
		if _, ok := d.opensListing(d.sents[i]); ok {
			return true
		}
	}
	d.note(span(d.ms[k]), "“"+d.ms[k].Figure.Text()+"” is the running total the package takes the money to, and no sentence lists its parts: it is not placed")
	d.placed[k] = true
	return false
}

// packageTakesTotal reports whether the running total m of the sentence
// s is brought to by a subject that names money by a noun (see
// moneyNouns, and "round") with no figure, opening the sentence before
// the verb of bringing (see totalVerbs): "This latest package takes the
// total … to", not "It brings the total … to" nor "Newham’s £4m share
// brings its extra funding total to".
func (d *drafter) packageTakesTotal(s Span, m currency.Mention) bool {
	var buf [24]tok
	ts := wordsOf(d.text, Span{s.Start, m.Start}, buf[:0])
	v := slices.IndexFunc(ts, func(t tok) bool { return slices.Contains(totalVerbs, t.w) })
	if v <= 0 || d.hasMoney(Span{s.Start, ts[v].start}) {
		return false
	}
	return slices.ContainsFunc(ts[:v], func(t tok) bool {
		w := strings.TrimSuffix(t.w, "s")
		return w == "round" || slices.Contains(moneyNouns, w)
	})
}

// sumOfKnown reports whether the mention m is the headline's money plus
// that of a package drafted apart before it: lancashiretelegraph-2024's
// "This brings the total amount provided by … community fund to
// £215,000", after "a further £125,000" and "£90,000 provided earlier this
// year", adds up money the record holds, no package of its own.
func (d *drafter) sumOfKnown(m currency.Mention) bool {
	if d.headline < 0 {
		return false
	}
	head := d.ms[d.headline].Figure.Nominal()
	for _, o := range d.others {
		sum, err := head.Add(o.Headline.Nominal())
		if err != nil {
			continue
		}
		if c, err := sum.Compare(m.Figure.Nominal()); err == nil && c == 0 {
			return true
		}
	}
	return false
}
