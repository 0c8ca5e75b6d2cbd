package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/examples/internal/golden"
)

// goldenExt is the extension of each format's golden files.
var goldenExt = map[string]string{
	"text":        "txt",
	"md":          "md",
	"claimreview": "claimreview.json",
	"360giving":   "360giving.json",
	"html":        "html",
}

// published is the date the golden ClaimReviews are published: without
// -published they would have the day the test runs.
var published = []string{"-published", "2025-07-21"}

// TestFormats compares the whole output of every format for both stories
// with the golden files, reading the record from a file as one CI command
// does and from stdin as the other does.
func TestFormats(t *testing.T) {
	for _, story := range []string{"london2025", "mopac2016"} {
		file := "testdata/" + story + ".json"
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, format := range formatNames {
			if story == "london2025" && format == "360giving" {
				continue // no grants to write: see TestBadInput
			}
			t.Run(story+"/"+format, func(t *testing.T) {
				args := append([]string{"-format", format}, published...)
				if format == "360giving" {
					args = append(args, "-prefix", "360G-example")
				}
				got := golden.RunOK(t, run, append(args, file), "")
				golden.Compare(t, "testdata/"+story+"."+goldenExt[format]+".golden", got)
				if fromStdin := golden.RunOK(t, run, args, string(data)); !bytes.Equal(fromStdin, got) {
					t.Errorf("-format %s: output from stdin differs from output from %s", format, file)
				}
				if strings.HasSuffix(goldenExt[format], "json") && !json.Valid(got) {
					t.Errorf("-format %s: output is not valid JSON", format)
				}
			})
		}
	}
}

// TestDefaultFormat checks that the default format is text.
func TestDefaultFormat(t *testing.T) {
	got := golden.RunOK(t, run, []string{"testdata/london2025.json"}, "")
	want := golden.RunOK(t, run, []string{"-format", "text", "testdata/london2025.json"}, "")
	if !bytes.Equal(got, want) {
		t.Error("the default output differs from -format text")
	}
}

// TestClaimReviewOptions checks that the ClaimReview flags reach the
// reviews.
func TestClaimReviewOptions(t *testing.T) {
	got := string(golden.RunOK(t, run, []string{"-format", "claimreview", "-publisher", "Full Fact",
		"-url", "https://fullfact.example/2016-mopac", "-published", "2016-12-01", "testdata/mopac2016.json"}, ""))
	for _, want := range []string{`"name": "Full Fact"`, `"url": "https://fullfact.example/2016-mopac#claim-mopac-2016-release"`, `"datePublished": "2016-12-01"`} {
		if !strings.Contains(got, want) {
			t.Errorf("-format claimreview with options: output lacks %s", want)
		}
	}
	// Without -published, the reviews are published today.
	before := time.Now().UTC().Format(time.DateOnly)
	got = string(golden.RunOK(t, run, []string{"-format", "claimreview", "testdata/mopac2016.json"}, ""))
	after := time.Now().UTC().Format(time.DateOnly)
	if !strings.Contains(got, `"datePublished": "`+before+`"`) && !strings.Contains(got, `"datePublished": "`+after+`"`) {
		t.Errorf("-format claimreview without -published: datePublished is not today, %s:\n%s", after, got)
	}
}

// TestTolerance checks that -tolerance reaches Assess: with 20%, "£2m" for
// £2.4m (16.7% out) is rounded rather than understated.
func TestTolerance(t *testing.T) {
	got := string(golden.RunOK(t, run, []string{"-tolerance", "20", "testdata/london2025.json"}, ""))
	if !strings.Contains(got, "Rounding tolerance: 20%") || !strings.Contains(got, "Finding 2: “£2m”\nVerdict: rounded") {
		t.Errorf("-tolerance 20: “£2m” is not rounded; output:\n%s", got)
	}
}

