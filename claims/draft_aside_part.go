package claims

import (
	"strconv"
	"strings"
)

// asidePart drafts the mention ms[k] of the sentence s as a part of the
// package of its own that the mention straight before it made, when
// ms[k] opens an aside in brackets after it with "including" and the
// aside ends after ms[k] with no figure more: "previous awards of
// £440,579 from the government’s Community Renewal Fund (including
// £47,909 match funding from the Council)". The aside names some of that
// money, so the package is partial; the part's title is the aside's words
// after its figure. It reports whether it did.
func (d *drafter) asidePart(s Span, k int) bool {
	n := len(d.otherFrom) - 1
	if k == 0 || n < 0 || d.otherFrom[n] != k-1 || d.ms[k-1].Start < s.Start {
		return false
	}
	m := d.ms[k]
	between := d.text[d.ms[k-1].End:m.Start]
	open := strings.LastIndexByte(between, '(')
	if open < 0 || strings.TrimSpace(between[open+1:]) != "including" {
		return false
	}
	end := min(s.End, m.End+120)
	if k+1 < len(d.ms) {
		end = min(end, d.ms[k+1].Start)
	}
	c := strings.IndexByte(d.text[m.End:end], ')')
	if c < 0 {
		return false
	}
	a := allocationOf(m)
	var fields []Field
	if at := (Span{m.End, m.End + c}); strings.TrimSpace(d.in(at)) != "" {
		at = trimSpan(d.text, at)
		a.Title = d.in(at)
		fields = append(fields, Field{".title", at, Inferred})
	}
	d.addAllocation(n+1, a, fields, m)
	d.others[n].Partial = true
	d.field("packages["+strconv.Itoa(n+1)+"].partial", Span{d.ms[k-1].End + open + 1, m.Start}, Inferred)
	d.placed[k] = true
	return true
}

// trimSpan returns s without the spaces that open or close its words.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End && text[s.Start] == ' ' {
		s.Start++
	}
	for s.End > s.Start && text[s.End-1] == ' ' {
		s.End--
	}
	return s
}
