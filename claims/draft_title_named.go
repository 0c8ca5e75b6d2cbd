package claims

import "github.com/fundclaims/fundclaims/currency"

// titleNamedWords is how many of the title's words, other than function
// words, the words around a figure must hold for the title to name it.
const titleNamedWords = 3

// titleNames reports whether the title, stating no money, names the money
// m of the sentence s by its words: at least titleNamedWords of the
// title's words other than function words are among the two words before
// m and the words after it to the end of its clause. "Further investment
// for priority areas agreed by Cabinet Members" over "a new three-year
// capital programme which includes a further £7.1m investment in Council
// priority areas – targeted across …" names the £7.1m, which the
// article is about, though the lede gives it as a part of the programme.
func (d *drafter) titleNames(s Span, m currency.Mention) bool {
	if d.title.IsZero() {
		return false
	}
	if i, j := d.mentionsIn(d.title); i < j {
		return false
	}
	title := make(map[string]bool)
	for _, t := range wordsOf(d.text, d.title, nil) {
		if !functionWord(t.w) && len(t.w) > 2 {
			title[t.w] = true
		}
	}
	if len(title) < titleNamedWords {
		return false
	}
	before := wordsOf(d.text, Span{s.Start, m.Start}, nil)
	if n := len(before); n > 2 {
		before = before[n-2:]
	}
	near := before
	for _, t := range wordsOf(d.text, Span{m.End, s.End}, nil) {
		if clauseBreak(d.text[m.End:t.start]) {
			break
		}
		near = append(near, t)
	}
	n := 0
	for _, t := range near {
		if title[t.w] {
			n++
			delete(title, t.w)
		}
	}
	return n >= titleNamedWords
}
