package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// This file drafts the package's measures, the counts an article gives of
// whom or what the money is for: "about 9,000 historic cases", "around
// 24,000 adults in London experience serious sexual assault or rape" (each
// year), and a count narrowed from one before: "after reviewing 2,200 of
// them only about 1,200 remained in scope". It reads counts as a
// quotation's are read (quoteDrafter.counts), so that a claim's count and
// the measure it is weighed against have the same noun.

// draftMeasures drafts a measure for each count of things, other than
// money, times, dates and percentages, that a sentence of the body gives:
// one for a count, and two for a whole and its part, of which only the
// part has a unit (the money is for the narrower count). A count in a
// quotation is at most Inferred, with a note.
func (d *drafter) draftMeasures() {
	var qd quoteDrafter // its noun carries "them" from one sentence to the next
	var amounts []StatedAmount
	var ws []qword
	var starts []int // where the sentence's counts start, in order
	for _, s := range d.sents {
		text := d.in(s)
		if !d.countable(s) {
			continue
		}
		// counts needs only where the sentence's money is, to leave it out.
		amounts = amounts[:0]
		for i, j := d.mentionsIn(s); i < j; i++ {
			amounts = append(amounts, StatedAmount{Span: Span{d.ms[i].Start - s.Start, d.ms[i].End - s.Start}})
		}
		var r asserted
		ws = qwords(text, ws[:0])
		qd.counts(text, ws, amounts, &r)
		if len(r.as) == 0 {
			continue
		}
		term, termAt := "", 0 // "each year", and where it is in the sentence
		d.toks = wordsOf(d.text, s, d.toks[:0])
		for _, p := range [...]string{"each year", "every year", "a year", "per year", "annually"} {
			if k := hasPhrase(d.toks, p); k >= 0 {
				term, termAt = p, d.toks[k].start-s.Start
				break
			}
		}
		starts = starts[:0]
		for _, a := range r.as {
			starts = append(starts, a.Where().Start)
		}
		slices.Sort(starts)
		for i, a := range r.as {
			at := shift(a.Where(), s.Start)
			note := termOf(term, termAt, a.Where(), starts)
			switch a := a.(type) {
			case CountClaim:
				c := r.sure[i]
				if d.notPackagesCount(s, at) {
					continue
				}
				if d.inMarks(at) {
					// A speaker's count: the claim stating it would be weighed
					// against itself.
					c = min(c, Inferred)
					d.note(at, "“"+d.in(at)+"” is a speaker's count, drafted as a measure from their own words, so their claim is weighed against itself: confirm it from another source")
				}
				if !d.inMarks(at) && (d.shareTheMoney(s, at, a.Count, a.Noun) || d.sharedInNext(s, at, a.Count, a.Noun) || d.fundedCount(s, at, a.Count, a.Noun)) {
					continue
				}
				d.measure(funding.Measure{Count: a.Count, Noun: a.Noun, Unit: unitOf(a.Noun), Note: note}, at, c)
			case RatioClaim:
				n, m := a.Denominator, a.Numerator
				if n.Count.IsZero() || m.Count.IsZero() {
					continue
				}
				if k, ok := d.measureNoun[n.Noun]; ok {
					// "2,200 of them" narrows it: the money is for the part.
					d.pkg.Measures[k].Unit = ""
				}
				whole := d.narrowed(n.Noun, n.Count, at)
				part := d.narrowed(m.Noun, m.Count, at)
				d.measure(funding.Measure{Count: n.Count, Noun: whole, Note: note}, at, Guessed)
				d.measure(funding.Measure{Count: m.Count, Noun: part, Unit: unitOf(part), Note: note}, at, Guessed)
			}
		}
	}
}

// shareTheMoney drafts the count c of noun, read at at, the subject of
// the sentence s, as the package's recipients, sharing the whole, and
// reports whether it did, where a verb of receiving or "offered" makes
// them receive the money named back ("Over 300 charities are being
// offered the funding"), rather than what it pays for. The package must
// have a headline and no allocations, so that the whole is theirs alone.
func (d *drafter) shareTheMoney(s, at Span, c funding.Count, noun string) bool {
	if pre := strings.TrimSpace(d.text[s.Start:at.Start]); d.headline < 0 || len(d.pkg.Allocations) > 0 || pre != "" && pre != "The" ||
		!strings.HasSuffix(d.in(at), noun) {
		return false
	}
	ts := wordsOf(d.text, Span{at.End, min(s.End, at.End+80)}, nil)
	k := 0
	for k < len(ts) && (isAuxiliary(ts[k].w) || ts[k].w == "being") {
		k++
	}
	if k+2 >= len(ts) || !receiveVerb(ts[k].w) && ts[k].w != "offered" && ts[k].w != "share" ||
		ts[k+1].w != "the" && ts[k+1].w != "this" || !cashNoun(token{s: ts[k+2].w}) && ts[k+2].w != "fund" ||
		clauseBreak(d.text[at.End:ts[k+2].end]) {
		return false
	}
	d.wholeToCount(d.ms[d.headline], c, at, at, Span{at.End - len(noun), at.End}, false)
	return true
}

