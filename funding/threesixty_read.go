package funding

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding/internal/jsonscan"
	"github.com/shopspring/decimal"
)

// Read360Giving reads a 360Giving Data Standard (v1.4) grants file, JSON
// with a "grants" array, from any publisher, into packages. The grants of
// one funder's grant programme (by the first grantProgramme's code, or its
// title if it has no code) become the Allocations of one Package whose ID
// is that code or title, its Title the programme's title and its Funder
// the grant's first fundingOrganization; a grant with no programme becomes
// a Package of its own, with the grant's id as its ID. Should two funders
// use the same programme code, the second's Package ID is the code with
// the funder in brackets: "Main Grants (Trust B (GB-CHC-2))". Fields map
// as Write360Giving documents. A recipientIndividual becomes a recipient
// Org with the individual's name and no ID (a person's identifier is no
// organisation's). The first plannedDates entry gives the Period; partial
// dates ("2017", "2017-04") stand for the first day of the year or month
// as a start, the last as an end. Date-times give the date as written.
// amountAwarded is read from its JSON text, exactly, never through a
// binary floating-point value. Fields the reader does not use are ignored.
//
// When the file has the "fundclaims" extension written by Write360Giving,
// its values complete the record: Read360Giving(Write360Giving(ps)) gives
// ps. Packages come in the extension's order, then in order of first
// grant; allocations in file order.
//
// # Warnings
//
// What the schema allows but the record cannot keep as it is, and what
// real files hold though the schema does not allow it, the reader reads
// as best it can and reports to warn, if it is not nil, as a *GrantError
// naming the grant and field (with an empty Grant for the file as a
// whole). The grant is still read. Warnings are given for:
//   - a UTF-8 byte-order mark at the start of the file (skipped);
//   - a grant or organisation id with stray white space (trimmed);
//   - an organisation id that is empty or not an org-id.guide identifier,
//     such as "DUMMY01" (left out: the Org has no ID);
//   - a date in UK order, day/month/year ("05/06/2014" is 5 June 2014,
//     never May; a time after it is ignored), or written out ("19 April
//     2013"), which is read as such;
//   - an awardDate of a month ("08/2013"), which gives no day: the
//     allocation's Awarded date is left unknown rather than invented;
//   - planned dates that cannot be read, or that end before they start:
//     the Period is left unknown at that end, or altogether;
//   - a regrantType given by the codelist's name ("Common Regrant") or in
//     the wrong case ("frg010") rather than as its code, which is read as
//     the code; or one that is neither, which is left out, so that the
//     grant is not marked as a regrant.
//
// # Errors
//
// A grant that cannot be read is left out, and the others are read: the
// error returned joins (errors.Join) one *GrantError per bad grant, naming
// the grant and its first bad field, beside the packages of the grants
// that could be read. A grant is bad if it lacks a required field (id,
// title, description, currency, amountAwarded, awardDate, and
// recipientOrganization or recipientIndividual with an id and a name for
// each, fundingOrganization with an id and a name; ErrMissing), has a
// field of the wrong type or form, or both kinds of recipient (ErrSyntax),
// has a field twice (ErrDuplicate), an amount absurdly large or precise
// (ErrRange), an id used by an
// earlier grant (ErrDuplicate), or a currency different from its
// programme's (currency.ErrMismatch).
//
// The file as a whole fails, with no packages, for malformed JSON, a
// missing "grants" array, or a top-level "grants" or "fundclaims" key given
// twice (a *ParseError matching ErrSyntax, ErrMissing or ErrDuplicate), a
// malformed extension, or packages that do not validate, whose errors are
// returned as Write360Giving returns them. An error reading r is returned
// as it is.
//
// Read360Giving reads r as it goes, through a buffer of its own, without
// holding the whole file in memory.
func Read360Giving(r io.Reader, warn func(*GrantError)) ([]Package, error) {
	gr := newGrantReader(warn)
	h := &headReader{r: gr.skipBOM(r)}
	gr.sc = jsonscan.NewReader(h)
	gr.head = h
	return gr.read()
}

// newGrantReader returns a grantReader that reports warnings to warn.
func newGrantReader(warn func(*GrantError)) *grantReader {
	// scratch is never nil, so that an empty id or name read into it is
	// not taken for an absent one.
	return &grantReader{warn: warn, groups: make(map[groupKey]*group), byID: make(map[string]*group), scratch: make([]byte, 0, 256)}
}

// skipBOM returns r without a leading UTF-8 byte-order mark, warning of
// one.
func (gr *grantReader) skipBOM(r io.Reader) io.Reader {
	// A small buffer: reads larger than it go straight to r.
	br := bufio.NewReaderSize(r, 16)
	if b, err := br.Peek(3); err == nil && string(b) == "\uFEFF" {
		br.Discard(3)
		if gr.warn != nil {
			gr.warn(&GrantError{Err: expected(ErrSyntax, "a UTF-8 byte-order mark at the start of the file, skipped")})
		}
	}
	return br
}

// A headReader keeps the first bytes read through it, for error messages.
type headReader struct {
	r    io.Reader
	head []byte
}

// Read reads from the underlying reader, keeping the first maxQuoted+1
// bytes.
func (h *headReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if len(h.head) <= maxQuoted {
		h.head = append(h.head, p[:min(n, maxQuoted+1-len(h.head))]...)
	}
	return n, err
}

