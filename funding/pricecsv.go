package funding

import (
	"bufio"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/shopspring/decimal"
)

// ReadONSCSV reads a price index in the layout of the Office for National
// Statistics' time-series CSV downloads: a few title rows of label and
// value ("Title","CPIH INDEX 00: ALL ITEMS 2015=100"; "CDID","L522"; ...),
// then one row per year ("2016","100.7"), then rows per quarter ("2016 Q1")
// and per month ("2016 JAN"), which it skips: the Series has the annual
// levels, by calendar year, and the "Title" row's value as its title. A row
// with an empty value is a year with no level, and is left out.
//
// ReadONSCSV returns a *LineError, matching ErrSyntax, for a row that is
// not valid CSV, has fewer than two fields, has a level that is not a plain
// decimal number, or has a label that is neither a title row (before the
// data) nor a year, quarter or month; matching ErrRange for a level that is
// not positive; matching ErrDuplicate for a year given twice; and an error
// matching ErrMissing if there are no annual rows at all.
func ReadONSCSV(r io.Reader) (Series, error) {
	const fn = "ReadONSCSV"
	cr := newCSVReader(r)
	title := ""
	levels := make(map[Year]decimal.Decimal)
	inData := false
	for {
		rec, line, err := readRecord(cr, fn)
		if err == io.EOF {
			break
		}
		if err != nil {
			return Series{}, err
		}
		if len(rec) < 2 {
			return Series{}, &LineError{Func: fn, Line: line, Err: expected(ErrSyntax, "want a label and a value")}
		}
		label, value := strings.TrimSpace(rec[0]), strings.TrimSpace(rec[1])
		switch {
		case isYearLabel(label):
			inData = true
			if value == "" {
				continue
			}
			if err := addLevel(levels, CalendarYear(mustDigits(label)), value); err != nil {
				return Series{}, &LineError{Func: fn, Line: line, Err: err}
			}
		case isQuarterLabel(label) || isMonthLabel(label):
			inData = true
		case inData:
			return Series{}, &LineError{Func: fn, Line: line, Err: expected(ErrSyntax, "want a year, quarter or month, got "+quote(label))}
		case strings.EqualFold(label, "Title"):
			title = value
		}
	}
	if len(levels) == 0 {
		return Series{}, &LineError{Func: fn, Err: expected(ErrMissing, "no annual rows such as \"2016\",\"100.7\"")}
	}
	return Series{title: title, levels: levels}, nil
}

// ReadIndexCSV reads a price index from a plain two-column CSV file: a
// year and a level on each row, with an optional header row first
// ("year,level"). Years are calendar years ("2016") or financial years
// ("2016-17", any form ParseFiscalYear reads), and may be mixed. The Series
// has no title.
//
// ReadIndexCSV returns a *LineError matching ErrSyntax for a row that is not
// valid CSV, does not have exactly two fields, or whose year or level does
// not parse (except a first, header, row); matching ErrRange for a level
// that is not positive; matching ErrDuplicate for a year given twice; and
// an error matching ErrMissing if the file has no rows of data.
func ReadIndexCSV(r io.Reader) (Series, error) {
	const fn = "ReadIndexCSV"
	cr := newCSVReader(r)
	levels := make(map[Year]decimal.Decimal)
	first := true
	for {
		rec, line, err := readRecord(cr, fn)
		if err == io.EOF {
			break
		}
		if err != nil {
			return Series{}, err
		}
		header := first
		first = false
		if len(rec) != 2 {
			return Series{}, &LineError{Func: fn, Line: line, Err: expected(ErrSyntax, "want two fields, a year and a level")}
		}
		y, err := ParseYear(strings.TrimSpace(rec[0]))
		if err != nil {
			if header {
				continue
			}
			return Series{}, &LineError{Func: fn, Line: line, Err: expected(ErrSyntax, "want a year such as 2016 or 2016-17, got "+quote(rec[0]))}
		}
		if err := addLevel(levels, y, strings.TrimSpace(rec[1])); err != nil {
			return Series{}, &LineError{Func: fn, Line: line, Err: err}
		}
	}
	if len(levels) == 0 {
		return Series{}, &LineError{Func: fn, Err: expected(ErrMissing, "no rows of data")}
	}
	return Series{levels: levels}, nil
}

// maxCSVRow bounds the bytes of one row of a CSV file the package reads,
// and so the length of any field in it: 1 MiB. A longer row is an error
// matching ErrRange, so that a file with no line ends, such as /dev/zero,
// cannot take all the memory there is.
const maxCSVRow = 1 << 20

