package grants

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// scale is how many generated grants TestScale loads; 0 skips it, since a
// million grants take minutes: go test -run TestScale -grants.scale=1000000.
var scale = flag.Int("grants.scale", 0, "load this many generated grants into each database and time a grouped total")

// day returns the date s, "2017-04-01", which must be one.
func day(s string) funding.Date {
	d, err := funding.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// generate returns n made-up grants from 40 funders to 5,000 recipients in
// 100 programmes, awarded on days from 1 April 2010 on, of amounts from
// £0.01 to £999,999.99 with a few negative and zero ones.
func generate(n int) []grant {
	gs := make([]grant, n)
	start := day("2010-04-01")
	x := uint64(88172645463325252)
	for i := range gs {
		// xorshift: cheap, repeatable and spread out.
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		pence := int64(x%99_999_999) + 1
		switch i % 1000 {
		case 0:
			pence = -pence / 100
		case 1:
			pence = 0
		}
		f := strconv.Itoa(int(x>>20) % 40)
		r := strconv.Itoa(int(x>>30) % 5000)
		p := strconv.Itoa(int(x>>40) % 100)
		gs[i] = grant{
			id: "360G-gen-" + strconv.Itoa(i), title: "Grant " + strconv.Itoa(i),
			funderID: "GB-GEN-" + f, funder: "Funder " + f,
			recipientID: "GB-REC-" + r, recipient: "Recipient " + r,
			programme: "P" + p, programmeTitle: "Programme " + p,
			amount: currency.Pence(pence), awarded: start.AddDays(int(x>>50) % 5000),
		}
	}
	return gs
}

// TestScale loads -grants.scale generated grants into each database,
// timing the load and a total grouped by year, and logs the plans of the
// queries, to show that they use the indexes.
func TestScale(t *testing.T) {
	if *scale == 0 {
		t.Skip("set -grants.scale=1000000 to load a million generated grants")
	}
	gs := generate(*scale)
	each(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		began := time.Now()
		l, err := s.load(ctx, "generated", gs, nil)
		if err != nil || l.Added != len(gs) {
			t.Fatalf("load = %d added, %v; want %d", l.Added, err, len(gs))
		}
		t.Logf("%v: loaded %d grants in %v", s.dialect, l.Added, time.Since(began).Round(time.Millisecond))
		// Both planners choose indexes by the table's statistics.
		if _, err := s.db.Exec("ANALYZE grants"); err != nil {
			t.Fatal(err)
		}
		for _, q := range []Query{{Funder: "Funder 7", By: ByYear}, {Funder: "Funder 7", Year: 2017, By: ByRecipient}, {By: ByYear}} {
			began = time.Now()
			tot := total(t, s, q)
			t.Logf("%v: total of funder %q, year %q, by %v: %v in %d grants, %d rows, in %v", s.dialect, q.Funder, q.Year, q.By, tot.All.Amount, tot.All.Count, len(tot.Rows), time.Since(began).Round(time.Millisecond))
			st := s.totalSQL(q)
			t.Logf("plan:\n%s", plan(t, s, st.run.String(), st.args))
		}
	})
}

// plan returns the database's query plan for query.
func plan(t *testing.T, s *Store, query string, args []any) string {
	t.Helper()
	prefix := "EXPLAIN QUERY PLAN "
	if s.dialect == PostgreSQL {
		prefix = "EXPLAIN "
	}
	rows, err := s.db.Query(prefix+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		// The detail: SQLite's last column, PostgreSQL's only one.
		if b, ok := vals[len(vals)-1].([]byte); ok {
			out += string(b) + "\n"
		} else {
			out += fmt.Sprint(vals[len(vals)-1]) + "\n"
		}
	}
	return out
}

// TestPlanUsesIndexes checks that filtered totals are answered from
// indexes, not by reading every grant. PostgreSQL prefers to scan a table
// this small, so it is asked to avoid that.
func TestPlanUsesIndexes(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		if _, err := s.load(context.Background(), "made-up", testGrants(), nil); err != nil {
			t.Fatal(err)
		}
		fullScan := "SCAN grants"
		if s.dialect == PostgreSQL {
			fullScan = "Seq Scan"
			s.db.SetMaxOpenConns(1) // the setting is the connection's
			if _, err := s.db.Exec("SET enable_seqscan = off"); err != nil {
				t.Fatal(err)
			}
		}
		for _, q := range []Query{
			{Funder: "Alpha", Year: 2017, By: ByRecipient},
			{Funder: "Alpha", By: ByYear},
			{Recipient: "Rec A", By: ByProgramme},
			{Programme: "Arts", By: ByFunder},
			{From: day("2017-01-01"), To: day("2017-12-31")},
		} {
			st := s.totalSQL(q)
			got := plan(t, s, st.run.String(), st.args)
			if strings.Contains(got, fullScan) || !strings.Contains(got, "grants_") {
				t.Errorf("the plan of\n%s\nreads every grant:\n%s", st.show.String(), got)
			}
		}
	})
}