// Grant fields, as bits: the required ones, then the others a grant may
// give once.
const (
	hasID = 1 << iota
	hasTitle
	hasDescription
	hasCurrency
	hasAmount
	hasAwardDate
	hasRecipients
	hasFunder
	hasIndividual
	hasPlanned
	hasProgramme
	hasExt
	hasRegrant
	hasRequired = hasID | hasTitle | hasDescription | hasCurrency | hasAmount | hasAwardDate | hasRecipients | hasFunder
)

// fieldNames names the fields in bit order.
var fieldNames = [...]string{"id", "title", "description", "currency", "amountAwarded", "awardDate", "recipientOrganization", "fundingOrganization", "recipientIndividual", "plannedDates", "grantProgramme", extKey, "regrantType"}

// named returns key as the one of names it equals, without allocating, or
// "".
func named(key []byte, names []string) string {
	for _, f := range names {
		if string(key) == f {
			return f
		}
	}
	return ""
}

// A span is a string of a grant being read: a range of the grant's arena.
type span struct{ off, n int32 }

// A note is a problem with a field of the grant being read, a warning or
// the reason it is bad.
type note struct {
	field string
	err   error
}

// grantRecord is the grant being read. Its strings are collected in one
// arena and made into one Go string when the grant is done, so that a
// grant costs one string allocation, not one per field.
type grantRecord struct {
	n          int // position in the file, from 1
	has        int
	arena      []byte
	id         span
	title      span
	desc       span
	extID      span
	recipients []span // id, name, id, name...
	purposes   []span
	code       currency.Code
	amount     []byte // the number's text
	awardDate  Date
	funder     Org
	period     Period
	progCode   string
	progTitle  string
	count      Count
	kind       Kind
	novelty    Novelty
	awarded    Date
	regrant    string // a code of regrantTypes
	bad        note   // the first reason the grant is bad, if any
	warnings   []note
}

// reset readies g for the grant at position n, keeping its buffers.
func (g *grantRecord) reset(n int) {
	*g = grantRecord{n: n, arena: g.arena[:0], recipients: g.recipients[:0], purposes: g.purposes[:0], amount: g.amount[:0], warnings: g.warnings[:0]}
}

// add copies b into the arena.
func (g *grantRecord) add(b []byte) span {
	sp := span{int32(len(g.arena)), int32(len(b))}
	g.arena = append(g.arena, b...)
	return sp
}

// name returns how errors name the grant: its id, or "#n".
func (g *grantRecord) name() string {
	if g.id.n > 0 {
		return string(g.arena[g.id.off : g.id.off+g.id.n])
	}
	return "#" + strconv.Itoa(g.n)
}

// fail records err as the reason g is bad, unless it already has one.
func (g *grantRecord) fail(field string, err error) {
	if g.bad.err == nil {
		g.bad = note{field, err}
	}
}

// warn records a warning about field.
func (g *grantRecord) warn(field string, err error) {
	g.warnings = append(g.warnings, note{field, err})
}

// once records that g has the field bit, failing it if it had it already,
// and reports whether it is the first.
func (g *grantRecord) once(bit int) bool {
	if g.has&bit != 0 {
		for i, name := range fieldNames {
			if bit == 1<<i {
				g.fail(name, expected(ErrDuplicate, "the grant gives "+name+" twice"))
			}
		}
		return false
	}
	g.has |= bit
	return true
}

// setID sets the grant id from b, trimming stray white space.
func (g *grantRecord) setID(b []byte) {
	if !g.once(hasID) {
		return
	}
	t := bytes.TrimSpace(b)
	if len(t) != len(b) && len(t) > 0 {
		g.warn("id", expected(ErrSyntax, "stray white space in "+quote(string(b))+", trimmed"))
	}
	g.id = g.add(t)
}

// An orgAt locates an organisation or person in a grant: the i'th of list,
// or the one recipientIndividual.
type orgAt struct {
	list string
	i    int
}

// field names field f of the organisation, or the organisation itself if
// f is empty. It is built only for a message.
func (at orgAt) field(f string) string {
	s := at.list
	if at.list != "recipientIndividual" {
		s += "[" + strconv.Itoa(at.i) + "]"
	}
	if f != "" {
		s += "." + f
	}
	return s
}

// orgID returns the organisation id b as the record keeps it: trimmed, and
// nil, with a warning, if it is empty or not an org-id.guide identifier.
func (g *grantRecord) orgID(at orgAt, b []byte) []byte {
	t := bytes.TrimSpace(b)
	if len(t) != len(b) && len(t) > 0 {
		g.warn(at.field("id"), expected(ErrSyntax, "stray white space in "+quote(string(b))+", trimmed"))
	}
	if len(t) == 0 {
		g.warn(at.field("id"), expected(ErrMissing, "an empty organisation identifier, left out"))
		return nil
	}
	if !validOrgID(string(t)) {
		g.warn(at.field("id"), expected(ErrSyntax, quote(string(t))+" is not an org-id.guide identifier such as GB-CHC-1164021, left out"))
		return nil
	}
	return t
}

// complete reports whether an organisation or person has the id and name
// the schema requires (nil if absent), failing g if not.
func (g *grantRecord) complete(at orgAt, id, name []byte) bool {
	switch {
	case id == nil:
		g.fail(at.field("id"), ErrMissing)
	case name == nil || len(bytes.TrimSpace(name)) == 0:
		g.fail(at.field("name"), ErrMissing)
	default:
		return true
	}
	return false
}

