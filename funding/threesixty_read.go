package funding

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding/internal/jsonscan"
	"github.com/shopspring/decimal"
)

// Read360Giving reads a 360Giving Data Standard (v1.4) grants file, JSON
// with a "grants" array, into packages: the grants of one grant programme
// (by its first grantProgramme code) become the Allocations of one Package
// whose ID is the code, and a grant with no programme becomes a Package of
// its own with the grant's id as its ID. Fields map as Write360Giving
// documents; a package's Title and Funder come from its first grant's
// grantProgramme title and fundingOrganization (the first one listed), and
// every grant of a programme must have that funder. The first plannedDates
// entry gives the Period; partial dates ("2017", "2017-04") stand for the
// first day of the year or month as a start, the last as an end. Date-times
// give the date as written.
//
// amountAwarded is read from its JSON text, exactly, never through a binary
// floating-point value. Fields the reader does not use are ignored. When
// the file has the "fundclaims" extension written by Write360Giving, its
// values complete the record: Read360Giving(Write360Giving(ps)) gives ps.
// Packages come in the extension's order, then in order of first grant;
// allocations in file order.
//
// Read360Giving returns a *ParseError matching ErrSyntax for malformed JSON
// or a missing "grants" array, and a *GrantError naming the grant and the
// field for a grant that lacks a required field (id, title, description,
// currency, amountAwarded, awardDate, recipientOrganization with an id and
// a name for each, fundingOrganization with an id and a name; ErrMissing),
// has a field of the wrong type or form (ErrSyntax), an amount that is
// negative (ErrNegative) or absurdly large or precise (ErrRange), an id
// used before (ErrDuplicate), a currency or funder different from its
// programme's (currency.ErrMismatch, ErrSyntax), or planned dates in the
// wrong order (ErrPeriodOrder). The packages it would return are validated
// too, and their errors returned as Write360Giving returns them.
//
// Read360Giving reads r as it goes, through a buffer of its own, without
// holding the whole file in memory; an error reading r is returned as it is.
func Read360Giving(r io.Reader) ([]Package, error) {
	h := &headReader{r: r}
	gr := &grantReader{sc: jsonscan.NewReader(h), head: h, groups: make(map[string]*group)}
	return gr.read()
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

// Required grant fields, as bits.
const (
	hasID = 1 << iota
	hasTitle
	hasDescription
	hasCurrency
	hasAmount
	hasAwardDate
	hasRecipients
	hasFunder
	hasAll = hasID | hasTitle | hasDescription | hasCurrency | hasAmount | hasAwardDate | hasRecipients | hasFunder
)

// requiredFields names the required fields in bit order.
var requiredFields = [...]string{"id", "title", "description", "currency", "amountAwarded", "awardDate", "recipientOrganization", "fundingOrganization"}

// A span is a string of a grant being read: a range of the grant's arena.
type span struct{ off, n int32 }

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
	recipients []span // id, name, id, name...
	purposes   []span
	code       currency.Code
	amount     []byte // the number's text
	awardDate  Date
	funder     Org
	period     Period
	progCode   string
	progTitle  string
	hasExt     bool
	count      Count
	kind       Kind
	novelty    Novelty
	awarded    Date
}

