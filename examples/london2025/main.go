package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/fundclaims/fundclaims/claims"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the program: it parses args, writes the report (or, with -json,
// the record) to stdout and any error to stderr, and returns the exit
// status: 0 on success, 1 if the record cannot be assessed, 2 for bad
// usage. It reads nothing from stdin. It renders the whole output before
// writing it, so stdout gets all of it or nothing.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("london2025", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the record as JSON, the input of examples/factcheck, instead of the report")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: london2025 [-json]")
		fmt.Fprintln(stderr, "Prints the fact-check of the 2025 London CSE funding story.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}

	var out bytes.Buffer
	var err error
	if *asJSON {
		err = writeJSON(&out, record())
	} else {
		err = writeReport(&out, record())
	}
	if err != nil {
		fmt.Fprintf(stderr, "london2025: %v\n", err)
		return 1
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		fmt.Fprintf(stderr, "london2025: %v\n", err)
		return 1
	}
	return 0
}

// writeReport writes what the record holds, then the text report of every
// finding that claims.Assess makes of it.
func writeReport(w io.Writer, r claims.Record) error {
	if err := writeSummary(w, r); err != nil {
		return err
	}
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		return err
	}
	return claims.WriteText(w, a)
}

// writeJSON writes r as JSON indented by two spaces, with a final newline
// and without escaping &, < and >.
func writeJSON(w io.Writer, r claims.Record) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
