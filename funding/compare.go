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
//
// Figure is the amount as stated, when there is one, for the term it is per
// or over: with "£1.5bn a year" the Amount £1.5bn is a year's money, and
// with "£1.5bn a year for three years" the Amount is still a year's money
// but Compare takes the spend as £4.5bn over three years. Compare converts
// between terms before it takes a difference.
type Spend struct {
	Label    string          `json:"label,omitempty"`
	Amount   currency.Amount `json:"amount"`
	Figure   currency.Figure `json:"figure,omitzero"`
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
	// Term is Alike if the two are money for the same term, once
	// converted: both totals, or both per year. It is Unlike if one is
	// money per a term and the other a total over a term it cannot be
	// converted to exactly, or both are totals over different terms.
	Term Likeness `json:"term"`
	// Conversion says how one side was converted to the other's term
	// before the difference was taken: "£1,500,000,000 a year over 3
	// years is £4,500,000,000". It is "" when there was none.
	Conversion string `json:"conversion,omitempty"`
}

// Compare compares a with b: the Difference a − b, the Ratio a ÷ b, the
// percentage Change from b to a, and whether they are like for like in
// currency, purpose, kind of spending, period and term. £4.5m for an inquiry
// against £2.4m for victim support is 1.875 times as much and £2.1m more,
// but is Unlike in purpose and kind: a comparison of different things.
//
// Money stated per a term is converted before the difference is taken,
// exactly, and Conversion says so: "£1.5bn a year" against "£2.6bn over
// three years" compares £4.5bn over three years with £2.6bn, and "£8m a
// month" against "£90m a year" compares £96m a year with £90m. A spend's
// term is its Figure's Over, or else its Period when that is whole
// financial years. Where no exact conversion exists (money a week against
// a total over a year, a total over an unstated term), the amounts are
// compared as they are and Term is Unlike, with the reason.
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
	x, y := a.Amount, b.Amount
	if c.Currency == Alike {
		x, y = c.terms(a, b)
	}
	diff, err := x.Sub(y)
	if err != nil {
		return c, err
	}
	c.Difference = diff
	ratio, err := x.Ratio(y)
	if err != nil {
		return c, err
	}
	c.Ratio = ratio
	c.Change = ratio.Sub(decimal.New(1, 0)).Shift(2)
	return c, nil
}

// A termed is a spend's amount with the term it is per, or the term it is
// a total over; either may be zero.
type termed struct {
	amount    currency.Amount
	per, over currency.Term
}

// termOf returns s's amount and terms: its Figure's, with money per a term
// over a longer one ("£1.5bn a year for three years") made the total over
// the longer, and a total's term taken from a Period of whole financial
// years when its Figure states none.
func termOf(s Spend) termed {
	t := termed{amount: s.Amount, per: s.Figure.Per(), over: s.Figure.Over()}
	if !t.per.IsZero() && !t.over.IsZero() {
		if a, ok := scale(t.amount, t.over, t.per); ok {
			t.amount, t.per = a, currency.Term{}
		}
	}
	if t.over.IsZero() && t.per.IsZero() && s.Period.IsClosed() {
		p := Package{Period: s.Period}
		if ys, err := p.wholeYears(); err == nil {
			t.over = currency.Years(len(ys))
		}
	}
	return t
}

// scale returns a, money per term per, as the total over term over,
// exactly: £1.5bn a year over 3 years is £4.5bn, £8m a month over a year
// £96m. It reports false when the terms do not convert or the total is not
// exact in decimal (a year's money over four months is a third of it).
func scale(a currency.Amount, over, per currency.Term) (currency.Amount, bool) {
	num, den, ok := over.Ratio(per)
	if !ok {
		return currency.Amount{}, false
	}
	m, err := a.MulInt(num)
	if err != nil {
		return currency.Amount{}, false
	}
	if den == 1 {
		return m, true
	}
	q, err := m.DivInt(den, maxScalePlaces, currency.HalfUp)
	if err != nil {
		return currency.Amount{}, false
	}
	if back, err := q.MulInt(den); err != nil || !back.Equal(m) {
		return currency.Amount{}, false
	}
	return q, true
}

// maxScalePlaces is the most decimal places scale keeps: enough for any
// exact division by the number of days, weeks or months in a term.
const maxScalePlaces = 40

// terms sets c's Term and Conversion for a against b and returns the
// amounts to compare, each for the same term when one converts exactly to
// the other's.
func (c *Comparison) terms(a, b Spend) (currency.Amount, currency.Amount) {
	x, y := termOf(a), termOf(b)
	c.Term = Alike
	switch {
	case x.per.IsZero() && y.per.IsZero():
		if !x.over.IsZero() && !y.over.IsZero() && x.over != y.over {
			if n, d, ok := x.over.Ratio(y.over); !ok || n != d {
				c.Term = Unlike
			}
		}
		return x.amount, y.amount
	case x.per == y.per:
		return x.amount, y.amount
	case !x.per.IsZero() && !y.per.IsZero():
		// Both per a term: the shorter's money over the longer.
		if a, ok := scale(x.amount, y.per, x.per); ok && longer(y.per, x.per) {
			c.Conversion = convertedWords(x, y.per, a)
			return a, y.amount
		}
		if b, ok := scale(y.amount, x.per, y.per); ok {
			c.Conversion = convertedWords(y, x.per, b)
			return x.amount, b
		}
	case !x.per.IsZero() && !y.over.IsZero():
		if a, ok := scale(x.amount, y.over, x.per); ok {
			c.Conversion = convertedWords(x, y.over, a)
			return a, y.amount
		}
	case !y.per.IsZero() && !x.over.IsZero():
		if b, ok := scale(y.amount, x.over, y.per); ok {
			c.Conversion = convertedWords(y, x.over, b)
			return x.amount, b
		}
	}
	c.Term = Unlike
	return x.amount, y.amount
}

// longer reports whether t is at least as long as u, when they convert.
func longer(t, u currency.Term) bool {
	n, d, ok := t.Ratio(u)
	return ok && n >= d
}

// convertedWords says that t, money per its term, is a over term over:
// "£1,500,000,000 a year over 3 years is £4,500,000,000".
func convertedWords(t termed, over currency.Term, a currency.Amount) string {
	per := "per " + t.per.String()
	if rest, one := strings.CutPrefix(t.per.String(), "1 "); one {
		per = "a " + rest
	}
	return t.amount.Format(currency.Whole) + " " + per + " over " + over.String() + " is " + a.Format(currency.Whole)
}

// termWords describes the term of s for a reason: "per 1 year", "over 3
// years", "no stated term".
func termWords(s Spend) string {
	t := termOf(s)
	switch {
	case !t.per.IsZero():
		return "per " + t.per.String()
	case !t.over.IsZero():
		return "over " + t.over.String()
	}
	return "no stated term"
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
// agree in all five, and LikenessUnknown otherwise: nothing is known to
// differ, but something is not known.
func (c Comparison) Overall() Likeness {
	all := [...]Likeness{c.Currency, c.Purpose, c.Kind, c.Period, c.Term}
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
// period, term: "different purposes: inquiry vs advocacy, counselling",
// "different terms: per 1 week vs over 1 year". It
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
	if c.Term == Unlike {
		rs = append(rs, "different terms: "+termWords(c.A)+" vs "+termWords(c.B))
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
	if c.Conversion != "" {
		out += "converted first, " + c.Conversion + "; "
	}
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
