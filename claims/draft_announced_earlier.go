package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
)

// earlierTimes open the words after "which was announced" that date an
// announcement before the article's: "at the beginning of the week", "last
// month", "earlier this year", "in March".
var earlierTimes = [...]string{"at", "last", "earlier", "in", "on", "previously", "before"}

// announcedEarlier reports whether a relative clause after the mention m
// in the sentence s, before the next figure, says its money was announced
// at a time before the article's: "which" or "that", "was" or "were", a
// verb of announcing in the past, and a time not today ("the £157m for
// the First Minister's priorities, which was announced at the beginning of
// the week"). The money recalled is announced apart, a package of its own,
// however far the clause is from the figure; "which was announced today"
// is the article's news.
func (d *drafter) announcedEarlier(s Span, m currency.Mention) bool {
	end := s.End
	if i, j := d.mentionsIn(Span{m.End, s.End}); i < j {
		end = d.ms[i].Start
	}
	var buf [24]tok
	ts := wordsOf(d.text, Span{m.End, min(end, m.End+200)}, buf[:0])
	for k := 0; k+3 < len(ts); k++ {
		if ts[k].w != "which" && ts[k].w != "that" || ts[k+1].w != "was" && ts[k+1].w != "were" {
			continue
		}
		switch ts[k+2].w {
		case "announced", "unveiled", "launched", "confirmed":
		default:
			continue
		}
		t := ts[k+3].w
		if t == "today" || t == "this" && k+4 < len(ts) && ts[k+4].w == "morning" {
			return false
		}
		return slices.Contains(earlierTimes[:], t)
	}
	return false
}
