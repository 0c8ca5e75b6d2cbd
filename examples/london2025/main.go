package main

import "github.com/fundclaims/fundclaims/examples/internal/story"

// london2025 is the program: the record of the 2025 London CSE funding story, and what it holds
// about the £2.4m package before the report.
var london2025 = story.Story{
	Name:    "london2025",
	About:   "Prints the fact-check of the 2025 London CSE funding story.",
	Record:  record,
	Package: packageID,
	Summary: writeSummary,
}

func main() { london2025.Main() }
