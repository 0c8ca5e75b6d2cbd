package funding

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

// A Change is how a package changes an earlier level of money, as the
// source states it: "rises from £50.1bn to £53.9bn" (From and To), "an
// additional £9.2m, bringing the total to £190m" (By and To), "a 9%
// increase" (Percent), "cut by more than £300,000" (By with Cut). Of names
// the package whose money this one changes, and Relation how: it tops it
// up, replaces it or re-announces it. Recycled is the part of the money
// that had been announced before ("£1bn of it had been announced before").
//
// Every field is optional and its zero value means the source does not
// say. Package.Contradictions checks the stated figures against one
// another, to their stated precision: a rise from £50.1bn to £53.9bn is
// between £3.7bn and £3.9bn, which "£4bn" admits and "£5bn" does not.
//
// The zero Change states no change.
type Change struct {
	// From is the level before the change and To the level after it.
	From currency.Figure `json:"from,omitzero"`
	To   currency.Figure `json:"to,omitzero"`
	// By is the size of the change, zero or more: "an additional £9.2m",
	// "more than £300,000" for a cut. Cut says that the change is a
	// decrease, so that To is below From.
	By  currency.Figure `json:"by,omitzero"`
	Cut bool            `json:"cut,omitempty"`
	// Percent is the change as a percentage of From, zero or more, as
	// stated: 9 for "a 9% increase", 2.5 for "2.5 per cent". Its digits are
	// its precision: "9" admits 8.5 up to 9.5, "9.0" admits 8.95 up to
	// 9.05. In JSON it is a decimal string, "9".
	Percent decimal.Decimal `json:"percent,omitzero"`
	// RealBy and RealPercent are the change in real terms, as the source
	// states it beside the cash figures ("a £21.8 billion increase in cash
	// terms, or £10 billion in real terms"; "1.9%" real growth): By and
	// Percent are in cash. A claim in real terms is weighed against these,
	// like with like, and never against the cash change. Both are zero or
	// more; RealCut says that the change in real terms is a fall, which it
	// may be while the cash change is a rise ("a 2.1% rise in cash, a
	// 2.3% cut in real terms").
	RealBy      currency.Figure `json:"realBy,omitzero"`
	RealPercent decimal.Decimal `json:"realPercent,omitzero"`
	RealCut     bool            `json:"realCut,omitempty"`
	// Of is the ID of the package this one changes, and Relation what it
	// does to it. A Relation with no Of is of an earlier level of money
	// the record holds no package for: "an additional £11.6m" tops up the
	// boroughs' money, which the source never states as a package.
	Of       string   `json:"of,omitempty"`
	Relation Relation `json:"relation,omitzero"`
	// Recycled is how much of the package's money had been announced
	// before.
	Recycled currency.Figure `json:"recycled,omitzero"`
}

// IsZero reports whether c states no change.
func (c Change) IsZero() bool { return zeroChange(&c) }

// zeroChange is IsZero for the change of a package validate holds, which
// it does not copy.
func zeroChange(c *Change) bool {
	return c.From.IsZero() && c.To.IsZero() && c.By.IsZero() && !c.Cut && c.Percent.IsZero() &&
		c.RealBy.IsZero() && c.RealPercent.IsZero() && !c.RealCut &&
		c.Of == "" && c.Relation == RelationUnknown && c.Recycled.IsZero()
}

// A Relation says what a package does to the earlier package its Change
// names. The zero Relation is RelationUnknown.
type Relation int

// The relations.
const (
	// RelationUnknown is the zero Relation: the source does not say.
	RelationUnknown Relation = iota
	// TopsUp: the package adds money to the earlier one ("an additional
	// £9.2m").
	TopsUp
	// Replaces: the package takes the place of the earlier one.
	Replaces
	// Reannounces: the package is the earlier one's money announced again.
	Reannounces
)

var relationNames = [...]string{RelationUnknown: "unknown", TopsUp: "tops up", Replaces: "replaces", Reannounces: "re-announces"}

// String returns the relation's name: "unknown", "tops up", "replaces" or
// "re-announces"; "Relation(9)" for a value outside the list.
func (r Relation) String() string {
	if r.valid() {
		return relationNames[r]
	}
	return "Relation(" + itoa(int64(r)) + ")"
}

// valid reports whether r is one of the listed relations.
func (r Relation) valid() bool { return r >= 0 && int(r) < len(relationNames) }

// ParseRelation returns the relation named s, as String writes it, in any
// case; "top-up", "tops-up" and "reannounces" are accepted too. It returns a
// *ParseError matching ErrSyntax if s names no relation.
func ParseRelation(s string) (Relation, error) {
	switch strings.ToLower(s) {
	case "top-up", "tops-up":
		return TopsUp, nil
	case "reannounces":
		return Reannounces, nil
	}
	for r, name := range relationNames {
		if strings.EqualFold(name, s) {
			return Relation(r), nil
		}
	}
	return RelationUnknown, &ParseError{Func: "ParseRelation", Input: s, Err: expected(ErrSyntax, "want tops up, replaces, re-announces or unknown")}
}