// termOf returns the term ("each year") at offset at of a sentence if it
// belongs to the count at c, given where the sentence's counts start, in
// order: when it follows c before the next count, or comes before every
// count ("Each year, 150 libraries and 3,000 staff"); else "".
func termOf(term string, at int, c Span, starts []int) string {
	if term == "" || len(starts) > 0 && at < starts[0] {
		return term
	}
	if at < c.End {
		return ""
	}
	if k, _ := slices.BinarySearch(starts, c.End); k < len(starts) && starts[k] < at {
		return "" // the next count's
	}
	return term
}

// measure adds the measure m, read from the span at, unless the package
// has a measure of that noun already or its noun is a time ("5 working
// days"); a count of a noun measured already is drafted under the noun
// its passive verb narrows it to, if it has one (passiveNoun).
func (d *drafter) measure(m funding.Measure, at Span, c Confidence) {
	for _, t := range wordsOf(m.Noun, Span{0, len(m.Noun)}, nil) {
		if isTimeUnit(t.w) {
			return
		}
	}
	if k, ok := d.measureNoun[m.Noun]; ok {
		o := d.pkg.Measures[k]
		if o.Count.Equal(m.Count) {
			return
		}
		n, ok := d.passiveNoun(m.Noun, at)
		if _, had := d.measureNoun[n]; !ok || had {
			d.note(at, "a count of "+m.Noun+", "+m.Count.String()+", besides the measure of "+o.Count.String()+": not drafted as a measure")
			return
		}
		// "some 15,000 schools would have been improved" beside "about
		// 5,000 schools": other schools, the ones improved.
		m.Noun = n
	}
	if d.measureNoun == nil {
		d.measureNoun, d.measureCount = make(map[string]int), make(map[funding.Count]int)
	}
	n := len(d.pkg.Measures)
	d.measureNoun[m.Noun] = n
	if _, two := d.measureCount[m.Count]; two {
		d.measureCount[m.Count] = -1 // two measures of one count: neither is the one
	} else {
		d.measureCount[m.Count] = n
	}
	d.field("packages[0].measures["+strconv.Itoa(n)+"]", at, c)
	d.pkg.Measures = append(d.pkg.Measures, m)
}

// remainVerbs join a counted noun to where the count leaves it: "cases
// that remained in scope".
var remainVerbs = []string{"remained", "remain", "remains", "were", "are", "was", "is", "stayed", "stay"}

// narrowed returns the noun of a whole or part of a count read in the span
// at: "historic cases that remained in scope" is "cases in scope", and the
// whole "2,200" of "after reviewing 2,200 of them" counts "cases
// reviewed" (its verb's past participle after the head noun).
func (d *drafter) narrowed(noun string, c funding.Count, at Span) string {
	ws := wordsOf(noun, Span{0, len(noun)}, nil)
	for k := 1; k+2 < len(ws); k++ {
		if ws[k].w == "that" && slices.Contains(remainVerbs, ws[k+1].w) {
			return noun[ws[k-1].start:ws[k-1].end] + noun[ws[k+1].end:]
		}
	}
	ts := wordsOf(d.text, at, nil)
	for k := 1; k < len(ts); k++ {
		if pre := ts[k-1].w; ts[k].w == c.String() && strings.HasSuffix(pre, "ing") && len(pre) > 5 && len(ws) > 0 {
			return noun[ws[len(ws)-1].start:ws[len(ws)-1].end] + " " + strings.TrimSuffix(pre, "ing") + "ed"
		}
	}
	return noun
}

// countable reports whether the sentence s has a digit outside its money,
// which a count needs.
func (d *drafter) countable(s Span) bool {
	at := s.Start
	for i, j := d.mentionsIn(s); i < j; i++ {
		if hasDigit(d.text[at:d.ms[i].Start]) {
			return true
		}
		at = d.ms[i].End
	}
	return hasDigit(d.text[at:s.End])
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// unitOf returns the unit of a counted noun, one of what it counts: its
// head word made singular, "cases in scope" is "case in scope", "historic
// cases that remained in scope" "historic case that remained in scope".
func unitOf(noun string) string {
	ws := wordsOf(noun, Span{0, len(noun)}, nil)
	head := len(ws) - 1
	for k, t := range ws {
		if k > 0 && slices.Contains([]string{"in", "of", "that", "who", "which", "from", "with", "at", "on", "under", "for"}, t.w) {
			head = k - 1
			break
		}
	}
	if head < 0 {
		return noun
	}
	t := ws[head]
	return noun[:t.start] + singular(noun[t.start:t.end]) + noun[t.end:]
}

// singular returns a plural noun's singular by the common rules:
// "cases" is "case", "adults" "adult", "families" "family"; "people" is
// "person".
func singular(w string) string {
	switch {
	case w == "people":
		return "person"
	case w == "children":
		return "child"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
