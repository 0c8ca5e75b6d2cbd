package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

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
			t.Run(story+"/"+format, func(t *testing.T) {
				got := golden.RunOK(t, run, []string{"-format", format, file}, "")
				golden.Compare(t, "testdata/"+story+"."+goldenExt[format]+".golden", got)
				if fromStdin := golden.RunOK(t, run, []string{"-format", format}, string(data)); !bytes.Equal(fromStdin, got) {
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
	for _, want := range []string{`"name": "Full Fact"`, `"url": "https://fullfact.example/2016-mopac#finding-mopac-2016-release-1"`, `"datePublished": "2016-12-01"`} {
		if !strings.Contains(got, want) {
			t.Errorf("-format claimreview with options: output lacks %s", want)
		}
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
		{"no-recipient.json", "360giving", "testdata/bad/no-recipient.json:9:9: funding: packages[0].allocations[0].recipients: missing: 360Giving requires a recipient organisation\n"},
	}
	for _, tt := range tests {
		path := "testdata/bad/" + tt.file
		args := []string{"-format", tt.format, path}
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
		{[]string{"-nosuchflag"}, exitUsage, "flag provided but not defined"},
		{[]string{"testdata/no-such-file.json"}, exitInput, "factcheck: open testdata/no-such-file.json: "},
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
