package funding

import (
	"encoding/json"
	"hash/fnv"
	"io"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding/internal/jsonscan"
)

// threeSixtyVersion is the version of the 360Giving Data Standard that
// Write360Giving writes and Read360Giving reads.
const threeSixtyVersion = "1.4"

// extKey is the name of the fundclaims extension object, at the top level
// of a 360Giving file and in each grant. The standard allows additional
// fields; readers that do not know this one ignore it.
const extKey = "fundclaims"

// extVersion is the version of the extension's layout.
const extVersion = 1

// Write360Giving writes packages as a 360Giving Data Standard (v1.4) grants
// file, {"version":"1.4","grants":[...]}, that validates against the
// standard's package and grant schemas: one grant per Allocation, with
//   - id: the allocation's ID under the publisher's prefix, prefix+"-"+ID
//     ("360G-yourorg-rcc" for ID "rcc" and prefix "360G-yourorg"), or the
//     ID as it is if it already starts with prefix+"-";
//   - title, description: the allocation's Title and Description;
//   - currency, amountAwarded: the allocation's Amount, as an exact JSON
//     number with no exponent and no trailing fractional zeros (1260000,
//     0.005), never through a binary floating-point value;
//   - awardDate: the allocation's Awarded date, or the package's Announced
//     date if it has none;
//   - regrantType: the allocation's Regrant code, if it has one;
//   - plannedDates: the allocation's Period, its known ends as startDate and
//     endDate, unless both are unknown;
//   - recipientOrganization: the allocation's Recipients;
//   - fundingOrganization: the package's Funder;
//   - grantProgramme: the package's ID as code and Title as title.
//
// prefix is the publisher's own 360Giving prefix, registered with
// 360Giving: "360G-" and letters and digits, in groups joined by single
// hyphens, such as "360G-yourorg". The grants are the publisher's, so
// their ids carry it.
//
// 360Giving requires an identifier for every organisation. An Org's ID,
// an org-id.guide identifier such as GB-CHC-1164021 where the record has
// one, is written as it is. For an Org with no ID, Write360Giving makes
// one under the publisher's prefix rather than invent a registered
// number: the prefix, a hyphen, the name's letters and digits in lower
// case joined by hyphens (at most 40 characters of them), a hyphen, and
// eight hex digits of the name's FNV-1a hash, as in
//
//	360G-yourorg-london-rape-crisis-centres-0552ab8c
//
// Read360Giving knows these, under any prefix, and reads them back as no
// ID.
//
// Whatever the standard has no field for (the headline Figure, novelty,
// purposes, kind, counts, sources, measures, milestones, who announced
// the package, and an allocation's ID where its grant id differs) goes
// into an additional "fundclaims" object, at the top level for the
// packages and in each grant for its allocation, so that Read360Giving
// gives back the packages written, equal field by field (one exception: an
// Org whose ID has the form made for its name reads back with no ID). A
// package with no allocations has no grants but keeps its place in the
// extension; its headline is not written as a grant, since the record
// names no recipient for it.
//
// Write360Giving validates every package first and writes nothing if one is
// invalid or cannot be a grant. It returns the errors of Validate, as
// *FieldErrors whose paths start with "packages[i]."; errors matching
// ErrDuplicate for package IDs or grant ids used twice in the file;
// ErrMissing for an allocation with no recipients or no award date
// (neither Awarded nor the package's Announced), or for a file with no
// grants at all, which the standard forbids (an unitemised headline names
// no recipient, so it is no grant); ErrInexact for an allocation whose
// money is not one exact amount (a figure such as "up to £9bn" is no
// amountAwarded, and writing one would state a wrong number); a
// *ParseError matching ErrSyntax for a prefix that is not a 360Giving
// prefix; and the errors of w.
func Write360Giving(w io.Writer, prefix string, packages ...Package) error {
	if err := checkPrefix("Write360Giving", prefix); err != nil {
		return err
	}
	if err := check360(prefix, packages); err != nil {
		return err
	}
	const flushAt = 60 << 10
	buf := make([]byte, 0, flushAt+4<<10)
	buf = append(buf, `{"version":"`+threeSixtyVersion+`","grants":[`...)
	first := true
	var dates dateCache
	for i := range packages {
		p := &packages[i]
		funder := mintedOrg(prefix, p.Funder)
		for j := range p.Allocations {
			if !first {
				buf = append(buf, ',')
			}
			first = false
			buf = appendGrant(buf, prefix, p, &p.Allocations[j], funder, &dates)
			if len(buf) >= flushAt {
				if _, err := w.Write(buf); err != nil {
					return err
				}
				buf = buf[:0]
			}
		}
	}
	buf = append(buf, `],"`+extKey+`":{"version":`...)
	buf = strconv.AppendInt(buf, extVersion, 10)
	buf = append(buf, `,"packages":[`...)
	for i, p := range packages {
		if i > 0 {
			buf = append(buf, ',')
		}
		p.Allocations = nil
		meta, err := json.Marshal(p)
		if err != nil {
			return err
		}
		buf = append(buf, meta...)
	}
	buf = append(buf, "]}}\n"...)
	_, err := w.Write(buf)
	return err
}

