package claims

// announcedReceipt reports whether the sentence r, which "also" announces
// money, announces only what a named recipient is to receive of the money
// already told: the verb of announcing and "that", at most eight words
// naming the recipient, "will" or "would" (and "also"), an active verb of
// receiving, then the sentence's first figure after it, which no word
// names as more money ("an extra", "a further"; see leadsFurther): "The
// minister also announced that the Grand Opera House would receive around
// £4 million for the organisation's modernisation programme" is a part of
// the package, as "The Grand Opera House would receive around £4 million"
// is; "… will also receive an extra £15 million for the winter" is money
// of its own.
func (d *drafter) announcedReceipt(r *sentenceRead) bool {
	a := r.announce
	if a < 0 || a+1 >= len(r.ts) || r.ts[a+1].w != "that" {
		return false
	}
	v := a + 2
	for v < len(r.ts) && v-a-2 <= 8 && r.ts[v].w != "will" && r.ts[v].w != "would" {
		v++
	}
	if v == a+2 || v >= len(r.ts) || v-a-2 > 8 {
		return false
	}
	v++
	if v < len(r.ts) && r.ts[v].w == "also" {
		v++
	}
	if v >= len(r.ts) {
		return false
	}
	if f, ok := receiveForms[r.ts[v].w]; !ok || f&(receivePresent|receiveGet) == 0 {
		return false
	}
	i, j := d.mentionsIn(Span{r.ts[v].end, r.s.End})
	return i < j && !clauseBreak(d.text[r.ts[v].end:d.ms[i].Start]) && !d.leadsFurther(d.ms[i])
}
