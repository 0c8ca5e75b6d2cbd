package claims

import (
	"errors"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// Validate reports every problem with r at once, joined with errors.Join,
// each a *RecordError that names the claim, event or package at fault and
// the field by its JSON path; it returns nil for a valid Record. Every
// *RecordError matches ErrInvalid, and its cause one of:
//   - the errors of Claim.Validate, for each claim;
//   - the errors of funding's Package.Validate, for each package;
//   - ErrDuplicate: two packages, events or claims with one ID;
//   - ErrRange: a price level that is not positive, or for no year;
//   - ErrMissing: an event with no ID or title; a stated amount or
//     insufficiency that names no package, directly or by the claim's
//     About; a measure named without a package;
//   - ErrNotFound: a claim's About, RespondsTo or an assertion naming a
//     package, allocation, measure, claim or event the record lacks; an
//     event after an event the record lacks; a package's change of a
//     package the record lacks;
//   - ErrSelfResponse: a claim that responds to itself (also from
//     Claim.Validate), an event said to come after itself, and a package
//     whose change is of itself;
//   - ErrCycle: claims that respond to one another in a circle, reported
//     once, on the first of them in the record, with the circle spelt out;
//     events that come after one another in a circle.
func (r Record) Validate() error {
	ix, err := r.index(nil)
	ix.release()
	return err
}

// An index locates a record's packages, events and claims by ID.
type index struct {
	packages pkgTable
	events   map[string]int
	// claims is nil when no claim names another and the IDs are distinct
	// (see claimsOnce): then nothing looks a claim up.
	claims map[string]int
	// pkgOf holds, for each assertion of each claim in order, the index
	// of the package it is about, or -1; about holds, for each claim, the
	// index of its About package, or -1.
	pkgOf []int32
	about []int32
	// later holds, by the index of a package, the indices of the packages
	// whose Change is of it, in record order; nil if none is.
	later map[int][]int
}

// release hands the index's tables to the next index (see scratch); ix
// is empty after.
func (ix *index) release() {
	slotsScratch.put(ix.packages.slots)
	idsScratch.put(ix.packages.ids)
	ix.packages = pkgTable{}
}

// index validates r and returns its index, whose tables its caller
// releases. check validates the package at
// index i of r.Packages, and may do more with it while it is at hand; nil
// means funding's Package.Validate.
func (r Record) index(check func(i int) error) (index, error) {
	var v validator
	ix := index{
		packages: newPkgTable(r.Packages),
		events:   make(map[string]int, len(r.Events)),
	}
	var dups bool // a duplicate ID has been met: see insertFirst
	// changers are the packages whose Change is of another, in order,
	// noted as each is checked: what they change is looked up once every
	// package is indexed, without reading the many other packages again.
	var changers []int
	for i := range r.Packages {
		p := &r.Packages[i]
		if p.Change.Of != "" {
			changers = append(changers, i)
		}
		var err error
		if check != nil {
			err = check(i)
		} else {
			err = p.Validate()
		}
		if err != nil {
			v.funding(p.ID, "packages["+strconv.Itoa(i)+"]", err)
		}
		if j, dup := ix.packages.insert(i); dup && p.ID != "" {
			v.add(&RecordError{Package: p.ID, Path: "packages[" + strconv.Itoa(i) + "].id", Err: detail(ErrDuplicate, "also packages["+strconv.Itoa(j)+"]")})
		}
	}
	for _, i := range changers {
		p := &r.Packages[i]
		of := p.Change.Of
		at := "packages[" + strconv.Itoa(i) + "].change.of"
		switch j, ok := ix.packages.at(of); {
		case of == p.ID:
			v.add(&RecordError{Package: p.ID, Path: at, Err: detail(ErrSelfResponse, "a package cannot change itself")})
		case !ok:
			v.add(&RecordError{Package: p.ID, Path: at, Err: notFound("package", of)})
		default:
			if ix.later == nil {
				ix.later = map[int][]int{}
			}
			ix.later[j] = append(ix.later[j], i)
		}
	}
	for i, e := range r.Events {
		at := "events[" + strconv.Itoa(i) + "]"
		if blank(e.ID) {
			v.add(&RecordError{Path: at + ".id", Err: ErrMissing})
		} else if j, dup := ix.events[e.ID]; dup {
			v.add(&RecordError{Event: e.ID, Path: at + ".id", Err: detail(ErrDuplicate, "also events["+strconv.Itoa(j)+"]")})
		} else {
			ix.events[e.ID] = i
		}
		if blank(e.Title) {
			v.add(&RecordError{Event: e.ID, Path: at + ".title", Err: ErrMissing})
		}
		if !zeroSource(&e.Source) {
			if err := e.Source.Validate(); err != nil {
				v.add(&RecordError{Event: e.ID, Path: at + ".source", Err: err})
			}
		}
	}
	for i, e := range r.Events {
		at := "events[" + strconv.Itoa(i) + "]"
		if e.Package != "" {
			if _, ok := ix.packages.at(e.Package); !ok {
				v.add(&RecordError{Event: e.ID, Path: at + ".package", Err: notFound("package", e.Package)})
			}
		}
		for k, id := range e.After {
			path := at + ".after[" + strconv.Itoa(k) + "]"
			switch _, ok := ix.events[id]; {
			case id == e.ID:
				v.add(&RecordError{Event: e.ID, Path: path, Err: detail(ErrSelfResponse, "an event cannot come after itself")})
			case !ok:
				v.add(&RecordError{Event: e.ID, Path: path, Err: notFound("event", id)})
			}
		}
	}
	v.eventCycles(r.Events, ix.events)
	years := make([]funding.Year, 0, len(r.Prices))
	for y := range r.Prices {
		years = append(years, y)
	}
	slices.SortFunc(years, funding.Year.Compare)
	for _, y := range years {
		switch l := r.Prices[y]; {
		case y.IsZero():
			v.add(&RecordError{Path: "prices", Err: detail(ErrRange, "a level for no year")})
		case l.Sign() <= 0:
			v.add(&RecordError{Path: "prices." + y.String(), Err: detail(ErrRange, "the level "+l.String()+" is not positive")})
		}
	}
	if r.PriceSource != (funding.Source{}) {
		if err := r.PriceSource.Validate(); err != nil {
			v.add(&RecordError{Path: "priceSource", Err: err})
		}
	}

	ix.about = make([]int32, len(r.Claims))
	if v.claimsOnce(&r, &ix) {
		return ix, v.err()
	}
	ix.claims = make(map[string]int, len(r.Claims))
	for i := range r.Claims {
		c := &r.Claims[i]
		v.claim(c, i)
		if blank(c.ID) {
			continue
		}
		if j, dup := insertFirst(ix.claims, c.ID, i, &dups, func(k int) string { return r.Claims[k].ID }); dup {
			v.add(&RecordError{Claim: c.ID, Path: claimPath(i, "id"), Err: detail(ErrDuplicate, "also claims["+strconv.Itoa(j)+"]")})
		}
	}
	n := 0
	for i := range r.Claims {
		n += len(r.Claims[i].Assertions)
	}
	ix.pkgOf = make([]int32, 0, n)
	for i := range r.Claims {
		var about int
		ix.pkgOf, about = v.references(&r, &ix, &r.Claims[i], i, ix.pkgOf)
		ix.about[i] = int32(about)
	}
	v.responseCycles(r.Claims, ix.claims)
	return ix, v.err()
}

// claimsOnce checks the claims of r, each in one visit, its own problems
// and then its references, and fills ix's pkgOf and about, if no claim
// needs the claims indexed by ID: none responds to another, no assertion
// names one it is set against, and no two IDs may be the same. Most
// records' claims are so, and a large record's claims lie far from the
// cache: they are read once, not once for each check. The problems with
// references follow those of every claim, as they do when the claims are
// indexed, and no claim responds to another, so none is in a circle. If a
// claim needs the index, claimsOnce stops there, leaves v as it found it,
// and reports false.
//
// Whether two IDs may be the same is asked of a table of their hashes, at
// most a third the size of a map (8 to 16 bytes a claim) and never
// growing: only when two hashes meet, which distinct IDs of a record
// rarely do, are the IDs indexed and compared.
func (v *validator) claimsOnce(r *Record, ix *index) bool {
	cs := r.Claims
	size := 16
	for size < 2*len(cs) {
		size <<= 1
	}
	slots, mask := tagsScratch.get(size), uint64(size-1)
	defer tagsScratch.put(slots)
	mark := len(v.errs)
	var refs validator
	// Most claims make one assertion.
	ix.pkgOf = make([]int32, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		if c.RespondsTo != "" {
			v.errs = v.errs[:mark]
			return false
		}
		for _, a := range c.Assertions {
			// A type switch copies the assertion only if it is an
			// Insufficiency; "in, ok := a.(Insufficiency)" would zero
			// or copy its 144 bytes for every assertion.
			switch in := a.(type) {
			case Insufficiency:
				if in.Against != "" {
					v.errs = v.errs[:mark]
					return false
				}
			}
		}
		if !blank(c.ID) {
			// A slot holds the high half of an ID's hash, made odd so
			// that no hash is the empty slot's 0; the low half is where
			// it goes.
			h := maphash.String(idSeed, c.ID)
			tag, k := uint32(h>>32)|1, h&mask
			for slots[k] != 0 && slots[k] != tag {
				k = (k + 1) & mask
			}
			if slots[k] == tag {
				v.errs = v.errs[:mark]
				return false
			}
			slots[k] = tag
		}
		v.claim(c, i)
		var about int
		ix.pkgOf, about = refs.references(r, ix, c, i, ix.pkgOf)
		ix.about[i] = int32(about)
	}
	v.errs = append(v.errs, refs.errs...)
	return true
}

// A pkgTable finds a record's packages by ID: an open-addressed hash
// table of their indices, a power of two of slots, at least twice the
// packages, rather than a map: Assess looks up the package of every claim,
// and a slot of four bytes that never grows costs less to fill and to probe
// than a map's entry of a string and an int. A slot holds a package's
// index plus one, 0 when it is free; a look-up compares the ID of the
// package a slot names, from ids, the packages' IDs in order, which insert
// fills as it indexes them: a package is several hundred bytes, and in a
// large record the package of a claim lies far from the cache, so that
// the IDs apart cost a look-up one distant read rather than two. The zero
// pkgTable holds no package.
type pkgTable struct {
	slots []int32
	mask  uint64
	pkgs  []funding.Package
	ids   []string
}

// newPkgTable returns an empty table for the packages ps, which insert
// adds one by one.
func newPkgTable(ps []funding.Package) pkgTable {
	size := 16
	for size < 2*len(ps) {
		size <<= 1
	}
	return pkgTable{slots: slotsScratch.get(size), mask: uint64(size - 1), pkgs: ps, ids: idsScratch.get(len(ps))}
}

// insert indexes package i by its ID unless an earlier package has that
// ID, and returns that package's index and true if one has; an empty ID is
// indexed by its last package, as a map assigned in order would hold it.
// The packages are inserted in order, each once, before any look-up.
func (t *pkgTable) insert(i int) (int, bool) {
	id := t.pkgs[i].ID
	t.ids[i] = id
	k := maphash.String(idSeed, id) & t.mask
	for t.slots[k] != 0 {
		if j := int(t.slots[k] - 1); t.ids[j] == id {
			if id == "" {
				t.slots[k] = int32(i + 1)
			}
			return j, true
		}
		k = (k + 1) & t.mask
	}
	t.slots[k] = int32(i + 1)
	return 0, false
}

// at returns the index of the package indexed by ID id, and whether there
// is one.
func (t *pkgTable) at(id string) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	for k := maphash.String(idSeed, id) & t.mask; t.slots[k] != 0; k = (k + 1) & t.mask {
		if j := int(t.slots[k] - 1); t.ids[j] == id {
			return j, true
		}
	}
	return 0, false
}