// setCurrency sets the grant's currency from its ISO 4217 code.
func (gr *grantReader) setCurrency(g *grantRecord, b []byte) {
	if !g.once(hasCurrency) {
		return
	}
	if gr.lastCurrency == nil || !bytes.Equal(b, gr.lastCurrency) {
		c, err := currency.ParseCode(string(b))
		if err != nil {
			g.fail("currency", expected(ErrSyntax, "want an ISO 4217 code, got "+quote(string(b))))
			return
		}
		gr.lastCurrency, gr.lastCurrencyCode = append(gr.lastCurrency[:0], b...), c
	}
	g.code = gr.lastCurrencyCode
}

// setAmount sets the text of the grant's amountAwarded.
func (g *grantRecord) setAmount(b []byte) {
	if g.once(hasAmount) {
		g.amount = append(g.amount[:0], b...)
	}
}

// setAwardDate sets the grant's award date from b.
func (g *grantRecord) setAwardDate(b []byte) {
	if !g.once(hasAwardDate) {
		return
	}
	d, warning, err := readDate(b, false, false)
	switch {
	case err != nil:
		g.fail("awardDate", err)
	case warning != "":
		g.warn("awardDate", expected(ErrSyntax, warning))
	}
	g.awardDate = d
}

// setPlanned sets the start, or with end set the end, of the grant's
// Period from b, leaving it unknown with a warning if b cannot be read.
func (g *grantRecord) setPlanned(field string, b []byte, end bool) {
	d, warning, err := readDate(b, true, end)
	switch {
	case err != nil:
		g.warn(field, expected(ErrSyntax, err.Error()+"; left unknown"))
		return
	case warning != "":
		g.warn(field, expected(ErrSyntax, warning))
	}
	if end {
		g.period.End = d
	} else {
		g.period.Start = d
	}
}

// checkPeriod leaves the planned dates unknown, with a warning, if they
// end before they start.
func (g *grantRecord) checkPeriod(field string) {
	if err := g.period.Validate(); err != nil {
		g.warn(field, because(ErrPeriodOrder, errors.New("planned dates "+g.period.Start.String()+" to "+g.period.End.String()+" end before they start; left unknown")))
		g.period = Period{}
	}
}

// addRecipient adds a recipient organisation, or individual, with the id
// and name given (nil if absent). An individual's id is no organisation's,
// and is left out.
func (g *grantRecord) addRecipient(at orgAt, id, name []byte) {
	if !g.complete(at, id, name) {
		return
	}
	var sp span
	if at.list != "recipientIndividual" {
		sp = g.add(g.orgID(at, id))
	}
	g.recipients = append(g.recipients, sp, g.add(name))
}

// setFunder sets the grant's funder, if it is the first listed, from the
// id and name given (nil if absent). Later funders need only be complete.
func (gr *grantReader) setFunder(g *grantRecord, at orgAt, id, name []byte) {
	if !g.complete(at, id, name) || at.i > 0 {
		return
	}
	o := Org{ID: cached(&gr.lastFunderID, g.orgID(at, id)), Name: cached(&gr.lastFunderName, name)}
	o.ID = unmint(o.ID, o.Name)
	g.funder = o
}

// A groupKey identifies a funder's grant programme.
type groupKey struct {
	funder Org
	prog   string
}

// A group is the grants of one programme, read so far.
type group struct {
	id, title string
	funder    Org
	code      currency.Code
	inherit   []int // allocations whose extension has no award date
	allocs    []Allocation
}

// grantReader holds the state of one Read360Giving or Read360GivingCSV.
type grantReader struct {
	sc      *jsonscan.Scanner
	head    *headReader
	warn    func(*GrantError)
	g       grantRecord
	groups  map[groupKey]*group
	byID    map[string]*group
	order   []*group
	seen    map[string]struct{}
	ext     []Package
	bad     []error // one *GrantError per bad grant
	scratch []byte  // an organisation's id and name, being read

	orgPool    []Org
	stringPool []string
	lastSize   int // the number of grants in the last new group, to size the next

	// The last strings read of kinds that repeat, to share them.
	lastFunderID, lastFunderName, lastCode, lastTitle string
	lastCurrency                                      []byte
	lastCurrencyCode                                  currency.Code
}

// cached returns b as a string, sharing *last if they are equal.
func cached(last *string, b []byte) string {
	if string(b) != *last {
		*last = string(b)
	}
	return *last
}

// syntaxError converts a scanner error to a *ParseError; others pass.
func (gr *grantReader) syntaxError(err error) error {
	var se *jsonscan.SyntaxError
	if errors.As(err, &se) {
		return &ParseError{Func: "Read360Giving", Input: string(gr.head.head), Offset: int(se.Offset), Err: expected(ErrSyntax, se.Msg)}
	}
	return err
}

