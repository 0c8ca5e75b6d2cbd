package funding

import (
	"math"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
)

// A Status is the outcome of setting a package's headline figure against
// its itemisation. The zero Status is StatusUnknown.
type Status int

// The reconciliation statuses.
const (
	// StatusUnknown is the zero Status: nothing was reconciled.
	StatusUnknown Status = iota

	// Matches: the itemised total is the headline's stated value, and the
	// headline's wording admits it.
	Matches

	// WithinWording: the itemised total is not the stated value but the
	// wording admits it: £2,395,000 against "£2.4m", £4.1m against "more
	// than £4m".
	WithinWording

	// Unitemised: the itemised total falls short of anything the headline
	// admits; the rest of the money is not itemised. The Gap says how much
	// is missing at least and at most.
	Unitemised

	// OverAllocated: the itemised total exceeds anything the headline
	// admits. The Gap says by how much.
	OverAllocated

	// Partial: the itemisation names only some of the money ("including",
	// "of which") and does not exceed the headline; the Gap is the unnamed
	// remainder. A partial list never makes the headline unsupported.
	Partial

	// Overlaps: some parts are stated inexactly ("up to £9bn"), and the
	// totals they admit overlap the headline's without lying within it:
	// the parts may add up to the headline, or may not, and the record
	// cannot tell.
	Overlaps
)

var statusNames = [...]string{
	StatusUnknown: "unknown",
	Matches:       "matches",
	WithinWording: "within wording",
	Unitemised:    "unitemised",
	OverAllocated: "over-allocated",
	Partial:       "partial",
	Overlaps:      "overlaps",
}

// String returns the status's name in lower case: "unknown", "matches",
// "within wording", "unitemised" or "over-allocated"; "Status(9)" for a
// value outside the list.
func (s Status) String() string {
	if s.valid() {
		return statusNames[s]
	}
	return "Status(" + itoa(int64(s)) + ")"
}

// valid reports whether s is one of the listed statuses.
func (s Status) valid() bool { return s >= 0 && int(s) < len(statusNames) }

// ParseStatus returns the status named s, as String writes it, in any case;
// "unknown" gives StatusUnknown. It returns a *ParseError matching ErrSyntax
// if s names no status.
func ParseStatus(s string) (Status, error) {
	for st, name := range statusNames {
		if strings.EqualFold(name, s) {
			return Status(st), nil
		}
	}
	return StatusUnknown, &ParseError{Func: "ParseStatus", Input: s, Err: expected(ErrSyntax, "want matches, within wording, unitemised, over-allocated, partial, overlaps or unknown")}
}

