package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/funding"
)

// awardNouns name the package's money as given out in parts: "funding
// contracts for up to 50 projects".
var awardNouns = [...]string{"contracts", "grants", "awards"}

// awardedTo returns the allocation of the package's whole to the count of
// recipients that a plural noun of awardNouns, after "funding", names as
// given them in a sentence stating no money, ts its words: "The Minister
// indicated that funding contracts for up to 50 projects in the North
// West would be issued over the coming months" gives the £4m she
// announced to up to 50 projects. The count may have a qualifier ("up
// to", "more than"); the recipients are the words from it to the clause's
// verb or end. It returns false if the words are not so, or the count is of time
// ("grants for three years").
func (d *drafter) awardedTo(ts []tok) (funding.Allocation, []Field, bool) {
	var a funding.Allocation
	if d.headline < 0 {
		return a, nil, false
	}
	for k := 1; k+3 < len(ts); k++ {
		if ts[k-1].w != "funding" || !slices.Contains(awardNouns[:], ts[k].w) || ts[k+1].w != "for" && ts[k+1].w != "to" {
			continue
		}
		c := k + 2 // the count's first word, its qualifier's if any
		n := c     // the count's number
		for n < len(ts) && n < c+3 && !aCount(ts[n].w) {
			n++
		}
		if n+1 >= len(ts) || !aCount(ts[n].w) || isTimeUnit(ts[n+1].w) || clauseBreak(d.text[ts[c].start:ts[n].end]) {
			return a, nil, false
		}
		count, err := funding.ParseCount(d.text[ts[c].start:ts[n].end])
		if err != nil {
			return a, nil, false
		}
		m := d.ms[d.headline]
		e := n + 1 // the recipients' words end before the clause's verb
		for e < len(ts) && !isAuxiliary(ts[e].w) && !clauseBreak(d.text[ts[e-1].end:ts[e].start]) {
			e++
		}
		at := Span{ts[c].start, ts[e-1].end}
		a = allocationOf(m)
		a.Count = count
		a.Title = d.in(at)
		fields := []Field{{".count", Span{ts[c].start, ts[n].end}, Explicit}, {".title", at, Inferred}}
		d.allocationKind(&a, &fields, at)
		return a, fields, true
	}
	return a, nil, false
}

// aCount reports whether w, one word, is a count: "50", "fifty".
func aCount(w string) bool {
	_, err := funding.ParseCount(w)
	return err == nil
}
