package funding

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/shopspring/decimal"
)

// A Spend is a sum of money with what it is for: the unit of comparison.
// Package.Spend and Allocation.Spend make one from the record; a
// counterproposal ("a fully-costed proposal for a £4.5m inquiry") is one
// written directly. Amount is required; the zero value of every other field
// means not known, and Compare says it cannot tell rather than guess.
type Spend struct {
	Label    string          `json:"label,omitempty"`
	Amount   currency.Amount `json:"amount"`
	Purposes []string        `json:"purposes,omitempty"`
	Kind     Kind            `json:"kind,omitzero"`
	Period   Period          `json:"period,omitzero"`
}

// A Likeness says whether two spends agree in one respect. The zero
// Likeness is LikenessUnknown.
type Likeness int

// The likenesses.
const (
	// LikenessUnknown is the zero Likeness: one side or both do not say.
	LikenessUnknown Likeness = iota
	// Alike: the two agree.
	Alike
	// Unlike: the two differ.
	Unlike
)

var likenessNames = [...]string{LikenessUnknown: "unknown", Alike: "alike", Unlike: "unlike"}

// String returns "unknown", "alike" or "unlike"; "Likeness(9)" for a value
// outside the list.
func (l Likeness) String() string {
	if l >= 0 && int(l) < len(likenessNames) {
		return likenessNames[l]
	}
	return "Likeness(" + itoa(int64(l)) + ")"
}

// ParseLikeness returns the likeness named s, as String writes it, in any
// case. It returns a *ParseError matching ErrSyntax if s names none.
func ParseLikeness(s string) (Likeness, error) {
	for l, name := range likenessNames {
		if strings.EqualFold(name, s) {
			return Likeness(l), nil
		}
	}
	return LikenessUnknown, &ParseError{Func: "ParseLikeness", Input: s, Err: expected(ErrSyntax, "want alike, unlike or unknown")}
}

// MarshalText returns the likeness's name. It returns an error matching
// ErrRange for a value outside the list.
func (l Likeness) MarshalText() ([]byte, error) {
	if l < 0 || int(l) >= len(likenessNames) {
		return nil, &ParseError{Func: "Likeness.MarshalText", Input: l.String(), Err: expected(ErrRange, "want a listed likeness")}
	}
	return []byte(likenessNames[l]), nil
}

// UnmarshalText sets l to the likeness named by text, as ParseLikeness
// reads it.
func (l *Likeness) UnmarshalText(text []byte) error {
	v, err := ParseLikeness(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// A Comparison is what Compare finds about two spends, A against B: how much
// more A is, how many times B, the percentage change from B to A, and
// whether they are like for like in each of four respects.
type Comparison struct {
	A Spend `json:"a"`
	B Spend `json:"b"`

	// Difference is A − B, exactly: £4.5m − £2.4m = £2.1m.
	Difference currency.Amount `json:"difference"`
	// Ratio is A ÷ B, as currency's Ratio gives it: rounded half up to 16
	// decimal places, trailing zeros dropped. £4.5m ÷ £2.4m = 1.875.
	Ratio decimal.Decimal `json:"ratio"`
	// Change is the percentage change from B to A, (Ratio − 1) × 100, to 14
	// decimal places: 87.5 for £2.4m to £4.5m.
	Change decimal.Decimal `json:"change"`

	// Currency is Alike if both are in one currency.
	Currency Likeness `json:"currency"`
	// Purpose is Alike if the two share a purpose (compared without regard
	// to case or surrounding space), Unlike if they share none, and
	// LikenessUnknown if either has none listed.
	Purpose Likeness `json:"purpose"`
	// Kind is Alike if both are the same Kind of spending, Unlike if they
	// are different known kinds.
	Kind Likeness `json:"kind"`
	// Period is Alike if the two periods overlap, Unlike if they do not,
	// and LikenessUnknown if either is the zero Period.
	Period Likeness `json:"period"`
}

// Compare compares a with b: the Difference a − b, the Ratio a ÷ b, the
// percentage Change from b to a, and whether they are like for like in
// currency, purpose, kind of spending and period. £4.5m for an inquiry
// against £2.4m for victim support is 1.875 times as much and £2.1m more,
// but is Unlike in purpose and kind: a comparison of different things.
//
// Compare returns an error matching ErrMissing if either Amount has no
// currency. If the currencies differ it returns the Comparison with its
// likenesses filled in and a *currency.MismatchError; if b's Amount is zero
// it returns the Comparison with its Difference and likenesses and an error
// matching currency.ErrDivideByZero, since there is no ratio.
func Compare(a, b Spend) (Comparison, error) {
	if a.Amount.Currency().IsZero() || b.Amount.Currency().IsZero() {
		return Comparison{}, &FieldError{Path: "amount", Err: expected(ErrMissing, "want an amount in a currency on both sides")}
	}
	c := Comparison{A: a, B: b}
	c.Currency = likeIf(a.Amount.Currency() == b.Amount.Currency())
	if len(a.Purposes) > 0 && len(b.Purposes) > 0 {
		c.Purpose = likeIf(sharePurpose(a.Purposes, b.Purposes))
	}
	if a.Kind != KindUnknown && b.Kind != KindUnknown {
		c.Kind = likeIf(a.Kind == b.Kind)
	}
	if !a.Period.IsZero() && !b.Period.IsZero() {
		c.Period = likeIf(a.Period.Overlaps(b.Period))
	}
	diff, err := a.Amount.Sub(b.Amount)
	if err != nil {
		return c, err
	}
	c.Difference = diff
	ratio, err := a.Amount.Ratio(b.Amount)
	if err != nil {
		return c, err
	}
	c.Ratio = ratio
	c.Change = ratio.Sub(decimal.New(1, 0)).Shift(2)
	return c, nil
}

// likeIf returns Alike if ok and Unlike if not.
func likeIf(ok bool) Likeness {
	if ok {
		return Alike
	}
	return Unlike
}

// sharePurpose reports whether a and b have a purpose in common.
func sharePurpose(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.EqualFold(strings.TrimSpace(x), strings.TrimSpace(y)) {
				return true
			}
		}
	}
	return false
}

