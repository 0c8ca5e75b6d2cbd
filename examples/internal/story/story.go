// Package story is the program of an example that fact-checks one story
// whose record it builds in Go, such as examples/london2025: it prints what
// the record holds, then the text report of every finding that
// claims.Assess makes of it, or with -json the record itself, the input of
// examples/factcheck. It uses only the public API of the fundclaims
// packages.
package story

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
)

// A Story is what one example program knows: its name, what it prints,
// its record, and what it says about the record before the report.
type Story struct {
	// Name is the program's name, "london2025", for its usage message and
	// errors.
	Name string
	// About is the sentence under the usage line that says what the
	// program prints.
	About string
	// Record returns the story's record.
	Record func() claims.Record
	// Package is the ID of the package of the record that the summary is
	// about.
	Package string
	// Summary writes what the record holds about pkg, worked out with
	// package funding, under the heading the story writes for it (its
	// source, ID and title, funder, announcer and date) and before the
	// report.
	Summary func(w io.Writer, r claims.Record, pkg funding.Package) error
}

// Main runs the program with the command line and exits with its status.
func (s Story) Main() {
	os.Exit(s.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Run is the program: it parses args, writes the report (or, with -json,
// the record) to stdout and any error to stderr, and returns the exit
// status: 0 on success and for -h, 1 if the record cannot be assessed, 2
// for bad usage. It reads nothing from stdin. It renders the whole output before
// writing it, so stdout gets all of it or nothing.
func (s Story) Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet(s.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the record as JSON, the input of examples/factcheck, instead of the report")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [-json]\n", s.Name)
		fmt.Fprintln(stderr, s.About)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		// Help asked for is no error, as in the flag package's own
		// programs.
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q: the program reads no file\n", s.Name, fs.Arg(0))
		fs.Usage()
		return 2
	}

	var out bytes.Buffer
	var err error
	if *asJSON {
		err = writeJSON(&out, s.Record())
	} else {
		err = s.writeReport(&out, s.Record())
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", s.Name, err)
		return 1
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", s.Name, err)
		return 1
	}
	return 0
}

// writeReport writes the summary of r, under its heading and followed by
// a blank line, then the text report of every finding that claims.Assess
// makes of it.
func (s Story) writeReport(w io.Writer, r claims.Record) error {
	pkg, ok := r.Package(s.Package)
	if !ok {
		return fmt.Errorf("no package %q in the record", s.Package)
	}
	if len(pkg.Sources) > 0 {
		fmt.Fprintf(w, "THE RECORD: %s\n", pkg.Sources[0].Citation())
	}
	who, when := pkg.AnnouncedBy.String(), pkg.Announced.Long()
	if who == "" {
		who = "whom the record does not say"
	}
	if when == "" {
		when = "date not recorded"
	}
	fmt.Fprintf(w, "Package %s: %s\n", pkg.ID, pkg.Title)
	fmt.Fprintf(w, "Funder: %s. Announced by %s, %s.\n", pkg.Funder, who, when)
	if err := s.Summary(w, r, pkg); err != nil {
		return err
	}
	io.WriteString(w, "\n")
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
