package claims

import "slices"

// furtherTotal returns the index of the mention that states the total
// the further money of the mention at k makes ("a further" or its like
// leads to it, outside quote marks: see leadsFurther and furtherPair),
// when the next sentence opens on "This" or "That" and a verb of making a
// total, "mean", "take" or "bring" (after "will" or "would" if any), and
// the mention follows within three words of it, outside quote marks, with
// a noun of money after it and more money than the further sum: "a
// further £3.4 billion for 2025/26. This will mean a record £47.7 billion
// settlement in 2025/26". The total is that money's package, topped up by
// the further sum. It returns -1 if the next sentence is not so.
func (d *drafter) furtherTotal(k int) int {
	m := d.ms[k]
	s := d.sentenceOf(m)
	if s.IsZero() || d.inMarks(span(m)) || !d.leadsFurther(m) && !d.furtherPair(m) {
		return -1
	}
	i, found := slices.BinarySearchFunc(d.sents, s.Start, func(x Span, off int) int { return x.Start - off })
	if !found || i+1 >= len(d.sents) {
		return -1
	}
	next := d.sents[i+1]
	j := searchMention(d.ms, next.Start)
	if j >= len(d.ms) || d.ms[j].End > next.End || d.inMarks(span(d.ms[j])) {
		return -1
	}
	ts := wordsOf(d.text, Span{next.Start, d.ms[j].Start}, nil)
	if len(ts) < 2 || ts[0].w != "this" && ts[0].w != "that" {
		return -1
	}
	v := 1
	if ts[v].w == "will" || ts[v].w == "would" {
		v++
	}
	if v >= len(ts) || !totalVerb(ts[v].w) || len(ts)-v-1 > 3 || clauseBreak(d.text[ts[v].end:d.ms[j].Start]) {
		return -1
	}
	if !d.namedAfterMention(d.ms[j]) {
		return -1
	}
	if c, err := d.ms[j].Figure.Nominal().Compare(m.Figure.Nominal()); err != nil || c <= 0 {
		return -1
	}
	return j
}

// totalVerb reports whether w, in lower case, is a verb that says what
// total money makes: "This will mean a record £47.7 billion settlement",
// "This brings the council a £20m settlement".
func totalVerb(w string) bool {
	switch w {
	case "mean", "means", "take", "takes", "bring", "brings":
		return true
	}
	return false
}