// reset readies g for the grant at position n, keeping its buffers.
func (g *grantRecord) reset(n int) {
	*g = grantRecord{n: n, arena: g.arena[:0], recipients: g.recipients[:0], purposes: g.purposes[:0], amount: g.amount[:0]}
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

// fail returns a *GrantError for g.
func (g *grantRecord) fail(field string, err error) error {
	return &GrantError{Grant: g.name(), Field: field, Err: err}
}

// A group is the grants of one programme, read so far.
type group struct {
	key, title string
	funder     Org
	code       currency.Code
	mismatch   error // the first grant whose funder differs from the first's
	inherit    []int // allocations whose extension has no award date
	allocs     []Allocation
}

// grantReader holds the state of one Read360Giving.
type grantReader struct {
	sc     *jsonscan.Scanner
	head   *headReader
	g      grantRecord
	groups map[string]*group
	order  []*group
	seen   map[string]struct{}
	ext    []Package

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
	sawGrants := false
	if sc.Peek() != '{' {
		if err := sc.Err(); err != nil {
			return nil, err
		}
		return nil, gr.syntaxError(&jsonscan.SyntaxError{Offset: sc.Offset(), Msg: "want an object with a \"grants\" array"})
	}
	err := sc.Object(func(key []byte) error {
		switch string(key) {
		case "grants":
			sawGrants = true
			n := 0
			return sc.Array(func(int) error {
				n++
				gr.g.reset(n)
				if err := gr.readGrant(&gr.g); err != nil {
					return err
				}
				return gr.addGrant(&gr.g)
			})
		case extKey:
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

// readGrant reads one grant object into g.
func (gr *grantReader) readGrant(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '{' {
		return g.fail("", expected(ErrSyntax, "want a grant object"))
	}
	return sc.Object(func(key []byte) error {
		switch string(key) {
		case "id":
			b, err := gr.strBytes(g, "id")
			if err != nil {
				return err
			}
			g.id, g.has = g.add(b), g.has|hasID
			return nil
		case "title":
			b, err := gr.strBytes(g, "title")
			if err != nil {
				return err
			}
			g.title, g.has = g.add(b), g.has|hasTitle
			return nil
		case "description":
			b, err := gr.strBytes(g, "description")
			if err != nil {
				return err
			}
			g.desc, g.has = g.add(b), g.has|hasDescription
			return nil
		case "currency":
			b, err := gr.strBytes(g, "currency")
			if err != nil {
				return err
			}
			if gr.lastCurrency == nil || !bytes.Equal(b, gr.lastCurrency) {
				c, err := currency.ParseCode(string(b))
				if err != nil {
					return g.fail("currency", expected(ErrSyntax, "want an ISO 4217 code, got "+quote(string(b))))
				}
				gr.lastCurrency, gr.lastCurrencyCode = append(gr.lastCurrency[:0], b...), c
			}
			g.code, g.has = gr.lastCurrencyCode, g.has|hasCurrency
			return nil
		case "amountAwarded":
			if c := sc.Peek(); c != '-' && !isDigit(c) {
				return g.fail("amountAwarded", expected(ErrSyntax, "want a JSON number"))
			}
			num, err := sc.Number()
			if err != nil {
				return err
			}
			g.amount, g.has = append(g.amount[:0], num...), g.has|hasAmount
			return nil
		case "awardDate":
			b, err := gr.strBytes(g, "awardDate")
			if err != nil {
				return err
			}
			d, err := parseStandardDate(b, false, false)
			if err != nil {
				return g.fail("awardDate", err)
			}
			g.awardDate, g.has = d, g.has|hasAwardDate
			return nil
		case "recipientOrganization":
			g.has |= hasRecipients
			return gr.orgs(g, false)
		case "fundingOrganization":
			g.has |= hasFunder
			return gr.orgs(g, true)
		case "plannedDates":
			return gr.plannedDates(g)
		case "grantProgramme":
			return gr.programme(g)
		case extKey:
			g.hasExt = true
			return gr.grantExt(g)
		}
		return sc.Skip()
	})
}

// strBytes reads a string field, naming it in a type error.
func (gr *grantReader) strBytes(g *grantRecord, field string) ([]byte, error) {
	if gr.sc.Peek() != '"' {
		return nil, g.fail(field, expected(ErrSyntax, "want a string"))
	}
	return gr.sc.StringBytes()
}

// orgList names the recipient or the funder list.
func orgList(funder bool) string {
	if funder {
		return "fundingOrganization"
	}
	return "recipientOrganization"
}

// orgField names field of organisation i of a recipient or funder list.
func orgField(funder bool, i int, field string) string {
	s := orgList(funder) + "[" + strconv.Itoa(i) + "]"
	if field != "" {
		s += "." + field
	}
	return s
}

// orgs reads the recipients, or the funders (keeping the first), each with
// a required id and name.
func (gr *grantReader) orgs(g *grantRecord, funder bool) error {
	sc := gr.sc
	if sc.Peek() != '[' {
		return g.fail(orgList(funder), expected(ErrSyntax, "want an array of organisations"))
	}
	count := 0
	err := sc.Array(func(i int) error {
		count++
		if sc.Peek() != '{' {
			return g.fail(orgField(funder, i, ""), expected(ErrSyntax, "want an organisation object"))
		}
		var id, name span
		var hasOrgID, hasName bool
		var o Org
		err := sc.Object(func(key []byte) error {
			switch string(key) {
			case "id", "name":
			default:
				return sc.Skip()
			}
			if sc.Peek() != '"' {
				return g.fail(orgField(funder, i, string(key)), expected(ErrSyntax, "want a string"))
			}
			b, err := sc.StringBytes()
			if err != nil {
				return err
			}
			isID := key[0] == 'i'
			switch {
			case funder && i > 0:
				// Only the first funder is kept; later ones need only be well formed.
			case funder && isID:
				o.ID = cached(&gr.lastFunderID, b)
			case funder:
				o.Name = cached(&gr.lastFunderName, b)
			case isID:
				id = g.add(b)
			default:
				name = g.add(b)
			}
			if isID {
				hasOrgID = len(b) > 0
				if hasOrgID && !validOrgID(string(b)) {
					return g.fail(orgField(funder, i, "id"), expected(ErrSyntax, "want an org-id.guide identifier such as GB-CHC-1164021, got "+quote(string(b))))
				}
			} else {
				hasName = len(bytes.TrimSpace(b)) > 0
			}
			return nil
		})
		if err != nil {
			return err
		}
		switch {
		case !hasOrgID:
			return g.fail(orgField(funder, i, "id"), ErrMissing)
		case !hasName:
			return g.fail(orgField(funder, i, "name"), ErrMissing)
		}
		switch {
		case funder && i == 0:
			o.ID = unmint(o.ID, o.Name)
			g.funder = o
		case !funder:
			g.recipients = append(g.recipients, id, name)
		}
		return nil
	})
	if err == nil && count == 0 {
		return g.fail(orgList(funder), expected(ErrMissing, "want at least one organisation"))
	}
	return err
}

// plannedDates reads the first planned dates into g.period.
func (gr *grantReader) plannedDates(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '[' {
		return g.fail("plannedDates", expected(ErrSyntax, "want an array"))
	}
	return sc.Array(func(i int) error {
		if i > 0 {
			return sc.Skip()
		}
		if sc.Peek() != '{' {
			return g.fail("plannedDates[0]", expected(ErrSyntax, "want an object"))
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
			if sc.Peek() != '"' {
				return g.fail("plannedDates[0]."+string(key), expected(ErrSyntax, "want a string"))
			}
			b, err := sc.StringBytes()
			if err != nil {
				return err
			}
			d, err := parseStandardDate(b, true, end)
			if err != nil {
				return g.fail("plannedDates[0]."+string(key), err)
			}
			if end {
				g.period.End = d
			} else {
				g.period.Start = d
			}
			return nil
		})
		if err != nil {
			return err
		}
		if err := g.period.Validate(); err != nil {
			return g.fail("plannedDates[0]", err)
		}
		return nil
	})
}

// programme reads the first grant programme's code and title.
func (gr *grantReader) programme(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '[' {
		return g.fail("grantProgramme", expected(ErrSyntax, "want an array"))
	}
	return sc.Array(func(i int) error {
		if i > 0 {
			return sc.Skip()
		}
		if sc.Peek() != '{' {
			return g.fail("grantProgramme[0]", expected(ErrSyntax, "want an object"))
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
				return g.fail("grantProgramme[0]."+string(key), expected(ErrSyntax, "want a string"))
			}
			b, err := sc.StringBytes()
			if err != nil {
				return err
			}
			if isCode {
				g.progCode = cached(&gr.lastCode, b)
			} else {
				g.progTitle = cached(&gr.lastTitle, b)
			}
			return nil
		})
	})
}

// grantExt reads a grant's fundclaims extension object.
func (gr *grantReader) grantExt(g *grantRecord) error {
	sc := gr.sc
	if sc.Peek() != '{' {
		return g.fail(extKey, expected(ErrSyntax, "want an object"))
	}
	return sc.Object(func(key []byte) error {
		var err error
		switch string(key) {
		case "count":
			var b []byte
			if b, err = gr.extString(g, key); err == nil {
				g.count, err = parseCountBytes(b)
			}
		case "purposes":
			if sc.Peek() != '[' {
				return g.fail(extKey+".purposes", expected(ErrSyntax, "want an array of strings"))
			}
			return sc.Array(func(int) error {
				b, err := gr.extString(g, key)
				if err != nil {
					return err
				}
				g.purposes = append(g.purposes, g.add(b))
				return nil
			})
		case "kind":
			var b []byte
			if b, err = gr.extString(g, key); err == nil {
				g.kind, err = parseKindBytes(b)
			}
		case "novelty":
			var b []byte
			if b, err = gr.extString(g, key); err == nil {
				g.novelty, err = parseNoveltyBytes(b)
			}
		case "awarded":
			var b []byte
			if b, err = gr.extString(g, key); err == nil && len(b) > 0 {
				g.awarded, err = parseStandardDate(b, false, false)
			}
		default:
			return sc.Skip()
		}
		if err != nil {
			return gr.extError(g, key, err)
		}
		return nil
	})
}

// extError names the extension field key in err, unless err is already a
// *GrantError or malformed JSON.
func (gr *grantReader) extError(g *grantRecord, key []byte, err error) error {
	var ge *GrantError
	var se *jsonscan.SyntaxError
	if errors.As(err, &ge) || errors.As(err, &se) {
		return err
	}
	return g.fail(extKey+"."+string(key), err)
}

// extString reads a string in a grant's extension object.
func (gr *grantReader) extString(g *grantRecord, key []byte) ([]byte, error) {
	if gr.sc.Peek() != '"' {
		return nil, g.fail(extKey+"."+string(key), expected(ErrSyntax, "want a string"))
	}
	return gr.sc.StringBytes()
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

// addGrant checks the grant just read and adds it to its programme's group.
func (gr *grantReader) addGrant(g *grantRecord) error {
	if g.has != hasAll {
		for bit, name := range requiredFields {
			if g.has&(1<<bit) == 0 {
				return g.fail(name, ErrMissing)
			}
		}
	}
	if g.id.n == 0 {
		return g.fail("id", ErrMissing)
	}
	amount, err := parseAmount(g.amount, g.code)
	if err != nil {
		return g.fail("amountAwarded", err)
	}
	if amount.Sign() < 0 {
		return g.fail("amountAwarded", expected(ErrNegative, string(g.amount)))
	}

	// Make the grant's strings, sharing one allocation.
	s := string(g.arena)
	str := func(sp span) string { return s[sp.off : sp.off+sp.n] }
	a := Allocation{
		ID:          str(g.id),
		Title:       str(g.title),
		Description: str(g.desc),
		Amount:      amount,
		Period:      g.period,
		Awarded:     g.awardDate,
	}
	if gr.seen == nil {
		gr.seen = make(map[string]struct{}, 1024)
	}
	if _, dup := gr.seen[a.ID]; dup {
		return g.fail("id", expected(ErrDuplicate, "a second grant with this id"))
	}
	gr.seen[a.ID] = struct{}{}
	a.Recipients = gr.orgSlice(len(g.recipients) / 2)
	for i := range a.Recipients {
		o := Org{ID: str(g.recipients[2*i]), Name: str(g.recipients[2*i+1])}
		o.ID = unmint(o.ID, o.Name)
		a.Recipients[i] = o
	}
	inherit := false
	if g.hasExt {
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
	}

	key, title := g.progCode, g.progTitle
	if key == "" {
		key, title = a.ID, a.Title
	}
	grp := gr.groups[key]
	switch {
	case grp == nil:
		if n := len(gr.order); n > 0 {
			gr.lastSize = len(gr.order[n-1].allocs)
		}
		grp = &group{key: key, title: title, funder: g.funder, code: g.code, allocs: make([]Allocation, 0, min(max(gr.lastSize, 1), 1024))}
		gr.groups[key] = grp
		gr.order = append(gr.order, grp)
	case grp.code != g.code:
		return g.fail("currency", &currency.MismatchError{Op: "Read360Giving", A: grp.code, B: g.code})
	case grp.mismatch == nil && g.funder != grp.funder:
		grp.mismatch = g.fail("fundingOrganization", expected(ErrSyntax, "funder "+quote(g.funder.String())+" differs from "+quote(grp.funder.String())+", its programme's"))
	}
	if inherit {
		grp.inherit = append(grp.inherit, len(grp.allocs))
	}
	grp.allocs = append(grp.allocs, a)
	return nil
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
		if grp := gr.groups[p.ID]; grp != nil {
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
		if fromExt[grp.key] {
			continue
		}
		if grp.mismatch != nil {
			return nil, grp.mismatch
		}
		out = append(out, Package{ID: grp.key, Title: grp.title, Funder: grp.funder, Allocations: grp.allocs})
	}
	var v validator
	for i, p := range out {
		v.sub(index("packages", i), p.Validate())
	}
	if err := v.err(); err != nil {
		return nil, err
	}
	return out, nil
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
