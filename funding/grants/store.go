package grants

import (
	"context"
	"database/sql"
	"fmt"
)

// A Store is a database of 360Giving grants that answers exact totals. It
// uses a *sql.DB the caller opens, with any driver for one of the
// Dialects, and is safe for concurrent use as the *sql.DB is.
type Store struct {
	db      *sql.DB
	dialect Dialect
}

// Open returns a Store over db, whose SQL dialect is d. It checks that the
// database answers and creates the store's tables and indexes if they do
// not exist; it never drops an existing one or changes its data, and
// changes its layout only to add the regrant column to a store made before
// the column was (its grants then have no regrant marked, as before).
// Closing db is the caller's business.
//
// Open returns an error if d is unknown, if the database cannot be reached
// (a malformed address, a server that is down, a refused password: the
// driver's error, wrapped, says which), or if the schema cannot be
// created.
func Open(ctx context.Context, db *sql.DB, d Dialect) (*Store, error) {
	if d != SQLite && d != PostgreSQL {
		return nil, fmt.Errorf("grants: Open: unknown dialect %v, want SQLite or PostgreSQL", d)
	}
	if err := db.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("grants: cannot reach the %v database: %w", d, err)
	}
	for _, stmt := range d.schema() {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return nil, fmt.Errorf("grants: creating the %v schema: %w", d, err)
		}
	}
	// Selecting no rows of the column fails only if it is not there.
	if _, err := db.ExecContext(ctx, "SELECT regrant FROM grants LIMIT 0"); err != nil {
		if _, err := db.ExecContext(ctx, "ALTER TABLE grants ADD COLUMN regrant TEXT NOT NULL DEFAULT ''"); err != nil {
			return nil, fmt.Errorf("grants: adding the regrant column to the %v schema: %w", d, err)
		}
	}
	return &Store{db: db, dialect: d}, nil
}
