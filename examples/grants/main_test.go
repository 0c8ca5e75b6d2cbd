package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/examples/internal/golden"
)

// shipped is the file the program ships, as an absolute path, since the
// tests run in a temporary directory.
func shipped(t *testing.T) string {
	t.Helper()
	path, err := filepath.Abs("testdata/esmee-fairbairn.json")
	if err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOutput loads the shipped file into a new SQLite database, twice,
// and compares the totals with the golden file.
func TestOutput(t *testing.T) {
	file := shipped(t)
	want, err := filepath.Abs("testdata/total.golden")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	// A copy in the working directory, so the output names it alike
	// wherever the test runs.
	if err := os.WriteFile("esmee.json", data, 0o644); err != nil {
		t.Fatal(err)
	}
	got := runOK(t, "load", "esmee.json")
	if string(got) != "esmee.json: 5 grants: 5 loaded, 0 skipped, 0 rejected\n" {
		t.Errorf("first load printed %q", got)
	}
	// The same file by another path is the same source.
	got = runOK(t, "load", "-db", "grants.db", "./esmee.json")
	if string(got) != "./esmee.json: 5 grants: 0 loaded, 5 skipped, 0 rejected\n" {
		t.Errorf("second load printed %q", got)
	}
	var all bytes.Buffer
	for _, args := range [][]string{
		{"total", "-funder", "Esmée Fairbairn Foundation", "-year", "2017-18", "-claim", "more than £12 million"},
		{"total", "-funder", "GB-CHC-200051", "-by", "year", "-claim", "almost £2 million"},
		{"total", "-funder", "Esmée Fairbairn Foundation", "-by", "recipient", "-from", "2017-11-01"},
		{"total", "-funder", "Nobody", "-claim", "£4m"},
	} {
		all.WriteString("$ grants " + strings.Join(args, " ") + "\n")
		all.Write(runOK(t, args...))
		all.WriteString("\n")
	}
	golden.Compare(t, want, all.Bytes())
	// What the output must say, whatever else changes in it.
	golden.Contains(t, all.Bytes(),
		"Total: £826,486.00 in 3 grants.",
		"Verdict: overstated",
		"Total: £1,946,486.00 in 5 grants.",
		"Verdict: accurate",
		"AND fiscal_year = 2017",
		"Total: £371,651.00 in 2 grants.",
		"Verdict: not supported",
	)
}

// runOK runs the program and returns its output, failing t unless it
// exits 0 and writes nothing to stderr.
func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	return golden.RunOK(t, run, args, "")
}

// TestPostgreSQL runs the program on the PostgreSQL server the
// environment gives, as .ci/run does; it leaves its grants in the
// database, where loading them again adds nothing.
func TestPostgreSQL(t *testing.T) {
	dsn := os.Getenv("FUNDCLAIMS_PG_DSN")
	if dsn == "" {
		t.Skip("FUNDCLAIMS_PG_DSN is not set")
	}
	file := shipped(t)
	runOK(t, "load", "-db", dsn, file)
	got := runOK(t, "total", "-db", dsn, "-funder", "Esmée Fairbairn Foundation", "-year", "2017-18")
	golden.Contains(t, got, "Total: £826,486.00 in 3 grants.", "AND fiscal_year = 2017")
}

func TestErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{nil, exitUsage, "usage:"},
		{[]string{"sum"}, exitUsage, `unknown command "sum"`},
		{[]string{"load"}, exitUsage, "name at least one 360Giving file"},
		{[]string{"load", "missing.json"}, exitFail, "missing.json"},
		// A flag's value that cannot be read is named by its flag.
		{[]string{"total", "-year", "2017-19"}, exitUsage, `grants: total: -year: funding: ParseFiscalYear("2017-19")`},
		{[]string{"total", "-from", "2017-02-30"}, exitUsage, `grants: total: -from: funding: ParseDate("2017-02-30")`},
		{[]string{"total", "-to", "soon"}, exitUsage, `grants: total: -to: funding: ParseDate("soon")`},
		{[]string{"total", "-currency", "pounds"}, exitUsage, `grants: total: -currency: currency: ParseCode("pounds")`},
		{[]string{"total", "-by", "colour"}, exitUsage, `grants: total: -by: funding: ParseGroup("colour")`},
		{[]string{"total", "-claim", "lots"}, exitUsage, `grants: total: -claim: currency: ParseFigure("lots")`},
		// A total reads a store that grants load has made: a misspelt
		// file is an error, not an empty store totalling no grants.
		{[]string{"total", "-db", "grant.db", "-funder", "F"}, exitFail, `grants: total: -db grant.db: no such SQLite file; load grants into it first with grants load -db grant.db FILE`},
		{[]string{"total", "-db", "postgres://u@127.0.0.1:1/db"}, exitFail, "grants: total: -db postgres://u@127.0.0.1:1/db: grants: cannot reach the postgresql database"},
		// A store that cannot be opened is named, its password hidden.
		{[]string{"total", "-db", "postgres://u:secret@127.0.0.1:1/db"}, exitFail, "grants: total: -db postgres://u:xxxxx@127.0.0.1:1/db: "},
		{[]string{"load", "-db", "postgres://u@127.0.0.1:1/db", "missing.json"}, exitFail, "grants: load: -db postgres://u@127.0.0.1:1/db: grants: cannot reach the postgresql database"},
		{[]string{"total", "-db", "postgres://u@host:notaport/db"}, exitFail, "cannot parse"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tt.args, nil, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.want) || stdout.Len() > 0 {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want %d, nothing and %q", tt.args, code, stdout.String(), stderr.String(), tt.code, tt.want)
		}
	}
	if _, err := os.Stat("grant.db"); err == nil {
		t.Errorf("total -db grant.db made the file grant.db")
	}
}

// TestHelp checks that asking for help, of the program or of a command,
// prints the usage to stderr and exits with status 0, as the flag
// package's own programs do; stdout is for totals.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"help"}, {"--help"}, {"load", "-h"}, {"total", "-help"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, nil, &stdout, &stderr); code != exitOK || stdout.Len() > 0 || !strings.HasPrefix(stderr.String(), "usage:\n  grants load") {
			t.Errorf("run(%q) = %d, stdout %q, stderr %q; want %d, nothing and the usage", args, code, stdout.String(), stderr.String(), exitOK)
		}
	}
}

// TestRegrants checks that a total shows the regrants its files mark
// apart: an invented file of a £5,000 Common Regrant and a £1,250.25 grant
// totals £6,250.25, of which £5,000 is regrant and £1,250.25 is not.
func TestRegrants(t *testing.T) {
	file, err := filepath.Abs("testdata/regrants.csv")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	runOK(t, "load", file)
	got := runOK(t, "total", "-funder", "Example Trust", "-by", "recipient")
	golden.Contains(t, got,
		"  Total: £6,250.25 in 2 grants.\n  Regrants, marked in the files as money to be granted on: 1 grant, £5,000.00, counted in the total; £1,250.25 without them,",
		"  Community Foundation\n    Total: £5,000.00 in 1 grant.\n    Regrants, marked in the files as money to be granted on: 1 grant, £5,000.00, counted in the total; £0.00 without them,",
		"  Youth Club\n    Total: £1,250.25 in 1 grant.\n\n",
	)
}
