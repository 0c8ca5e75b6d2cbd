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
	golden.Compare(t, "testdata/mopac2016.golden", golden.RunOK(t, mopac2016.Run, nil, ""))
	golden.Compare(t, "../factcheck/testdata/mopac2016.json", golden.RunOK(t, mopac2016.Run, []string{"-json"}, ""))
}

// TestFindings checks that the report says what the story needs it to say.
func TestFindings(t *testing.T) {
	golden.Contains(t, golden.RunOK(t, mopac2016.Run, nil, ""),
		"£315,000 per Rape Crisis Centre",
		"£721,666.67, £721,666.67 and £721,666.66",
		"itemised £3,595,000 falls at least £405,000 short of \"more than £4 million\"",
		"Verdict: not supported",
		"an extension of existing funding, not new money, for 2017-18",
		"financial year 2017-18",
		"On the headline's £4,000,000: about £166.67 per adult a year",
		"On the itemised £3,595,000, what the record supports: about £149.79 per adult a year",
	)
}
