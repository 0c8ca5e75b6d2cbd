package funding

import (
	"github.com/fundclaims/fundclaims/currency"
)

// A Gap is an amount known only to lie between two limits: how much of a
// headline is not itemised, when the headline says "more than £4 million",
// or the total of parts stated as "up to £9bn" and "more than £20bn". Least
// is the lower limit and Most the upper; LeastOpen and MostOpen say whether
// the limit itself is excluded, and Unbounded that there is no upper limit
// (Most is then the zero Amount). An amount known exactly is a Gap whose
// limits are that amount, both closed.
//
// The zero Gap is no gap at all.
type Gap struct {
	Least     currency.Amount `json:"least"`
	Most      currency.Amount `json:"most,omitzero"`
	LeastOpen bool            `json:"leastOpen,omitempty"`
	MostOpen  bool            `json:"mostOpen,omitempty"`
	Unbounded bool            `json:"unbounded,omitempty"`
}

// IsZero reports whether g is the zero Gap.
func (g Gap) IsZero() bool {
	return g.Least.Currency().IsZero() && g.Most.Currency().IsZero() && !g.LeastOpen && !g.MostOpen && !g.Unbounded
}

// Exact returns the one amount g holds, and true, when its limits are the
// same amount, both closed; otherwise the zero Amount and false.
func (g Gap) Exact() (currency.Amount, bool) {
	if g.IsZero() || g.Unbounded || g.LeastOpen || g.MostOpen || !g.Least.Equal(g.Most) {
		return currency.Amount{}, false
	}
	return g.Least, true
}

// String describes g in words with whole pounds where there are no pence:
// "at least £405,000" when it is Unbounded, "£5,000" when its limits are
// one amount, "at most £9,000,000" when its lower limit is a closed zero,
// otherwise "between £6,000,000 and £7,000,000". "At least" is said of an
// open lower limit too, and "at most" of an open upper one, which is true if
// not the whole truth: LeastOpen says that the gap is more than Least. The
// zero Gap gives "".
func (g Gap) String() string {
	switch {
	case g.IsZero():
		return ""
	case g.Unbounded:
		return "at least " + g.Least.Format(currency.Whole)
	case g.Least.Equal(g.Most):
		return g.Least.Format(currency.Whole)
	case g.Least.IsZero() && !g.LeastOpen:
		return "at most " + g.Most.Format(currency.Whole)
	}
	return "between " + g.Least.Format(currency.Whole) + " and " + g.Most.Format(currency.Whole)
}

// exactGap returns the Gap holding just a.
func exactGap(a currency.Amount) Gap { return Gap{Least: a, Most: a} }

// gapOf returns the Gap holding the amounts of iv, which is not empty.
func gapOf(iv currency.Interval) Gap {
	g := Gap{Least: iv.Min(), LeastOpen: iv.MinOpen(), Unbounded: iv.Unbounded()}
	if !iv.Unbounded() {
		g.Most, g.MostOpen = iv.Max(), iv.MaxOpen()
	}
	return g
}

// below reports whether every amount in g is below every amount in h. It
// and within and minus take the gaps where they lie, since a Gap is 56
// bytes to copy and Reconcile sets one against another for every itemised
// package.
func (g *Gap) below(h *Gap) bool {
	if g.Unbounded {
		return false
	}
	c, _ := g.Most.Compare(h.Least)
	return c < 0 || c == 0 && (g.MostOpen || h.LeastOpen)
}

// within reports whether every amount in g is in h.
func (g *Gap) within(h *Gap) bool {
	c, _ := g.Least.Compare(h.Least)
	if c < 0 || c == 0 && h.LeastOpen && !g.LeastOpen {
		return false
	}
	switch {
	case h.Unbounded:
		return true
	case g.Unbounded:
		return false
	}
	c, _ = g.Most.Compare(h.Most)
	return c < 0 || c == 0 && (!h.MostOpen || g.MostOpen)
}

// minus returns the Gap of every x − y with x in g and y in h, with its
// lower limit raised to zero when floor is set: the rest of g once h is
// taken away. h is bounded unless floor is set (a lower limit cannot be
// minus infinity); an unbounded h then leaves a rest of at least zero.
func (g *Gap) minus(h *Gap, floor bool) Gap {
	var out Gap
	if h.Unbounded {
		out.Least = currency.FromMinor(0, g.Least.Currency())
	} else {
		out.Least, _ = g.Least.Sub(h.Most)
		out.LeastOpen = g.LeastOpen || h.MostOpen
	}
	if floor && out.Least.Sign() < 0 {
		out.Least, out.LeastOpen = currency.FromMinor(0, g.Least.Currency()), false
	}
	if g.Unbounded {
		out.Unbounded = true
		return out
	}
	out.Most, _ = g.Most.Sub(h.Least)
	out.MostOpen = g.MostOpen || h.LeastOpen
	return out
}
