package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file reads the items of a list that names each recipient "with" a
// rise whose sum stands in brackets after it: "Some of the big winners
// are: the Mercury Theatre, Colchester with a 120% increase (£379,228);
// the Komedia, Brighton with a 238% increase (£95,000)".

// maxWithWords is how many words may stand between "with" and the
// bracket: "with a 120 per cent increase".
const maxWithWords = 6

// risingNouns name the rise a recipient gets "with": "with a 25% increase
// (£129,155)".
var risingNouns = []string{"increase", "rise", "uplift", "boost", "award", "grant"}

// bracketedWith returns a given to the recipient a list item names before
// "with" and the words of its rise, whose sum, the mention m, stands in
// brackets after them in the sentence s. The name is the capitalised
// words before "with", a place after a comma among them ("the Mercury
// Theatre, Colchester"), without the article before it; the item opens
// the sentence or follows a determiner, "and", a comma, a colon or a
// semicolon. It returns false if the words are not so.
func (d *drafter) bracketedWith(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	if m.Start-1 <= s.Start || d.text[m.Start-1] != '(' || m.End >= len(d.text) || d.text[m.End] != ')' {
		return a, nil, false
	}
	var buf [16]tok
	before := wordsOf(d.text, Span{max(s.Start, m.Start-160), m.Start - 1}, buf[:0])
	n := len(before)
	if n < 3 || strings.TrimSpace(d.text[before[n-1].end:m.Start-1]) != "" || !containsString(risingNouns, before[n-1].w) {
		return a, nil, false
	}
	w := n - 2
	for w >= 0 && n-w <= maxWithWords+1 && before[w].w != "with" {
		if clauseBreak(d.text[before[w].end:before[w+1].start]) {
			return a, nil, false
		}
		w--
	}
	if w < 1 || before[w].w != "with" || clauseBreak(d.text[before[w].end:before[w+1].start]) {
		return a, nil, false
	}
	start := w
	for start > 0 && capitalised(d.text, before[start-1]) {
		gap := d.text[before[start-1].end:before[start].start]
		if start < w && clauseBreak(gap) {
			// One place after a comma ends the name: "Theatre, Colchester".
			if strings.TrimSpace(gap) != "," || start != w-1 {
				break
			}
		}
		start--
	}
	if start == w || strings.TrimSpace(d.text[before[w-1].end:before[w].start]) != "" {
		return a, nil, false
	}
	// The item joins the list, or opens the sentence.
	if start > 0 {
		prev := before[start-1]
		gap := d.text[prev.end:before[start].start]
		if !isDeterminer(prev.w) && prev.w != "and" && !strings.ContainsAny(gap, ",;:") {
			return a, nil, false
		}
	} else if strings.TrimSpace(d.text[s.Start:before[0].start]) != "" {
		return a, nil, false
	}
	at := Span{before[start].start, before[w-1].end}
	return d.toRecipient(a, at)
}
