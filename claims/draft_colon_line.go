package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// colonLine returns a with its recipient read from the name before a
// colon when the sentence s is a list's line of its own, the name, a
// colon and the mention m's figure and nothing after it but a full stop
// ("Cheshire and Warrington Combined Authority: £21.7 million per year"),
// under a line that introduces the list with a colon ("These are:"), as
// releases list recipients' sums. It returns false if the words are not
// so.
func (d *drafter) colonLine(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	name, ok := d.colonName(s, m)
	if !ok {
		return a, nil, false
	}
	p, ok := d.paraStarting(s.Start)
	if !ok {
		return a, nil, false
	}
	// The lines above it may be the list's lines too.
	lead := d.underListLead(p, len(d.paras), func(line Span) bool {
		i, j := d.mentionsIn(line)
		if i+1 != j {
			return false
		}
		_, ok := d.colonName(line, d.ms[i])
		return ok
	})
	if !lead {
		return a, nil, false
	}
	return d.toRecipient(a, name)
}

// colonName returns the name before the colon of the line s, when s is
// one to eight words of a name (capitalised, or the small words inside
// one), a colon, the mention m and at most a full stop.
func (d *drafter) colonName(s Span, m currency.Mention) (Span, bool) {
	if m.Start-2 <= s.Start || d.text[m.Start-2:m.Start] != ": " || strings.Trim(d.text[m.End:s.End], " .;") != "" {
		return Span{}, false
	}
	var buf [9]tok
	ts := wordsOf(d.text, Span{s.Start, m.Start - 2}, buf[:0])
	if len(ts) == 0 || len(ts) > 8 || ts[0].start != s.Start || !capitalised(d.text, ts[0]) {
		return Span{}, false
	}
	for k, t := range ts {
		if !capitalised(d.text, t) && !slices.Contains(nameJoiners, t.w) {
			return Span{}, false
		}
		if k > 0 && clauseBreak(d.text[ts[k-1].end:t.start]) {
			return Span{}, false
		}
	}
	return Span{s.Start, ts[len(ts)-1].end}, true
}