// A csvReader is a csv.Reader whose rows are bounded by maxCSVRow.
type csvReader struct {
	*csv.Reader
	lim     *rowLimit
	skipped int64 // the bytes of a byte-order mark skipped
	line    int   // the last line of the last row read
}

// A rowLimit is the reader under a csvReader's buffer. It fails a read
// that would take it more than maxCSVRow bytes, and the buffer's size,
// past the end of the last whole row.
type rowLimit struct {
	r      io.Reader
	read   int64 // bytes handed on
	rowEnd int64 // the offset of the end of the last row read
}

// csvBuffer is the size of the buffer over a rowLimit.
const csvBuffer = 4096

// errLongRow is the error a rowLimit gives.
var errLongRow = expected(ErrRange, "a row longer than 1 MiB, the most a row or field may be")

// Read reads from the underlying reader, within the bound.
func (l *rowLimit) Read(p []byte) (int, error) {
	room := l.rowEnd + maxCSVRow + csvBuffer - l.read
	if room <= 0 {
		return 0, errLongRow
	}
	if int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	l.read += int64(n)
	return n, err
}

// newCSVReader returns a CSV reader that allows rows of any number of
// fields, but not of more than maxCSVRow bytes, and skips a UTF-8
// byte-order mark at the start of the file.
func newCSVReader(r io.Reader) *csvReader {
	lim := &rowLimit{r: r}
	br := bufio.NewReaderSize(lim, csvBuffer)
	var skipped int64
	if bom, err := br.Peek(3); err == nil && string(bom) == "\uFEFF" {
		br.Discard(3)
		skipped = 3
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	return &csvReader{Reader: cr, lim: lim, skipped: skipped}
}

// readRecord reads the next record and its line number. It returns io.EOF
// at the end, and a *LineError for malformed CSV or a row too long.
func readRecord(cr *csvReader, fn string) ([]string, int, error) {
	rec, err := cr.Read()
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if errors.Is(err, errLongRow) {
		return nil, 0, &LineError{Func: fn, Line: cr.line + 1, Err: errLongRow}
	}
	if err != nil {
		line := 0
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.Line
		}
		return nil, 0, &LineError{Func: fn, Line: line, Err: expected(ErrSyntax, err.Error())}
	}
	cr.lim.rowEnd = cr.skipped + cr.InputOffset()
	line, _ := cr.FieldPos(0)
	cr.line, _ = cr.FieldPos(len(rec) - 1)
	return rec, line, nil
}

// addLevel parses value as a positive plain decimal and records it for y.
func addLevel(levels map[Year]decimal.Decimal, y Year, value string) error {
	if _, dup := levels[y]; dup {
		return expected(ErrDuplicate, "a second level for "+y.String())
	}
	if !plainDecimal(value) {
		return expected(ErrSyntax, "want a number such as 100.7, got "+quote(value))
	}
	l, err := decimal.NewFromString(value)
	if err != nil {
		return expected(ErrSyntax, "want a number such as 100.7, got "+quote(value))
	}
	if l.Sign() <= 0 {
		return expected(ErrRange, "index level for "+y.String()+" is "+value+", not positive")
	}
	levels[y] = l
	return nil
}

// plainDecimal reports whether s is digits with an optional fraction:
// "100.7", "46", "0.5". Signs, exponents and grouping are not allowed.
func plainDecimal(s string) bool {
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" || len(whole) > 30 || len(frac) > 30 || !allDigits(whole) || !allDigits(frac) {
		return false
	}
	return !dot || frac != ""
}

// allDigits reports whether s is all ASCII digits; the empty string is.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isYearLabel reports whether s is an ONS annual label: "2016".
func isYearLabel(s string) bool {
	n, ok := digits(s)
	return ok && len(s) == 4 && n >= minYear
}

// mustDigits returns the value of a label isYearLabel accepted.
func mustDigits(s string) int { n, _ := digits(s); return n }

// isQuarterLabel reports whether s is an ONS quarterly label: "2016 Q1".
func isQuarterLabel(s string) bool {
	return len(s) == 7 && isYearLabel(s[:4]) && s[4] == ' ' && s[5] == 'Q' && s[6] >= '1' && s[6] <= '4'
}

// onsMonths are the month abbreviations of ONS monthly labels.
var onsMonths = [...]string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// isMonthLabel reports whether s is an ONS monthly label: "2016 JAN".
func isMonthLabel(s string) bool {
	if len(s) != 8 || !isYearLabel(s[:4]) || s[4] != ' ' {
		return false
	}
	for _, m := range onsMonths {
		if strings.EqualFold(s[5:], m) {
			return true
		}
	}
	return false
}
