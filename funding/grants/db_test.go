package grants

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	// The drivers are the tests' own: the package imports none.
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"
)

// pgEnv names the environment variable that gives the tests a PostgreSQL
// server: a postgres:// URL of a database they may create schemas in.
const pgEnv = "FUNDCLAIMS_PG_DSN"

// A testDB is a fresh, empty database of one dialect.
type testDB struct {
	dialect Dialect
	db      *sql.DB
}

// databases returns a fresh SQLite database and, if the environment gives
// a server, a fresh PostgreSQL one. Without a server the PostgreSQL tests
// are skipped, except under CI, where they must run.
func databases(t *testing.T) []testDB {
	t.Helper()
	dbs := []testDB{{SQLite, openSQLite(t)}}
	dsn := os.Getenv(pgEnv)
	switch {
	case dsn != "":
		dbs = append(dbs, testDB{PostgreSQL, openPostgres(t, dsn)})
	case inCI():
		t.Fatalf("CI is set but %s is not: the PostgreSQL tests must run in CI", pgEnv)
	default:
		t.Logf("%s is not set: testing SQLite only", pgEnv)
	}
	return dbs
}

// each runs f as a subtest on a fresh store of each database.
func each(t *testing.T, f func(t *testing.T, s *Store)) {
	for _, d := range databases(t) {
		t.Run(d.dialect.String(), func(t *testing.T) {
			s, err := Open(context.Background(), d.db, d.dialect)
			if err != nil {
				t.Fatal(err)
			}
			f(t, s)
		})
	}
}

// inCI reports whether the tests run under CI, whose runners set CI=true.
func inCI() bool {
	ci, err := strconv.ParseBool(os.Getenv("CI"))
	return err == nil && ci
}

// openSQLite opens a new SQLite database file in a temporary directory.
func openSQLite(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "grants.db")+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// openPostgres opens the server's database with a new schema of its own
// first on the search path, dropped when the test ends.
func openPostgres(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("%s: %v", pgEnv, err)
	}
	t.Cleanup(func() { admin.Close() })
	var b [6]byte
	rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("%s: %v", pgEnv, err)
	}
	t.Cleanup(func() { admin.Exec("DROP SCHEMA " + schema + " CASCADE") })
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("%s: %v", pgEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
