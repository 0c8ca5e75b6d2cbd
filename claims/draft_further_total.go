package claims

import (
	"strings"
)

// furtherTotal returns the index of the mention that states the total
// the further money of the mention at k makes ("a further" or its like
// leads to it, outside quote marks: see leadsFurther and furtherPair),
// when the next sentence opens on "This" or "That" and a verb of making a
// total, "mean", "take" or "bring" (after "will" or "would" if any), and
// the mention follows within three words of it, outside quote marks, with
// a noun of money after it and more money than the further sum: "a
// further £3.4 billion for 2025/26. This will mean a record £47.7 billion
// settlement in 2025/26". The total is that money's package, topped up by
// the further sum. A next sentence that opens on words of summing,
// "Taken together" or "In total" and the like, with the mention within
// six words after them and no figure between ("Taken together this
// enhanced package offers up to £187 million"), states the whole the
// further sum is one part of: part is then true. It returns -1 if the
// next sentence is not so.
func (d *drafter) furtherTotal(k int) (j int, part bool) {
	m := d.ms[k]
	s := d.sentenceOf(m)
	if s.IsZero() || d.inMarks(span(m)) || !d.leadsFurther(m) && !d.furtherPair(m) {
		return -1, false
	}
	i, found := d.sentSearch(s.Start)
	if !found || i+1 >= len(d.sents) {
		return -1, false
	}
	next := d.sents[i+1]
	j = searchMention(d.ms, next.Start)
	if j >= len(d.ms) || d.ms[j].End > next.End || d.inMarks(span(d.ms[j])) {
		return -1, false
	}
	if c, err := d.ms[j].Figure.Nominal().Compare(m.Figure.Nominal()); err != nil || c <= 0 {
		return -1, false
	}
	ts := wordsOf(d.text, Span{next.Start, d.ms[j].Start}, nil)
	if n := summingOpener(ts); n > 0 {
		if len(ts)-n > 6 || clauseBreak(strings.TrimPrefix(d.text[ts[n-1].end:d.ms[j].Start], ",")) {
			return -1, false
		}
		return j, true
	}
	if len(ts) < 2 || ts[0].w != "this" && ts[0].w != "that" {
		return -1, false
	}
	v := 1
	if ts[v].w == "will" || ts[v].w == "would" {
		v++
	}
	if v >= len(ts) || !totalVerb(ts[v].w) || len(ts)-v-1 > 3 || clauseBreak(d.text[ts[v].end:d.ms[j].Start]) {
		return -1, false
	}
	if !d.namedAfterMention(d.ms[j]) {
		return -1, false
	}
	return j, false
}

// summingOpener returns how many of the words ts, a sentence's first,
// open it on words of summing what came before, "taken together",
// "together", "altogether", "in total" or "in all", or 0. "Together with
// the £15.4m announced last month" names one more sum to add, not the
// whole.
func summingOpener(ts []tok) int {
	if len(ts) == 0 {
		return 0
	}
	n := 0
	switch ts[0].w {
	case "together", "altogether":
		n = 1
	case "taken":
		if len(ts) > 1 && ts[1].w == "together" {
			n = 2
		}
	case "in":
		if len(ts) > 1 && (ts[1].w == "total" || ts[1].w == "all") {
			return 2
		}
	}
	if n > 0 && n < len(ts) && ts[n].w == "with" {
		return 0
	}
	return n
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