// read reads the whole file.
func (gr *grantReader) read() ([]Package, error) {
	sc := gr.sc
	sawGrants, sawExt := false, false
	if sc.Peek() != '{' {
		if err := sc.Err(); err != nil {
			return nil, err
		}
		return nil, gr.syntaxError(&jsonscan.SyntaxError{Offset: sc.Offset(), Msg: "want an object with a \"grants\" array"})
	}
	twice := func(key string) error {
		return &ParseError{Func: "Read360Giving", Input: string(gr.head.head), Offset: int(sc.Offset()), Err: expected(ErrDuplicate, "a second "+quote(key)+" key at the top level")}
	}
	err := sc.Object(func(key []byte) error {
		switch string(key) {
		case "grants":
			if sawGrants {
				return twice("grants")
			}
			sawGrants = true
			n := 0
			return sc.Array(func(int) error {
				n++
				gr.g.reset(n)
				if err := gr.readGrant(&gr.g); err != nil {
					return err
				}
				gr.addGrant(&gr.g)
				return nil
			})
		case extKey:
			if sawExt {
				return twice(extKey)
			}
			sawExt = true
			return gr.readTopExt()
		}
		return sc.Skip()
	})
	if err == nil {
		err = sc.End()
	}
	if rerr := sc.Err(); rerr != nil {
		return nil, rerr // a failure to read, whatever it left half read
	}
	if err != nil {
		return nil, gr.syntaxError(err)
	}
	if !sawGrants {
		return nil, &ParseError{Func: "Read360Giving", Input: string(gr.head.head), Err: expected(ErrMissing, `want a "grants" array`)}
	}
	return gr.assemble()
}

// readTopExt reads the top-level extension: {"version":1,"packages":[...]}.
func (gr *grantReader) readTopExt() error {
	sc := gr.sc
	return sc.Object(func(key []byte) error {
		switch string(key) {
		case "version":
			num, err := sc.Number()
			if err != nil {
				return err
			}
			if string(num) != strconv.Itoa(extVersion) {
				return &ParseError{Func: "Read360Giving", Input: string(num), Err: expected(ErrRange, "want version "+strconv.Itoa(extVersion)+" of the fundclaims extension")}
			}
			return nil
		case "packages":
			return sc.Array(func(i int) error {
				raw, err := sc.Raw()
				if err != nil {
					return err
				}
				var p Package
				if err := json.Unmarshal(raw, &p); err != nil {
					return &FieldError{Path: extKey + "." + index("packages", i), Err: err}
				}
				if len(p.Allocations) > 0 {
					return &FieldError{Path: extKey + "." + index("packages", i) + ".allocations", Err: expected(ErrSyntax, "allocations belong in the grants")}
				}
				gr.ext = append(gr.ext, p)
				return nil
			})
		}
		return sc.Skip()
	})
}

// reject records err as the reason g is bad and skips the value the
// scanner is at.
func (gr *grantReader) reject(g *grantRecord, field string, err error) error {
	g.fail(field, err)
	return gr.sc.Skip()
}

// readGrant reads one grant object into g. It returns only errors that
// stop the reading of the file: malformed JSON and failures to read.
func (gr *grantReader) readGrant(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '{' {
		return gr.reject(g, "", expected(ErrSyntax, "want a grant object"))
	}
	return sc.Object(func(key []byte) error {
		switch string(key) {
		case "id", "title", "description", "currency", "awardDate", "regrantType":
			field := named(key, fieldNames[:]) // the key is overwritten by reading the value
			if sc.Peek() != '"' {
				return gr.reject(g, field, expected(ErrSyntax, "want a string"))
			}
			b, err := sc.StringBytes()
			if err != nil {
				return err
			}
			switch field {
			case "id":
				g.setID(b)
			case "title":
				if g.once(hasTitle) {
					g.title = g.add(b)
				}
			case "description":
				if g.once(hasDescription) {
					g.desc = g.add(b)
				}
			case "currency":
				gr.setCurrency(g, b)
			case "regrantType":
				g.setRegrant(b)
			default:
				g.setAwardDate(b)
			}
			return nil
		case "amountAwarded":
			if c := sc.Peek(); c != '-' && !isDigit(c) {
				return gr.reject(g, "amountAwarded", expected(ErrSyntax, "want a JSON number"))
			}
			num, err := sc.Number()
			if err != nil {
				return err
			}
			g.setAmount(num)
			return nil
		case "recipientOrganization":
			if !g.once(hasRecipients) {
				return sc.Skip()
			}
			return gr.orgs(g, false)
		case "recipientIndividual":
			if !g.once(hasIndividual) {
				return sc.Skip()
			}
			return gr.individual(g)
		case "fundingOrganization":
			if !g.once(hasFunder) {
				return sc.Skip()
			}
			return gr.orgs(g, true)
		case "plannedDates":
			if !g.once(hasPlanned) {
				return sc.Skip()
			}
			return gr.plannedDates(g)
		case "grantProgramme":
			if !g.once(hasProgramme) {
				return sc.Skip()
			}
			return gr.programme(g)
		case extKey:
			if !g.once(hasExt) {
				return sc.Skip()
			}
			return gr.grantExt(g)
		}
		return sc.Skip()
	})
}

// orgFields reads an organisation or person object's id and name, nil if
// absent, as copies in gr.scratch.
func (gr *grantReader) orgFields(g *grantRecord, at orgAt) (id, name []byte, err error) {
	sc := gr.sc
	if sc.Peek() != '{' {
		return nil, nil, gr.reject(g, at.field(""), expected(ErrSyntax, "want an object"))
	}
	err = sc.Object(func(key []byte) error {
		isID := string(key) == "id"
		if !isID && string(key) != "name" {
			return sc.Skip()
		}
		if sc.Peek() != '"' {
			return gr.reject(g, at.field(string(key)), expected(ErrSyntax, "want a string"))
		}
		b, err := sc.StringBytes()
		if err != nil {
			return err
		}
		// Both are copied into one scratch buffer; b is valid only until
		// the scanner's next call.
		start := len(gr.scratch)
		gr.scratch = append(gr.scratch, b...)
		if isID {
			id = gr.scratch[start:len(gr.scratch):len(gr.scratch)]
		} else {
			name = gr.scratch[start:len(gr.scratch):len(gr.scratch)]
		}
		return nil
	})
	return id, name, err
}

