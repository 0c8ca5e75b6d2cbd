package funding

import (
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// An Allocation is one line of a package's itemisation: an amount for a
// recipient or a group of recipients, for a purpose. "MOPAC is providing
// £1,260,000 for the four Rape Crisis Centres in London" is an Allocation
// of £1,260,000 to the London Rape Crisis Centres with a Count of four,
// which Shares divides into four shares of £315,000.
//
// Its money is an exact Amount, as a notes-to-editors list gives it, or a
// Stated figure when the source gives no exact amount: "up to £9bn", "more
// than £20bn", "between £6m and £7m". An allocation can be itemised in turn
// by sub-allocations ("£1.2bn for hospitals, of which £300m for Leeds"),
// and its Allocations are then reconciled with its own figure as a
// package's are with its headline; one with sub-allocations and no money
// of its own has their sum.
//
// An Allocation is a plain record with exported fields; Validate reports
// everything wrong with one, and its question methods return an error
// rather than answer for an invalid one. ID and one of Amount, Stated or
// Allocations are required; the rest is optional and its zero value means
// the source does not say.
type Allocation struct {
	// ID identifies the allocation within its package, and is its grant id
	// in 360Giving (so it should be globally unique if published there).
	ID string `json:"id"`
	// Title and Description are short and long descriptions.
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	// Recipients are who receives the money: named organisations, or one
	// Org naming the group as the source does ("London Rape Crisis
	// Centres").
	Recipients []Org `json:"recipients,omitempty"`
	// Count is how many recipients share Amount equally: "four" Rape Crisis
	// Centres. When it is zero the recipients are those listed, or one if
	// none is.
	Count Count `json:"count,omitzero"`
	// Amount is the money in the package's currency, when the source
	// states it exactly. It is zero or more in an announcement; it is
	// negative only where grants data records money returned or a grant
	// revoked, as 360Giving allows. In JSON it is the object
	// {"amount":"1260000.00","currency":"GBP"}.
	Amount currency.Amount `json:"amount"`
	// Stated is the money as the source words it, when it is not an exact
	// amount: "up to £9bn". An allocation has Amount or Stated, not both.
	// A Stated figure with no qualifier ("£1.2bn") counts as its stated
	// value exactly. In JSON it is the "amount" key's value as words:
	// "amount": "up to £9bn".
	Stated currency.Figure `json:"-"`
	// Allocations itemise this allocation's money in turn; Partial says
	// that they name only some of it ("of which", "including"), as
	// Package.Partial does for a package.
	Allocations []Allocation `json:"allocations,omitempty"`
	Partial     bool         `json:"partial,omitempty"`
	// Purposes are what the money is for, in the source's words:
	// "advocacy", "counselling".
	Purposes []string `json:"purposes,omitempty"`
	// Kind is the kind of spending: Services, Development, Inquiry...
	Kind Kind `json:"kind,omitzero"`
	// Period is when the money is for; the zero Period when the source
	// does not say for this allocation.
	Period Period `json:"period,omitzero"`
	// Novelty says whether this money is new, on its own account.
	Novelty Novelty `json:"novelty,omitzero"`
	// Awarded is the date of the decision to award it, if known.
	Awarded Date `json:"awarded,omitzero"`
	// Regrant marks money given to be passed on as grants by its
	// recipients, so that a total of grants made by both does not count it
	// twice. It is a code of 360Giving's closed Regrant Type codelist, as
	// in a grant's regrantType field: "FRG010" (Common Regrant), "FRG020"
	// (Transfer to intermediary), "FRG030" (Match funding), "FRG040"
	// (Funder collaboration), "FRG050" (Fiscal sponsor), "FRG060"
	// (Endowment) or "FRG070" (Multipurpose); "" when the money is no
	// regrant or the source does not say. Validate refuses any other
	// value (ErrSyntax), since the codelist is closed.
	Regrant string `json:"regrant,omitempty"`
	// Change is how this allocation changes its recipients' earlier level
	// of money, as the source states it: "Aberdeen City Council would
	// receive an extra £10million ... £328million in revenue funding, up
	// from £318million" is the change From £318million To £328million, By
	// £10million, of a £328million allocation. It has the fields and the
	// checks of a package's Change (see Package.Contradictions), its
	// Recycled held against the allocation's own money, but no Of:
	// Validate refuses an allocation's change that names a package, whose
	// money only a package's change can be of. A Relation with no Of is, as
	// for a package, of an earlier level the record holds no package for.
	// It comes last, after the fields that validating and summing read,
	// so that those stay together in memory.
	Change Change `json:"change,omitzero"`
}

// Figure returns a's money as a figure: Stated if it has one, otherwise
// the exact figure of its Amount (currency.ExactFigure). An allocation with
// neither, whose money is its sub-allocations' sum, gives the exact figure
// of that sum when every part is exact, and otherwise the zero Figure
// (Package.Reconcile gives the sum's limits).
func (a Allocation) Figure() currency.Figure {
	if f := a.own(); !f.IsZero() {
		return f
	}
	if m, err := sumOf(a.Allocations, a.currency(), nil); err == nil && !m.inexact {
		return currency.ExactFigure(m.exact)
	}
	return currency.Figure{}
}

// own returns the figure of a's own money, Stated or Amount, or the zero
// Figure if it has neither.
func (a Allocation) own() currency.Figure {
	if !a.Stated.IsZero() {
		return a.Stated
	}
	return currency.ExactFigure(a.Amount)
}

// exact returns a's money as an exact amount: its Amount, the value of a
// Stated figure with no qualifier, or the sum of its sub-allocations. It
// returns an error matching ErrInexact, not a *FieldError, if the money is
// known only between limits; the 360Giving writer's amountAwarded is this
// amount.
func (a Allocation) exact() (currency.Amount, error) {
	m, err := a.total(nil)
	if err != nil {
		return currency.Amount{}, err
	}
	if !m.inexact {
		return m.exact, nil
	}
	return currency.Amount{}, expected(ErrInexact, "the money is "+m.gap().String()+", not an exact amount")
}

// Sharers returns how many recipients share a's Amount: the Count if it
// is stated, otherwise the number of Recipients listed, otherwise 1. It
// returns an error matching ErrInexact if the Count is not exact ("about
// four centres"), and the errors of Validate for an invalid Allocation.
func (a Allocation) Sharers() (int64, error) {
	if err := a.Validate(); err != nil {
		return 0, err
	}
	switch {
	case !a.Count.IsZero():
		if !a.Count.IsExact() {
			return 0, &FieldError{Path: "count", Err: expected(ErrInexact, "cannot share exactly among "+a.Count.String())}
		}
		return a.Count.Value(), nil
	case len(a.Recipients) > 0:
		return int64(len(a.Recipients)), nil
	}
	return 1, nil
}

// Shares divides a's Amount equally among its Sharers, in minor units (see
// currency's Split), so the shares add up to the Amount exactly: £1,260,000
// among four centres is £315,000 each, and £2,165,000 among three is
// £721,666.67, £721,666.67 and £721,666.66, the spare pennies going to the
// first. It returns the errors of Sharers.
func (a Allocation) Shares() ([]currency.Amount, error) {
	n, err := a.Sharers()
	if err != nil {
		return nil, err
	}
	if n > maxShares {
		return nil, &FieldError{Path: "count", Err: expected(ErrRange, "cannot list more than "+itoa(maxShares)+" shares")}
	}
	amount, err := a.exact()
	if err != nil {
		return nil, &FieldError{Path: "amount", Err: err}
	}
	return amount.Split(int(n))
}

// DescribeShares returns a's Shares as a reader is shown them, each in
// whole pounds where it has no pence (currency.Whole), in runs of equal
// ones: "4 × £315,000", or "36 × £2,115,013.05 + 5 × £2,115,013.04" where
// the spare pennies went to the first, so that a count of 41 does not
// print 41 amounts. Up to four shares that are not all equal are written
// out: "£721,666.67 + £721,666.67 + £721,666.66". It returns "" if fewer
// than two share a's money, or if Shares cannot divide it (an inexact
// Count or amount: Shares gives the error).
func (a Allocation) DescribeShares() string {
	shares, err := a.Shares()
	if err != nil || len(shares) < 2 {
		return ""
	}
	// Shares gives the spare pennies to the first, so there are at most
	// two runs: k shares of one penny more, then the rest.
	n := len(shares)
	k := 1
	for k < n && shares[k].Equal(shares[0]) {
		k++
	}
	first := shares[0].Format(currency.Whole)
	if k == n {
		return itoa(int64(n)) + " × " + first
	}
	if n <= 4 {
		words := make([]string, n)
		for i, sh := range shares {
			words[i] = sh.Format(currency.Whole)
		}
		return strings.Join(words, " + ")
	}
	run := func(count int, words string) string {
		if count == 1 {
			return words
		}
		return itoa(int64(count)) + " × " + words
	}
	return run(k, first) + " + " + run(n-k, shares[n-1].Format(currency.Whole))
}

// maxShares bounds the slice Shares returns.
const maxShares = 1 << 20

// PerRecipient returns a's Amount per recipient as a Rate, in unit, such as
// "Rape Crisis Centre": £1,260,000 over four is £315,000 per Rape Crisis
// Centre. Unlike Shares, it works for an inexact Count ("about £315,000 per
// centre" for "about four centres"). It returns the errors of Validate and
// NewRate.
func (a Allocation) PerRecipient(unit string) (Rate, error) {
	if err := a.Validate(); err != nil {
		return Rate{}, err
	}
	amount, err := a.exact()
	if err != nil {
		return Rate{}, &FieldError{Path: "amount", Err: err}
	}
	n := a.Count
	if n.IsZero() {
		k := int64(len(a.Recipients))
		if k == 0 {
			k = 1
		}
		n = Count{n: k, bound: currency.Exact}
	}
	return NewRate(amount, n, unit)
}

// Spend returns a as a Spend for Compare: its Title (or ID) as the label,
// its money, Purposes, Kind and Period. It returns the errors of Validate,
// and one matching ErrInexact if a's money is not exact.
func (a Allocation) Spend() (Spend, error) {
	if err := a.Validate(); err != nil {
		return Spend{}, err
	}
	amount, err := a.exact()
	if err != nil {
		return Spend{}, &FieldError{Path: "amount", Err: err}
	}
	label := a.Title
	if label == "" {
		label = a.ID
	}
	return Spend{Label: label, Amount: amount, Figure: a.Stated, Purposes: a.Purposes, Kind: a.Kind, Period: a.Period}, nil
}
