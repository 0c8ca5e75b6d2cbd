package funding

import (
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
)

var statusNames = [...]string{
	StatusUnknown: "unknown",
	Matches:       "matches",
	WithinWording: "within wording",
	Unitemised:    "unitemised",
	OverAllocated: "over-allocated",
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
	return StatusUnknown, &ParseError{Func: "ParseStatus", Input: s, Err: expected(ErrSyntax, "want matches, within wording, unitemised, over-allocated or unknown")}
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

// A Gap is an amount known only to lie between two limits: how much of a
// headline is not itemised, when the headline says "more than £4 million".
// Least is the lower limit and Most the upper; LeastOpen and MostOpen say
// whether the limit itself is excluded, and Unbounded that there is no
// upper limit (Most is then the zero Amount).
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

// String describes g in words with whole pounds where there are no pence:
// "at least £405,000" when it is Unbounded, "£5,000" when its limits are
// one amount, otherwise "between £0 and £50,000". "At least" is said of an
// open lower limit too, which is true if not the whole truth: LeastOpen says
// that the gap is more than Least. The zero Gap gives "".
func (g Gap) String() string {
	switch {
	case g.IsZero():
		return ""
	case g.Unbounded:
		return "at least " + g.Least.Format(currency.Whole)
	case g.Least.Equal(g.Most):
		return g.Least.Format(currency.Whole)
	}
	return "between " + g.Least.Format(currency.Whole) + " and " + g.Most.Format(currency.Whole)
}

// A Reconciliation is the result of Package.Reconcile: the headline, the
// itemised total, the Status and, for Unitemised and OverAllocated, the Gap
// between them.
type Reconciliation struct {
	Headline currency.Figure `json:"headline"`
	Itemised currency.Amount `json:"itemised"`
	Status   Status          `json:"status"`
	// Gap is the unitemised remainder (Unitemised) or the excess
	// (OverAllocated); the zero Gap otherwise.
	Gap Gap `json:"gap,omitzero"`
}

// String describes r in a sentence's worth of words:
// `itemised £3,595,000 falls at least £405,000 short of "more than £4 million"`,
// `itemised £2,400,000 matches "£2.4m"`.
func (r Reconciliation) String() string {
	head := strconv.Quote(r.Headline.Text())
	item := "itemised " + r.Itemised.Format(currency.Whole)
	switch r.Status {
	case Matches:
		return item + " matches " + head
	case WithinWording:
		return item + " is within the wording of " + head
	case Unitemised:
		return item + " falls " + r.Gap.String() + " short of " + head
	case OverAllocated:
		return item + " exceeds " + head + " by " + r.Gap.String()
	}
	return item + " is not reconciled with " + head
}

// Itemised returns the sum of p's allocations, exactly, in p's currency;
// with no allocations it is zero in the headline's currency. It returns the
// errors of Validate.
func (p Package) Itemised() (currency.Amount, error) {
	if err := p.Validate(); err != nil {
		return currency.Amount{}, err
	}
	return p.itemised()
}

// itemised sums the allocations of a valid package. The total keeps the
// allocations' own scale, so whole-pound lines add up to whole pounds; with
// no allocations it is zero in the package's currency.
func (p Package) itemised() (currency.Amount, error) {
	if len(p.Allocations) == 0 {
		return currency.FromMinor(0, p.Currency()), nil
	}
	var total currency.Amount
	for _, a := range p.Allocations {
		t, err := total.Add(a.Amount)
		if err != nil {
			return currency.Amount{}, err
		}
		total = t
	}
	return total, nil
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
// Reconcile returns the errors of Validate, and one matching ErrMissing if
// p has no headline.
func (p Package) Reconcile() (Reconciliation, error) {
	if err := p.Validate(); err != nil {
		return Reconciliation{}, err
	}
	if !p.HasHeadline() {
		return Reconciliation{}, &FieldError{Path: "headline", Err: expected(ErrMissing, "nothing to reconcile the itemisation with")}
	}
	total, err := p.itemised()
	if err != nil {
		return Reconciliation{}, err
	}
	h := p.Headline
	r := Reconciliation{Headline: h, Itemised: total}
	iv := h.Interval()
	if iv.Contains(total) {
		r.Status = WithinWording
		if total.Equal(h.Nominal()) || total.Equal(h.High()) {
			r.Status = Matches
		}
		return r, nil
	}
	if c, _ := total.Compare(iv.Min()); c < 0 || c == 0 && iv.MinOpen() {
		r.Status = Unitemised
		least, _ := iv.Min().Sub(total)
		r.Gap = Gap{Least: least, LeastOpen: iv.MinOpen(), Unbounded: iv.Unbounded()}
		if !iv.Unbounded() {
			r.Gap.Most, _ = iv.Max().Sub(total)
			r.Gap.MostOpen = iv.MaxOpen()
		}
		return r, nil
	}
	r.Status = OverAllocated
	least, _ := total.Sub(iv.Max())
	most, _ := total.Sub(iv.Min())
	r.Gap = Gap{Least: least, LeastOpen: iv.MaxOpen(), Most: most, MostOpen: iv.MinOpen()}
	return r, nil
}