// check360 returns every reason packages cannot be written as 360Giving
// grants under prefix, as Write360Giving documents them.
func check360(prefix string, packages []Package) error {
	var v validator
	pkgIDs := make(map[string]bool, len(packages))
	total := 0
	for _, p := range packages {
		total += len(p.Allocations)
	}
	grantIDs := make(map[string]struct{}, total)
	for i, p := range packages {
		at := func() string { return index("packages", i) }
		if err := p.Validate(); err != nil {
			v.sub(at(), err)
			continue
		}
		if pkgIDs[p.ID] {
			v.add(at()+".id", expected(ErrDuplicate, quote(p.ID)))
		}
		pkgIDs[p.ID] = true
		for j := range p.Allocations {
			a := &p.Allocations[j]
			aat := func() string { return at() + "." + index("allocations", j) }
			// Grant ids are equal if what follows the prefix is.
			local := localID(prefix, a.ID)
			if _, dup := grantIDs[local]; dup {
				v.add(aat()+".id", expected(ErrDuplicate, quote(grantID(prefix, a.ID))+" is already a grant id in this file"))
			}
			grantIDs[local] = struct{}{}
			if _, err := awarded(a); err != nil {
				v.add(aat()+".amount", err)
			}
			if len(a.Recipients) == 0 {
				v.add(aat()+".recipients", expected(ErrMissing, "360Giving requires a recipient organisation"))
			}
			if a.Awarded.IsZero() && p.Announced.IsZero() {
				v.add(aat()+".awarded", expected(ErrMissing, "360Giving requires an award date: set Awarded or the package's Announced"))
			}
		}
	}
	if total == 0 && len(v.errs) == 0 {
		why := "360Giving requires at least one grant, and no package has an allocation to write as one"
		for _, p := range packages {
			if !p.Headline.IsZero() {
				why += "; the headline " + quote(p.Headline.String()) + " of " + quote(p.ID) + " is not itemised and names no recipient"
				break
			}
		}
		v.add("packages", expected(ErrMissing, why))
	}
	return v.err()
}

// awarded returns the amount to write as a's amountAwarded. It is the one
// place the writers take an allocation's money; it returns an error
// matching ErrInexact for money that is not one exact Amount: a Stated
// figure, even "£1.2bn", is words with a precision, and an allocation with
// only sub-allocations is theirs to state, so neither is written as a
// number the source never gave.
func awarded(a *Allocation) (currency.Amount, error) {
	if a.Amount.Currency().IsZero() {
		return currency.Amount{}, expected(ErrInexact, "360Giving requires an exact amountAwarded")
	}
	return a.Amount, nil
}

// award gives a the amount read as its amountAwarded. It is the one place
// the readers set an allocation's money.
func award(a *Allocation, amount currency.Amount) {
	a.Amount = amount
}

