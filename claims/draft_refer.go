package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// This file reads a sentence that goes on from the announcing one by
// naming the package's money again with no figure and saying where it
// goes: "Wales' finance minister said the extra funding has been
// allocated to areas where pressures are most severe, with £14.4m for
// councils". Its figures are the package's parts, reported or not, as
// those of a sentence after one itemising the package are.

// referNouns name the package's money again with no figure: "the extra
// funding", "this money".
var referNouns = [...]string{"funding", "money", "cash"}

// referVerbs, as prefixes of a word, say where money named again goes:
// "has been allocated to", "will be spent on", "is split between".
var referVerbs = [...]string{"allocat", "spent", "spend", "used", "split", "shared", "divided", "distribut", "targeted"}

// refersBack reports whether the words of the sentence s before the
// mention m, its first figure, name the package's money again, "the" or
// "this" and at most one of "extra", "additional" and "new" before a noun
// of money (referNouns), with a verb saying where it goes (referVerbs)
// within the four words after it: "said the extra funding has been
// allocated to areas …, with £14.4m for councils". It reads at most the
// 200 bytes before m.
func (d *drafter) refersBack(s Span, m currency.Mention) bool {
	var buf [40]tok
	ts := d.wordsInReach(s, m, 200, buf[:0])
	for k, t := range ts {
		if !slices.Contains(referNouns[:], t.w) || k == 0 {
			continue
		}
		det := k - 1
		if w := ts[det].w; (w == "extra" || w == "additional" || w == "new") && det > 0 {
			det--
		}
		if ts[det].w != "the" && ts[det].w != "this" {
			continue
		}
		for _, u := range ts[k+1 : min(k+5, len(ts))] {
			if slices.ContainsFunc(referVerbs[:], func(v string) bool { return strings.HasPrefix(u.w, v) }) {
				return true
			}
		}
	}
	return false
}

// announcerReports reports whether the mention m lies in a reported
// statement, not between quote marks, of the package's announcer, named
// by name: "He said the council would be allocated £328million in revenue
// funding" after "John Swinney unveiled his £10.8billion local
// government budget". A recipient's sum there, within the whole, is a
// part of the package the announcer gives, as one they give in the first
// person is. The reported statements are indexed by where they start
// once, on the first call.
func (d *drafter) announcerReports(m currency.Mention) bool {
	if d.who.Name == "" || d.inMarks(span(m)) {
		return false
	}
	q, ok := d.quoteAround(span(m))
	if !ok {
		return false
	}
	if d.reportedBy == nil {
		d.reportedBy = make(map[int]string, len(d.qs))
		for _, c := range d.qs {
			d.reportedBy[c.quote.Start] = c.claim.Speaker.Name
		}
	}
	return d.reportedBy[q.Start] == d.who.Name
}
