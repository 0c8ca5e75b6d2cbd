package claims

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// Two sources, one item: when claims from different sources (another
// speaker, or another publication) give figures for the same package or
// allocation, for the same term, that cannot both be right ("£4.4bn" in
// one, "£4.5bn" in another, whose roundings do not meet), each finding
// says so, and who
// said what. The figures are gathered as Assess goes and compared once it
// has finished: each with the figure from another source whose upper end is
// lowest and the one whose lower end is highest, the ones it can disagree
// with most, so that the work stays linear.

// An itemKey names an item figures are stated for: a package, by index,
// and an allocation of it, or "" for its total, and the term of the
// figures ("a year", "over three years"): figures for different terms are
// not set against each other.
type itemKey struct {
	pkg       int
	alloc     string
	per, over currency.Term
}

// An item gathers the figures stated for one itemKey: low[0] is the finding
// whose figure has the lowest upper end and low[1] the one with the lowest
// from another source than low[0]'s, or -1; high likewise for the highest
// lower ends.
type item struct {
	low, high [2]int32
	// ivs is the index in items.ivs of the intervals of the figures of
	// low and high, or -1 while the item has one figure, as most have:
	// the intervals are kept only for items that have figures to compare.
	ivs int32
}

// extremes are the intervals of the figures of an item's low and high.
type extremes struct {
	low, high [2]currency.Interval
}

// An itemEntry is one finding on a figure of an item.
type itemEntry struct {
	finding, item int32
}

// items gathers the figures of an assessment by item. claimOf holds the
// index of the claim of each finding added.
type items struct {
	index   map[itemKey]int32 // the items of allocations
	list    []item
	ivs     []extremes
	entries []itemEntry
	claimOf []int32
	fs      []Finding
	claims  []Claim
}

// add records finding k of fs, about claim ci of cs, on a figure of the
// item named by key, whose interval is iv, of a record of the given number
// of packages. total is where the index of the item of key's package's
// total is kept, plus one (pkgFacts.item): it is used if key names that.
func (it *items) add(key itemKey, total *int32, iv *currency.Interval, k, ci int, fs []Finding, cs []Claim, packages int) {
	if it.claimOf == nil {
		// Every finding may have an entry, and most packages an item:
		// sized once, the lists do not grow as the assessment goes.
		it.claimOf = make([]int32, cap(fs))
		it.entries = make([]itemEntry, 0, cap(fs))
		it.list = make([]item, 0, packages)
	}
	it.fs, it.claims = fs[:cap(fs)], cs
	it.claimOf[k] = int32(ci)
	var i int32
	ok := false
	plain := key.alloc == "" && key.per.IsZero() && key.over.IsZero()
	if plain {
		i = *total - 1
		ok = i >= 0
	} else {
		i, ok = it.index[key]
	}
	if !ok {
		i = int32(len(it.list))
		if plain {
			*total = i + 1
		} else {
			if it.index == nil {
				it.index = make(map[itemKey]int32)
			}
			it.index[key] = i
		}
		it.list = append(it.list, item{low: [2]int32{int32(k), -1}, high: [2]int32{int32(k), -1}, ivs: -1})
	} else {
		g := &it.list[i]
		if g.ivs < 0 {
			// The item's first figure is both its low and its high.
			first := fs[g.low[0]].Stated.Interval()
			if it.ivs == nil {
				// Where one item has figures to compare, most may.
				it.ivs = make([]extremes, 0, packages)
			}
			g.ivs = int32(len(it.ivs))
			it.ivs = append(it.ivs, extremes{low: [2]currency.Interval{first}, high: [2]currency.Interval{first}})
		}
		e := &it.ivs[g.ivs]
		it.keep(&g.low, &e.low, int32(k), iv, lowerMax)
		it.keep(&g.high, &e.high, int32(k), iv, higherMin)
	}
	it.entries = append(it.entries, itemEntry{finding: int32(k), item: i})
}

// keep updates ext, the most extreme figure by the order more and the
// most extreme from another source, and ivs, their intervals, with finding
// k, whose figure's interval is iv.
func (it *items) keep(ext *[2]int32, ivs *[2]currency.Interval, k int32, iv *currency.Interval, more func(a, b *currency.Interval) bool) {
	switch {
	case more(iv, &ivs[0]):
		if !it.sameSource(k, ext[0]) {
			ext[1], ivs[1] = ext[0], ivs[0]
		}
		ext[0], ivs[0] = k, *iv
	case (ext[1] < 0 || more(iv, &ivs[1])) && !it.sameSource(k, ext[0]):
		ext[1], ivs[1] = k, *iv
	}
}

// sameSource reports whether findings a and b are on claims from one
// source: the same speaker, reported in the same place.
func (it *items) sameSource(a, b int32) bool {
	ca, cb := &it.claims[it.claimOf[a]], &it.claims[it.claimOf[b]]
	return samePerson(&ca.Speaker, &cb.Speaker) && sameCitation(&ca.Source, &cb.Source)
}

// other returns which of ext, 0 or 1, is the finding from another source
// than finding k, and that finding, or -1.
func (it *items) other(ext [2]int32, k int32) (int, int32) {
	if !it.sameSource(k, ext[0]) {
		return 0, ext[0]
	}
	return 1, ext[1]
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
		g := &it.list[e.item]
		if g.low[1] < 0 && g.high[1] < 0 {
			// keep sets the second extremes as soon as a figure from a
			// second source comes: every figure of this item is from one
			// source, and none can disagree with another.
			continue
		}
		iv, ext := f.Stated.Interval(), &it.ivs[g.ivs]
		var others [2]int32
		n := 0
		if j, o := it.other(g.low, e.finding); o >= 0 && beforeInterval(ext.low[j], iv) {
			others[n], n = o, n+1
		}
		if j, o := it.other(g.high, e.finding); o >= 0 && beforeInterval(iv, ext.high[j]) {
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
			b.WriteString(" said " + inQuotes(it.fs[o].Stated.Text()))
		}
		b.WriteString(".")
		f.Explanation = b.String()
	}
}

// lowerMax reports whether a's upper end is below b's; no upper end is
// above every other.
func lowerMax(a, b *currency.Interval) bool {
	switch {
	case a.Unbounded():
		return false
	case b.Unbounded():
		return true
	case unlike(a, b):
		return false
	}
	c, err := a.Max().Compare(b.Max())
	return err == nil && (c < 0 || c == 0 && a.MaxOpen() && !b.MaxOpen())
}

// higherMin reports whether a's lower end is above b's.
func higherMin(a, b *currency.Interval) bool {
	if unlike(a, b) {
		return false
	}
	c, err := a.Min().Compare(b.Min())
	return err == nil && (c > 0 || c == 0 && a.MinOpen() && !b.MinOpen())
}

// unlike reports whether a and b are in two different currencies, whose
// ends Compare would refuse with an error it allocates: a figure in euros
// among figures in pounds is neither above nor below them.
func unlike(a, b *currency.Interval) bool {
	ca, cb := a.Currency(), b.Currency()
	return ca != cb && !ca.IsZero() && !cb.IsZero()
}
