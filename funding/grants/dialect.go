package grants

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/shopspring/decimal"
)

// A Dialect is the SQL dialect of the database behind a Store. It decides
// only how the store writes placeholders and the types of two columns,
// amount and award_date; everything else is SQL both databases run.
//
// The zero Dialect is unknown, and Open refuses it.
type Dialect int

// Dialects.
const (
	DialectUnknown Dialect = iota
	// SQLite 3.37 or later (the store's tables are STRICT), such as
	// modernc.org/sqlite. Amounts are INTEGER counts of the currency's
	// minor unit (pence for GBP) and award dates TEXT, "2017-04-01".
	SQLite
	// PostgreSQL, such as through github.com/jackc/pgx/v5/stdlib. Amounts
	// are NUMERIC, in the currency's major unit (pounds for GBP), and
	// award dates DATE.
	PostgreSQL
)

// String returns "sqlite", "postgresql" or "unknown".
func (d Dialect) String() string {
	switch d {
	case SQLite:
		return "sqlite"
	case PostgreSQL:
		return "postgresql"
	}
	return "unknown"
}

// placeholder returns the n-th (from 1) parameter placeholder.
func (d Dialect) placeholder(n int) string {
	if d == PostgreSQL {
		return "$" + strconv.Itoa(n)
	}
	return "?"
}

// schema returns the statements that create the store's tables and
// indexes, if they do not exist.
func (d Dialect) schema() []string {
	amount, date, strict := "INTEGER", "TEXT", " STRICT"
	if d == PostgreSQL {
		amount, date, strict = "NUMERIC", "DATE", ""
	}
	return []string{
		`CREATE TABLE IF NOT EXISTS grants (
	id TEXT PRIMARY KEY,
	source TEXT NOT NULL,
	title TEXT NOT NULL,
	funder_id TEXT NOT NULL,
	funder TEXT NOT NULL,
	recipient_id TEXT NOT NULL,
	recipient TEXT NOT NULL,
	programme TEXT NOT NULL,
	programme_title TEXT NOT NULL,
	currency TEXT NOT NULL,
	amount ` + amount + ` NOT NULL,
	award_date ` + date + ` NOT NULL,
	fiscal_year INTEGER NOT NULL,
	regrant TEXT NOT NULL DEFAULT '',
	duplicates INTEGER NOT NULL DEFAULT 0
)` + strict,
		`CREATE TABLE IF NOT EXISTS duplicates (
	id TEXT NOT NULL,
	source TEXT NOT NULL,
	PRIMARY KEY (id, source)
)` + strict,
		`CREATE INDEX IF NOT EXISTS grants_funder ON grants (funder, fiscal_year)`,
		`CREATE INDEX IF NOT EXISTS grants_funder_id ON grants (funder_id, fiscal_year)`,
		`CREATE INDEX IF NOT EXISTS grants_recipient ON grants (recipient)`,
		`CREATE INDEX IF NOT EXISTS grants_recipient_id ON grants (recipient_id)`,
		`CREATE INDEX IF NOT EXISTS grants_programme ON grants (programme)`,
		`CREATE INDEX IF NOT EXISTS grants_programme_title ON grants (programme_title)`,
		`CREATE INDEX IF NOT EXISTS grants_fiscal_year ON grants (fiscal_year)`,
		`CREATE INDEX IF NOT EXISTS grants_award_date ON grants (award_date)`,
	}
}

// amountArg returns a as the store writes it: its number of minor units
// for SQLite, its decimal text for PostgreSQL. Both dialects refuse an
// amount finer than the currency's minor unit or of more minor units than
// an int64 holds, so that both databases always hold the same grants; the
// error matches funding.ErrRange.
func (d Dialect) amountArg(a currency.Amount) (any, error) {
	minor := int32(a.Currency().MinorUnits())
	if !a.Round(minor, currency.Down).Equal(a) {
		return nil, fmt.Errorf("%w: want a whole number of the currency's minor unit (%d decimal places), got %s", funding.ErrRange, minor, a)
	}
	units := a.Decimal().Shift(minor).BigInt()
	if !units.IsInt64() {
		return nil, fmt.Errorf("%w: want at most %d minor units, got %s", funding.ErrRange, int64(1<<63-1), a)
	}
	if d == PostgreSQL {
		return a.Decimal().String(), nil
	}
	return units.Int64(), nil
}

// amount returns the amount in currency c that a sum of the amount column
// scanned as text, s, stands for.
func (d Dialect) amount(s string, c currency.Code) (currency.Amount, error) {
	v, err := decimal.NewFromString(s)
	if err != nil {
		return currency.Amount{}, fmt.Errorf("grants: the database gave the sum %q, want a decimal number", s)
	}
	if d == SQLite {
		v = v.Shift(-int32(c.MinorUnits()))
	}
	return currency.New(v, c)
}

// literal writes v as a SQL literal, for the text of a query that a person
// can run again: a string quoted with its quotes doubled, a number as it
// is.
func literal(v any) string {
	switch v := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(v, "'", "''") + "'"
	case int:
		return strconv.Itoa(v)
	}
	return fmt.Sprint(v)
}