// idSeed seeds the hashes of claimsOnce and pkgTable.
var idSeed = maphash.MakeSeed()

// insertFirst indexes entry i of a list by its ID, id, in m, unless an
// earlier entry has that ID, and returns that entry's index and true if
// one has; an empty ID is indexed by its last entry. idOf gives the ID of
// entry k. A valid record has no duplicates, so it inserts first, one
// look-up rather than two, and tells a duplicate by the map not growing:
// it then finds the earlier entry by its ID, once, and sets dups, after
// which it looks up before it inserts, so that a record of many duplicates
// is still indexed in linear time.
func insertFirst(m map[string]int, id string, i int, dups *bool, idOf func(k int) string) (int, bool) {
	if *dups {
		j, dup := m[id]
		if !dup || id == "" {
			m[id] = i
		}
		return j, dup
	}
	n := len(m)
	m[id] = i
	if len(m) > n {
		return 0, false
	}
	*dups = true
	j := 0
	for idOf(j) != id {
		j++
	}
	if id != "" {
		m[id] = j
	}
	return j, true
}

// blank reports whether s is empty or white space alone, as
// strings.TrimSpace finds it. A string that starts with a printing ASCII
// character is not, which every ID, name and quote of a valid record does,
// and is not trimmed.
func blank(s string) bool {
	return len(s) == 0 || (s[0] <= ' ' || s[0] >= utf8.RuneSelf) && strings.TrimSpace(s) == ""
}