// orgs reads the recipients, or the funders (keeping the first), each with
// a required id and name.
func (gr *grantReader) orgs(g *grantRecord, funder bool) error {
	sc := gr.sc
	list := "recipientOrganization"
	if funder {
		list = "fundingOrganization"
	}
	if sc.Peek() != '[' {
		return gr.reject(g, list, expected(ErrSyntax, "want an array of organisations"))
	}
	count := 0
	err := sc.Array(func(i int) error {
		count++
		gr.scratch = gr.scratch[:0]
		id, name, err := gr.orgFields(g, orgAt{list, i})
		if err != nil || g.bad.err != nil {
			return err
		}
		if funder {
			gr.setFunder(g, orgAt{list, i}, id, name)
		} else {
			g.addRecipient(orgAt{list, i}, id, name)
		}
		return nil
	})
	if err == nil && count == 0 {
		g.fail(list, expected(ErrMissing, "want at least one organisation"))
	}
	return err
}

// individual reads a recipientIndividual.
func (gr *grantReader) individual(g *grantRecord) error {
	gr.scratch = gr.scratch[:0]
	id, name, err := gr.orgFields(g, orgAt{list: "recipientIndividual"})
	if err == nil && g.bad.err == nil {
		g.addRecipient(orgAt{list: "recipientIndividual"}, id, name)
	}
	return err
}

// plannedDates reads the first planned dates into g.period.
func (gr *grantReader) plannedDates(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '[' {
		return gr.reject(g, "plannedDates", expected(ErrSyntax, "want an array"))
	}
	return sc.Array(func(i int) error {
		if i > 0 {
			return sc.Skip()
		}
		if sc.Peek() != '{' {
			return gr.reject(g, "plannedDates[0]", expected(ErrSyntax, "want an object"))
		}
		err := sc.Object(func(key []byte) error {
			var end bool
			switch string(key) {
			case "startDate":
			case "endDate":
				end = true
			default:
				return sc.Skip()
			}
			field := "plannedDates[0].startDate"
			if end {
				field = "plannedDates[0].endDate"
			}
			if sc.Peek() != '"' {
				return gr.reject(g, field, expected(ErrSyntax, "want a string"))
			}
			b, err := sc.StringBytes()
			if err != nil {
				return err
			}
			g.setPlanned(field, b, end)
			return nil
		})
		g.checkPeriod("plannedDates[0]")
		return err
	})
}

// programme reads the first grant programme's code and title.
func (gr *grantReader) programme(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '[' {
		return gr.reject(g, "grantProgramme", expected(ErrSyntax, "want an array"))
	}
	return sc.Array(func(i int) error {
		if i > 0 {
			return sc.Skip()
		}
		if sc.Peek() != '{' {
			return gr.reject(g, "grantProgramme[0]", expected(ErrSyntax, "want an object"))
		}
		return sc.Object(func(key []byte) error {
			isCode := string(key) == "code"
			if !isCode && string(key) != "title" {
				return sc.Skip()
			}
			if sc.Null() {
				return nil
			}
			if sc.Peek() != '"' {
				return gr.reject(g, "grantProgramme[0]."+string(key), expected(ErrSyntax, "want a string"))
			}
			b, err := sc.StringBytes()
			if err != nil {
				return err
			}
			gr.setProgramme(g, isCode, b)
			return nil
		})
	})
}

// setProgramme sets the grant programme's code, or title, from b.
func (gr *grantReader) setProgramme(g *grantRecord, isCode bool, b []byte) {
	if isCode {
		g.progCode = cached(&gr.lastCode, b)
	} else {
		g.progTitle = cached(&gr.lastTitle, b)
	}
}

// grantExt reads a grant's fundclaims extension object.
func (gr *grantReader) grantExt(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '{' {
		return gr.reject(g, extKey, expected(ErrSyntax, "want an object"))
	}
	return sc.Object(func(key []byte) error {
		name := named(key, extFields[:])
		if name == "" {
			return sc.Skip()
		}
		field := func() string { return extKey + "." + name }
		if name == "purposes" {
			if sc.Peek() != '[' {
				return gr.reject(g, field(), expected(ErrSyntax, "want an array of strings"))
			}
			return sc.Array(func(int) error {
				if sc.Peek() != '"' {
					return gr.reject(g, field(), expected(ErrSyntax, "want a string"))
				}
				b, err := sc.StringBytes()
				if err == nil {
					if len(bytes.TrimSpace(b)) == 0 {
						g.fail(field(), expected(ErrMissing, "an empty purpose"))
					}
					g.purposes = append(g.purposes, g.add(b))
				}
				return err
			})
		}
		if sc.Peek() != '"' {
			return gr.reject(g, field(), expected(ErrSyntax, "want a string"))
		}
		b, err := sc.StringBytes()
		if err != nil {
			return err
		}
		switch name {
		case "id":
			g.extID = g.add(b)
		case "count":
			g.count, err = parseCountBytes(b)
		case "kind":
			g.kind, err = parseKindBytes(b)
		case "novelty":
			g.novelty, err = parseNoveltyBytes(b)
		default:
			if len(b) > 0 {
				g.awarded, err = parseStandardDate(b, false, false)
			}
		}
		if err != nil {
			g.fail(field(), err)
		}
		return nil
	})
}

