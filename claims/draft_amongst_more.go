package claims

import (
	"slices"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// amongstMore makes the headline a share when the article's recipients
// are a few of a larger count the money is announced for: "Four Midlands
// trusts are amongst 20 where projects have been announced:" above the
// four trusts' sums, and a quotation's "The £160m received by four
// trusts". The article states no sum for the whole, so the package has
// no headline and is partial; the quoted sum is the allocation of the
// four, with their sums as its parts. The headline must stand in a
// quotation, and the count of the sentence's opening must be the number
// of the package's allocations, so that a release stating its own whole
// keeps it.
func (d *drafter) amongstMore() {
	if d.headline < 0 || len(d.pkg.Allocations) < 2 || !d.inMarks(span(d.ms[d.headline])) {
		return
	}
	m := d.ms[d.headline]
	for _, s := range d.sents {
		if d.quoted(s) || s.End > m.Start {
			return
		}
		ts := wordsOf(d.text, s, nil)
		i := slices.IndexFunc(ts, func(t tok) bool { return t.w == "amongst" || t.w == "among" })
		if i < 3 || i+1 >= len(ts) || ts[i-1].w != "are" || clauseBreak(d.text[ts[0].start:ts[i].start]) {
			continue
		}
		few, err := funding.ParseCount(ts[0].w)
		if err != nil || !few.IsExact() || few.Value() != int64(len(d.pkg.Allocations)) {
			continue
		}
		if whole, err := funding.ParseCount(ts[i+1].w); err != nil || whole.Value() <= few.Value() {
			continue
		}
		at := Span{ts[0].start, ts[i-2].end}
		d.pkg.Headline = currency.Figure{}
		d.pkg.Partial = true
		d.out.Fields = slices.DeleteFunc(d.out.Fields, func(f Field) bool {
			return f.Path == "packages[0].headline" || f.Path == "packages[0].partial"
		})
		d.wholeToCount(m, few, at, Span{ts[0].start, ts[0].end}, Span{ts[1].start, at.End}, false)
		d.field("packages[0].partial", s, Inferred)
		return
	}
}
