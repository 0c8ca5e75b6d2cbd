// Grants loads funders' published 360Giving grants data into a database
// and answers what a funder awarded, exactly, and whether a stated figure
// stands against it, with package funding/grants.
//
// # Usage
//
// From the root of the module:
//
//	go run ./examples/grants load -db grants.db FILE...
//	go run ./examples/grants total -db grants.db -funder NAME [-year 2017-18]
//	    [-recipient NAME] [-programme NAME] [-from DATE] [-to DATE]
//	    [-currency GBP] [-by recipient|year|programme|funder]
//	    [-claim "more than £12 million"]
//
// load reads each 360Giving JSON file and says how many of its grants it
// loaded, skipped (already loaded: a grant id is counted once, and one
// loaded before from another file is listed) and rejected, with the reason
// for each; on a terminal it draws a progress bar for a large file. Loading
// a file again adds nothing.
//
// total prints the exact total in GBP (or -currency) of the grants the
// filters choose, and how many there are; negative grants, grants of zero
// and duplicate ids set aside; the regrants the files mark (360Giving's
// regrantType: money given to be granted on), counted in the total and
// shown apart with the total without them, which is what to add to other
// funders' totals so as not to count that money twice; the grants in other currencies left out; a
// breakdown with -by; and the SQL behind the total, to run again. -claim
// weighs a stated figure against the total with package claims and prints
// its verdict and explanation:
//
//	go run ./examples/grants load examples/grants/testdata/esmee-fairbairn.json
//	go run ./examples/grants total -funder "Esmée Fairbairn Foundation" -year 2017-18 -claim "more than £12 million"
//
// finds £826,486.00 in 3 grants, and the claim overstated.
//
// -db is a SQLite file (modernc.org/sqlite, pure Go), which load makes if
// it does not exist and total refuses if it does not (a misspelt name is
// not an empty store totalling no grants), or a postgres:// URL for
// PostgreSQL (github.com/jackc/pgx/v5):
//
//	go run ./examples/grants total -db postgres://user:password@localhost/grants -funder NAME
//
// The shipped file, testdata/esmee-fairbairn.json, is five grants of the
// Esmée Fairbairn Foundation as GrantNav exported them; see
// funding/grants/testdata/README.md for its source and licence.
// testdata/regrants.csv is two invented grants, one marked as a regrant.
package main