// MarshalText returns the status's name. It returns an error matching
// ErrRange for a value outside the list.
func (s Status) MarshalText() ([]byte, error) {
	if !s.valid() {
		return nil, &ParseError{Func: "Status.MarshalText", Input: s.String(), Err: expected(ErrRange, "want a listed status")}
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText sets s to the status named by text, as ParseStatus reads it.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := ParseStatus(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// A Reconciliation is the result of Package.Reconcile: the headline, the
// itemised total, the Status and, for Unitemised, OverAllocated and
// Partial, the Gap between them. Nested holds the reconciliation of every
// allocation that is itemised in turn, depth first.
type Reconciliation struct {
	// Allocation is the ID of the allocation whose sub-allocations are
	// reconciled with its figure, or "" for the package itself.
	Allocation string `json:"allocation,omitempty"`
	// Headline is the package's headline, or the allocation's figure.
	// Total is what it admits as a total, when it is money per a term
	// ("£400m a year") that the package's Period or the headline's own
	// term totals (£1,198,500,000 up to £1,201,500,000 over three years);
	// the zero Gap otherwise.
	Headline currency.Figure `json:"headline"`
	Total    Gap             `json:"total,omitzero"`
	// Itemised is the sum of the parts: one amount when every part is
	// exact, otherwise the least and most the parts' figures admit.
	Itemised Gap    `json:"itemised"`
	Status   Status `json:"status"`
	// Gap is the unitemised remainder (Unitemised), the unnamed remainder
	// (Partial) or the excess (OverAllocated); the zero Gap otherwise.
	Gap Gap `json:"gap,omitzero"`
	// Count is the allocation's own count and Counted the sum of its
	// sub-allocations' exact counts, when both are stated: "35" hospitals
	// against 5 + 30. CountsAgree reports whether they agree.
	Count   Count `json:"count,omitzero"`
	Counted Count `json:"counted,omitzero"`
	// Nested are the reconciliations of the allocations itemised in
	// turn; nil in a nested Reconciliation, whose own are listed with the
	// package's.
	Nested []Reconciliation `json:"nested,omitempty"`
}

// CountsAgree reports whether r's Count admits its Counted: false when the
// sub-allocations' counts add up to a number the allocation's count does
// not allow (5 + 30 is not 36), true when they do or either is unstated.
func (r Reconciliation) CountsAgree() bool {
	if r.Count.IsZero() || r.Counted.IsZero() {
		return true
	}
	return r.Count.admits(r.Counted.Value())
}

// String describes r in a sentence's worth of words:
// `itemised £3,595,000 falls at least £405,000 short of "more than £4 million"`,
// `itemised £2,400,000 matches "£2.4m"`,
// `the named parts, at least £20,000,000,000, are part of "£30bn"; the
// unnamed remainder is at most £10,000,000,000`. The words of a nested
// Reconciliation begin with its allocation's ID; a count that does not add
// up is said after a semicolon.
func (r Reconciliation) String() string {
	head := strconv.Quote(r.Headline.Text())
	if !r.Total.IsZero() {
		head += " (in all, " + r.Total.String() + ")"
	}
	item := "itemised " + r.Itemised.String()
	var out string
	switch r.Status {
	case Matches:
		out = item + " matches " + head
	case WithinWording:
		out = item + " is within the wording of " + head
	case Unitemised:
		out = item + " falls " + r.Gap.String() + " short of " + head
	case OverAllocated:
		out = item + " exceeds " + head + " by " + r.Gap.String()
	case Partial:
		out = "the named parts, " + r.Itemised.String() + ", are part of " + head + "; the unnamed remainder is " + r.Gap.String()
	case Overlaps:
		out = item + " may or may not add up to " + head
	default:
		out = item + " is not reconciled with " + head
		if r.Headline.IsZero() {
			out = item
		}
	}
	if !r.CountsAgree() {
		out += "; the parts count " + r.Counted.String() + ", which is not " + r.Count.String()
	}
	if r.Allocation != "" {
		out = r.Allocation + ": " + out
	}
	return out
}

// Itemised returns the sum of p's allocations, exactly, in p's currency;
// with no allocations it is zero in the headline's currency. An allocation
// itemised in turn counts with its own figure, or with its
// sub-allocations' sum when it has none. It returns the errors of
// Validate, and one matching ErrInexact when a part is stated inexactly
// ("up to £9bn"): Reconcile then gives the sum's limits.
func (p Package) Itemised() (currency.Amount, error) {
	if err := p.Validate(); err != nil {
		return currency.Amount{}, err
	}
	return p.itemised()
}

// whole returns the itemised total of a valid package with no headline as
// its total: an error matching ErrMissing if the itemisation is Partial.
func (p Package) whole() (currency.Amount, error) {
	if p.Partial {
		return currency.Amount{}, &FieldError{Path: "headline", Err: expected(ErrMissing, "the allocations name only part of the money, and there is no headline for the whole")}
	}
	return p.itemised()
}

// itemised sums the allocations of a valid package exactly, with the
// errors of Itemised.
func (p Package) itemised() (currency.Amount, error) {
	over := p.over()
	m, err := sumOf(p.Allocations, p.Currency(), &over)
	if err != nil {
		return currency.Amount{}, err
	}
	if !m.inexact {
		return m.exact, nil
	}
	return currency.Amount{}, &FieldError{Path: "allocations", Err: expected(ErrInexact, "the allocations add up to "+m.gap().String()+", not an exact amount")}
}

// Reconcile sets p's headline against its itemised total and reports the
// Status: Matches if the total is the stated value, WithinWording if the
// wording admits it (by currency.Figure's Admits, which takes the precision
// of the wording into account), otherwise Unitemised or OverAllocated with
// the Gap: how much of what the headline admits is missing, or how much too
// much is itemised, at least and at most. For the 2016 MOPAC package, whose
// allocations add up to £3,595,000 against "more than £4 million", it
// reports Unitemised with a Gap of more than £405,000 and no upper limit.
//
// Parts stated inexactly add up to limits, not an amount: "more than £20bn"
// and "up to £9bn" are at least £20bn together. Limits that lie within the
// headline's are WithinWording, wholly below or above it Unitemised or
// OverAllocated, and otherwise Overlaps. A Partial itemisation is only ever
// Partial, with the unnamed remainder as the Gap, or OverAllocated when the
// named parts alone exceed the headline.
//
// Every allocation itemised in turn is reconciled with its own figure the
// same way, and its count with its sub-allocations' counts, in Nested.
//
// A package with no headline has nothing to reconcile its itemisation with:
// its Reconciliation has the Itemised total, StatusUnknown and the Nested
// reconciliations of its allocations.
//
// Money stated per a term is set against totals as the total over the
// package's term: the headline's Over, or its Period when that is whole
// financial years. "£400m a year" over 2024-25 to 2026-27 is reconciled as
// £1.2bn in all, to its stated precision (Reconciliation.Total), and a part
// of "£10m a month" as 36 months of it.
//
// Reconcile returns the errors of Validate, and one matching ErrRange (not
// ErrInvalid: the record is valid) naming the headline or allocation whose
// money is per a term that nothing says how to total: "£400m a year" with
// no period, "£5,000 a week" over years.
func (p Package) Reconcile() (r Reconciliation, err error) {
	// r is the result itself, written in place rather than copied out:
	// Assess reconciles every itemised package.
	if err := validate(&p); err != nil {
		return Reconciliation{}, err
	}
	over := p.over()
	if hasHeadline(&p) {
		if err := reconcile(&r, &p.Headline, p.Allocations, p.Partial, currencyOf(&p), over); err != nil {
			return Reconciliation{}, err
		}
	} else {
		m, err := sumOf(p.Allocations, currencyOf(&p), &over)
		if err != nil {
			return Reconciliation{}, err
		}
		r.Itemised = m.gap()
	}
	err = nest(&r.Nested, p.Allocations, over)
	return r, err
}

// nest appends to out the reconciliation of every allocation in as, and in
// their sub-allocations, that is itemised in turn and has a figure or a
// count of its own to reconcile the itemisation with.
func nest(out *[]Reconciliation, as []Allocation, over currency.Term) error {
	for i := range as {
		a := &as[i]
		if len(a.Allocations) == 0 {
			continue
		}
		head := a.own()
		var r Reconciliation
		if head.IsZero() {
			m, err := sumOf(a.Allocations, a.currency(), &over)
			if err != nil {
				return at(a.ID, err)
			}
			r.Itemised = m.gap()
		} else {
			if err := reconcile(&r, &head, a.Allocations, a.Partial, head.Currency(), over); err != nil {
				return at(a.ID, err)
			}
		}
		r.Allocation = a.ID
		if !a.Count.IsZero() {
			r.Count, r.Counted = a.Count, countOf(a.Allocations)
		}
		if !head.IsZero() || !r.Counted.IsZero() {
			*out = append(*out, r)
		}
		if err := nest(out, a.Allocations, over); err != nil {
			return err
		}
	}
	return nil
}

// countOf returns the sum of the exact counts of as, or the zero Count if
// any has none or an inexact one.
func countOf(as []Allocation) Count {
	var n int64
	for _, a := range as {
		if !a.Count.IsExact() || n > math.MaxInt64-a.Count.Value() {
			return Count{}
		}
		n += a.Count.Value()
	}
	return Count{n: n, bound: currency.Exact}
}

// reconcile sets the headline h against the parts as, in currency c, each
// money stated per a term totalled over the term over, and writes the
// reconciliation into r, which is zero: a Reconciliation is several hundred
// bytes, and Assess reconciles every itemised package, so it is written
// once where its caller keeps it rather than returned and copied.
func reconcile(r *Reconciliation, h *currency.Figure, as []Allocation, partial bool, c currency.Code, over currency.Term) error {
	n, err := terms(h, over)
	if err != nil {
		return at("headline", err)
	}
	m, err := sumOf(as, c, &over)
	if err != nil {
		return err
	}
	r.Headline, r.Itemised = *h, m.gap()
	total := &r.Itemised
	hiv := h.Interval()
	if n > 1 {
		hiv = repeat(hiv, n)
	}
	hg := gapOf(hiv)
	if !h.Per().IsZero() {
		r.Total = hg
	}
	// An exact sum is its own amount, as Exact would find it after
	// copying the Gap twice; only limits need Exact, which takes a closed
	// interval of one amount for that amount.
	amount, exact := m.exact, !m.exact.Currency().IsZero()
	if m.inexact {
		amount, exact = total.Exact()
	}
	switch {
	case hg.below(total):
		r.Status = OverAllocated
		r.Gap = total.minus(&hg, false)
	case partial:
		r.Status = Partial
		r.Gap = hg.minus(total, true)
	case exact && hiv.Contains(amount):
		r.Status = WithinWording
		nominal, err1 := h.Nominal().MulInt(n)
		high, err2 := h.High().MulInt(n)
		if err1 == nil && err2 == nil && (amount.Equal(nominal) || amount.Equal(high)) {
			r.Status = Matches
		}
	case total.within(&hg):
		r.Status = WithinWording
	case total.below(&hg):
		r.Status = Unitemised
		r.Gap = hg.minus(total, false)
	default:
		r.Status = Overlaps
	}
	return nil
}
