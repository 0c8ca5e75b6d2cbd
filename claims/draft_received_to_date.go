package claims

import "github.com/fundclaims/fundclaims/currency"

// receivedToDate reports whether the mention m of the sentence s is a
// running total a recipient's part of the package brings its money to,
// said as what it has received so far: a figure earlier in s, then, in
// m's clause, "has", "have" or "had" and "received" straight before m and
// "to date", "so far" or "in total" straight after it ("Milton Keynes
// Council is set to receive £4,969,536 in the latest round, meaning it has
// received £20,725,839 to date"). It is the total "brings its total to"
// states (see runningTotal), in other words. Alone in its sentence, money
// received to date is the level before the package, not such a total.
func (d *drafter) receivedToDate(s Span, m currency.Mention) bool {
	if i, j := d.mentionsIn(Span{s.Start, m.Start}); i == j {
		return false
	}
	var buf [3]tok
	before := d.wordsInReach(s, m, 24, buf[:0])
	n := len(before)
	if n < 2 || before[n-1].w != "received" || before[n-2].w != "has" && before[n-2].w != "have" && before[n-2].w != "had" ||
		clauseBreak(d.text[before[n-2].start:m.Start]) {
		return false
	}
	var abuf [2]tok
	after := wordsOf(d.text, Span{m.End, min(s.End, m.End+16)}, abuf[:0])
	if len(after) < 2 || clauseBreak(d.text[m.End:after[1].end]) {
		return false
	}
	switch after[0].w + " " + after[1].w {
	case "to date", "so far", "in total":
		return true
	}
	return false
}
