package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/funding"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// formats are the values of -format, each with the function that renders
// an assessment in it.
var formats = map[string]func(w *bytes.Buffer, r claims.Record, a claims.Assessment, o options) error{
	"text": func(w *bytes.Buffer, _ claims.Record, a claims.Assessment, _ options) error {
		return claims.WriteText(w, a)
	},
	"md": func(w *bytes.Buffer, _ claims.Record, a claims.Assessment, _ options) error {
		return claims.WriteMarkdown(w, a)
	},
	"claimreview": func(w *bytes.Buffer, _ claims.Record, a claims.Assessment, o options) error {
		return claims.WriteClaimReviews(w, a, o.review)
	},
	"360giving": write360Giving,
	"html":      writeHTML,
}

// write360Giving writes the record's packages as a 360Giving grants file
// under the publisher's prefix, indented for people to read. json.Indent
// copies every number's text as it is, so amounts stay exact.
func write360Giving(w *bytes.Buffer, r claims.Record, _ claims.Assessment, o options) error {
	var compact bytes.Buffer
	if err := funding.Write360Giving(&compact, o.prefix, r.Packages...); err != nil {
		return err
	}
	if err := json.Indent(w, bytes.TrimSpace(compact.Bytes()), "", "  "); err != nil {
		return err
	}
	w.WriteByte('\n')
	return nil
}

// formatNames lists the formats in the order the usage message gives them.
var formatNames = []string{"text", "md", "claimreview", "360giving", "html"}

// options are what the flags choose besides the format.
type options struct {
	review claims.ReviewOptions
	title  string
	prefix string // the publisher's 360Giving prefix
}

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // the record cannot be read or assessed, or writing failed
	exitUsage = 2
)