// checkPrefix returns a *ParseError from fn unless prefix is a 360Giving
// publisher's prefix: "360G-", then letters and digits in groups joined by
// single hyphens.
func checkPrefix(fn, prefix string) error {
	rest, ok := strings.CutPrefix(prefix, "360G-")
	ok = ok && rest != "" && rest[0] != '-' && rest[len(rest)-1] != '-' && !strings.Contains(rest, "--")
	for i := 0; ok && i < len(rest); i++ {
		c := rest[i]
		ok = isDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z') || c == '-'
	}
	if !ok {
		return &ParseError{Func: fn, Input: prefix, Err: expected(ErrSyntax, "want the publisher's 360Giving prefix, such as 360G-yourorg")}
	}
	return nil
}

// localID returns allocation id without prefix and its hyphen, if it
// starts with them: the grant id is prefix+"-"+localID.
func localID(prefix, id string) string {
	if len(id) > len(prefix) && id[len(prefix)] == '-' && strings.HasPrefix(id, prefix) {
		return id[len(prefix)+1:]
	}
	return id
}

// grantID returns the grant id written for allocation id: id under prefix.
func grantID(prefix, id string) string {
	return prefix + "-" + localID(prefix, id)
}

// mintedOrg returns o as written to 360Giving, with an id made under
// prefix if it has none.
func mintedOrg(prefix string, o Org) Org {
	if o.ID == "" {
		o.ID = prefix + "-" + mintSuffix(o.Name)
	}
	return o
}

// mintSuffix returns what follows the prefix and its hyphen in the
// identifier Write360Giving makes for an organisation named name.
func mintSuffix(name string) string {
	b := make([]byte, 0, 48)
	n, dash := 0, false
	for i := 0; i < len(name) && n < 40; i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			if dash && n > 0 {
				b = append(b, '-')
				n++
			}
			b = append(b, c)
			n++
			dash = false
		default:
			dash = true
		}
	}
	if n > 0 {
		b = append(b, '-')
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	sum := h.Sum32()
	const hexDigits = "0123456789abcdef"
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[sum>>uint(shift)&0xF])
	}
	return string(b)
}

// unmint returns id, or "" if it is the id Write360Giving makes for name
// under some prefix.
func unmint(id, name string) string {
	rest, ok := strings.CutPrefix(id, "360G-")
	if !ok {
		return id
	}
	suffix := mintSuffix(name)
	if len(rest) > len(suffix)+1 && strings.HasSuffix(rest, suffix) && rest[len(rest)-len(suffix)-1] == '-' {
		return ""
	}
	return id
}

// A dateCache remembers the text of the dates a writer last wrote, since
// the grants of a package mostly share theirs.
type dateCache struct {
	d [4]Date
	s [4][10]byte
}

// appendDate appends d as YYYY-MM-DD.
func (c *dateCache) appendDate(b []byte, d Date) []byte {
	slot := int(uint32(d.n) % uint32(len(c.d)))
	if c.d[slot] != d || d.IsZero() {
		d.appendTo(c.s[slot][:0])
		c.d[slot] = d
	}
	return append(b, c.s[slot][:]...)
}