// TestBadInput checks that input the program cannot read or assess gets
// an error naming the file, line and column, exit status 1, and nothing at
// all on stdout.
func TestBadInput(t *testing.T) {
	tests := []struct {
		file   string
		format string
		want   string // the whole of stderr
	}{
		{"syntax.json", "text", "testdata/bad/syntax.json:4:5: invalid JSON: invalid character '{' after array element\n"},
		{"truncated.json", "text", "testdata/bad/truncated.json:4:1: invalid JSON: unexpected end of JSON input\n"},
		{"empty.json", "text", "testdata/bad/empty.json:1:1: invalid JSON: unexpected end of JSON input\n"},
		{"array.json", "text", `testdata/bad/array.json:1:1: want a JSON object with "packages", "events" and "claims"` + "\n"},
		{"type.json", "text", "testdata/bad/type.json:6:16: claims[0].quote: want a string, not a JSON number\n"},
		{"unknown-field.json", "text", `testdata/bad/unknown-field.json:6:7: packages[0].novelity: invalid syntax: unknown field "novelity"` + "\n"},
		{"assertion-field.json", "text", `testdata/bad/assertion-field.json:10:52: claims[0].assertions[0]: unknown field "pakage" for an assertion of kind "stated-amount"` + "\n"},
		{"novelty.json", "md", `testdata/bad/novelty.json:6:19: packages[0].novelty: funding: ParseNovelty("newish"): `},
		{"date.json", "html", `testdata/bad/date.json:6:16: claims[0].when: funding: ParseDate("2016-02-30"): `},
		{"not-found.json", "claimreview", `testdata/bad/not-found.json:9:21: claims: claim "c": claims[0].respondsTo: not found: no claim "mayor" in the record` + "\n" +
			`testdata/bad/not-found.json:16:76: claims: claim "d": claims[1].assertions[0].package: not found: no package "q" in the record` + "\n"},
		// Every problem in the file, in file order, each at its value.
		{"several.json", "text", "testdata/bad/several.json:5:20: packages[0].headline: currency: ParseFigure(\"lots\"): invalid syntax: want a digit at offset 0\n" +
			"testdata/bad/several.json:7:31: packages[0].allocations[0].count: funding: ParseCount(\"0\"): count of zero: want at least 1 at offset 0\n" +
			"testdata/bad/several.json:9:10: packages[0].allocations[1].colour: invalid syntax: unknown field \"colour\"\n" +
			"testdata/bad/several.json:14:52: claims[0].quote: want a string, not a JSON number\n" +
			"testdata/bad/several.json:16:58: claims[1].assertions[0].figure: currency: ParseFigure(\"lots\"): invalid syntax: want a digit at offset 0\n"},
		// Every problem of one claim, its fields' and each of its
		// assertions', though encoding/json stops at a claim's first.
		{"claim-fields.json", "text", "testdata/bad/claim-fields.json:4:15: claims[0].when: funding: ParseDate(\"2016-02-30\"): value out of range: no such date: 2016-02-30 at offset 0\n" +
			"testdata/bad/claim-fields.json:5:15: claims[0].quote: want a string, not a JSON number\n" +
			"testdata/bad/claim-fields.json:6:6: claims[0].stanse: unknown field \"stanse\"\n" +
			"testdata/bad/claim-fields.json:8:45: claims[0].assertions[0].figure: currency: ParseFigure(\"lots\"): invalid syntax: want a digit at offset 0\n" +
			"testdata/bad/claim-fields.json:9:60: claims[0].assertions[1].role: claims: ParseRole(\"bogus\"): invalid syntax: want unknown, package, share, needed, previous, level, change, rival, proposal, per unit, other\n"},
		{"no-recipient.json", "360giving", "testdata/bad/no-recipient.json:9:9: funding: packages[0].allocations[0].recipients: missing: 360Giving requires a recipient organisation\n"},
		{"../london2025.json", "360giving", `testdata/bad/../london2025.json:2:15: funding: packages: missing: 360Giving requires at least one grant, and no package has an allocation to write as one; the headline "£2.4m" of "london-cse-2025" is not itemised and names no recipient` + "\n"},
	}
	for _, tt := range tests {
		path := "testdata/bad/" + tt.file
		args := []string{"-format", tt.format, "-prefix", "360G-example", path}
		var stdout, stderr bytes.Buffer
		if code := run(args, nil, &stdout, &stderr); code != exitInput {
			t.Errorf("run(%q) = %d, want %d", args, code, exitInput)
		}
		if stdout.Len() > 0 {
			t.Errorf("run(%q) wrote %d bytes to stdout, want none", args, stdout.Len())
		}
		got := stderr.String()
		if strings.HasSuffix(tt.want, "\n") && got != tt.want || !strings.HasPrefix(got, tt.want) {
			t.Errorf("run(%q) stderr = %q, want %q", args, got, tt.want)
		}
	}
}