// extFields are the fields of a grant's extension object.
var extFields = [...]string{"id", "count", "purposes", "kind", "novelty", "awarded"}

// addGrant checks the grant just read and adds it to its programme's
// group, or records why it is bad. Either way it reports the grant's
// warnings.
func (gr *grantReader) addGrant(g *grantRecord) {
	if err := gr.allocate(g); err != nil {
		gr.bad = append(gr.bad, err)
	}
	if gr.warn != nil {
		name := g.name()
		for _, w := range g.warnings {
			gr.warn(&GrantError{Grant: name, Field: w.field, Err: w.err})
		}
	}
}

// allocate makes g an Allocation in its programme's group, or returns a
// *GrantError saying why it cannot.
func (gr *grantReader) allocate(g *grantRecord) error {
	fail := func(field string, err error) error { return &GrantError{Grant: g.name(), Field: field, Err: err} }
	if g.bad.err != nil {
		return fail(g.bad.field, g.bad.err)
	}
	has := g.has
	if has&hasIndividual != 0 {
		if has&hasRecipients != 0 {
			return fail("recipientIndividual", expected(ErrSyntax, "a grant has recipientOrganization or recipientIndividual, not both"))
		}
		has |= hasRecipients
	}
	if has&hasRequired != hasRequired {
		for bit, name := range fieldNames {
			if has&(1<<bit) == 0 {
				return fail(name, ErrMissing)
			}
		}
	}
	if g.id.n == 0 {
		return fail("id", ErrMissing)
	}
	amount, err := parseAmount(g.amount, g.code)
	if err != nil {
		return fail("amountAwarded", err)
	}
	if amount.Sign() < 0 {
		// The schema allows it, and publishers use it for money returned
		// or a grant revoked: keep it as published, and say so.
		g.warn("amountAwarded", expected(ErrNegative, string(g.amount)+" is kept as published: money returned or a grant revoked"))
	}
	if gr.seen == nil {
		gr.seen = make(map[string]struct{}, 1024)
	}
	// Make the grant's strings, sharing one allocation.
	s := string(g.arena)
	str := func(sp span) string { return s[sp.off : sp.off+sp.n] }
	id := str(g.id)
	if _, dup := gr.seen[id]; dup {
		return fail("id", expected(ErrDuplicate, "a second grant with this id"))
	}

	key, title := g.progCode, g.progTitle
	if key == "" {
		key = title
	}
	if key == "" {
		key, title = id, str(g.title)
	}
	grp := gr.groups[groupKey{g.funder, key}]
	if grp != nil && grp.code != g.code {
		return fail("currency", &currency.MismatchError{Op: "Read360Giving", A: grp.code, B: g.code})
	}

	a := Allocation{
		ID:          id,
		Title:       str(g.title),
		Description: str(g.desc),
		Period:      g.period,
		Awarded:     g.awardDate,
		Regrant:     g.regrant,
	}
	award(&a, amount)
	if g.extID.n > 0 {
		a.ID = str(g.extID)
	}
	a.Recipients = gr.orgSlice(len(g.recipients) / 2)
	for i := range a.Recipients {
		o := Org{ID: str(g.recipients[2*i]), Name: str(g.recipients[2*i+1])}
		o.ID = unmint(o.ID, o.Name)
		a.Recipients[i] = o
	}
	inherit := false
	if g.has&hasExt != 0 {
		a.Count, a.Kind, a.Novelty, a.Awarded = g.count, g.kind, g.novelty, g.awarded
		if len(g.purposes) > 0 {
			a.Purposes = gr.stringSlice(len(g.purposes))
			for i, sp := range g.purposes {
				a.Purposes[i] = str(sp)
			}
		}
		if a.Awarded.IsZero() {
			// The package's announcement date, if it has one, is the
			// award date; assemble decides once the extension is read.
			a.Awarded, inherit = g.awardDate, true
		}
		// The one rule of Validate that the extension can break and the
		// reading does not check.
		if a.Count.IsExact() && len(a.Recipients) > 1 && int64(len(a.Recipients)) > a.Count.Value() {
			return fail(extKey+".count", expected(ErrRange, strconv.Itoa(len(a.Recipients))+" recipients named but the count is "+a.Count.String()))
		}
	}
	gr.seen[id] = struct{}{}

	if grp == nil {
		if n := len(gr.order); n > 0 {
			gr.lastSize = len(gr.order[n-1].allocs)
		}
		grp = &group{id: gr.packageID(key, g.funder), title: title, funder: g.funder, code: g.code, allocs: make([]Allocation, 0, min(max(gr.lastSize, 1), 1024))}
		gr.groups[groupKey{g.funder, key}] = grp
		gr.byID[grp.id] = grp
		gr.order = append(gr.order, grp)
	}
	if inherit {
		grp.inherit = append(grp.inherit, len(grp.allocs))
	}
	grp.allocs = append(grp.allocs, a)
	return nil
}

// packageID returns the ID of the package for funder's programme key: the
// key, or, if another funder's programme has it, the key with the funder
// in brackets (and a number, should that be taken too).
func (gr *grantReader) packageID(key string, funder Org) string {
	if gr.byID[key] == nil {
		return key
	}
	id := key + " (" + funder.String() + ")"
	for n := 2; gr.byID[id] != nil; n++ {
		id = key + " (" + funder.String() + ") " + strconv.Itoa(n)
	}
	return id
}

