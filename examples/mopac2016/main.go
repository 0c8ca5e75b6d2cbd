package main

import "github.com/fundclaims/fundclaims/examples/internal/story"

// mopac2016 is the program: the record of the 2016 MOPAC sexual violence funding release, and
// what it holds about the package before the report.
var mopac2016 = story.Story{
	Name:    "mopac2016",
	About:   "Prints the fact-check of the 2016 MOPAC sexual violence funding release.",
	Record:  record,
	Package: packageID,
	Summary: writeSummary,
}

func main() { mopac2016.Main() }
