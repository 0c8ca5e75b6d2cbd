package funding

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
)

// Validate reports every problem with p at once, joined with errors.Join,
// each a *FieldError naming the field by its JSON path ("allocations[1].
// amount"); it returns nil for a valid Package. Every *FieldError matches
// ErrInvalid, and its cause one of:
//   - ErrMissing: no ID, no funder name, an allocation with no ID or no
//     amount, an empty purpose, a source with neither title nor URL, a
//     measure with no count or noun, a milestone with no event;
//   - ErrSyntax: a funder or recipient ID that is not an org-id.guide
//     identifier, a source URL that is not an absolute http(s) URL;
//   - ErrRange: a Novelty, Kind or Relation outside its list, an allocation
//     that names more recipients than its exact Count, or an allocation's
//     change that names a package (Of), as only a package's can;
//   - ErrNegative: a negative stated allocation figure, profile year or
//     change figure, or a negative change percentage, a package's or an
//     allocation's (an exact allocation Amount may be negative: grants
//     data records money returned so);
//   - ErrPeriodOrder: a period, the package's or an allocation's, whose end
//     is before its start;
//   - ErrDuplicate: two allocations with the same ID, at any depth, or two
//     profile years for one financial year;
//   - currency.ErrMismatch: an allocation in another currency than the
//     headline (or, with no headline, than the first allocation).
//
// A count of zero and an unknown novelty name never reach a Package: the
// constructors and the JSON decoding of Count and Novelty reject them.
func (p Package) Validate() error { return validate(&p) }

// validate is Package.Validate for a package its caller holds already,
// which it does not copy again: Reconcile validates before it reconciles,
// and Assess reconciles every package of a record.
func validate(p *Package) error {
	var v validator
	code := currencyOf(p)
	if blank(p.ID) {
		v.add("id", ErrMissing)
	}
	v.sub("funder", p.Funder.Validate())
	v.sub("period", p.Period.Validate())
	if !p.Novelty.valid() {
		v.enum("novelty", p.Novelty.String())
	}
	if !p.Kind.valid() {
		v.enum("kind", p.Kind.String())
	}
	v.purposes("purposes", p.Purposes)
	for i, s := range p.Sources {
		if err := s.Validate(); err != nil {
			v.sub(index("sources", i), err)
		}
	}
	if len(p.Allocations) > 0 {
		// The IDs met are only made room for, several hundred bytes
		// zeroed, for a package with allocations to meet.
		var ids seen
		v.allocations("allocations", p.Allocations, code, &ids)
	}
	if p.Partial && len(p.Allocations) == 0 {
		v.add("partial", expected(ErrMissing, "a partial itemisation with no allocations"))
	}
	if len(p.Profile) > 0 {
		v.profile(p.Profile, code)
	}
	if !zeroChange(&p.Change) {
		p.Change.validate(&v, "change", code)
	}
	for i, m := range p.Measures {
		if err := m.Validate(); err != nil {
			v.sub(index("measures", i), err)
		}
	}
	for i, m := range p.Milestones {
		if err := m.Validate(); err != nil {
			v.sub(index("milestones", i), err)
		}
	}
	return v.err()
}

// Validate reports every problem with a at once, as Package.Validate does,
// with paths relative to the allocation ("amount", "recipients[0].name",
// "allocations[1].amount" for a sub-allocation). It returns nil for a valid
// Allocation.
func (a Allocation) Validate() error {
	var v validator
	var ids seen
	ids.add(a.ID, place{"the allocation", -1})
	v.allocation(&a, a.currency(), &ids)
	return v.err()
}

// A place is where an allocation is: index i of the list at path.
type place struct {
	path string
	i    int
}

// String returns the place's JSON path, "allocations[1]"; an index below
// zero is the path alone.
func (l place) String() string {
	if l.i < 0 {
		return l.path
	}
	return index(l.path, l.i)
}

// A seen holds the allocation IDs met so far, at any depth, and their
// places. Most packages have a handful of allocations, so it looks through
// a list held in place, which costs no allocation, and indexes the IDs by a
// map only once there are more than manyIDs.
type seen struct {
	n      int
	ids    [manyIDs]string
	places [manyIDs]place
	m      map[string]place // made once there are more than manyIDs
}

// manyIDs is the number of IDs seen lists before it indexes them by a map.
const manyIDs = 8

// find returns the place of id, if it has been met.
func (s *seen) find(id string) (place, bool) {
	if s.m != nil {
		l, ok := s.m[id]
		return l, ok
	}
	for i, x := range s.ids[:s.n] {
		if x == id {
			return s.places[i], true
		}
	}
	return place{}, false
}

// add records that id is at l, unless it has been met before.
func (s *seen) add(id string, l place) {
	switch {
	case s.m == nil && s.n < manyIDs:
		s.ids[s.n], s.places[s.n] = id, l
		s.n++
		return
	case s.m == nil:
		s.m = make(map[string]place, 4*manyIDs)
		for i := s.n - 1; i >= 0; i-- { // backwards, so that the first place stays
			s.m[s.ids[i]] = s.places[i]
		}
	}
	if _, ok := s.m[id]; !ok {
		s.m[id] = l
	}
}

