package claims

import "github.com/fundclaims/fundclaims/currency"

// overallBudget reports whether the mention m of the sentence s is the
// total of an overall budget the package adds up to, within its clause:
// "adding up to an overall health budget that will total £10.65bn",
// "taking the total schools budget to £2bn". A budget named "overall" or
// "total" before the figure, with only words of totalling between them,
// holds more than the package: a package of its own, as the narrative
// gives it.
func (d *drafter) overallBudget(s Span, m currency.Mention) bool {
	var buf [10]tok
	ts := d.wordsInReach(s, m, 80, buf[:0])
	n := len(ts)
	b := -1
	for k := n - 1; k >= 0 && k >= n-5; k-- {
		if clauseBreak(d.text[ts[k].end:startAfter(ts, k, m)]) {
			return false
		}
		if ts[k].w == "budget" {
			b = k
			break
		}
		switch ts[k].w {
		case "that", "which", "will", "would", "is", "to", "of", "total", "totals", "totalling", "totaling", "amount", "amounts", "come", "comes":
		default:
			return false
		}
	}
	if b < 0 {
		return false
	}
	for k := b - 1; k >= 0 && k >= b-3; k-- {
		if clauseBreak(d.text[ts[k].end:ts[k+1].start]) {
			return false
		}
		if ts[k].w == "overall" || ts[k].w == "total" {
			return true
		}
	}
	return false
}

// startAfter returns where the word after ts[k] starts, or the mention m if
// ts[k] is the last before it.
func startAfter(ts []tok, k int, m currency.Mention) int {
	if k+1 < len(ts) {
		return ts[k+1].start
	}
	return m.Start
}
