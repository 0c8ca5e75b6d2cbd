package main

import (
	"testing"

	"github.com/fundclaims/fundclaims/examples/internal/golden"
)

// TestOutput runs the program as a newcomer would and compares its whole
// output with the golden files: the report, and with -json the record that
// examples/factcheck ships as its test data. Package story, which runs the
// program, tests its usage errors.
func TestOutput(t *testing.T) {
	golden.Compare(t, "testdata/london2025.golden", golden.RunOK(t, london2025.Run, nil, ""))
	golden.Compare(t, "../factcheck/testdata/london2025.json", golden.RunOK(t, london2025.Run, []string{"-json"}, ""))
}

// TestFindings checks that the report says what the story needs it to say.
func TestFindings(t *testing.T) {
	golden.Contains(t, golden.RunOK(t, london2025.Run, nil, ""),
		"“£2m” understates the £2.4m package by £400,000 (16.7%), though it is what £2.4m rounds to at the nearest £1m",
		"proposed £4.5m inquiry is 1.875 times the £2.4m package and £2.1m more, but the two are not like for like: different purposes",
		"“threefold increase in solved cases” cannot be checked without base figures",
		"About 1,200 cases in scope out of 2,200 cases reviewed is about 55%",
		"£2.4m over about 1,200 cases in scope is about £2,000 per case in scope",
		"Verdict: opinion",
		"Claire Waxman",
	)
}