// poolSize is how many elements orgSlice and stringSlice allocate at once.
const poolSize = 1024

// orgSlice returns a slice of n Orgs, carved from a shared pool so that a
// grant does not cost an allocation of its own. Its capacity is n, so
// appending to it cannot reach a neighbour's.
func (gr *grantReader) orgSlice(n int) []Org {
	if n > poolSize/4 {
		return make([]Org, n)
	}
	if len(gr.orgPool) < n {
		gr.orgPool = make([]Org, poolSize)
	}
	out := gr.orgPool[:n:n]
	gr.orgPool = gr.orgPool[n:]
	return out
}

// stringSlice is orgSlice for strings.
func (gr *grantReader) stringSlice(n int) []string {
	if n > poolSize/4 {
		return make([]string, n)
	}
	if len(gr.stringPool) < n {
		gr.stringPool = make([]string, poolSize)
	}
	out := gr.stringPool[:n:n]
	gr.stringPool = gr.stringPool[n:]
	return out
}

// assemble makes the packages from the groups and the extension, and
// validates them.
func (gr *grantReader) assemble() ([]Package, error) {
	out := make([]Package, 0, len(gr.ext)+len(gr.order))
	fromExt := make(map[string]bool, len(gr.ext))
	for i, p := range gr.ext {
		if fromExt[p.ID] {
			return nil, &FieldError{Path: extKey + "." + index("packages", i) + ".id", Err: expected(ErrDuplicate, quote(p.ID))}
		}
		fromExt[p.ID] = true
		if grp := gr.byID[p.ID]; grp != nil {
			p.Allocations = grp.allocs
			if !p.Announced.IsZero() {
				for _, j := range grp.inherit {
					p.Allocations[j].Awarded = Date{}
				}
			}
		}
		out = append(out, p)
	}
	for _, grp := range gr.order {
		if fromExt[grp.id] {
			continue
		}
		out = append(out, Package{ID: grp.id, Title: grp.title, Funder: grp.funder, Allocations: grp.allocs})
	}
	var v validator
	for i, p := range out {
		v.sub(index("packages", i), p.Validate())
	}
	if err := v.err(); err != nil {
		return nil, err
	}
	return out, errors.Join(gr.bad...)
}

// parseKindBytes is ParseKind, without allocating for a name as String
// writes it.
func parseKindBytes(b []byte) (Kind, error) {
	for k, name := range kindNames {
		if string(b) == name {
			return Kind(k), nil
		}
	}
	return ParseKind(string(b))
}

// parseNoveltyBytes is ParseNovelty, without allocating for a name as
// String writes it.
func parseNoveltyBytes(b []byte) (Novelty, error) {
	for n, name := range noveltyNames {
		if string(b) == name {
			return Novelty(n), nil
		}
	}
	return ParseNovelty(string(b))
}

// parseCountBytes is ParseCount, without allocating for a plain number.
func parseCountBytes(b []byte) (Count, error) {
	if n, ok := digits(string(b)); ok && len(b) <= 3 && n > 0 {
		return Count{n: int64(n), bound: currency.Exact}, nil
	}
	return ParseCount(string(b))
}

// parseStandardDate reads a 360Giving date: YYYY-MM-DD or a date-time, of
// which the date as written is taken; with partial set, also YYYY and
// YYYY-MM, which stand for their first day, or their last if end is set.
func parseStandardDate(b []byte, partial, end bool) (Date, error) {
	if len(b) == 10 {
		d, _, err := parseISODateBytes(b)
		if err != nil {
			return Date{}, expected(ErrSyntax, "want a date such as 2016-11-28, got "+quote(string(b)))
		}
		return d, nil
	}
	s := string(b)
	if partial && (len(s) == 4 || len(s) == 7) {
		y, ok := digits(s[:4])
		m := 1
		if len(s) == 7 {
			var okm bool
			m, okm = digits(s[5:])
			ok = ok && okm && s[4] == '-'
		}
		if !ok {
			return Date{}, expected(ErrSyntax, "want a date such as 2017-04-01, got "+quote(s))
		}
		if end && len(s) == 4 {
			m = 12
		}
		d, err := NewDate(y, time.Month(m), 1)
		if err != nil {
			return Date{}, expected(ErrSyntax, "want a date such as 2017-04-01, got "+quote(s))
		}
		if end {
			d = d.AddDays(daysIn(y, time.Month(m)) - 1)
		}
		return d, nil
	}
	d, _, err := parseISODate(s)
	if err != nil || len(s) < 11 || (s[10] != 'T' && s[10] != 't') {
		return Date{}, expected(ErrSyntax, "want a date such as 2016-11-28 or a date-time, got "+quote(s))
	}
	if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
		if _, err := time.Parse("2006-01-02T15:04:05.999999999", s); err != nil {
			return Date{}, expected(ErrSyntax, "want a date-time such as 2016-11-28T00:00:00Z, got "+quote(s))
		}
	}
	return d, nil
}

// parseISODateBytes is parseISODate for a ten-byte slice, without
// allocating.
func parseISODateBytes(b []byte) (Date, int, error) {
	var buf [10]byte
	copy(buf[:], b)
	if buf[4] != '-' || buf[7] != '-' {
		return Date{}, 4, expected(ErrSyntax, "want YYYY-MM-DD")
	}
	var n [3]int
	for i, part := range [3][2]int{{0, 4}, {5, 7}, {8, 10}} {
		for _, c := range buf[part[0]:part[1]] {
			if !isDigit(c) {
				return Date{}, part[0], expected(ErrSyntax, "want YYYY-MM-DD")
			}
			n[i] = n[i]*10 + int(c-'0')
		}
	}
	d, err := NewDate(n[0], time.Month(n[1]), n[2])
	return d, 0, err
}

