package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// Two sources, one item: when claims from different sources (another
// speaker, or another publication) give figures for the same package or
// allocation that cannot both be right ("£4.4bn" in one, "£4.5bn" in
// another, whose roundings do not meet), each finding says so, and who
// said what. The figures are gathered as Assess goes and compared once it
// has finished: each with the figure from another source whose upper end is
// lowest and the one whose lower end is highest, the ones it can disagree
// with most, so that the work stays linear.

// An itemKey names an item figures are stated for: a package, by index,
// and an allocation of it, or "" for its total, and the terms the figure
// is stated per and over. "£1.2bn" and "£400m a year" are not compared
// here, since they need not disagree: Assess weighs each against the
// record after converting it.
type itemKey struct {
	pkg       int
	alloc     string
	per, over currency.Term
}

// whole reports whether k is a package's total as a plain sum, the item
// most claims are about, kept in a slice rather than the map.
func (k itemKey) whole() bool { return k.alloc == "" && k.per.IsZero() && k.over.IsZero() }

// An item gathers the figures stated for one itemKey: low[0] is the finding
// whose figure has the lowest upper end and low[1] the one with the lowest
// from another source than low[0]'s, or -1; high likewise for the highest
// lower ends.
type item struct {
	low, high [2]int32
}

// An itemEntry is one finding on a figure of an item.
type itemEntry struct {
	finding, item int32
}

// items gathers the figures of an assessment by item. claimOf holds the
// index of the claim of each finding added.
type items struct {
	byPkg   []int32           // the item of each package's total, or -1; by package index
	index   map[itemKey]int32 // the items of allocations
	list    []item
	entries []itemEntry
	claimOf []int32
	fs      []Finding
	claims  []Claim
}

// add records finding k of fs, about claim ci of cs, on a figure of the
// item named by key.
func (it *items) add(key itemKey, k, ci int, fs []Finding, cs []Claim, packages int) {
	if it.claimOf == nil {
		it.claimOf = make([]int32, cap(fs))
		it.byPkg = make([]int32, packages)
		for i := range it.byPkg {
			it.byPkg[i] = -1
		}
	}
	it.fs, it.claims = fs[:cap(fs)], cs
	it.claimOf[k] = int32(ci)
	var i int32
	ok := false
	if key.whole() {
		i = it.byPkg[key.pkg]
		ok = i >= 0
	} else {
		i, ok = it.index[key]
	}
	if !ok {
		i = int32(len(it.list))
		if key.whole() {
			it.byPkg[key.pkg] = i
		} else {
			if it.index == nil {
				it.index = make(map[itemKey]int32)
			}
			it.index[key] = i
		}
		it.list = append(it.list, item{low: [2]int32{int32(k), -1}, high: [2]int32{int32(k), -1}})
	} else {
		g := &it.list[i]
		it.keep(&g.low, int32(k), lowerMax)
		it.keep(&g.high, int32(k), higherMin)
	}
	it.entries = append(it.entries, itemEntry{finding: int32(k), item: i})
}

// keep updates ext, the most extreme figure by the order more and the
// most extreme from another source, with finding k.
func (it *items) keep(ext *[2]int32, k int32, more func(a, b currency.Interval) bool) {
	iv := it.fs[k].Stated.Interval()
	switch {
	case more(iv, it.fs[ext[0]].Stated.Interval()):
		if !it.sameSource(k, ext[0]) {
			ext[1] = ext[0]
		}
		ext[0] = k
	case !it.sameSource(k, ext[0]) && (ext[1] < 0 || more(iv, it.fs[ext[1]].Stated.Interval())):
		ext[1] = k
	}
}

// sameSource reports whether findings a and b are on claims from one
// source: the same speaker, reported in the same place.
func (it *items) sameSource(a, b int32) bool {
	ca, cb := &it.claims[it.claimOf[a]], &it.claims[it.claimOf[b]]
	return ca.Speaker == cb.Speaker && ca.Source == cb.Source
}

// other returns the finding of ext from another source than finding k, or
// -1.
func (it *items) other(ext [2]int32, k int32) int32 {
	if !it.sameSource(k, ext[0]) {
		return ext[0]
	}
	return ext[1]
}

// report adds to each finding on a figure that a figure from another
// source for the same item cannot agree with the IDs of those claims and
// a sentence saying who said what.
func (it *items) report() {
	if len(it.entries) == len(it.list) {
		return // no item has two figures
	}
	for _, e := range it.entries {
		f := &it.fs[e.finding]
		g := it.list[e.item]
		iv := f.Stated.Interval()
		var others [2]int32
		n := 0
		if o := it.other(g.low, e.finding); o >= 0 && beforeInterval(it.fs[o].Stated.Interval(), iv) {
			others[n], n = o, n+1
		}
		if o := it.other(g.high, e.finding); o >= 0 && beforeInterval(iv, it.fs[o].Stated.Interval()) {
			others[n], n = o, n+1
		}
		if n == 0 {
			continue
		}
		var b strings.Builder
		b.Grow(len(f.Explanation) + 160)
		b.WriteString(f.Explanation)
		b.WriteString(" It cannot agree with what another source gives for the same item: ")
		f.Disagrees = make([]string, 0, n)
		for i, o := range others[:n] {
			f.Disagrees = append(f.Disagrees, it.fs[o].Claim)
			if i > 0 {
				b.WriteString("; ")
			}
			c := &it.claims[it.claimOf[o]]
			b.WriteString(c.Speaker.Who())
			if src := c.Source.Citation(); src != "" {
				b.WriteString(" (" + src + ")")
			}
			b.WriteString(" said " + quoted(it.fs[o].Stated.Text()))
		}
		b.WriteString(".")
		f.Explanation = b.String()
	}
}

// lowerMax reports whether a's upper end is below b's; no upper end is
// above every other.
func lowerMax(a, b currency.Interval) bool {
	switch {
	case a.Unbounded():
		return false
	case b.Unbounded():
		return true
	}
	c, err := a.Max().Compare(b.Max())
	return err == nil && (c < 0 || c == 0 && a.MaxOpen() && !b.MaxOpen())
}

// higherMin reports whether a's lower end is above b's.
func higherMin(a, b currency.Interval) bool {
	c, err := a.Min().Compare(b.Min())
	return err == nil && (c > 0 || c == 0 && a.MinOpen() && !b.MinOpen())
}
