package claims

import (
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/funding"
)

// anotherFrom returns where the name of a funder ends after the mention
// ms[k] of the sentence s, when s opens "Another" or "A further" and the
// money straight after, then "from" and a capitalised name the sentence
// announcing the package does not hold: "Another £100,000 from the
// Foundation for Sport and The Arts will go towards a new studio" beside
// "A £130,000 grant has been awarded by the European Regional Development
// Fund". Money from another funder is a package of its own, that
// funder's. It returns the name's span and true, or false.
func (d *drafter) anotherFrom(s Span, k int) (Span, bool) {
	m := d.ms[k]
	lead := strings.ToLower(strings.TrimSpace(d.text[s.Start:m.Start]))
	if lead != "another" && lead != "a further" {
		return Span{}, false
	}
	ts := wordsOf(d.text, Span{m.End, s.End}, nil)
	if len(ts) < 2 || ts[0].w != "from" || clauseBreak(d.text[m.End:ts[0].start]) {
		return Span{}, false
	}
	i := 1
	if ts[i].w == "the" {
		i++
	}
	first := i
	// The name: capitalised words, with the short words that join them
	// ("for", "and", "of", "the").
	for i < len(ts) && (capitalised(d.text, ts[i]) || i > first && tieWord(d.text[ts[i].start:ts[i].end])) {
		i++
	}
	for i > first && !capitalised(d.text, ts[i-1]) {
		i--
	}
	if i == first || clauseBreak(d.text[ts[first].start:ts[i-1].end]) {
		return Span{}, false
	}
	name := Span{ts[first].start, ts[i-1].end}
	if !d.announce.IsZero() && strings.Contains(d.in(d.announce), d.in(name)) {
		return Span{}, false // the package's own funder gives more
	}
	return name, true
}

// addFrom drafts the mention ms[k] as a package of its own whose funder
// is named at name (see anotherFrom).
func (d *drafter) addFrom(k int, name Span) {
	n := len(d.others)
	if !d.addOther(k) {
		return
	}
	d.others[n].Funder = funding.Org{Name: d.in(name)}
	d.field("packages["+strconv.Itoa(n+1)+"].funder", name, Inferred)
}