// Overall returns Unlike if the two differ in any respect, Alike if they
// agree in all four, and LikenessUnknown otherwise: nothing is known to
// differ, but something is not known.
func (c Comparison) Overall() Likeness {
	all := [...]Likeness{c.Currency, c.Purpose, c.Kind, c.Period}
	overall := Alike
	for _, l := range all {
		switch l {
		case Unlike:
			return Unlike
		case Alike:
		default:
			overall = LikenessUnknown
		}
	}
	return overall
}

// LikeForLike reports whether the two are known to be like for like in
// every respect: Overall is Alike.
func (c Comparison) LikeForLike() bool { return c.Overall() == Alike }

// Reasons returns why the two are not like for like, one phrase for each
// respect in which they are Unlike, in the order currency, purpose, kind,
// period: "different purposes: inquiry vs advocacy, counselling". It
// returns nil if there is no such respect.
func (c Comparison) Reasons() []string {
	var rs []string
	if c.Currency == Unlike {
		rs = append(rs, "different currencies: "+c.A.Amount.Currency().String()+" vs "+c.B.Amount.Currency().String())
	}
	if c.Purpose == Unlike {
		rs = append(rs, "different purposes: "+strings.Join(c.A.Purposes, ", ")+" vs "+strings.Join(c.B.Purposes, ", "))
	}
	if c.Kind == Unlike {
		rs = append(rs, "different kinds of spending: "+c.A.Kind.String()+" vs "+c.B.Kind.String())
	}
	if c.Period == Unlike {
		rs = append(rs, "periods do not overlap: "+c.A.Period.String()+" vs "+c.B.Period.String())
	}
	return rs
}

// String describes c in one line, with whole pounds where there are no
// pence: "£4,500,000 inquiry vs £2,400,000 package: £2,100,000 more, 1.875
// times (+87.5%); not like for like: different purposes: ...".
func (c Comparison) String() string {
	side := func(s Spend) string {
		out := s.Amount.Format(currency.Whole)
		if s.Label != "" {
			out += " " + s.Label
		}
		return out
	}
	out := side(c.A) + " vs " + side(c.B) + ": "
	if c.Currency == Unlike {
		out += "no arithmetic across currencies"
	} else {
		switch d := c.Difference; d.Sign() {
		case 1:
			out += d.Format(currency.Whole) + " more"
		case -1:
			out += d.Neg().Format(currency.Whole) + " less"
		default:
			out += "the same"
		}
		if !c.B.Amount.IsZero() {
			sign := ""
			if c.Change.Sign() > 0 {
				sign = "+"
			}
			out += ", " + c.Ratio.String() + " times (" + sign + c.Change.String() + "%)"
		}
	}
	switch c.Overall() {
	case Alike:
		return out + "; like for like"
	case Unlike:
		return out + "; not like for like: " + strings.Join(c.Reasons(), "; ")
	}
	return out + "; like for like not known"
}
