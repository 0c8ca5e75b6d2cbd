package story_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/examples/internal/golden"
	"github.com/fundclaims/fundclaims/examples/internal/story"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// empty is a story with a record of one package and no claims, whose
// summary is one line.
var empty = story.Story{
	Name:  "empty",
	About: "Prints the fact-check of nothing.",
	Record: func() claims.Record {
		return claims.Record{Packages: []funding.Package{{ID: "p", Title: "Nothing", Funder: funding.Org{Name: "F"}}}}
	},
	Package: "p",
	Summary: func(w io.Writer, _ claims.Record, pkg funding.Package) error {
		_, err := io.WriteString(w, "SUMMARY of "+pkg.ID+"\n")
		return err
	},
}

// TestRun checks the exit status and the whole of stdout and stderr for
// each way of running a story.
func TestRun(t *testing.T) {
	failing := empty
	failing.Summary = func(w io.Writer, _ claims.Record, _ funding.Package) error {
		io.WriteString(w, "half a summary")
		return errors.New("no such count")
	}
	// A story whose package is not in its record.
	astray := empty
	astray.Package = "q"
	tests := []struct {
		name   string
		s      story.Story
		args   []string
		code   int
		stdout string // a prefix of it
		stderr string // the whole of it
	}{
		// The heading says what the record does not: who announced the
		// package, and when; it has no source to give.
		{"report", empty, nil, 0, "Package p: Nothing\nFunder: F. Announced by whom the record does not say, date not recorded.\nSUMMARY of p\n\nFACT CHECK: ", ""},
		{"json", empty, []string{"-json"}, 0, "{\n  \"packages\": [\n", ""},
		{"failure", failing, nil, 1, "", "empty: no such count\n"},
		{"no package", astray, nil, 1, "", "empty: no package \"q\" in the record\n"},
		{"extra argument", empty, []string{"extra"}, 2, "", "empty: unexpected argument \"extra\": the program reads no file\nusage: empty [-json]\nPrints the fact-check of nothing.\n"},
		{"bad flag", empty, []string{"-nosuchflag"}, 2, "", "flag provided but not defined: -nosuchflag\nusage: empty [-json]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := tt.s.Run(tt.args, strings.NewReader(""), &stdout, &stderr); code != tt.code {
				t.Errorf("Run(%q) = %d, want %d", tt.args, code, tt.code)
			}
			if !strings.HasPrefix(stdout.String(), tt.stdout) || tt.code != 0 && stdout.Len() > 0 {
				t.Errorf("Run(%q) stdout = %q, want it to start %q", tt.args, stdout.String(), tt.stdout)
			}
			got := stderr.String()
			if tt.code == 2 {
				// The flag defaults follow; the usage lines are what matter.
				got = got[:min(len(got), len(tt.stderr))]
			}
			if diff := cmp.Diff(tt.stderr, got); diff != "" {
				t.Errorf("Run(%q) stderr (-want +got)\n%s", tt.args, diff)
			}
		})
	}
}

// TestUsage compares the whole usage message, which -h prints to stderr
// with exit status 0, as the flag package's own programs do: help asked
// for is no error.
func TestUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := empty.Run([]string{"-h"}, strings.NewReader(""), &stdout, &stderr); code != 0 || stdout.Len() > 0 {
		t.Errorf("Run(-h) = %d with %d bytes on stdout, want 0 and none", code, stdout.Len())
	}
	golden.Compare(t, "testdata/usage.golden", stderr.Bytes())
}
