package claims

import "strings"

// beforeAside returns the index of the mention before ms[k] in the
// sentence s as an item of a list, past an aside in brackets between them
// that holds the mention straight before ms[k]: in "previous awards of
// £440,579 from the government’s Community Renewal Fund (including
// £47,909 match funding from the Council) and £750,000 from Arts Council
// England", £440,579 for £750,000; the aside's figure is a part of the item
// it follows, not one of the list. It returns k-1 if no such aside comes
// between, and -1 if ms[k] is the sentence's first mention.
func (d *drafter) beforeAside(s Span, k int) int {
	if k == 0 {
		return -1
	}
	p := k - 1
	if p == 0 || d.ms[p-1].Start < s.Start {
		return p
	}
	open := strings.LastIndexByte(d.text[d.ms[p-1].End:d.ms[p].Start], '(')
	if open < 0 || strings.ContainsRune(d.text[d.ms[p-1].End+open:d.ms[p].Start], ')') {
		return p
	}
	if c := strings.IndexByte(d.text[d.ms[p].End:d.ms[k].Start], ')'); c < 0 {
		return p
	}
	return p - 1
}