// appendGrant appends the 360Giving grant for allocation a of package p,
// which check360 has passed.
func appendGrant(b []byte, prefix string, p *Package, a *Allocation, funder Org, dates *dateCache) []byte {
	amount, _ := awarded(a)
	local := localID(prefix, a.ID)
	// The prefix needs no escaping, so the id is the prefix, a hyphen and
	// the local part's JSON string without its opening quote.
	b = append(b, `{"id":"`...)
	b = append(b, prefix...)
	b = append(b, '-')
	at := len(b)
	b = jsonscan.AppendString(b, local)
	b = append(b[:at], b[at+1:]...)
	b = append(b, `,"title":`...)
	b = jsonscan.AppendString(b, a.Title)
	b = append(b, `,"description":`...)
	b = jsonscan.AppendString(b, a.Description)
	b = append(b, `,"currency":"`...)
	b = append(b, amount.Currency().String()...)
	b = append(b, `","amountAwarded":`...)
	b = appendAmountNumber(b, amount)
	b = append(b, `,"awardDate":"`...)
	awarded := a.Awarded
	if awarded.IsZero() {
		awarded = p.Announced
	}
	b = dates.appendDate(b, awarded)
	b = append(b, '"')
	if a.Regrant != "" {
		b = append(b, `,"regrantType":"`...)
		b = append(b, a.Regrant...) // a code, which needs no escaping
		b = append(b, '"')
	}
	if !a.Period.IsZero() {
		b = append(b, `,"plannedDates":[{`...)
		if !a.Period.Start.IsZero() {
			b = append(b, `"startDate":"`...)
			b = dates.appendDate(b, a.Period.Start)
			b = append(b, '"')
			if !a.Period.End.IsZero() {
				b = append(b, ',')
			}
		}
		if !a.Period.End.IsZero() {
			b = append(b, `"endDate":"`...)
			b = dates.appendDate(b, a.Period.End)
			b = append(b, '"')
		}
		b = append(b, "}]"...)
	}
	b = append(b, `,"recipientOrganization":[`...)
	for i, o := range a.Recipients {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOrg(b, mintedOrg(prefix, o))
	}
	b = append(b, `],"fundingOrganization":[`...)
	b = appendOrg(b, funder)
	b = append(b, `],"grantProgramme":[{"code":`...)
	b = jsonscan.AppendString(b, p.ID)
	if p.Title != "" {
		b = append(b, `,"title":`...)
		b = jsonscan.AppendString(b, p.Title)
	}
	b = append(b, `}],"`+extKey+`":{`...)
	n := 0
	field := func(name string) {
		if n > 0 {
			b = append(b, ',')
		}
		n++
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, `":`...)
	}
	if local == a.ID {
		field("id")
		b = jsonscan.AppendString(b, a.ID)
	}
	if !a.Count.IsZero() {
		field("count")
		b = append(b, '"')
		b = a.Count.appendTo(b)
		b = append(b, '"')
	}
	if len(a.Purposes) > 0 {
		field("purposes")
		b = append(b, '[')
		for i, s := range a.Purposes {
			if i > 0 {
				b = append(b, ',')
			}
			b = jsonscan.AppendString(b, s)
		}
		b = append(b, ']')
	}
	if a.Kind != KindUnknown {
		field("kind")
		b = append(b, '"')
		b = append(b, kindNames[a.Kind]...)
		b = append(b, '"')
	}
	if a.Novelty != NoveltyUnknown {
		field("novelty")
		b = append(b, '"')
		b = append(b, noveltyNames[a.Novelty]...)
		b = append(b, '"')
	}
	if !a.Awarded.IsZero() {
		field("awarded")
		b = append(b, '"')
		b = dates.appendDate(b, a.Awarded)
		b = append(b, '"')
	}
	return append(b, "}}"...)
}

// appendOrg appends {"id":...,"name":...}.
func appendOrg(b []byte, o Org) []byte {
	b = append(b, `{"id":`...)
	b = jsonscan.AppendString(b, o.ID)
	b = append(b, `,"name":`...)
	b = jsonscan.AppendString(b, o.Name)
	return append(b, '}')
}

// appendAmountNumber appends a's exact value as a JSON number: no exponent,
// no grouping, no trailing fractional zeros ("1260000", "0.005"). It takes
// the digits from currency's Full format, which writes every digit the
// amount has and never rounds, and does not allocate for an amount whose
// coefficient fits an int64.
func appendAmountNumber(b []byte, a currency.Amount) []byte {
	var scratch [48]byte
	full := a.AppendFormat(scratch[:0], currency.Full) // "£1,260,000.50", "-€2.00", "CHF 3.00"
	start := len(b)
	dot := -1
	for _, c := range full {
		switch {
		case isDigit(c):
			b = append(b, c)
		case c == '.':
			dot = len(b)
			b = append(b, c)
		case c == '-' && len(b) == start:
			b = append(b, c)
		}
	}
	if dot >= 0 {
		end := len(b)
		for end > dot+1 && b[end-1] == '0' {
			end--
		}
		if end == dot+1 {
			end = dot
		}
		b = b[:end]
	}
	if string(b[start:]) == "-0" {
		b = append(b[:start], '0')
	}
	return b
}
