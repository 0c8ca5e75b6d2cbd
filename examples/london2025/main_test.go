package main

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files with the programs' output")

// golden compares got with the file at path, or rewrites the file with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}

// TestOutput runs the program as a newcomer would and compares its whole
// output with the golden files: the report, and with -json the record that
// examples/factcheck ships as its test data.
func TestOutput(t *testing.T) {
	tests := []struct {
		args   []string
		golden string
	}{
		{nil, "testdata/london2025.golden"},
		{[]string{"-json"}, "../factcheck/testdata/london2025.json"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("run(%q) = %d, want 0; stderr:\n%s", tt.args, code, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("run(%q) wrote to stderr:\n%s", tt.args, stderr.String())
		}
		golden(t, tt.golden, stdout.Bytes())
	}
}

// TestFindings checks that the report says what the story needs it to say,
// so that a change to the golden file that loses one of them fails too.
func TestFindings(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("run() = %d, want 0; stderr:\n%s", code, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"“£2m” understates the £2.4m package by £400,000 (16.7%), though it is what £2.4m rounds to at the nearest £1m",
		"proposed £4.5m inquiry is 1.875 times the £2.4m package and £2.1m more, but the two are not like for like: different purposes",
		"“threefold increase in solved cases” cannot be checked without base figures",
		"About 1,200 cases in scope out of 2,200 cases reviewed is about 55%",
		"£2.4m over about 1,200 cases in scope is about £2,000 per case in scope",
		"Verdict: opinion",
		"Claire Waxman",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("run() output lacks %q", want)
		}
	}
}

// TestUsage checks that arguments the program does not take are refused
// with exit status 2 and nothing on stdout.
func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"-nosuchflag"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, nil, &stdout, &stderr); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
		if stdout.Len() > 0 {
			t.Errorf("run(%q) wrote %q to stdout, want nothing", args, stdout.String())
		}
	}
}