// TestBadAssertion checks that a problem inside an assertion is located
// at its value and named by its whole path, down to the assertion and its
// field, whatever the problem: a value of the wrong JSON type (figure 5,
// kind 5), an assertion that is not an object, one with no kind.
func TestBadAssertion(t *testing.T) {
	tests := []struct{ assertions, want string }{
		{"{\"kind\": \"count\"},\n  {\"kind\": \"stated-amount\", \"figure\": 5}",
			"<stdin>:3:39: claims[0].assertions[1].figure: want a string, not a JSON number\n"},
		{"{\"kind\": 5}", "<stdin>:2:12: claims[0].assertions[0].kind: want a string, not a JSON number\n"},
		{"3", "<stdin>:2:3: claims[0].assertions[0]: want an object, not a JSON number\n"},
		{"{\"figure\": \"£2m\"}", "<stdin>:2:3: claims[0].assertions[0]: missing: want a \"kind\"\n"},
		{"{\"kind\": \"stated-amount\", \"figure\": \"lots\"}",
			"<stdin>:2:40: claims[0].assertions[0].figure: currency: ParseFigure(\"lots\"): invalid syntax: want a digit at offset 0\n"},
	}
	for _, tt := range tests {
		record := "{\"claims\": [{\"id\": \"c\", \"quote\": \"x\", \"assertions\": [\n  " + tt.assertions + "]}]}\n"
		var stdout, stderr bytes.Buffer
		if code := run(nil, strings.NewReader(record), &stdout, &stderr); code != exitInput || stdout.Len() > 0 {
			t.Errorf("run(%q) = %d with %d bytes on stdout, want %d and none", record, code, stdout.Len(), exitInput)
		}
		if got := stderr.String(); got != tt.want {
			t.Errorf("run(%q) stderr = %q, want %q", record, got, tt.want)
		}
	}
}

// TestBadInputFromStdin checks that errors in standard input are located
// too.
func TestBadInputFromStdin(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, strings.NewReader("{\n  \"claims\": [1,]\n}"), &stdout, &stderr); code != exitInput {
		t.Errorf("run() = %d, want %d", code, exitInput)
	}
	if want := "<stdin>:2:16: invalid JSON: invalid character ']' looking for beginning of value\n"; stderr.String() != want || stdout.Len() > 0 {
		t.Errorf("run() stderr = %q, stdout %d bytes; want %q and none", stderr.String(), stdout.Len(), want)
	}
}

// TestUsage checks that bad flags and arguments exit with status 2, and a
// missing file with status 1, writing nothing to stdout.
func TestUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-format", "pdf", "testdata/london2025.json"}, exitUsage, `factcheck: unknown format "pdf"`},
		{[]string{"-published", "28/11/2016", "testdata/london2025.json"}, exitUsage, "factcheck: -published: "},
		{[]string{"-tolerance", "ten", "testdata/london2025.json"}, exitUsage, `factcheck: -tolerance "ten"`},
		{[]string{"a.json", "b.json"}, exitUsage, "factcheck: more than one record file given"},
		{[]string{"-format", "360giving", "testdata/mopac2016.json"}, exitUsage, "factcheck: -format 360giving needs -prefix"},
		{[]string{"-nosuchflag"}, exitUsage, "flag provided but not defined"},
		{[]string{"testdata/no-such-file.json"}, exitInput, "factcheck: open testdata/no-such-file.json: "},
		// A directory is named once, with what was wanted.
		{[]string{"testdata"}, exitInput, "factcheck: testdata: a directory, not a record file\n"},
		{[]string{"-article", "testdata"}, exitInput, "factcheck: testdata: a directory, not an article file\n"},
		// The HTML page embeds the ClaimReviews, so it needs their URL;
		// a ClaimReview flag that claims refuses is a usage error naming
		// the flag, not an error in the record.
		{[]string{"-format", "html", "-url", "ftp://x", "testdata/mopac2016.json"}, exitUsage, `factcheck: -url: claims: WriteClaimReviews("ftp://x"): invalid syntax: want an absolute http or https URL` + "\n"},
		{[]string{"-format", "claimreview", "-publisher-url", "nope", "testdata/mopac2016.json"}, exitUsage, `factcheck: -publisher-url: claims: WriteClaimReviews("nope"): invalid syntax: want an absolute http or https URL` + "\n"},
		{[]string{"-format", "claimreview", "-publisher", " ", "testdata/mopac2016.json"}, exitUsage, `factcheck: -publisher: claims: WriteClaimReviews(" "): missing: want a publisher` + "\n"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, strings.NewReader(""), &stdout, &stderr); code != tt.code {
			t.Errorf("run(%q) = %d, want %d", tt.args, code, tt.code)
		}
		if stdout.Len() > 0 {
			t.Errorf("run(%q) wrote to stdout, want nothing", tt.args)
		}
		if !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("run(%q) stderr = %q, want it to contain %q", tt.args, stderr.String(), tt.want)
		}
	}
}

