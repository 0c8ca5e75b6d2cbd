package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // the database, a file or the query failed
	exitUsage = 2 // the command line is wrong
)

const usage = `usage:
  grants load [-db DB] FILE...
  grants total [-db DB] [-funder NAME] [-year 2017-18] [-recipient NAME]
               [-programme NAME] [-from DATE] [-to DATE] [-currency GBP]
               [-by funder|recipient|programme|year] [-claim "more than £12 million"]

DB is a SQLite file (grants.db by default) or a postgres:// URL.
`

// run is the program: it reads args, writes to stdout and stderr, and
// returns the exit status. stdin is unused; it is there for the tests.
func run(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var cmd func(ctx context.Context, fs *flag.FlagSet, db *string, args []string, stdout, stderr io.Writer) (int, error)
	switch args[0] {
	case "load":
		cmd = load
	case "total":
		cmd = total
	case "-h", "-help", "--help", "help":
		// On stderr, as the flag package writes a command's -h.
		fmt.Fprint(stderr, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "grants: unknown command %q\n%s", args[0], usage)
		return exitUsage
	}
	fs := flag.NewFlagSet("grants "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	db := fs.String("db", "grants.db", "a SQLite `file` or a postgres:// URL")
	code, err := cmd(context.Background(), fs, db, args[1:], stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "grants:", err)
	}
	return code
}

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// status returns the exit status for err.
func status(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		return exitUsage
	}
	return exitFail
}

// parseStatus returns the exit status for err from parsing a command's
// flags, which the flag package has reported: 0 for -h, which is help
// asked for and no error, as in the flag package's own programs.
func parseStatus(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}