// maxNumberLen bounds the text of an amountAwarded.
const maxNumberLen = 64

// maxAmountExponent bounds the decimal exponent of an amountAwarded.
const maxAmountExponent = 64

// parseAmount reads the JSON number text of an amount in currency c,
// exactly: with no exponent and few enough digits, in minor units without
// allocating; otherwise as a shopspring decimal.
func parseAmount(num []byte, c currency.Code) (currency.Amount, error) {
	if len(num) > maxNumberLen {
		return currency.Amount{}, expected(ErrRange, "want at most "+strconv.Itoa(maxNumberLen)+" characters")
	}
	neg := len(num) > 0 && num[0] == '-'
	digitsPart := num
	if neg {
		digitsPart = num[1:]
	}
	minor := c.MinorUnits()
	var coef int64
	n, frac, dot, ok := 0, 0, false, true
	for _, ch := range digitsPart {
		switch {
		case ch == '.':
			dot = true
		case isDigit(ch):
			if n > 0 || ch != '0' {
				n++
			}
			if dot {
				frac++
			}
			coef = coef*10 + int64(ch-'0')
		default:
			ok = false
		}
		if n > 18 {
			ok = false
			break
		}
	}
	if ok && n+minor <= 18 && frac <= minor {
		for range minor - frac {
			coef *= 10
		}
		if neg {
			coef = -coef
		}
		return currency.FromMinor(coef, c), nil
	}
	d, err := decimal.NewFromString(string(num))
	if err != nil {
		return currency.Amount{}, expected(ErrSyntax, "want a number, got "+quote(string(num)))
	}
	if e := d.Exponent(); e > maxAmountExponent || e < -maxAmountExponent {
		return currency.Amount{}, expected(ErrRange, "want an exponent within ±64")
	}
	return currency.New(d, c)
}

// readDate reads a 360Giving date as parseStandardDate does and, with a
// warning saying how, the forms real files hold besides: day/month/year
// in UK order ("05/06/2014" is 5 June 2014), with or without a time after
// a space; a written-out date ("19 April 2013", "1 Sep 2013"); and
// month/year ("08/2013"), which as a planned date (partial set) stands for
// the month's first day, or its last if end is set, and as an award date
// for no date at all. It returns an error, as parseStandardDate's, for
// anything else.
func readDate(b []byte, partial, end bool) (Date, string, error) {
	d, err := parseStandardDate(b, partial, end)
	if err == nil {
		return d, "", nil
	}
	s := string(b)
	if d, ok := ukDate(s); ok {
		return d, "read " + quote(s) + " as day/month/year, " + d.String(), nil
	}
	if d, ok := writtenDate(s); ok {
		return d, "read " + quote(s) + " as " + d.String(), nil
	}
	whole, year, ok := strings.Cut(s, "/")
	if m, okm := digits(whole); ok && okm && len(whole) <= 2 && len(year) == 4 {
		if y, oky := digits(year); oky {
			first, err := NewDate(y, time.Month(m), 1)
			switch {
			case err != nil:
			case !partial:
				return Date{}, quote(s) + " is a month, not a day: the date is left unknown", nil
			case end:
				last := first.AddDays(daysIn(y, time.Month(m)) - 1)
				return last, "read " + quote(s) + " as month/year, ending " + last.String(), nil
			default:
				return first, "read " + quote(s) + " as month/year, starting " + first.String(), nil
			}
		}
	}
	return Date{}, "", err
}

// ukDate reads DD/MM/YYYY, with one- or two-digit day and month, and an
// optional time (HH:MM or HH:MM:SS) after a space, which it ignores.
func ukDate(s string) (Date, bool) {
	date, clock, timed := strings.Cut(s, " ")
	if timed {
		h, m, ok := strings.Cut(clock, ":")
		m, sec, hasSec := strings.Cut(m, ":")
		hh, ok1 := digits(h)
		mm, ok2 := digits(m)
		ss, ok3 := digits(sec)
		if !ok || !ok1 || !ok2 || len(h) > 2 || len(m) != 2 || hh > 23 || mm > 59 || (hasSec && (!ok3 || len(sec) != 2 || ss > 59)) {
			return Date{}, false
		}
	}
	parts := strings.Split(date, "/")
	if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
		return Date{}, false
	}
	d, ok1 := digits(parts[0])
	m, ok2 := digits(parts[1])
	y, ok3 := digits(parts[2])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false
	}
	day, err := NewDate(y, time.Month(m), d)
	return day, err == nil
}

// writtenDate reads a date written out in English, day, month and year:
// "19 April 2013", "1 Sep 2013".
func writtenDate(s string) (Date, bool) {
	f := strings.Fields(s)
	if len(f) != 3 || len(f[0]) > 2 || len(f[2]) != 4 || len(f[1]) < 3 {
		return Date{}, false
	}
	d, ok1 := digits(f[0])
	y, ok2 := digits(f[2])
	if !ok1 || !ok2 {
		return Date{}, false
	}
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		if strings.EqualFold(f[1], name) || strings.EqualFold(f[1], name[:3]) {
			day, err := NewDate(y, m, d)
			return day, err == nil
		}
	}
	return Date{}, false
}