// allocations records the problems of the allocations as, at path, whose
// money is in currency code. ids holds the IDs met so far and their places.
// Paths are only spelt out for problems, so that a valid record costs no
// strings.
func (v *validator) allocations(path string, as []Allocation, code currency.Code, ids *seen) {
	for i := range as {
		a := &as[i]
		if prev, dup := ids.find(a.ID); dup && a.ID != "" {
			v.add(index(path, i)+".id", expected(ErrDuplicate, quote(a.ID)+" is also "+prev.String()+"'s"))
		} else {
			ids.add(a.ID, place{path, i})
		}
		if c := a.ownCurrency(); !c.IsZero() && !code.IsZero() && c != code {
			v.add(index(path, i)+".amount", &currency.MismatchError{Op: "Validate", A: code, B: c})
		}
		mark := len(v.errs)
		v.allocation(a, code, ids)
		if len(v.errs) > mark {
			// The allocation's problems, with paths relative to it, are
			// put under its place.
			at := index(path, i) + "."
			for _, e := range v.errs[mark:] {
				if fe, ok := e.(*FieldError); ok {
					fe.Path = at + fe.Path
				}
			}
		}
	}
}

// allocation records the problems of a, whose money is in currency code,
// with paths relative to it.
func (v *validator) allocation(a *Allocation, code currency.Code, ids *seen) {
	if blank(a.ID) {
		v.add("id", ErrMissing)
	}
	hasAmount, hasStated := !a.Amount.Currency().IsZero(), !a.Stated.IsZero()
	switch {
	case hasAmount && hasStated:
		v.add("amount", expected(ErrRange, "want an exact amount or a stated figure, not both"))
	case !hasAmount && !hasStated && len(a.Allocations) == 0:
		v.add("amount", expected(ErrMissing, "want an amount in a currency, a stated figure or sub-allocations"))
	case hasStated && a.Stated.Nominal().Sign() < 0:
		v.add("amount", expected(ErrNegative, quote(a.Stated.Text())))
	}
	for i, o := range a.Recipients {
		if err := o.Validate(); err != nil {
			v.sub(index("recipients", i), err)
		}
	}
	if a.Count.IsExact() && len(a.Recipients) > 1 && int64(len(a.Recipients)) > a.Count.Value() {
		v.add("count", expected(ErrRange, strconv.Itoa(len(a.Recipients))+" recipients named but the count is "+a.Count.String()))
	}
	v.sub("period", a.Period.Validate())
	if !a.Novelty.valid() {
		v.enum("novelty", a.Novelty.String())
	}
	if !a.Kind.valid() {
		v.enum("kind", a.Kind.String())
	}
	v.purposes("purposes", a.Purposes)
	if err := checkRegrant(a.Regrant); err != nil {
		v.add("regrant", err)
	}
	switch {
	case a.Partial && len(a.Allocations) == 0:
		v.add("partial", expected(ErrMissing, "a partial itemisation with no sub-allocations"))
	case a.Partial && !hasAmount && !hasStated:
		v.add("amount", expected(ErrMissing, "sub-allocations that name only part of the money need the allocation's own amount"))
	}
	if !zeroChange(&a.Change) {
		v.allocationChange(&a.Change, code)
	}
	v.allocations("allocations", a.Allocations, code, ids)
}

// allocationChange records the problems of c, the change of an allocation
// whose money is in currency code: those of a package's change, and an Of,
// since an allocation's change is of its recipients' earlier money and
// names no package.
func (v *validator) allocationChange(c *Change, code currency.Code) {
	c.validate(v, "change", code)
	if c.Of != "" {
		v.add("change.of", expected(ErrRange, quote(c.Of)+": only a package's change names the package it changes, not an allocation's"))
	}
}

// profile records the problems of a profile in currency code.
func (v *validator) profile(ys []ProfileYear, code currency.Code) {
	seen := make(map[FiscalYear]int, len(ys))
	for i, y := range ys {
		at := index("profile", i)
		switch j, dup := seen[y.Year]; {
		case !y.Year.Valid():
			v.add(at+".year", expected(ErrMissing, "want a financial year, such as 2024-25"))
		case dup:
			v.add(at+".year", expected(ErrDuplicate, y.Year.String()+" is also profile["+strconv.Itoa(j)+"]'s"))
		default:
			seen[y.Year] = i
		}
		switch {
		case y.Amount.IsZero():
			v.add(at+".amount", ErrMissing)
		case y.Amount.Nominal().Sign() < 0:
			v.add(at+".amount", expected(ErrNegative, quote(y.Amount.Text())))
		case !code.IsZero() && y.Amount.Currency() != code:
			v.add(at+".amount", &currency.MismatchError{Op: "Validate", A: code, B: y.Amount.Currency()})
		}
	}
}

// A validator collects FieldErrors.
type validator struct{ errs []error }

// add records err at path.
func (v *validator) add(path string, err error) {
	v.errs = append(v.errs, &FieldError{Path: path, Err: err})
}

// sub records the errors of a nested record's Validate under path.
func (v *validator) sub(path string, err error) {
	if err == nil {
		return
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			v.sub(path, e)
		}
		return
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		v.add(path+"."+fe.Path, fe.Err)
		return
	}
	v.add(path, err)
}

// enum records an out-of-range enumeration value, whose String is name, at
// path. Its callers check the value first, so that a valid record spells
// out no names.
func (v *validator) enum(path string, name string) {
	v.add(path, expected(ErrRange, name+" is not a listed value"))
}

// purposes records empty purposes.
func (v *validator) purposes(path string, ps []string) {
	for i, p := range ps {
		if blank(p) {
			v.add(index(path, i), ErrMissing)
		}
	}
}

// blank reports whether s is empty or white space alone, as
// strings.TrimSpace finds it, looking no further than its first rune
// that is not a space, which for an ID or a name is the first: one that
// begins with a printing ASCII character, as every ID and name of a valid
// record does, is not, and is not decoded rune by rune.
func blank(s string) bool {
	if len(s) > 0 && s[0] > ' ' && s[0] < utf8.RuneSelf {
		return false
	}
	return strings.TrimLeftFunc(s, unicode.IsSpace) == ""
}

// err returns the collected errors joined, or nil.
func (v *validator) err() error { return errors.Join(v.errs...) }

// index returns "name[i]".
func index(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }
