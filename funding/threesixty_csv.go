package funding

import (
	"encoding/csv"
	"io"
	"strings"
)

// The columns of the 360Giving titled-column CSV form that the CSV reader
// and writer know, by their titles in the standard's spreadsheet template.
const (
	colID             = "Identifier"
	colTitle          = "Title"
	colDescription    = "Description"
	colCurrency       = "Currency"
	colAmount         = "Amount Awarded"
	colAwardDate      = "Award Date"
	colStart          = "Planned Dates:Start Date"
	colEnd            = "Planned Dates:End Date"
	colRecipientID    = "Recipient Org:Identifier"
	colRecipientName  = "Recipient Org:Name"
	colIndividualID   = "Recipient Ind:Identifier"
	colIndividualName = "Recipient Ind:Name"
	colFunderID       = "Funding Org:Identifier"
	colFunderName     = "Funding Org:Name"
	colProgCode       = "Grant Programme:Code"
	colProgTitle      = "Grant Programme:Title"
	// The schema's title for regrantType, which the spreadsheet template
	// and converters use; many publishers' files drop the "For".
	colRegrant      = "For Regrant Type"
	colRegrantShort = "Regrant Type"
)

// csvColumns are the columns Write360GivingCSV writes, in order.
var csvColumns = []string{colID, colTitle, colDescription, colCurrency, colAmount, colAwardDate, colStart, colEnd,
	colRecipientID, colRecipientName, colFunderID, colFunderName, colProgCode, colProgTitle}

// csvKnown are the columns Read360GivingCSV reads.
var csvKnown = append(csvColumns[:len(csvColumns):len(csvColumns)], colIndividualID, colIndividualName, colRegrant, colRegrantShort)

// Read360GivingCSV reads a 360Giving file in the titled-column CSV form
// most publishers use: a header row of column titles, then one grant per
// row. It knows the columns "Identifier", "Title", "Description",
// "Currency", "Amount Awarded", "Award Date", "Planned Dates:Start Date",
// "Planned Dates:End Date", "Recipient Org:Identifier", "Recipient
// Org:Name", "Recipient Ind:Identifier", "Recipient Ind:Name", "Funding
// Org:Identifier", "Funding Org:Name", "Grant Programme:Code", "Grant
// Programme:Title" and "For Regrant Type" (or "Regrant Type"), in any
// order, matched ignoring case and surrounding white space, and ignores
// the others. An empty cell is an absent field.
//
// The grants become packages, and their fields are read, as
// Read360Giving's, with the same warnings to warn and the same errors,
// each *GrantError naming the JSON field ("amountAwarded") of the column
// and the grant by its Identifier, or "#n", its row among the grants
// counting from 1. "Amount Awarded" is a number as JSON writes one (10000,
// 1260000.50), read exactly: no currency sign or thousands separator.
//
// The file as a whole fails, with a *LineError, for malformed CSV
// (ErrSyntax), a header with no "Identifier" column (ErrMissing), or a row
// longer than 1 MiB, which bounds every field (ErrRange); an error reading
// r is returned as it is.
func Read360GivingCSV(r io.Reader, warn func(*GrantError)) ([]Package, error) {
	const fn = "Read360GivingCSV"
	gr := newGrantReader(warn)
	cr := newCSVReader(gr.skipBOM(r))
	header, _, err := readRecord(cr, fn)
	if err == io.EOF {
		return nil, &LineError{Func: fn, Err: expected(ErrMissing, "an empty file: want a header row of column titles")}
	}
	if err != nil {
		return nil, err
	}
	col := make(map[string]int, len(header))
	for i, title := range header {
		for _, known := range csvKnown {
			if strings.EqualFold(strings.TrimSpace(title), known) {
				if _, dup := col[known]; !dup {
					col[known] = i
				}
			}
		}
	}
	if _, ok := col[colID]; !ok {
		return nil, &LineError{Func: fn, Line: 1, Err: expected(ErrMissing, "want a header row with an \"Identifier\" column")}
	}
	for n := 1; ; n++ {
		rec, _, err := readRecord(cr, fn)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		cell := func(title string) []byte {
			i, ok := col[title]
			if !ok || i >= len(rec) || rec[i] == "" {
				return nil
			}
			return []byte(rec[i])
		}
		gr.g.reset(n)
		gr.csvGrant(&gr.g, cell)
		gr.addGrant(&gr.g)
	}
	return gr.assemble()
}

// csvGrant reads the grant of one CSV row, whose cells cell gives (nil for
// an empty or absent one), into g.
func (gr *grantReader) csvGrant(g *grantRecord, cell func(title string) []byte) {
	if b := cell(colID); b != nil {
		g.setID(b)
	}
	if b := cell(colTitle); b != nil && g.once(hasTitle) {
		g.title = g.add(b)
	}
	if b := cell(colDescription); b != nil && g.once(hasDescription) {
		g.desc = g.add(b)
	}
	if b := cell(colCurrency); b != nil {
		gr.setCurrency(g, b)
	}
	if b := cell(colAmount); b != nil {
		if !jsonNumber(b) {
			g.fail("amountAwarded", expected(ErrSyntax, "want a number such as 10000 or 1260000.50, got "+quote(string(b))))
		}
		g.setAmount(b)
	}
	if b := cell(colAwardDate); b != nil {
		g.setAwardDate(b)
	}
	if b := cell(colStart); b != nil {
		g.setPlanned("plannedDates[0].startDate", b, false)
	}
	if b := cell(colEnd); b != nil {
		g.setPlanned("plannedDates[0].endDate", b, true)
	}
	g.checkPeriod("plannedDates[0]")
	if id, name := cell(colRecipientID), cell(colRecipientName); id != nil || name != nil {
		g.has |= hasRecipients
		g.addRecipient(orgAt{list: "recipientOrganization"}, id, name)
	}
	if id, name := cell(colIndividualID), cell(colIndividualName); id != nil || name != nil {
		g.has |= hasIndividual
		g.addRecipient(orgAt{list: "recipientIndividual"}, id, name)
	}
	if id, name := cell(colFunderID), cell(colFunderName); id != nil || name != nil {
		g.has |= hasFunder
		gr.setFunder(g, orgAt{list: "fundingOrganization"}, id, name)
	}
	if b := cell(colProgCode); b != nil {
		gr.setProgramme(g, true, b)
	}
	if b := cell(colProgTitle); b != nil {
		gr.setProgramme(g, false, b)
	}
	b := cell(colRegrant)
	if b == nil {
		b = cell(colRegrantShort)
	}
	if b != nil {
		g.setRegrant(b)
	}
}

// jsonNumber reports whether b is a number as JSON writes one: an optional
// minus, digits with no leading zero, an optional fraction and exponent.
func jsonNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	digitsFrom := func() bool {
		start := i
		for i < len(b) && isDigit(b[i]) {
			i++
		}
		return i > start
	}
	start := i
	if !digitsFrom() || (b[start] == '0' && i > start+1) {
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digitsFrom() {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digitsFrom() {
			return false
		}
	}
	return i == len(b)
}

// Write360GivingCSV writes packages in the 360Giving titled-column CSV
// form, a header row and one row per Allocation, with the columns
// "Identifier", "Title", "Description", "Currency", "Amount Awarded",
// "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
// "Recipient Org:Identifier", "Recipient Org:Name", "Funding
// Org:Identifier", "Funding Org:Name", "Grant Programme:Code" and "Grant
// Programme:Title", and "For Regrant Type" if any allocation has a
// Regrant, each holding what Write360Giving writes in the JSON field of
// the same name, identifiers under prefix as it makes them, and
// amounts exactly, with no currency sign or grouping.
//
// The form has no place for what the standard lacks, so, unlike
// Write360Giving's, its output does not carry the "fundclaims" extension,
// and reading it back gives the standard's fields only.
//
// Write360GivingCSV returns the errors of Write360Giving, an error
// matching ErrRange for an allocation with more than one recipient, for
// which the form has no columns, and one matching ErrMissing for an
// allocation with no Title or no Description, since an empty cell is an
// absent field and the standard requires both; it writes nothing if there
// is an error but one from w.
func Write360GivingCSV(w io.Writer, prefix string, packages ...Package) error {
	if err := checkPrefix("Write360GivingCSV", prefix); err != nil {
		return err
	}
	if err := check360(prefix, packages); err != nil {
		return err
	}
	var v validator
	for i, p := range packages {
		for j, a := range p.Allocations {
			at := func() string { return index("packages", i) + "." + index("allocations", j) }
			if len(a.Recipients) > 1 {
				v.add(at()+".recipients", expected(ErrRange, "the CSV form has columns for one recipient organisation, not "+itoa(int64(len(a.Recipients)))+": write JSON with Write360Giving"))
			}
			// An empty cell is an absent field, and 360Giving requires both.
			if a.Title == "" {
				v.add(at()+".title", expected(ErrMissing, "360Giving requires a title, and an empty cell is none"))
			}
			if a.Description == "" {
				v.add(at()+".description", expected(ErrMissing, "360Giving requires a description, and an empty cell is none"))
			}
		}
	}
	if err := v.err(); err != nil {
		return err
	}
	header := csvColumns
	regrants := false
	for _, p := range packages {
		for _, a := range p.Allocations {
			regrants = regrants || a.Regrant != ""
		}
	}
	if regrants {
		header = append(header[:len(header):len(header)], colRegrant)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	row := make([]string, len(header))
	var num []byte
	for i := range packages {
		p := &packages[i]
		funder := mintedOrg(prefix, p.Funder)
		for j := range p.Allocations {
			a := &p.Allocations[j]
			amount, _ := awarded(a)
			num = appendAmountNumber(num[:0], amount)
			awardedOn := a.Awarded
			if awardedOn.IsZero() {
				awardedOn = p.Announced
			}
			recipient := mintedOrg(prefix, a.Recipients[0])
			row = append(row[:0], grantID(prefix, a.ID), a.Title, a.Description, amount.Currency().String(), string(num), awardedOn.String(),
				dateCell(a.Period.Start), dateCell(a.Period.End), recipient.ID, recipient.Name, funder.ID, funder.Name, p.ID, p.Title)
			if regrants {
				row = append(row, a.Regrant)
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// dateCell returns d as YYYY-MM-DD, or an empty cell if it is unknown.
func dateCell(d Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}