// A validator collects RecordErrors.
type validator struct{ errs []error }

// add records e.
func (v *validator) add(e *RecordError) { v.errs = append(v.errs, e) }

// err returns the collected errors joined, or nil.
func (v *validator) err() error { return errors.Join(v.errs...) }

// funding records the problems funding found with the package id at path
// at, one RecordError for each.
func (v *validator) funding(id, at string, err error) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			v.funding(id, at, e)
		}
		return
	}
	path := at
	var fe *funding.FieldError
	if errors.As(err, &fe) {
		path = at + "." + fe.Path
	}
	v.add(&RecordError{Package: id, Path: path, Err: err})
}

// claimPath returns the path of a field of the claim at index ci of a
// record ("claims[3].quote"), or the field alone for a lone claim (ci < 0).
func claimPath(ci int, field string) string {
	if ci < 0 {
		return field
	}
	return "claims[" + strconv.Itoa(ci) + "]." + field
}

// assertionPath returns "assertions[i]" followed by field, if any.
func assertionPath(i int, field string) string {
	p := "assertions[" + strconv.Itoa(i) + "]"
	if field != "" {
		p += "." + field
	}
	return p
}

// claim records the problems with c that need no other part of the record;
// ci is its index in the record, or -1 for a lone claim. Paths are built
// only for problems, so that validating a valid record allocates little.
func (v *validator) claim(c *Claim, ci int) {
	bad := func(path string, err error) {
		v.add(&RecordError{Claim: c.ID, Path: claimPath(ci, path), Err: err})
	}
	badAt := func(i int, field string, err error) { bad(assertionPath(i, field), err) }
	if blank(c.ID) {
		bad("id", ErrMissing)
	}
	if blank(c.Speaker.Name) && blank(c.Speaker.Org) {
		bad("speaker", detail(ErrMissing, "want a name or an org"))
	}
	if blank(c.Quote) {
		bad("quote", ErrMissing)
	}
	if !zeroSource(&c.Source) {
		if err := c.Source.Validate(); err != nil {
			bad("source", err)
		}
	}
	switch {
	case !c.Stance.valid():
		bad("stance", detail(ErrRange, c.Stance.String()+" is not a listed stance"))
	case c.Stance != StanceUnknown && c.RespondsTo == "":
		bad("stance", detail(ErrMissing, "a stance needs a claim to respond to"))
	}
	if c.RespondsTo != "" && c.RespondsTo == c.ID {
		bad("respondsTo", ErrSelfResponse)
	}
	for i, a := range c.Assertions {
		if a == nil {
			badAt(i, "", detail(ErrMissing, "nil assertion"))
			continue
		}
		if sp := a.Where(); !sp.Valid(c.Quote) {
			badAt(i, "span", detail(ErrSpan, "["+strconv.Itoa(sp.Start)+", "+strconv.Itoa(sp.End)+") in a quote of "+strconv.Itoa(len(c.Quote))+" bytes"))
		}
		switch a := a.(type) {
		case StatedAmount:
			if a.Figure.IsZero() {
				badAt(i, "figure", ErrMissing)
			}
			if !a.Role.valid() {
				badAt(i, "role", detail(ErrRange, a.Role.String()+" is not a listed role"))
			}
			if !a.Terms.valid() {
				badAt(i, "terms", detail(ErrRange, a.Terms.String()+" is not listed terms"))
			}
		case Insufficiency:
		case Lateness:
		case Counterproposal:
			if a.Cost.IsZero() && len(a.Items) == 0 {
				badAt(i, "cost", ErrNoCost)
			}
			if err := a.Period.Validate(); err != nil {
				badAt(i, "period", err)
			}
			cur := a.Cost.Currency()
			for k, it := range a.Items {
				at := "items[" + strconv.Itoa(k) + "]"
				switch {
				case it.Cost.IsZero():
					badAt(i, at+".cost", ErrNoCost)
				case cur.IsZero():
					cur = it.Cost.Currency()
				case it.Cost.Currency() != cur:
					badAt(i, at+".cost", detail(currency.ErrMismatch, it.Cost.Currency().String()+" among "+cur.String()))
				}
				if len(it.Items) > 0 {
					badAt(i, at+".items", detail(ErrRange, "an item has no items of its own"))
				}
			}
		case CountClaim:
			if a.Count.IsZero() {
				badAt(i, "count", ErrMissing)
			}
			if blank(a.Noun) {
				badAt(i, "noun", ErrMissing)
			}
		case RatioClaim:
			if blank(a.Numerator.Noun) {
				badAt(i, "numerator.noun", ErrMissing)
			}
			if blank(a.Denominator.Noun) {
				badAt(i, "denominator.noun", ErrMissing)
			}
			if !a.Terms.valid() {
				badAt(i, "terms", detail(ErrRange, a.Terms.String()+" is not listed terms"))
			}
		case Endorsement:
		}
	}
}

