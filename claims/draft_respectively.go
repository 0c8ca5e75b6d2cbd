package claims

import "github.com/fundclaims/fundclaims/currency"

// respectively drafts as the package's allocations, and reports whether
// it did, the run of figures from the mention ms[k] of the sentence s that
// "respectively" closes, each given to the recipient in the same place of
// a list of names before it: "Hertfordshire and Essex which are to
// receive £15.5 million and £14 million respectively" gives £15.5 million
// to Hertfordshire and £14 million to Essex. The figures are joined by
// commas and a last "and", as the names are, each name of capitalised
// words (see listedNames), and there are as many of each, two or more; a
// sum the package's whole does not admit is no part of it. It marks the
// run's figures placed, in a quotation or reported statement too, where
// the words tie each sum to its recipient as plainly.
func (d *drafter) respectively(s Span, k int, head currency.Amount) bool {
	i, j := d.mentionsIn(s)
	if k > i && d.joinedFigures(k-1, k) {
		return false // not the run's first figure
	}
	n := k
	for n+1 < j && d.joinedFigures(n, n+1) {
		n++
	}
	if n == k {
		return false
	}
	var buf [2]tok
	after := wordsOf(d.text, Span{d.ms[n].End, min(s.End, d.ms[n].End+24)}, buf[:0])
	if len(after) == 0 || after[0].w != "respectively" || clauseBreak(d.text[d.ms[n].End:after[0].start]) {
		return false
	}
	names := d.namesBefore(Span{s.Start, d.ms[k].Start})
	if len(names) != n-k+1 {
		return false
	}
	for x := k; x <= n; x++ {
		if c, err := d.ms[x].Figure.Nominal().Compare(head); !head.IsZero() && (err != nil || c > 0) {
			return false
		}
	}
	for x := k; x <= n; x++ {
		a, fields, _ := d.toRecipient(allocationOf(d.ms[x]), names[x-k])
		d.addAllocation(0, a, fields, d.ms[x])
		d.placed[x] = true
	}
	return true
}

// joinedFigures reports whether the mentions ms[a] and ms[b] follow one
// another joined only by a comma or "and": "£15.5 million and £14 million".
func (d *drafter) joinedFigures(a, b int) bool {
	gap := d.text[d.ms[a].End:d.ms[b].Start]
	return gap == ", " || gap == " and " || gap == ", and "
}

// namesBefore returns the last list of two or more names in s, each of
// capitalised words, joined by commas and a last "and" ("Hertfordshire
// and Essex", "Leeds, York and Hull"), or nil if s holds none.
func (d *drafter) namesBefore(s Span) []Span {
	ts := wordsOf(d.text, s, nil)
	for and := len(ts) - 2; and > 0; and-- {
		if ts[and].w != "and" || !capitalised(d.text, ts[and-1]) || !capitalised(d.text, ts[and+1]) {
			continue
		}
		end := and + 1
		for end+1 < len(ts) && capitalised(d.text, ts[end+1]) && !clauseBreak(d.text[ts[end].end:ts[end+1].start]) {
			end++
		}
		start := and - 1
		for start > 0 {
			gap := d.text[ts[start-1].end:ts[start].start]
			if !capitalised(d.text, ts[start-1]) || gap != " " && gap != ", " {
				break
			}
			start--
		}
		for start < and-1 && (ts[start].w == "both" || ts[start].w == "the") {
			start++ // "Both Leeds and York": no name's word
		}
		return d.listedNames(Span{ts[start].start, ts[end].end})
	}
	return nil
}
