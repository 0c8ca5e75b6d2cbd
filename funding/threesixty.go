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

// ThreeSixtyVersion is the version of the 360Giving Data Standard that
// Write360Giving writes and Read360Giving reads.
const ThreeSixtyVersion = "1.4"

// extKey is the name of the fundclaims extension object, at the top level
// of a 360Giving file and in each grant. The standard allows additional
// fields; readers that do not know this one ignore it.
const extKey = "fundclaims"

// extVersion is the version of the extension's layout.
const extVersion = 1

// mintPrefix starts the organisation identifiers Write360Giving mints.
const mintPrefix = "360G-fundclaims-"

// Write360Giving writes packages as a 360Giving Data Standard (v1.4) grants
// file, {"version":"1.4","grants":[...]}: one grant per Allocation, with
//   - id: the allocation's ID;
//   - title, description: the allocation's Title and Description;
//   - currency, amountAwarded: the allocation's Amount, as an exact JSON
//     number with no exponent and no trailing fractional zeros (1260000,
//     0.005), never through a binary floating-point value;
//   - awardDate: the allocation's Awarded date, or the package's Announced
//     date if it has none;
//   - plannedDates: the allocation's Period, its known ends as startDate and
//     endDate, unless both are unknown;
//   - recipientOrganization: the allocation's Recipients;
//   - fundingOrganization: the package's Funder;
//   - grantProgramme: the package's ID as code and Title as title.
//
// 360Giving requires an identifier for every organisation. For an Org with
// no ID, Write360Giving mints one from its name rather than invent a
// registered number: "360G-fundclaims-", the name's letters and digits in
// lower case joined by hyphens (at most 40 characters of them), a hyphen, and eight hex digits
// of the name's FNV-1a hash, as in
//
//	360G-fundclaims-london-rape-crisis-centres-0552ab8c
//
// Read360Giving knows these and reads them back as no ID.
//
// Whatever the standard has no field for (the headline Figure, novelty,
// purposes, kind, counts, sources, measures, milestones and who announced
// the package) goes into an additional "fundclaims" object, at the top
// level for the packages and in each grant for its allocation, so that
// Read360Giving gives back the packages written, equal field by field (one
// exception: an Org whose ID has the minted form for its name reads back
// with no ID). A package with no allocations has no grants but keeps its
// place in the extension.
//
// Write360Giving validates every package first and writes nothing if one is
// invalid; it returns the errors of Validate, as *FieldErrors whose paths
// start with "packages[i].", and errors matching ErrDuplicate for package
// IDs or allocation IDs (grant ids) used twice in the file, ErrMissing for
// an allocation with no recipients or no award date (neither Awarded nor
// the package's Announced), and the errors of w.
func Write360Giving(w io.Writer, packages ...Package) error {
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
		for j, a := range p.Allocations {
			aat := func() string { return at() + "." + index("allocations", j) }
			if _, dup := grantIDs[a.ID]; dup {
				v.add(aat()+".id", expected(ErrDuplicate, quote(a.ID)+" is already a grant id in this file"))
			}
			grantIDs[a.ID] = struct{}{}
			if a.Amount.Currency().IsZero() {
				v.add(aat()+".amount", expected(ErrInexact, "360Giving requires an exact amountAwarded"))
			}
			if len(a.Recipients) == 0 {
				v.add(aat()+".recipients", expected(ErrMissing, "360Giving requires a recipient organisation"))
			}
			if a.Awarded.IsZero() && p.Announced.IsZero() {
				v.add(aat()+".awarded", expected(ErrMissing, "360Giving requires an award date: set Awarded or the package's Announced"))
			}
		}
	}
	if err := v.err(); err != nil {
		return err
	}

	const flushAt = 60 << 10
	buf := make([]byte, 0, flushAt+4<<10)
	buf = append(buf, `{"version":"`+ThreeSixtyVersion+`","grants":[`...)
	first := true
	var dates dateCache
	for i := range packages {
		p := &packages[i]
		funder := mintedOrg(p.Funder)
		for j := range p.Allocations {
			if !first {
				buf = append(buf, ',')
			}
			first = false
			buf = appendGrant(buf, p, &p.Allocations[j], funder, &dates)
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

// mintedOrg returns o as written to 360Giving, with an id minted if it has
// none.
func mintedOrg(o Org) Org {
	if o.ID == "" {
		o.ID = mintOrgID(o.Name)
	}
	return o
}

// mintOrgID returns the identifier Write360Giving mints for an
// organisation named name.
func mintOrgID(name string) string {
	b := make([]byte, 0, len(mintPrefix)+48)
	b = append(b, mintPrefix...)
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

// unmint returns id, or "" if it is the id Write360Giving mints for name.
func unmint(id, name string) string {
	if strings.HasPrefix(id, mintPrefix) && id == mintOrgID(name) {
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

// appendGrant appends the 360Giving grant for allocation a of package p.
func appendGrant(b []byte, p *Package, a *Allocation, funder Org, dates *dateCache) []byte {
	b = append(b, `{"id":`...)
	b = jsonscan.AppendString(b, a.ID)
	b = append(b, `,"title":`...)
	b = jsonscan.AppendString(b, a.Title)
	b = append(b, `,"description":`...)
	b = jsonscan.AppendString(b, a.Description)
	b = append(b, `,"currency":"`...)
	b = append(b, a.Amount.Currency().String()...)
	b = append(b, `","amountAwarded":`...)
	b = appendAmountNumber(b, a.Amount)
	b = append(b, `,"awardDate":"`...)
	awarded := a.Awarded
	if awarded.IsZero() {
		awarded = p.Announced
	}
	b = dates.appendDate(b, awarded)
	b = append(b, '"')
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
		b = appendOrg(b, mintedOrg(o))
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
