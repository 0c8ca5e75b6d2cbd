package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// betweenThem groups allocations that a sentence sums "between them":
// "Translink and NI Water will benefit from a total of £43m between them"
// after NI Water's £31m and Translink's almost £12m. The named recipients'
// allocations, two or more, whose figures make the sum, become the parts
// of one allocation of it, in the place of the first of them, titled by
// the words from the first name to the last. The sentence must hold that
// one figure, straight before "between them".
func (d *drafter) betweenThem() {
	for _, s := range d.sents {
		i, j := d.mentionsIn(s)
		if j-i != 1 || d.placed[i] && d.inAllocation(i) {
			continue
		}
		m := d.ms[i]
		if rest := d.text[m.End:s.End]; !strings.HasPrefix(rest, " between them") {
			continue
		}
		before := d.text[s.Start:m.Start]
		var named []int
		first, last := len(before), 0
		sum := m.Figure.Nominal()
		var err error
		for k, a := range d.pkg.Allocations {
			at := strings.Index(before, a.Title)
			if len(a.Title) < 3 || at < 0 || !capitalised(d.text, tok{start: s.Start + at, end: s.Start + at + len(a.Title)}) {
				continue
			}
			named = append(named, k)
			first, last = min(first, at), max(last, at+len(a.Title))
			if sum, err = sum.Sub(a.Figure().Nominal()); err != nil {
				break
			}
		}
		if err != nil || len(named) < 2 || !sum.IsZero() {
			continue
		}
		d.group(named, Span{s.Start + first, s.Start + last}, m)
		return
	}
}

// inAllocation reports whether the mention ms[k] is an allocation's
// amount already.
func (d *drafter) inAllocation(k int) bool {
	for _, f := range d.out.Fields {
		if strings.HasPrefix(f.Path, "packages[0].allocations[") && strings.HasSuffix(f.Path, "].amount") && f.Span == span(d.ms[k]) {
			return true
		}
	}
	return false
}

// group makes the package's allocations at the indices named, in order,
// the parts of one allocation of the mention m, titled at at, in the place
// of the first of them, and moves their fields with them.
func (d *drafter) group(named []int, at Span, m currency.Mention) {
	a := allocationOf(m)
	a.Title = d.in(at)
	var kept []funding.Allocation
	index := make([]string, len(d.pkg.Allocations)) // each allocation's new path
	g := -1
	for k, al := range d.pkg.Allocations {
		if p := slices.Index(named, k); p >= 0 {
			if g < 0 {
				g = len(kept)
				kept = append(kept, funding.Allocation{})
			}
			index[k] = "packages[0].allocations[" + strconv.Itoa(g) + "].allocations[" + strconv.Itoa(p) + "]"
			a.Allocations = append(a.Allocations, al)
			continue
		}
		index[k] = "packages[0].allocations[" + strconv.Itoa(len(kept)) + "]"
		kept = append(kept, al)
	}
	a.ID = d.allocationID(a)
	kept[g] = a
	d.pkg.Allocations = kept
	for i := range d.out.Fields {
		f := &d.out.Fields[i]
		rest, ok := strings.CutPrefix(f.Path, "packages[0].allocations[")
		if !ok {
			continue
		}
		n, after, ok := strings.Cut(rest, "]")
		k, err := strconv.Atoi(n)
		if !ok || err != nil || k >= len(index) {
			continue
		}
		f.Path = index[k] + after
	}
	path := "packages[0].allocations[" + strconv.Itoa(g) + "]"
	d.field(path+".id", Span{}, Guessed)
	d.field(path+".amount", span(m), Explicit)
	d.field(path+".title", at, Inferred)
}
