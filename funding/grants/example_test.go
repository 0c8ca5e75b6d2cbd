package grants_test

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/fundclaims/fundclaims/funding/grants"
	_ "modernc.org/sqlite"
)

func Example() {
	dir, _ := os.MkdirTemp("", "grants")
	defer os.RemoveAll(dir)
	db, err := sql.Open("sqlite", filepath.Join(dir, "grants.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	s, err := grants.Open(ctx, db, grants.SQLite)
	if err != nil {
		log.Fatal(err)
	}

	f, _ := os.Open("../testdata/360giving/grantnav-2018.json")
	defer f.Close()
	l, err := s.Load(ctx, "grantnav-2018.json", f)
	fmt.Println(l.Added, "added,", l.Skipped, "skipped,", len(l.Rejected), "rejected", err)

	tot, err := s.Total(ctx, grants.Query{Funder: "Esmée Fairbairn Foundation", By: grants.ByYear})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range tot.Rows {
		fmt.Println(r.Key, r.Amount, r.Count)
	}
	fmt.Println("all", tot.All.Amount, tot.All.Count)
	fmt.Println(tot.SQL)
	// Output:
	// 5 added, 0 skipped, 0 rejected <nil>
	// 2016-17 £1,120,000.00 2
	// 2017-18 £826,486.00 3
	// all £1,946,486.00 5
	// -- amounts are INTEGER minor units of their currency (pence for GBP)
	// SELECT fiscal_year AS key, currency, SUM(amount) AS amount, COUNT(*) AS grants,
	// 	SUM(CASE WHEN amount < 0 THEN amount ELSE 0 END) AS negative,
	// 	SUM(CASE WHEN amount < 0 THEN 1 ELSE 0 END) AS negatives,
	// 	SUM(CASE WHEN amount = 0 THEN 1 ELSE 0 END) AS zeros,
	// 	SUM(CASE WHEN regrant <> '' THEN amount ELSE 0 END) AS regrant,
	// 	SUM(CASE WHEN regrant <> '' THEN 1 ELSE 0 END) AS regrants,
	// 	SUM(duplicates) AS duplicates
	// FROM grants
	// WHERE (funder = 'Esmée Fairbairn Foundation' OR funder_id = 'Esmée Fairbairn Foundation')
	// GROUP BY 1, currency
	// ORDER BY 1, currency
}

func ExampleParseGroup() {
	g, err := grants.ParseGroup("recipient")
	fmt.Println(g == grants.ByRecipient, err)
	_, err = grants.ParseGroup("colour")
	fmt.Println(err)
	// Output:
	// true <nil>
	// funding: ParseGroup("colour"): invalid syntax: want funder, recipient, programme or year at offset 0
}