// MarshalText returns the relation's name. It returns an error matching
// ErrRange for a value outside the list.
func (r Relation) MarshalText() ([]byte, error) {
	if !r.valid() {
		return nil, &ParseError{Func: "Relation.MarshalText", Input: r.String(), Err: expected(ErrRange, "want a listed relation")}
	}
	return []byte(relationNames[r]), nil
}

// UnmarshalText sets r to the relation named by text, as ParseRelation
// reads it.
func (r *Relation) UnmarshalText(text []byte) error {
	v, err := ParseRelation(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// validate records the problems of c, at path.
func (c Change) validate(v *validator, path string, code currency.Code) {
	v.changeFigure(path, "from", c.From, code)
	v.changeFigure(path, "to", c.To, code)
	v.changeFigure(path, "by", c.By, code)
	v.changeFigure(path, "recycled", c.Recycled, code)
	v.changeFigure(path, "realBy", c.RealBy, code)
	if c.Percent.Sign() < 0 {
		v.add(path+".percent", expected(ErrNegative, c.Percent.String()+"%: a cut is a positive percentage with cut set"))
	}
	if c.RealPercent.Sign() < 0 {
		v.add(path+".realPercent", expected(ErrNegative, c.RealPercent.String()+"%: a cut is a positive percentage with realCut set"))
	}
	if !c.Relation.valid() {
		v.enum(path+".relation", c.Relation.String())
	}
}

// changeFigure records the problems of a change's figure f, the field name
// of the change at path.
func (v *validator) changeFigure(path, name string, f currency.Figure, code currency.Code) {
	switch {
	case f.IsZero():
	case f.Nominal().Sign() < 0:
		v.add(path+"."+name, expected(ErrNegative, quote(f.Text())))
	case !code.IsZero() && f.Currency() != code:
		v.add(path+"."+name, &currency.MismatchError{Op: "Validate", A: code, B: f.Currency()})
	}
}

// contradictions returns how c's figures disagree with one another and
// with the money it is the change of, whose total admits h (the zero Gap
// if unknown) and which whole words ("the headline "£800m""), one sentence
// each; none if they agree or too little is stated to tell. The size of the change is worked out three ways, each
// as the interval its figures admit: By itself, To less From (From less To
// for a cut), and Percent of From; any two that cannot agree are reported.
func (c *Change) contradictions(h Gap, whole string) []string {
	type size struct {
		words string
		gap   Gap
	}
	var sizes []size
	if !c.By.IsZero() {
		sizes = append(sizes, size{"the stated change " + quote(c.By.Text()), gapOf(c.By.Interval())})
	}
	if !c.From.IsZero() && !c.To.IsZero() {
		from, to, kind := gapOf(c.From.Interval()), gapOf(c.To.Interval()), "a rise"
		if c.Cut {
			from, to, kind = to, from, "a cut"
		}
		if !from.Unbounded {
			d := to.minus(&from, false)
			sizes = append(sizes, size{"the change from " + quote(c.From.Text()) + " to " + quote(c.To.Text()) + " (" + kind + " of " + d.String() + ")", d})
		}
	}
	if !c.Percent.IsZero() && !c.From.IsZero() {
		f := gapOf(c.From.Interval())
		half := decimal.New(5, c.Percent.Exponent()-1)
		lo, hi := c.Percent.Sub(half).Shift(-2), c.Percent.Add(half).Shift(-2)
		least, err1 := f.Least.Mul(lo)
		g := Gap{Least: least, Unbounded: f.Unbounded}
		var err2 error
		if !f.Unbounded {
			g.Most, err2 = f.Most.Mul(hi)
		}
		if err1 == nil && err2 == nil {
			sizes = append(sizes, size{c.Percent.String() + "% of " + quote(c.From.Text()) + " (" + g.String() + ")", g})
		}
	}
	var out []string
	for i := 0; i < len(sizes); i++ {
		for j := i + 1; j < len(sizes); j++ {
			if sizes[i].gap.below(&sizes[j].gap) || sizes[j].gap.below(&sizes[i].gap) {
				out = append(out, sizes[j].words+" disagrees with "+sizes[i].words)
			}
		}
	}
	if !c.Recycled.IsZero() && !h.IsZero() {
		if recycled := gapOf(c.Recycled.Interval()); h.below(&recycled) {
			out = append(out, "the money announced before, "+quote(c.Recycled.Text())+", is more than "+whole)
		}
	}
	return out
}

// allocationChanges appends to out how the changes of as, and of their
// sub-allocations, disagree with themselves, each sentence after its
// allocation's ID as a nested reconciliation's is ("aberdeen: the change
// from ..."). An allocation's Recycled is held against its own figure,
// totalled over the term over, as a package's is against its headline.
func allocationChanges(out []string, as []Allocation, over currency.Term) []string {
	for i := range as {
		a := &as[i]
		if !zeroChange(&a.Change) {
			var h Gap
			own := a.own()
			if n, err := terms(&own, over); err == nil && !own.IsZero() {
				h = gapOf(repeat(own.Interval(), n))
			}
			for _, s := range a.Change.contradictions(h, "its figure "+quote(own.Text())) {
				out = append(out, a.ID+": "+s)
			}
		}
		out = allocationChanges(out, a.Allocations, over)
	}
	return out
}