// TestHelp checks that -h and -help print the usage to stderr and exit
// with status 0, as the flag package's own programs do: help asked for is
// no error, and stdout is for the report.
func TestHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{arg}, strings.NewReader(""), &stdout, &stderr); code != exitOK || stdout.Len() > 0 {
			t.Errorf("run(%q) = %d with %d bytes on stdout, want %d and none", arg, code, stdout.Len(), exitOK)
		}
		if want := "usage: factcheck [flags] [record.json]\n"; !strings.HasPrefix(stderr.String(), want) || !strings.Contains(stderr.String(), "-format format") {
			t.Errorf("run(%q) stderr = %q, want the usage", arg, stderr.String())
		}
	}
}

// zeros is an endless input, like /dev/zero.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestInputLimit checks that an endless or oversized input stops at the
// limit with an error naming the input and the flag that raises it, and
// that a record within a raised limit is read.
func TestInputLimit(t *testing.T) {
	type limitTest struct {
		args  []string
		stdin io.Reader
		code  int
		want  string
	}
	tests := []limitTest{
		{[]string{"-max-input", "1"}, zeros{}, exitInput,
			"factcheck: <stdin>: the record is larger than the input limit of 1 MiB; raise it with -max-input\n"},
		{nil, zeros{}, exitInput,
			"factcheck: <stdin>: the record is larger than the input limit of 64 MiB; raise it with -max-input\n"},
		// One byte over 1 MiB.
		{[]string{"-max-input", "1"}, strings.NewReader("{" + strings.Repeat(" ", 1<<20-1) + "}"), exitInput,
			"factcheck: <stdin>: the record is larger than the input limit of 1 MiB; raise it with -max-input\n"},
		// Exactly 1 MiB is read.
		{[]string{"-max-input", "1"}, strings.NewReader("{" + strings.Repeat(" ", 1<<20-2) + "}"), exitOK, ""},
		{[]string{"-max-input", "0"}, zeros{}, exitUsage, "factcheck: -max-input 0: want a number of MiB from 1 to 1099511627776\n"},
	}
	big := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(big, []byte("{"+strings.Repeat(" ", 1<<20-1)+"}"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A file over the limit is refused before it is read.
	tests = append(tests, limitTest{[]string{"-max-input", "1", big}, nil, exitInput,
		"factcheck: " + big + ": the record is larger than the input limit of 1 MiB; raise it with -max-input\n"})
	if _, err := os.Stat("/dev/zero"); err == nil {
		tests = append(tests, limitTest{[]string{"-max-input", "1", "/dev/zero"}, nil, exitInput,
			"factcheck: /dev/zero: the record is larger than the input limit of 1 MiB; raise it with -max-input\n"})
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, tt.stdin, &stdout, &stderr); code != tt.code || stderr.String() != tt.want {
			t.Errorf("run(%q) = %d with stderr %q, want %d and %q", tt.args, code, stderr.String(), tt.code, tt.want)
		}
		if tt.code != exitOK && stdout.Len() > 0 {
			t.Errorf("run(%q) wrote %d bytes to stdout, want none", tt.args, stdout.Len())
		}
	}
}
