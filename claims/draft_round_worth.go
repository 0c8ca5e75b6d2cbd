package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// roundNouns name a part of a fund given out at one time.
var roundNouns = []string{"round", "tranche", "phase", "wave"}

// roundWorth reads an allocation from a round of the fund "worth" the
// mention m in the sentence s: "the first round of grants worth £450m"
// of a £1.4bn fund. Its title is the words from the round's ordinal, or
// the round noun, to "worth", at most five, in one clause; it returns
// a as given and false if the words are not so.
func (d *drafter) roundWorth(s Span, m currency.Mention, a funding.Allocation) (funding.Allocation, []Field, bool) {
	before := wordsOf(d.text, Span{max(s.Start, m.Start-60), m.Start}, nil)
	n := len(before)
	if n < 3 || before[n-1].w != "worth" {
		return a, nil, false
	}
	r := -1
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		if clauseBreak(d.text[before[k].end:before[k+1].start]) {
			break
		}
		if slices.Contains(roundNouns, before[k].w) {
			r = k
			break
		}
	}
	if r < 0 {
		return a, nil, false
	}
	start := r
	if r > 0 && ordinalWord(before[r-1].w) {
		start = r - 1
	}
	at := Span{before[start].start, before[n-2].end}
	a.Title = d.in(at)
	return a, []Field{{".title", at, Inferred}}, true
}

// ordinalWord reports whether w, in lower case, is an ordinal that counts
// rounds: "first", "second", "latest".
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "latest", "next", "final", "last":
		return true
	}
	return false
}