// run is the program: it reads the record named by args (or stdin), assesses
// it and writes the result to stdout in the chosen format, and returns the
// exit status. Errors go to stderr. It renders the whole output into a
// buffer before writing it, so that stdout gets all of it or nothing.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("factcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output `format`: "+strings.Join(append(formatNames, recordFormats...), ", "))
	article := fs.String("article", "", "draft the record from the plain text of a news article or press release in `file` (\"-\" for standard input), rather than read one")
	var source funding.Source
	fs.StringVar(&source.URL, "article-url", "", "with -article, the `address` the article was read from, which the drafted record cites")
	fs.StringVar(&source.Publisher, "article-publisher", "", "with -article, the `name` of the body that issued it, as it names itself (\"Welsh Government\"): a press release's own sentences are its claims")
	articleDate := fs.String("article-date", "", "with -article, the `date` (YYYY-MM-DD) it was published, if its text prints none")
	var o options
	fs.StringVar(&o.review.Publisher, "publisher", "Example Fact Check", "`name` of the fact-checking organisation, for ClaimReview")
	fs.StringVar(&o.review.PublisherURL, "publisher-url", "https://factcheck.example.org/", "home page of the publisher, for ClaimReview")
	fs.StringVar(&o.review.URL, "url", "https://factcheck.example.org/factcheck", "address of the page that publishes the fact-check, for ClaimReview")
	published := fs.String("published", "", "`date` (YYYY-MM-DD) the fact-check is published, for ClaimReview (default today, in UTC)")
	tolerance := fs.String("tolerance", "", "rounding tolerance in `per cent` (default 10); a negative value allows no rounding")
	fs.StringVar(&o.title, "title", "", "title of the HTML page (default \"Fact check\")")
	maxInput := fs.Int64("max-input", defaultMaxInput, "largest record to read, in `MiB`")
	grantsDSN := fs.String("grants", "", "a grants store, a SQLite `file` or a postgres:// URL, to weigh the claims of packages citing grants data against")
	fs.StringVar(&o.prefix, "prefix", "", "your organisation's 360Giving `prefix` (360G-yourorg), required for -format 360giving")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: factcheck [flags] [record.json]")
		fmt.Fprintln(stderr, "Reads a record of packages, events and claims as JSON from the file, or from")
		fmt.Fprintln(stderr, "standard input if there is none or it is \"-\", and writes its assessment.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		// Help asked for is no error, as in the flag package's own
		// programs.
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	render, ok := formats[*format]
	if !ok && !slices.Contains(recordFormats, *format) {
		fmt.Fprintf(stderr, "factcheck: unknown format %q: want one of %s\n", *format, strings.Join(append(formatNames, recordFormats...), ", "))
		return exitUsage
	}
	if *format == "draft" && *article == "" {
		fmt.Fprintln(stderr, "factcheck: -format draft needs -article, the article to draft a record from")
		return exitUsage
	}
	if *article == "" && (source.URL != "" || source.Publisher != "" || *articleDate != "") {
		fmt.Fprintln(stderr, "factcheck: -article-url, -article-publisher and -article-date need -article, the article to draft a record from")
		return exitUsage
	}
	if *articleDate != "" {
		d, err := funding.ParseDate(*articleDate)
		if err != nil {
			fmt.Fprintf(stderr, "factcheck: -article-date: %v\n", err)
			return exitUsage
		}
		source.Published = d
	}
	if *article != "" && fs.NArg() > 0 {
		fmt.Fprintln(stderr, "factcheck: give -article or a record file, not both")
		return exitUsage
	}
	if *format == "360giving" && o.prefix == "" {
		fmt.Fprintln(stderr, "factcheck: -format 360giving needs -prefix, your organisation's 360Giving prefix, such as 360G-yourorg")
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "factcheck: more than one record file given")
		fs.Usage()
		return exitUsage
	}
	if *format == "claimreview" || *format == "html" {
		if err := checkReviewFlags(o.review); err != nil {
			fmt.Fprintf(stderr, "factcheck: %v\n", err)
			return exitUsage
		}
	}
	if *published != "" {
		d, err := funding.ParseDate(*published)
		if err != nil {
			fmt.Fprintf(stderr, "factcheck: -published: %v\n", err)
			return exitUsage
		}
		o.review.Published = d
	}
	if *maxInput < 1 || *maxInput > maxMaxInput {
		fmt.Fprintf(stderr, "factcheck: -max-input %d: want a number of MiB from 1 to %d\n", *maxInput, maxMaxInput)
		return exitUsage
	}
	var assess claims.Options
	if *tolerance != "" {
		// Tolerance is a shopspring decimal, which reads itself exactly.
		if err := assess.Tolerance.UnmarshalText([]byte(*tolerance)); err != nil {
			fmt.Fprintf(stderr, "factcheck: -tolerance %q: want a number of per cent\n", *tolerance)
			return exitUsage
		}
	}

	var r claims.Record
	var out bytes.Buffer
	// A drafted record's report says first that it is a draft, and which
	// of its readings the verdicts rest on (draftCaveat).
	var draft claims.Draft
	var drafted string
	// where locates an error in a record's JSON by its path; a drafted
	// record has no JSON to locate it in.
	where := func(err error) error { return err }
	if *article != "" {
		name, data, err := readInput(*article, "article", stdin, *maxInput<<20)
		if err != nil {
			fmt.Fprintf(stderr, "factcheck: %v\n", err)
			return exitInput
		}
		// The notes go to stderr, so that -format record writes only the
		// record, for a person to correct and run again.
		d, err := draftArticle(name, data, source, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "factcheck: %s: %v\n", name, err)
			return exitInput
		}
		if *format == "draft" {
			return write(stdout, stderr, &out, writeJSON(&out, d))
		}
		r, draft, drafted = d.Record, d, name
	} else {
		name, data, err := readInput(fs.Arg(0), "record", stdin, *maxInput<<20)
		if err != nil {
			fmt.Fprintf(stderr, "factcheck: %v\n", err)
			return exitInput
		}
		if r, err = decodeRecord(name, data); err != nil {
			report(stderr, err)
			return exitInput
		}
		if err := validate(name, data, r); err != nil {
			report(stderr, err)
			return exitInput
		}
		where = func(err error) error { return located(name, data, err) }
	}
	if *format == "record" {
		return write(stdout, stderr, &out, writeJSON(&out, r))
	}
	r, note, err := consultGrants(context.Background(), *grantsDSN, r)
	if err != nil {
		fmt.Fprintf(stderr, "factcheck: %v\n", err)
		return exitInput
	}
	a, err := claims.Assess(r, assess)
	if err != nil {
		report(stderr, where(err))
		return exitInput
	}
	if drafted != "" {
		note = draftCaveat(drafted, draft, a) + note
	}
	// The reports in words begin with what the grants data said; the
	// other formats are data, and the note goes to stderr.
	switch {
	case note == "":
	case *format == "text":
		out.WriteString(note)
	case *format == "md":
		// As it is, in a block, so that Markdown keeps its lines.
		out.WriteString("```text\n" + strings.TrimRight(note, "\n") + "\n```\n\n")
	default:
		io.WriteString(stderr, note)
	}
	if err := render(&out, r, a, o); err != nil {
		return write(stdout, stderr, &out, where(err))
	}
	return write(stdout, stderr, &out, nil)
}