// references records the problems with what c, the claim at index ci of
// r, names in r, and appends the index of the package of each of its
// assertions (or -1) to pkgOf. It returns pkgOf and the index of c's
// About package, or -1.
func (v *validator) references(r *Record, ix *index, c *Claim, ci int, pkgOf []int32) ([]int32, int) {
	bad := func(path string, err error) {
		v.add(&RecordError{Claim: c.ID, Path: claimPath(ci, path), Err: err})
	}
	// about is the index of the claim's About package, or -1: most
	// assertions name no package of their own and are about it.
	about := -1
	switch {
	case c.About == "":
	case ci > 0 && ix.about[ci-1] >= 0 && r.Claims[ci-1].About == c.About:
		// The claims about a package are mostly together, an
		// announcement and the claims made about it: the package found
		// for the claim before needs no look-up.
		about = int(ix.about[ci-1])
	default:
		k, ok := ix.packages.at(c.About)
		if !ok {
			bad("about", notFound("package", c.About))
		} else {
			about = k
		}
	}
	if c.RespondsTo != "" && c.RespondsTo != c.ID {
		if _, ok := ix.claims[c.RespondsTo]; !ok {
			bad("respondsTo", notFound("claim", c.RespondsTo))
		}
	}
	for i, a := range c.Assertions {
		at := int32(-1)
		// pkg checks a package reference and returns the package, if any.
		pkg := func(own string, required bool) (*funding.Package, bool) {
			id := c.pkg(own)
			if id == "" {
				if required {
					bad(assertionPath(i, "package"), detail(ErrMissing, "want a package, here or as the claim's about"))
				}
				return nil, false
			}
			k, ok := about, own == "" && about >= 0
			if !ok {
				k, ok = ix.packages.at(id)
			}
			if !ok {
				if own != "" { // a bad About is reported once, above
					bad(assertionPath(i, "package"), notFound("package", id))
				}
				return nil, false
			}
			at = int32(k)
			return &r.Packages[k], true
		}
		alloc := func(p *funding.Package, found bool, id string) {
			if id == "" || !found {
				return
			}
			if _, ok := p.Allocation(id); !ok {
				bad(assertionPath(i, "allocation"), notFound("allocation", id))
			}
		}
		measure := func(field string, p *funding.Package, found bool, pkgID, noun string) {
			if noun == "" {
				return
			}
			if pkgID == "" {
				bad(assertionPath(i, field), detail(ErrMissing, "a measure needs a package, here or as the claim's about"))
				return
			}
			if found {
				if _, ok := findMeasure(*p, noun); !ok {
					bad(assertionPath(i, field), notFound("measure", noun))
				}
			}
		}
		switch a := a.(type) {
		case StatedAmount:
			p, ok := pkg(a.Package, true)
			alloc(p, ok, a.Allocation)
		case Insufficiency:
			p, ok := pkg(a.Package, true)
			alloc(p, ok, a.Allocation)
			if a.Against != "" {
				if _, ok := ix.claims[a.Against]; !ok {
					bad(assertionPath(i, "against"), notFound("claim", a.Against))
				}
			}
		case Lateness:
			pkg(a.Package, false)
			for k, id := range a.Events {
				if _, ok := ix.events[id]; !ok {
					bad(assertionPath(i, "events["+strconv.Itoa(k)+"]"), notFound("event", id))
				}
			}
		case Counterproposal:
			pkg(a.Package, false)
		case CountClaim:
			p, ok := pkg(a.Package, a.Allocation != "")
			measure("measure", p, ok, c.pkg(a.Package), a.Measure)
			alloc(p, ok, a.Allocation)
		case RatioClaim:
			p, ok := pkg(a.Package, false)
			for _, q := range [...]struct {
				field string
				q     Quantity
			}{{"numerator", a.Numerator}, {"denominator", a.Denominator}} {
				measure(q.field+".measure", p, ok, c.pkg(a.Package), q.q.Measure)
				qp, qok := p, ok
				if q.q.Package != "" {
					k, found := ix.packages.at(q.q.Package)
					if !found {
						bad(assertionPath(i, q.field+".package"), notFound("package", q.q.Package))
						continue
					}
					qp, qok = &r.Packages[k], true
				}
				if q.q.Allocation != "" && qok {
					if _, found := qp.Allocation(q.q.Allocation); !found {
						bad(assertionPath(i, q.field+".allocation"), notFound("allocation", q.q.Allocation))
					}
				}
			}
		case Endorsement:
			pkg(a.Package, false)
		}
		pkgOf = append(pkgOf, at)
	}
	return pkgOf, about
}

