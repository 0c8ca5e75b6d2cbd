package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// This file reads the items of a list whose sums stand in brackets after
// words that are not a name, which bracketed leaves: what the money is
// for ("awarded for play (£6400), arts (£1550) and public health
// (£6900)") and a count of recipients with the sum each gets ("and five
// community organisations (£7500 each)").

// maxItemWords is how many words before a bracketed sum an item of a list
// may have.
const maxItemWords = 4

// itemBefore returns the words of the list item before the bracket that
// opens just before the mention m, in the sentence s: the words back to
// the comma, "and", "for" or "to" that joins the item to the list, at most
// maxItemWords, all in lower case and none a function word but "and"
// inside the item's last words ("voluntary and community groups" is one
// item only after a count, see bracketedEach). It returns nil if the
// figure is not bracketed so or the words are not so.
func (d *drafter) itemBefore(s Span, m currency.Mention) []tok {
	if m.Start-1 <= s.Start || d.text[m.Start-1] != '(' {
		return nil
	}
	var buf [maxItemWords + 2]tok
	before := d.wordsInReach(s, m, 60, buf[:0]) // the bracket that opens before m is no word
	n := len(before)
	if n == 0 || strings.TrimSpace(d.text[before[n-1].end:m.Start-1]) != "" {
		return nil
	}
	start := n
	for start > 0 && n-start < maxItemWords {
		t := before[start-1]
		if capitalised(d.text, t) || functionWord(t.w) || t.w == "for" {
			break
		}
		if start < n && clauseBreak(d.text[t.end:before[start].start]) {
			break
		}
		start--
	}
	if start == n {
		return nil
	}
	// The item is joined to the list: a comma before it, "and", or "for"
	// or "to" before the list's first item ("awarded for play (£6400)",
	// "go to libraries (£4,000)").
	switch {
	case start > 0 && (before[start-1].w == "and" || before[start-1].w == "for" || before[start-1].w == "to"):
	case start > 0 && strings.HasSuffix(strings.TrimSpace(d.text[before[start-1].end:before[start].start]), ","):
	default:
		return nil
	}
	return before[start:n]
}

// bracketedItem returns a with what it is for read from the lower-case
// words of a list item before the mention m, whose figure stands in
// brackets after them, when another figure of the sentence s stands in
// brackets too, so that the sentence lists: "Grants have also been
// awarded for …, play (£6400), arts (£1550), sports (£10500) and public
// health (£6900)". It returns false if the words are not so.
func (d *drafter) bracketedItem(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	if m.End >= len(d.text) || d.text[m.End] != ')' || !d.bracketedOther(s, m) {
		return a, nil, false
	}
	what := d.itemBefore(s, m)
	if what == nil {
		return a, nil, false
	}
	return d.purposeAllocation(a, what, Span{})
}

// bracketedOther reports whether a figure of the sentence s other than
// the mention m stands in brackets.
func (d *drafter) bracketedOther(s Span, m currency.Mention) bool {
	i, j := d.mentionsIn(s)
	for k := i; k < j; k++ {
		o := d.ms[k]
		if o.Start != m.Start && o.Start > s.Start && d.text[o.Start-1] == '(' && o.End < len(d.text) && strings.HasPrefix(d.text[o.End:], ")") {
			return true
		}
	}
	return false
}

// bracketedEach returns the allocation of a count of recipients that a
// list names with the exact sum each gets in brackets after them: "Age UK
// (£17,000), … and five community organisations (£7500 each)" is £37,500
// to five community organisations. The count opens the item's words, and
// the words after it name the recipients.
func (d *drafter) bracketedEach(s Span, m currency.Mention) (funding.Allocation, []Field, bool) {
	if m.Figure.Bound() != currency.Exact || !exactAmount(m.Figure) {
		return funding.Allocation{}, nil, false
	}
	rest := d.text[m.End:s.End]
	if !strings.HasPrefix(rest, " each)") && !strings.HasPrefix(rest, " apiece)") {
		return funding.Allocation{}, nil, false
	}
	what := d.itemBefore(s, m)
	if len(what) < 2 {
		return funding.Allocation{}, nil, false
	}
	n, err := funding.ParseCount(what[0].w)
	if err != nil || !n.IsExact() || n.Value() < 2 {
		return funding.Allocation{}, nil, false
	}
	total, err := m.Figure.Nominal().MulInt(n.Value())
	if err != nil {
		return funding.Allocation{}, nil, false
	}
	title := Span{what[0].start, what[len(what)-1].end}
	who := Span{what[1].start, what[len(what)-1].end}
	a := funding.Allocation{
		Title:      d.in(title),
		Recipients: []funding.Org{{Name: d.in(who)}},
		Amount:     total,
		Count:      n,
	}
	fields := []Field{{".title", title, Inferred}, {".recipients[0]", who, Inferred},
		{".count", Span{what[0].start, what[0].end}, Explicit}, {".amount", span(m), Inferred}}
	d.allocationKind(&a, &fields, who)
	return a, fields, true
}
