package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/examples/internal/golden"
	"github.com/fundclaims/fundclaims/examples/internal/grantsdb"
)

// shippedGrants is the grants example's shipped file of five Esmée
// Fairbairn Foundation grants.
const shippedGrants = "../grants/testdata/esmee-fairbairn.json"

// loadShipped loads the file at path into the store at dsn.
func loadShipped(t *testing.T, path, dsn string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, db, err := grantsdb.Open(context.Background(), dsn, true)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := s.Load(context.Background(), "esmee-fairbairn.json", f); err != nil {
		t.Fatal(err)
	}
}

// TestGrantsEvidence checks a record whose package cites grants data:
// with -grants its claims are weighed against the exact total of the
// funder's 2017-18 grants, £826,486 (£116,471 + £255,180 + £454,835, worked
// out from the file by hand), and without it the report says the evidence
// was not consulted.
func TestGrantsEvidence(t *testing.T) {
	record, err := filepath.Abs("testdata/grants-evidence.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := filepath.Abs("testdata/grants-evidence.txt.golden")
	if err != nil {
		t.Fatal(err)
	}
	wantNot, err := filepath.Abs("testdata/grants-evidence-not-consulted.txt.golden")
	if err != nil {
		t.Fatal(err)
	}
	file, err := filepath.Abs(shippedGrants)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // so the store's name in the output is grants.db
	loadShipped(t, file, "grants.db")
	got := golden.RunOK(t, run, []string{"-grants", "grants.db", record}, "")
	golden.Compare(t, want, got)
	golden.Contains(t, got,
		"Total: £826,486.00 in 3 grants.",
		"AND fiscal_year = 2017",
		"Verdict: overstated",
		"difference +£11,173,514", // £12,000,000 − £826,486
		"Verdict: accurate",
		"difference -£26,486 (-3.2%)", // £800,000 − £826,486, of £826,486
		"Total of 3 grants from Esmée Fairbairn Foundation, awarded in 2017-18",
	)
	md := golden.RunOK(t, run, []string{"-format", "md", "-grants", "grants.db", record}, "")
	if !bytes.HasPrefix(md, []byte("```text\nEvidence: the package")) || !bytes.Contains(md, []byte("ORDER BY currency\n```\n\n# Fact check")) {
		t.Errorf("-format md does not begin with the note in a block:\n%s", md)
	}
	not := golden.RunOK(t, run, []string{record}, "")
	golden.Compare(t, wantNot, not)
	golden.Contains(t, not, "Evidence not consulted", "2 not supported")
}

// TestGrantsEvidencePostgreSQL weighs the record against the PostgreSQL
// server the environment gives, as .ci/run does; loading the file again
// there adds nothing.
func TestGrantsEvidencePostgreSQL(t *testing.T) {
	dsn := os.Getenv("FUNDCLAIMS_PG_DSN")
	if dsn == "" {
		t.Skip("FUNDCLAIMS_PG_DSN is not set")
	}
	loadShipped(t, shippedGrants, dsn)
	got := golden.RunOK(t, run, []string{"-grants", dsn, "testdata/grants-evidence.json"}, "")
	golden.Contains(t, got, "Total: £826,486.00 in 3 grants.", "AND fiscal_year = 2017", "Verdict: overstated")
}

// TestGrantsEvidenceErrors checks that an unreachable store is an error
// naming the flag; that a package citing grants data twice, or with no
// funder (located at the grants object, column 79, where the funder
// belongs), is refused; and that for a format that is data the note goes
// to stderr, not into the data.
func TestGrantsEvidenceErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"-grants", "postgres://u@127.0.0.1:1/db", "testdata/grants-evidence.json"}, nil, &stdout, &stderr)
	if want := "factcheck: -grants: grants: cannot reach the postgresql database"; code != exitInput || !strings.Contains(stderr.String(), want) || stdout.Len() > 0 {
		t.Errorf("an unreachable store: exit %d, stdout %q, stderr %q; want %d, nothing and %q", code, stdout.String(), stderr.String(), exitInput, want)
	}
	stdout.Reset()
	stderr.Reset()
	// A misspelt store is an error, not an empty store made on the spot
	// that totals no grants.
	missing := filepath.Join(t.TempDir(), "grant.db")
	code = run([]string{"-grants", missing, "testdata/grants-evidence.json"}, nil, &stdout, &stderr)
	if want := "factcheck: -grants " + missing + ": no such SQLite file; load grants into it first with go run ./examples/grants load -db " + missing + " FILE\n"; code != exitInput || stderr.String() != want || stdout.Len() > 0 {
		t.Errorf("a store that does not exist: exit %d, stdout %q, stderr %q; want %d, nothing and %q", code, stdout.String(), stderr.String(), exitInput, want)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("-grants %s made the file", missing)
	}
	stdout.Reset()
	stderr.Reset()
	twice := `{"packages":[{"id":"p","funder":{"name":"F"},"sources":[{"title":"a","grants":{"funder":"F"}},{"title":"b","grants":{"funder":"F","year":"2017-18"}}]}]}`
	code = run(nil, strings.NewReader(twice), &stdout, &stderr)
	if want := `factcheck: the package "p" cites grants data in 2 sources; want one`; code != exitInput || !strings.Contains(stderr.String(), want) || stdout.Len() > 0 {
		t.Errorf("two sources citing grants: exit %d, stdout %q, stderr %q; want %d, nothing and %q", code, stdout.String(), stderr.String(), exitInput, want)
	}
	stdout.Reset()
	stderr.Reset()
	noFunder := `{"packages":[{"id":"p","funder":{"name":"F"},"sources":[{"title":"a","grants":{"year":"2017-18"}}]}]}`
	code = run(nil, strings.NewReader(noFunder), &stdout, &stderr)
	if want := "<stdin>:1:79: claims: package \"p\": packages[0].sources[0].grants.funder: "; code != exitInput || !strings.Contains(stderr.String(), want) {
		t.Errorf("grants cited with no funder: exit %d, stderr %q; want %d and %q", code, stderr.String(), exitInput, want)
	}
	stdout.Reset()
	stderr.Reset()
	code = run([]string{"-format", "claimreview", "-published", "2025-07-21", "testdata/grants-evidence.json"}, nil, &stdout, &stderr)
	if code != exitOK || !json.Valid(stdout.Bytes()) || !strings.HasPrefix(stderr.String(), "Evidence not consulted") {
		t.Errorf("-format claimreview: exit %d, valid JSON %v, stderr %q; want 0, JSON and the note on stderr", code, json.Valid(stdout.Bytes()), stderr.String())
	}
}