// checkReviewFlags returns the error that claims.WriteClaimReviews gives
// for the value of -publisher, -publisher-url or -url, naming the flag, or
// nil if it takes them all. Each is tried on its own beside values it
// takes, so that the error names the flag at fault.
func checkReviewFlags(o claims.ReviewOptions) error {
	good := claims.ReviewOptions{Publisher: "p", URL: "https://example.org/"}
	withPublisher, withPublisherURL, withURL := good, good, good
	withPublisher.Publisher = o.Publisher
	withPublisherURL.PublisherURL = o.PublisherURL
	withURL.URL = o.URL
	for _, f := range []struct {
		name string
		o    claims.ReviewOptions
	}{{"-publisher", withPublisher}, {"-publisher-url", withPublisherURL}, {"-url", withURL}} {
		if err := claims.WriteClaimReviews(io.Discard, claims.Assessment{}, f.o); err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
	}
	return nil
}

// write writes out to stdout unless err, rendering it, is not nil, and
// returns the exit status.
func write(stdout, stderr io.Writer, out *bytes.Buffer, err error) int {
	if err != nil {
		report(stderr, err)
		return exitInput
	}
	if _, err := stdout.Write(out.Bytes()); err != nil {
		fmt.Fprintf(stderr, "factcheck: writing the output: %v\n", err)
		return exitInput
	}
	return exitOK
}

// The input limit, in MiB: a record is read whole into memory, so that
// errors can be located in it, and reading an endless input such as
// /dev/zero must stop before memory runs out. maxMaxInput keeps the limit
// in bytes within an int64.
const (
	defaultMaxInput = 64
	maxMaxInput     = 1 << 40
)

// readInput returns the name and contents of the file arg, or of stdin if
// arg is "" or "-". It returns an error naming the input, a record or an
// article (what), if it is longer than limit bytes.
func readInput(arg, what string, stdin io.Reader, limit int64) (string, []byte, error) {
	name, r := "<stdin>", stdin
	if arg != "" && arg != "-" {
		f, err := os.Open(arg)
		if err != nil {
			return arg, nil, err
		}
		defer f.Close()
		// A regular file says how long it is: refuse one over the limit
		// before reading any of it.
		fi, err := f.Stat()
		switch {
		case err == nil && fi.IsDir():
			return arg, nil, fmt.Errorf("%s: a directory, not %s file", arg, indefinite(what))
		case err == nil && fi.Mode().IsRegular() && fi.Size() > limit:
			return arg, nil, tooLarge(arg, what, limit)
		}
		name, r = arg, f
	}
	// Read one byte past the limit to tell a record of exactly the limit
	// from a longer one.
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return name, nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return name, nil, tooLarge(name, what, limit)
	}
	return name, data, nil
}

// indefinite returns what, "record" or "article", after its indefinite
// article: "a record", "an article".
func indefinite(what string) string {
	if strings.IndexByte("aeiou", what[0]) >= 0 {
		return "an " + what
	}
	return "a " + what
}

// tooLarge returns the error for an input named name, a record or an
// article (what), over limit bytes.
func tooLarge(name, what string, limit int64) error {
	return fmt.Errorf("%s: the %s is larger than the input limit of %d MiB; raise it with -max-input", name, what, limit>>20)
}

// report writes err to w, ending in a newline.
func report(w io.Writer, err error) {
	io.WriteString(w, err.Error()+"\n")
}
