package claims

import (
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// wholeParts takes back the partial mark the itemising words gave a list
// of parts that the headline's sentence counts and that come to the
// headline as it rounds (see roundsTo): "The UK Government will invest
// £140 million in five Scottish regions", then "Glasgow will receive
// £60.9 million of the Local Growth Fund, Edinburgh £37.8 million, …",
// five parts making £139.8 million, names each part "of the" fund, but
// they are all the regions the money is for, and do not fall short of
// it, which is what makes a list partial by the records' conventions.
// Left partial, the headline would be weighed alone, and a statement of
// it found accurate where the parts show it rounded. Parts the headline
// does not count keep the mark: £51.5 million of "£52 million" may leave
// a part unnamed.
func (d *drafter) wholeParts() {
	as := d.pkg.Allocations
	if len(as) < 2 || !d.pkg.Partial || d.pkg.Headline.Bound() != currency.Exact || d.headline < 0 {
		return
	}
	sum, ok := partsSum(as)
	if !ok || !roundsTo(d.pkg.Headline, sum) || !d.countsAfter(d.ms[d.headline], len(as)) {
		return
	}
	d.pkg.Partial = false
	d.out.Fields = slices.DeleteFunc(d.out.Fields, func(f Field) bool { return f.Path == "packages[0].partial" })
}

// countsAfter reports whether the sentence of the mention m counts n of
// what the money is for after it, as a word before a plural noun opening
// a phrase of "in", "across", "to", "for", "between" or "among": "£140
// million in five Scottish regions", "£2m across 12 libraries".
func (d *drafter) countsAfter(m currency.Mention, n int) bool {
	s := d.sentenceOf(m)
	if s.IsZero() {
		return false
	}
	ts := wordsOf(d.text, Span{m.End, s.End}, nil)
	for k := 1; k+1 < len(ts) && k < 4; k++ {
		switch ts[k-1].w {
		case "in", "across", "to", "for", "between", "among":
		default:
			continue
		}
		c, err := funding.ParseCount(ts[k].w)
		if err != nil || c.Bound() != currency.Exact || c.Value() != int64(n) {
			continue
		}
		for _, t := range ts[k+1 : min(len(ts), k+4)] {
			if strings.HasSuffix(t.w, "s") && !functionWord(t.w) {
				return true
			}
		}
	}
	return false
}
