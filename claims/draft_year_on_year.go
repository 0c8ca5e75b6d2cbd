package claims

import "github.com/fundclaims/fundclaims/currency"

// overEarlierYear reports whether the words after the mention m compare
// its sum, by "more" or "less" and then "than", with another year's
// money: "£60 million more in 2021-22 than last year", "£2m less than
// the previous year", "£5m more than in 2019". Such a sum is how much a
// year's money differs from the year before, a rise or fall on a level
// the sentence does not state, not money given of its own; the package
// it changes has no headline in the sentence.
func (d *drafter) overEarlierYear(m currency.Mention) bool {
	s := d.sentenceOf(m)
	if s.IsZero() || m.End >= s.End {
		return false
	}
	var buf [12]tok
	ts := wordsOf(d.text, Span{m.End, min(s.End, m.End+80)}, buf[:0])
	if len(ts) < 3 || ts[0].w != "more" && ts[0].w != "less" {
		return false
	}
	for i := 1; i < len(ts) && i < 5; i++ {
		if clauseBreak(d.text[ts[i-1].end:ts[i].start]) {
			return false
		}
		if ts[i].w != "than" {
			continue
		}
		rest := ts[i+1:]
		if len(rest) > 0 && rest[0].w == "in" {
			rest = rest[1:] // "than in 2019"
		}
		switch {
		case len(rest) == 0:
			return false
		case len(rest[0].w) >= 4 && isYear(rest[0].w[:4]):
			return true // "than 2020-21"
		case len(rest) >= 2 && (rest[0].w == "last" || rest[0].w == "this") && rest[1].w == "year":
			return true
		case len(rest) >= 3 && rest[0].w == "the" && (rest[1].w == "previous" || rest[1].w == "year") && (rest[2].w == "year" || rest[2].w == "before"):
			return true // "than the previous year", "than the year before"
		}
		return false
	}
	return false
}
