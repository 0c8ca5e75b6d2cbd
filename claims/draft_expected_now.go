package claims

// expectedThenNow reports whether the mention k is a sum money "was
// expected to have been" (or "was due to be", "was meant to be") that a
// later clause of its sentence, after "but", says it "will now be"
// instead: "the budget was expected to have been £337million, but the
// 2021-2022 budget will now be £242 million". The expected sum is a
// level that did not come about, a level before the change; the sum
// after "now" is the money given.
func (d *drafter) expectedThenNow(k int) bool {
	m := d.ms[k]
	s := d.sentenceOf(m)
	if s.IsZero() {
		return false
	}
	var buf [12]tok
	ts := d.wordsInReach(s, m, 40, buf[:0])
	n := len(ts)
	if n >= 2 && ts[n-1].w == "been" && ts[n-2].w == "have" {
		n -= 2 // "expected to have been"
	} else if n >= 1 && ts[n-1].w == "be" {
		n-- // "expected to be"
	} else {
		return false
	}
	if n < 2 || ts[n-1].w != "to" {
		return false
	}
	switch ts[n-2].w {
	case "expected", "due", "meant", "set", "supposed":
	default:
		return false
	}
	_, j := d.mentionsIn(s)
	if k+1 >= j {
		return false
	}
	after := wordsOf(d.text, Span{m.End, d.ms[k+1].Start}, nil)
	but := hasWord(after, "but")
	return but >= 0 && hasWord(after[but:], "now") >= 0
}