// responseCycles records each circle of claims responding to one another,
// once, on the first claim of the circle that the walk reaches.
func (v *validator) responseCycles(cs []Claim, ids map[string]int) {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(cs))
	parent := func(i int) int {
		c := &cs[i]
		if c.RespondsTo == "" || c.RespondsTo == c.ID {
			return -1
		}
		if j, ok := ids[c.RespondsTo]; ok {
			return j
		}
		return -1
	}
	var path []int
	for i := range cs {
		path = path[:0]
		j := i
		for j >= 0 && state[j] == unseen {
			state[j] = onPath
			path = append(path, j)
			j = parent(j)
		}
		if j >= 0 && state[j] == onPath {
			start := 0
			for path[start] != j {
				start++
			}
			circle := make([]string, 0, len(path)-start+1)
			for _, k := range path[start:] {
				circle = append(circle, strconv.Quote(cs[k].ID))
			}
			circle = append(circle, strconv.Quote(cs[j].ID))
			v.add(&RecordError{Claim: cs[j].ID, Path: "claims[" + strconv.Itoa(j) + "].respondsTo",
				Err: detail(ErrCycle, "responses go round in a circle: "+strings.Join(circle, " → "))})
		}
		for _, k := range path {
			state[k] = done
		}
	}
}

// eventCycles records each event that the After relation leads back to.
func (v *validator) eventCycles(es []Event, ids map[string]int) {
	state := make([]uint8, len(es)) // 0 unseen, 1 on the path, 2 done
	var visit func(i int)
	visit = func(i int) {
		state[i] = 1
		for _, id := range es[i].After {
			j, ok := ids[id]
			if !ok || j == i || es[j].ID != id {
				continue
			}
			if state[j] == 1 {
				v.add(&RecordError{Event: es[i].ID, Path: "events[" + strconv.Itoa(i) + "].after",
					Err: detail(ErrCycle, "events come after one another in a circle through "+strconv.Quote(id))})
				continue
			}
			if state[j] == 0 {
				visit(j)
			}
		}
		state[i] = 2
	}
	for i := range es {
		if state[i] == 0 {
			visit(i)
		}
	}
}

// notFound returns ErrNotFound for the thing of the given sort and ID.
func notFound(sort, id string) error {
	return detail(ErrNotFound, "no "+sort+" "+strconv.Quote(id)+" in the record")
}

// findMeasure returns the measure of p whose Noun is noun, compared without
// regard to case or surrounding space.
func findMeasure(p funding.Package, noun string) (funding.Measure, bool) {
	noun = strings.TrimSpace(noun)
	for _, m := range p.Measures {
		if strings.EqualFold(strings.TrimSpace(m.Noun), noun) {
			return m, true
		}
	}
	return funding.Measure{}, false
}
