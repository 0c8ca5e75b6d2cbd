package claims

import (
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// This file drafts the package's measures, the counts an article gives of
// whom or what the money is for: "about 9,000 historic cases", "around
// 24,000 adults in London experience serious sexual assault or rape" (each
// year), and counts narrowed from one before: "after reviewing 2,200 of
// them only about 1,200 remained in scope" are 2,200 cases reviewed and
// about 1,200 cases in scope.

// countQualifierWords are the words before a number that qualify a count,
// as funding.ParseCount reads them, the longest first, each split into
// its words.
var countQualifierWords = fields(
	"in excess of", "no fewer than", "no more than", "no less than", "a minimum of", "a maximum of",
	"more than", "fewer than", "less than", "at least", "at most", "up to", "just under", "an estimated",
	"approximately", "around", "roughly", "about", "circa", "some", "nearly", "almost", "over", "under",
)

// fields returns each phrase split into its words.
func fields(phrases ...string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = strings.Fields(p)
	}
	return out
}

// nounStops end the noun phrase after a count.
var nounStops = [...]string{
	"in", "of", "who", "that", "which", "were", "was", "are", "is", "have", "had", "has", "could", "would",
	"will", "can", "may", "might", "each", "every", "a", "an", "the", "per", "to", "from", "with", "by", "at",
	"on", "and", "or", "across", "since", "over", "under", "after", "before", "this", "last", "for", "as",
	"than", "but", "remained", "remain", "experience", "experienced", "received", "receive", "being", "more",
	"fewer", "less", "into", "out", "between", "they", "their", "so", "only", "about",
}

// remainVerbs say what a bare count, "about 1,200 remained in scope", is
// of: the things counted before, where the words after put them.
var remainVerbs = [...]string{"remained", "remain", "remains", "were", "are", "stayed", "stay", "stood", "fell"}

// notCounted are nouns after a number that make it no count of whom or
// what money is for.
var notCounted = [...]string{"times", "fold", "per", "percent", "cent", "pc", "times", "thirds", "quarters", "half", "point", "points", "o'clock", "am", "pm"}

// draftMeasures drafts a measure for each count of things, other than
// money, times, dates and percentages, that the body gives.
func (d *drafter) draftMeasures() {
	var head string // the head noun of the last measure, for "of them"
	last := -1      // the index of the last measure
	for _, s := range d.sents {
		if !hasDigit(d.in(s)) {
			continue
		}
		d.toks = wordsOf(d.text, s, d.toks[:0])
		ts := d.toks
		for k := 0; k < len(ts); k++ {
			t := ts[k]
			if !isNumber(t.w) || d.inMoney(t.start) || d.notCount(ts, k) {
				continue
			}
			q, qs := d.qualifier(ts, k)
			c, err := funding.ParseCount(strings.TrimSpace(q + " " + t.w))
			if err != nil {
				continue
			}
			start := t.start
			if qs >= 0 {
				start = ts[qs].start
			}
			var m funding.Measure
			m.Count = c
			end := t.end
			conf := Inferred
			derived := false
			n := k + 1
			for n < len(ts) && n-k <= 4 && !isOneOf(ts[n].w, nounStops[:]) && !capitalised(d.text, ts[n]) && !isNumber(ts[n].w) {
				n++
			}
			switch {
			case n > k+1:
				m.Noun = d.text[ts[k+1].start:ts[n-1].end]
				end = ts[n-1].end
				m.Unit = singular(ts[n-1].w)
				if n-k > 2 {
					m.Unit = d.text[ts[k+1].start:ts[n-2].end] + " " + m.Unit
				}
			case head != "" && n+1 < len(ts) && ts[n].w == "of" && (ts[n+1].w == "them" || ts[n+1].w == "those" || ts[n+1].w == "these"):
				// "reviewing 2,200 of them": the things before, reviewed.
				m.Noun = head
				if k > 0 && strings.HasSuffix(ts[k-1].w, "ing") && len(ts[k-1].w) > 5 {
					m.Noun += " " + strings.TrimSuffix(ts[k-1].w, "ing") + "ed"
				}
				end, conf, derived = ts[n+1].end, Guessed, true
			case head != "" && n+2 < len(ts) && isOneOf(ts[n].w, remainVerbs[:]) && (ts[n+1].w == "in" || ts[n+1].w == "within" || ts[n+1].w == "under"):
				// "about 1,200 remained in scope": the things before, in scope.
				m.Noun = head + " " + ts[n+1].w + " " + ts[n+2].w
				end, conf, derived = ts[n+2].end, Guessed, true
			default:
				continue
			}
			if d.uncounted(ts[k+1 : n]) {
				continue
			}
			if derived {
				m.Unit = singular(head) + strings.TrimPrefix(m.Noun, head)
				if last >= 0 {
					// The money is for the narrower count, not the one it narrows.
					d.pkg.Measures[last].Unit = ""
				}
			} else {
				head = ts[n-1].w
			}
			if p := hasAnyPhrase(ts, "each year", "every year", "a year", "per year", "annually"); p != "" {
				m.Note = p
			}
			last = len(d.pkg.Measures)
			d.field("packages[0].measures["+strconv.Itoa(last)+"]", Span{start, end}, conf)
			d.pkg.Measures = append(d.pkg.Measures, m)
			k = n
		}
	}
}

// uncounted reports whether the noun words after a number make it no
// count of whom or what money is for: "three times", "15 years", "5
// working days".
func (d *drafter) uncounted(noun []tok) bool {
	for _, t := range noun {
		if isOneOf(t.w, notCounted[:]) || isTimeUnit(t.w) {
			return true
		}
	}
	return false
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// isNumber reports whether w is a number in digits: "24,000", "2200".
func isNumber(w string) bool {
	if w == "" || !isDigit(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != ',' {
			return false
		}
	}
	return true
}

// inMoney reports whether offset lies inside a money mention.
func (d *drafter) inMoney(offset int) bool {
	i := searchMention(d.ms, offset+1) - 1
	return i >= 0 && d.ms[i].Start <= offset && offset < d.ms[i].End
}

// notCount reports whether the number ts[k] is a year, a day of a date, a
// percentage or a time rather than a count.
func (d *drafter) notCount(ts []tok, k int) bool {
	w := ts[k].w
	if calendarYear(w) != 0 {
		return true
	}
	if k+1 < len(ts) && (monthOf(ts[k+1].w) != 0 || isTimeUnit(ts[k+1].w)) || k > 0 && monthOf(ts[k-1].w) != 0 {
		return true
	}
	rest := d.text[ts[k].end:]
	return strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, " per cent") || strings.HasPrefix(rest, " percent") ||
		strings.HasPrefix(rest, ".") && len(rest) > 1 && isDigit(rest[1])
}

// qualifier returns the qualifier words before ts[k] and the index of
// their first word, or "" and -1.
func (d *drafter) qualifier(ts []tok, k int) (string, int) {
	for _, ws := range countQualifierWords {
		if k >= len(ws) && matchWords(ts[k-len(ws):], ws) {
			return strings.Join(ws, " "), k - len(ws)
		}
	}
	return "", -1
}

// hasAnyPhrase returns the first of the phrases in ts, or "".
func hasAnyPhrase(ts []tok, phrases ...string) string {
	for _, p := range phrases {
		if hasPhrase(ts, p) >= 0 {
			return p
		}
	}
	return ""
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
