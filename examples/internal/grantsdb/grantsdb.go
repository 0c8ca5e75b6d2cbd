// Package grantsdb opens the grants store an example program is given on
// its command line, with the drivers the examples use (modernc.org/sqlite,
// pure Go, and github.com/jackc/pgx/v5), and words what a total chose.
// The library imports no driver; the example programs do, through this
// package.
package grantsdb

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/fundclaims/fundclaims/funding/grants"

	// The programs choose the drivers; the library imports none.
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// Open opens the store at dsn: PostgreSQL for a postgres:// or
// postgresql:// URL, otherwise a SQLite file, made if it does not exist
// and create is true. A program that only reads a store passes false, so
// that a misspelt file is an error matching fs.ErrNotExist rather than an
// empty store, made on the spot, that totals no grants. The caller closes
// the *sql.DB. It returns the errors of sql.Open and grants.Open.
func Open(ctx context.Context, dsn string, create bool) (*grants.Store, *sql.DB, error) {
	driver, dialect := "sqlite", grants.SQLite
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		driver, dialect = "pgx", grants.PostgreSQL
	} else {
		// The file is the DSN up to its parameters, without a file: URI's
		// scheme; ":memory:" is no file.
		path, _, _ := strings.Cut(strings.TrimPrefix(dsn, "file:"), "?")
		if !create && path != ":memory:" {
			if _, err := os.Stat(path); err != nil {
				return nil, nil, err
			}
		}
		// Wait for another writer rather than fail, and write the
		// journal ahead, which is faster for large loads.
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		dsn += sep + "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, nil, err
	}
	s, err := grants.Open(ctx, db, dialect)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return s, db, nil
}

// Redact returns dsn without a password, to print.
func Redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 {
		return dsn
	}
	if colon := strings.Index(dsn[scheme+3:at], ":"); colon >= 0 {
		return dsn[:scheme+3+colon] + ":xxxxx" + dsn[at:]
	}
	return dsn
}

// Describe says which grants q chooses, as words after "Grants in GBP":
// "from Esmée Fairbairn Foundation, awarded in 2017-18 (1 April 2017 to
// 31 March 2018)".
func Describe(q grants.Query) string {
	var parts []string
	if q.Funder != "" {
		parts = append(parts, "from "+q.Funder)
	}
	if q.Recipient != "" {
		parts = append(parts, "to "+q.Recipient)
	}
	if q.Programme != "" {
		parts = append(parts, "in the programme "+q.Programme)
	}
	if q.Year != 0 {
		parts = append(parts, fmt.Sprintf("awarded in %v (%s to %s)", q.Year, q.Year.Start().Long(), q.Year.End().Long()))
	}
	switch {
	case !q.From.IsZero() && !q.To.IsZero():
		parts = append(parts, "awarded from "+q.From.Long()+" to "+q.To.Long())
	case !q.From.IsZero():
		parts = append(parts, "awarded on or after "+q.From.Long())
	case !q.To.IsZero():
		parts = append(parts, "awarded on or before "+q.To.Long())
	}
	if len(parts) == 0 {
		return "from every funder loaded"
	}
	return strings.Join(parts, ", ")
}

// WriteRow writes a row's total and what it holds apart (negative grants,
// grants of zero, duplicates set aside, regrants), each line starting with
// in.
func WriteRow(w io.Writer, in string, r grants.Row) {
	fmt.Fprintf(w, "%sTotal: %s in %s.\n", in, r.Amount, Count(r.Count))
	if r.Negatives > 0 {
		fmt.Fprintf(w, "%sNegative grants: %s, %s, netted off in the total.\n", in, Count(r.Negatives), r.Negative)
	}
	if r.Zeros > 0 {
		fmt.Fprintf(w, "%sGrants of zero: %d, counted in the total.\n", in, r.Zeros)
	}
	if r.Duplicates > 0 {
		fmt.Fprintf(w, "%sGrant ids loaded again from other files: %s, set aside, each grant counted once.\n", in, copies(r.Duplicates))
	}
	if r.Regrants > 0 {
		fmt.Fprintf(w, "%sRegrants, marked in the files as money to be granted on: %s, %s, counted in the total", in, Count(r.Regrants), r.Regrant)
		// Both are sums in the row's currency; an amount beyond
		// currency's range gives no difference rather than a wrong one.
		if direct, err := r.Amount.Sub(r.Regrant); err == nil {
			fmt.Fprintf(w, "; %s without them, so as not to count them twice beside the grants made from them", direct)
		}
		fmt.Fprintln(w, ".")
	}
}

// grantCount returns "1 grant" or "n grants".
func Count(n int64) string {
	if n == 1 {
		return "1 grant"
	}
	return strconv.FormatInt(n, 10) + " grants"
}

// copies returns "1 copy" or "n copies".
func copies(n int64) string {
	if n == 1 {
		return "1 copy"
	}
	return strconv.FormatInt(n, 10) + " copies"
}
