package grants

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// esmee is a GrantNav export of five grants of the Esmée Fairbairn
// Foundation (see ../testdata/360giving/README.md).
const esmee = "../testdata/360giving/grantnav-2018.json"

// loadFile loads a testdata file under source.
func loadFile(t *testing.T, s *Store, path, source string) Loaded {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := s.Load(context.Background(), source, f)
	if err != nil {
		t.Fatalf("Load(%s) = %v", path, err)
	}
	return l
}

// total returns s.Total(q), failing the test on an error.
func total(t *testing.T, s *Store, q Query) Total {
	t.Helper()
	tot, err := s.Total(context.Background(), q)
	if err != nil {
		t.Fatalf("Total(%+v) = %v", q, err)
	}
	return tot
}

// gbp returns the amount s, in pounds.
func gbp(s string) currency.Amount { return currency.MustParse("GBP " + s) }

// rowDiff compares rows, amounts by value and currency.
func rowDiff(got, want any) string {
	return cmp.Diff(want, got, cmp.Comparer(func(a, b currency.Amount) bool {
		return a.Equal(b) && a.Currency() == b.Currency()
	}))
}

func TestLoadAndTotal(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		l := loadFile(t, s, esmee, "esmee.json")
		if d := rowDiff(l, Loaded{Source: "esmee.json", Read: 5, Added: 5}); d != "" {
			t.Errorf("Load (-want +got):\n%s", d)
		}
		// 116,471 + 1,000,000 + 120,000 + 255,180 + 454,835.
		tot := total(t, s, Query{Funder: "Esmée Fairbairn Foundation"})
		if d := rowDiff(tot.All, Row{Amount: gbp("1946486"), Count: 5, Negative: gbp("0"), Regrant: gbp("0")}); d != "" {
			t.Errorf("Total (-want +got):\n%s", d)
		}
		if d := cmp.Diff([]string{"esmee.json"}, tot.Sources); d != "" {
			t.Errorf("Total.Sources (-want +got):\n%s", d)
		}
		// Awarded 9 February and 1 March 2017 are in 2016-17; the
		// others, from 25 April 2017, in 2017-18.
		tot = total(t, s, Query{Funder: "GB-CHC-200051", By: ByYear})
		want := []Row{
			{Key: "2016-17", Amount: gbp("1120000"), Count: 2, Negative: gbp("0"), Regrant: gbp("0")},
			{Key: "2017-18", Amount: gbp("826486"), Count: 3, Negative: gbp("0"), Regrant: gbp("0")},
		}
		if d := rowDiff(tot.Rows, want); d != "" {
			t.Errorf("Total by year (-want +got):\n%s", d)
		}
		tot = total(t, s, Query{Funder: "Esmée Fairbairn Foundation", Year: 2017, Recipient: "Philharmonia Orchestra"})
		if d := rowDiff(tot.All, Row{Amount: gbp("255180"), Count: 1, Negative: gbp("0"), Regrant: gbp("0")}); d != "" {
			t.Errorf("Total for one recipient (-want +got):\n%s", d)
		}
		// Loading the same file again adds nothing and is no duplicate.
		l = loadFile(t, s, esmee, "esmee.json")
		if d := rowDiff(l, Loaded{Source: "esmee.json", Read: 5, Skipped: 5}); d != "" {
			t.Errorf("second Load (-want +got):\n%s", d)
		}
		if got := total(t, s, Query{}).All; got.Count != 5 || !got.Amount.Equal(gbp("1946486")) {
			t.Errorf("after a second Load, Total = %v in %d grants, want £1,946,486 in 5", got.Amount, got.Count)
		}
	})
}

func TestDuplicateSources(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		loadFile(t, s, esmee, "a.json")
		l := loadFile(t, s, esmee, "b.json")
		if l.Added != 0 || l.Skipped != 5 || len(l.Duplicates) != 5 {
			t.Fatalf("Load of a copy = %+v, want 5 skipped as duplicates", l)
		}
		for _, d := range l.Duplicates {
			if d.First != "a.json" || !strings.HasPrefix(d.ID, "360G-EFF-") {
				t.Errorf("duplicate %+v, want a grant first loaded from a.json", d)
			}
		}
		loadFile(t, s, esmee, "b.json") // a duplicate is recorded once
		tot := total(t, s, Query{})
		if d := rowDiff(tot.All, Row{Amount: gbp("1946486"), Count: 5, Negative: gbp("0"), Regrant: gbp("0"), Duplicates: 5}); d != "" {
			t.Errorf("Total (-want +got):\n%s", d)
		}
		// The total rests on the first source alone.
		if d := cmp.Diff([]string{"a.json"}, tot.Sources); d != "" {
			t.Errorf("Total.Sources (-want +got):\n%s", d)
		}
	})
}

// testGrants are grants of two funders made up for the tests, with a
// negative and a zero grant and some in other currencies.
func testGrants() []grant {
	g := func(id, funder, recipient, programme, amount, date string) grant {
		return grant{id: id, title: "t " + id, funderID: "GB-" + funder, funder: funder,
			recipientID: "GB-" + recipient, recipient: recipient, programme: "P-" + programme, programmeTitle: programme,
			amount: currency.MustParse(amount), awarded: day(date)}
	}
	return []grant{
		g("1", "Alpha", "Rec A", "Arts", "£100.50", "2017-04-01"),
		g("2", "Alpha", "Rec B", "Arts", "-£20.25", "2018-03-31"),
		g("3", "Alpha", "Rec A", "Health", "£0", "2018-04-01"),
		g("4", "Alpha", "Rec A", "Health", "EUR 30", "2017-05-01"),
		g("5", "Alpha", "Rec C", "Arts", "USD 5.01", "2017-06-01"),
		g("6", "Alpha", "Rec C", "Arts", "EUR 1.5", "2017-06-01"),
		g("7", "Beta", "Rec A", "Arts", "£1,000,000.01", "2017-06-01"),
		g("8", "Alpha", "Rec B", "Health", "£7", "2017-03-31"),
	}
}

func TestTotals(t *testing.T) {
	zero := gbp("0")
	tests := []struct {
		q        Query
		all      Row
		rows     []Row
		excluded []Row
	}{
		{
			q:   Query{Funder: "Alpha"},
			all: Row{Amount: gbp("87.25"), Count: 4, Negative: gbp("-20.25"), Regrant: gbp("0"), Negatives: 1, Zeros: 1},
			excluded: []Row{
				{Key: "EUR", Amount: currency.MustParse("EUR 31.50"), Count: 2, Negative: currency.MustParse("EUR 0"), Regrant: currency.MustParse("EUR 0")},
				{Key: "USD", Amount: currency.MustParse("USD 5.01"), Count: 1, Negative: currency.MustParse("USD 0"), Regrant: currency.MustParse("USD 0")},
			},
		},
		{
			// 2017-18 runs from 1 April 2017 to 31 March 2018, both in.
			q:   Query{Funder: "GB-Alpha", Year: 2017, Currency: currency.EUR},
			all: Row{Amount: currency.MustParse("EUR 31.50"), Count: 2, Negative: currency.MustParse("EUR 0"), Regrant: currency.MustParse("EUR 0")},
			excluded: []Row{
				{Key: "GBP", Amount: gbp("80.25"), Count: 2, Negative: gbp("-20.25"), Regrant: gbp("0"), Negatives: 1},
				{Key: "USD", Amount: currency.MustParse("USD 5.01"), Count: 1, Negative: currency.MustParse("USD 0"), Regrant: currency.MustParse("USD 0")},
			},
		},
		{
			q:   Query{Programme: "Arts", By: ByFunder},
			all: Row{Amount: gbp("1000080.26"), Count: 3, Negative: gbp("-20.25"), Regrant: gbp("0"), Negatives: 1},
			rows: []Row{
				{Key: "Alpha", Amount: gbp("80.25"), Count: 2, Negative: gbp("-20.25"), Regrant: gbp("0"), Negatives: 1},
				{Key: "Beta", Amount: gbp("1000000.01"), Count: 1, Negative: zero, Regrant: gbp("0")},
			},
			excluded: []Row{
				{Key: "EUR", Amount: currency.MustParse("EUR 1.50"), Count: 1, Negative: currency.MustParse("EUR 0"), Regrant: currency.MustParse("EUR 0")},
				{Key: "USD", Amount: currency.MustParse("USD 5.01"), Count: 1, Negative: currency.MustParse("USD 0"), Regrant: currency.MustParse("USD 0")},
			},
		},
		{
			q:   Query{Recipient: "GB-Rec A", By: ByProgramme},
			all: Row{Amount: gbp("1000100.51"), Count: 3, Negative: zero, Regrant: gbp("0"), Zeros: 1},
			rows: []Row{
				{Key: "Arts", Amount: gbp("1000100.51"), Count: 2, Negative: zero, Regrant: gbp("0")},
				{Key: "Health", Amount: zero, Count: 1, Negative: zero, Regrant: gbp("0"), Zeros: 1},
			},
			excluded: []Row{{Key: "EUR", Amount: currency.MustParse("EUR 30"), Count: 1, Negative: currency.MustParse("EUR 0"), Regrant: currency.MustParse("EUR 0")}},
		},
		{
			q:   Query{Funder: "Alpha", From: day("2017-03-31"), To: day("2018-03-31"), By: ByYear},
			all: Row{Amount: gbp("87.25"), Count: 3, Negative: gbp("-20.25"), Regrant: gbp("0"), Negatives: 1},
			rows: []Row{
				{Key: "2016-17", Amount: gbp("7"), Count: 1, Negative: zero, Regrant: gbp("0")},
				{Key: "2017-18", Amount: gbp("80.25"), Count: 2, Negative: gbp("-20.25"), Regrant: gbp("0"), Negatives: 1},
			},
			excluded: []Row{
				{Key: "EUR", Amount: currency.MustParse("EUR 31.50"), Count: 2, Negative: currency.MustParse("EUR 0"), Regrant: currency.MustParse("EUR 0")},
				{Key: "USD", Amount: currency.MustParse("USD 5.01"), Count: 1, Negative: currency.MustParse("USD 0"), Regrant: currency.MustParse("USD 0")},
			},
		},
		{
			q:   Query{Funder: "Alpha", Programme: "Health", By: ByRecipient},
			all: Row{Amount: gbp("7"), Count: 2, Negative: zero, Regrant: gbp("0"), Zeros: 1},
			rows: []Row{
				{Key: "Rec A", Amount: zero, Count: 1, Negative: zero, Regrant: gbp("0"), Zeros: 1},
				{Key: "Rec B", Amount: gbp("7"), Count: 1, Negative: zero, Regrant: gbp("0")},
			},
			excluded: []Row{{Key: "EUR", Amount: currency.MustParse("EUR 30"), Count: 1, Negative: currency.MustParse("EUR 0"), Regrant: currency.MustParse("EUR 0")}},
		},
		{
			q:   Query{Funder: "Nobody"},
			all: Row{Amount: zero, Negative: zero, Regrant: gbp("0")},
		},
	}
	each(t, func(t *testing.T, s *Store) {
		l, err := s.load(context.Background(), "made-up", testGrants(), nil)
		if err != nil || l.Added != 8 {
			t.Fatalf("load = %+v, %v; want 8 added", l, err)
		}
		if _, err := s.load(context.Background(), "other", []grant{{id: "9", funder: "Gamma", amount: gbp("1"), awarded: day("2017-04-01")}}, nil); err != nil {
			t.Fatal(err)
		}
		for _, tt := range tests {
			tot := total(t, s, tt.q)
			if d := rowDiff(tot.All, tt.all); d != "" {
				t.Errorf("Total(%+v).All (-want +got):\n%s", tt.q, d)
			}
			if d := rowDiff(tot.Rows, tt.rows); d != "" {
				t.Errorf("Total(%+v).Rows (-want +got):\n%s", tt.q, d)
			}
			if d := rowDiff(tot.Excluded, tt.excluded); d != "" {
				t.Errorf("Total(%+v).Excluded (-want +got):\n%s", tt.q, d)
			}
			var sources []string
			if tt.all.Count > 0 {
				sources = []string{"made-up"}
			}
			if d := cmp.Diff(sources, tot.Sources); d != "" {
				t.Errorf("Total(%+v).Sources (-want +got):\n%s", tt.q, d)
			}
			rerun(t, s, tot)
		}
	})
}

// rerun runs the SQL a Total shows and checks that it gives the total's
// figures: anyone can run it again.
func rerun(t *testing.T, s *Store, tot Total) {
	t.Helper()
	rows, err := s.db.Query(tot.SQL)
	if err != nil {
		t.Fatalf("running the SQL of %+v: %v\n%s", tot.Query, err, tot.SQL)
	}
	defer rows.Close()
	var count int64
	sum := currency.FromMinor(0, tot.Query.Currency)
	for rows.Next() {
		r, err := s.scanRow(rows, tot.Query.By)
		if err != nil {
			t.Fatal(err)
		}
		if r.Amount.Currency() == tot.Query.Currency {
			count += r.Count
			sum, _ = sum.Add(r.Amount)
		}
	}
	if count != tot.All.Count || !sum.Equal(tot.All.Amount) {
		t.Errorf("the SQL shown gives %v in %d grants, the Total %v in %d\n%s", sum, count, tot.All.Amount, tot.All.Count, tot.SQL)
	}
}

func TestRejectedGrants(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		gs := testGrants()[:2]
		gs = append(gs,
			grant{id: "fine", funder: "Alpha", amount: gbp("0.005"), awarded: day("2017-04-01")},
			grant{id: "undated", funder: "Alpha", amount: gbp("1")},
		)
		l, err := s.load(context.Background(), "src", gs, nil)
		if err != nil {
			t.Fatal(err)
		}
		if l.Added != 2 || len(l.Rejected) != 2 {
			t.Fatalf("load = %+v, want 2 added and 2 rejected", l)
		}
		for i, want := range []struct {
			id, field string
			kind      error
		}{{"fine", "amountAwarded", funding.ErrRange}, {"undated", "awardDate", funding.ErrMissing}} {
			var ge *funding.GrantError
			if !errors.As(l.Rejected[i], &ge) || ge.Grant != want.id || ge.Field != want.field || !errors.Is(ge, want.kind) {
				t.Errorf("Rejected[%d] = %v, want grant %q, field %s, %v", i, l.Rejected[i], want.id, want.field, want.kind)
			}
		}
	})
}

func TestBadFile(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		for _, tt := range []struct{ name, text, want string }{
			{"notjson", `{not json`, `grants: loading "notjson": funding: Read360Giving`},
			{"notcsv", "name,value\nx,1\n", `grants: loading "notcsv": funding: Read360GivingCSV`},
		} {
			_, err := s.Load(context.Background(), tt.name, strings.NewReader(tt.text))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Load(%s) = %v, want an error starting %q", tt.name, err, tt.want)
			}
		}
		if got := total(t, s, Query{}).All.Count; got != 0 {
			t.Errorf("after bad files, the store holds %d grants, want 0", got)
		}
	})
}

// TestBadGrant loads a file with one good grant and one whose amount is
// not a number: the reader leaves the bad one out and names it, and the
// store adds the good one.
func TestBadGrant(t *testing.T) {
	const file = `{"grants": [
		{"id": "360G-x-1", "title": "t", "description": "d", "currency": "GBP", "amountAwarded": "lots",
		 "awardDate": "2017-05-01", "recipientOrganization": [{"id": "GB-CHC-1", "name": "R"}],
		 "fundingOrganization": [{"id": "GB-CHC-2", "name": "F"}]},
		{"id": "360G-x-2", "title": "t", "description": "d", "currency": "GBP", "amountAwarded": 1500.25,
		 "awardDate": "2017-05-01", "recipientOrganization": [{"id": "GB-CHC-1", "name": "R"}],
		 "fundingOrganization": [{"id": "GB-CHC-2", "name": "F"}]}]}`
	each(t, func(t *testing.T, s *Store) {
		l, err := s.Load(context.Background(), "mixed", strings.NewReader(file))
		if err != nil {
			t.Fatalf("Load(mixed) = %v, want the good grant loaded and the bad one rejected", err)
		}
		var ge *funding.GrantError
		if l.Added != 1 || len(l.Rejected) != 1 || !errors.As(l.Rejected[0], &ge) || ge.Grant != "360G-x-1" {
			t.Fatalf("Load(mixed) = %+v, want 1 added and 360G-x-1 rejected", l)
		}
		if got, want := total(t, s, Query{}).All.Amount, gbp("1500.25"); !got.Equal(want) {
			t.Errorf("total after Load(mixed) = %v, want %v", got, want)
		}
	})
}

func TestGrantErrors(t *testing.T) {
	bad1 := &funding.GrantError{Grant: "a", Field: "amountAwarded", Err: funding.ErrNegative}
	bad2 := &funding.GrantError{Grant: "b", Field: "awardDate", Err: funding.ErrSyntax}
	some := []funding.Package{{ID: "p"}}
	other := errors.New("unexpected EOF")
	tests := []struct {
		ps       []funding.Package
		err      error
		rejected []error
		fails    error
	}{
		{some, nil, nil, nil},
		{nil, bad1, nil, bad1}, // today's reader: the file fails whole
		{some, errors.Join(bad1, bad2), []error{bad1, bad2}, nil},
		{some, bad1, []error{bad1}, nil},
		{some, errors.Join(bad1, other), nil, other},
	}
	for i, tt := range tests {
		rejected, err := grantErrors(tt.ps, tt.err)
		if len(rejected) != len(tt.rejected) || (tt.fails == nil) != (err == nil) || (tt.fails != nil && !errors.Is(err, tt.fails)) {
			t.Errorf("%d: grantErrors = %v, %v; want %v, %v", i, rejected, err, tt.rejected, tt.fails)
		}
		for j := range rejected {
			if rejected[j] != tt.rejected[j] {
				t.Errorf("%d: rejected[%d] = %v, want %v", i, j, rejected[j], tt.rejected[j])
			}
		}
	}
}

// cancelAfter is a context cancelled after its Err has been asked a given
// number of times, to stop a load part way through. Its count is atomic
// because database/sql asks Err from goroutines of its own as well.
type cancelAfter struct {
	context.Context
	cancel func()
	n      atomic.Int64
}

func (c *cancelAfter) Err() error {
	if c.n.Add(-1) == 0 {
		c.cancel()
	}
	return c.Context.Err()
}

func TestInterruptedLoad(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		loadFile(t, s, esmee, "esmee.json")
		before := total(t, s, Query{}).All
		gs := generate(5 * batchSize)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		// The first batches are written before the context is done.
		c := &cancelAfter{Context: ctx, cancel: cancel}
		c.n.Store(3)
		_, err := s.load(c, "big", gs, nil)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("load with a cancelled context = %v, want context.Canceled", err)
		}
		if d := rowDiff(total(t, s, Query{}).All, before); d != "" {
			t.Errorf("after an interrupted load (-before +after):\n%s", d)
		}
	})
}

func TestOpenErrors(t *testing.T) {
	db := openSQLite(t)
	if _, err := Open(context.Background(), db, DialectUnknown); err == nil {
		t.Error("Open with an unknown dialect succeeded")
	}
	for _, tt := range []struct{ dsn, want string }{
		// pgx reads the address when it first connects.
		{"postgres://user@host:notaport/db", "notaport"},
		// Nothing listens on port 1.
		{"postgres://user@127.0.0.1:1/db?connect_timeout=5", "127.0.0.1"},
	} {
		db, err := sql.Open("pgx", tt.dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		_, err = Open(context.Background(), db, PostgreSQL)
		if err == nil || !strings.HasPrefix(err.Error(), "grants: cannot reach the postgresql database: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Open(%s) = %v, want an error naming %s", tt.dsn, err, tt.want)
		}
	}
}

func TestQueryErrors(t *testing.T) {
	s, err := Open(context.Background(), openSQLite(t), SQLite)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q    Query
		kind error
	}{
		{Query{Year: -1}, funding.ErrRange},
		{Query{From: day("2018-01-02"), To: day("2018-01-01")}, funding.ErrPeriodOrder},
		{Query{By: ByYear + 1}, funding.ErrSyntax},
	} {
		if _, err := s.Total(context.Background(), tt.q); !errors.Is(err, tt.kind) {
			t.Errorf("Total(%+v) = %v, want %v", tt.q, err, tt.kind)
		}
	}
}

func TestGroupNames(t *testing.T) {
	for g := Ungrouped; g <= ByYear; g++ {
		got, err := ParseGroup(g.String())
		if err != nil || got != g {
			t.Errorf("ParseGroup(%q) = %v, %v; want %v", g.String(), got, err, g)
		}
	}
	if _, err := ParseGroup("Year"); !errors.Is(err, funding.ErrSyntax) {
		t.Errorf(`ParseGroup("Year") = %v, want ErrSyntax`, err)
	}
	if got := Group(9).String(); got != "Group(9)" {
		t.Errorf("Group(9).String() = %q", got)
	}
	if SQLite.String() != "sqlite" || PostgreSQL.String() != "postgresql" || DialectUnknown.String() != "unknown" {
		t.Error("Dialect names are wrong")
	}
}

// TestValuerScanner stores currency.Amount and currency.Code through
// database/sql in TEXT columns, as their docs say, and reads them back.
func TestValuerScanner(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		p := s.dialect.placeholder
		if _, err := s.db.Exec("CREATE TABLE money (a TEXT NOT NULL, c TEXT NOT NULL, n TEXT)"); err != nil {
			t.Fatal(err)
		}
		in := []currency.Amount{gbp("2400000.50"), currency.MustParse("-€0.005"), currency.FromMinor(12345, currency.JPY), {}}
		for _, a := range in {
			if _, err := s.db.Exec("INSERT INTO money VALUES ("+p(1)+", "+p(2)+", NULL)", a, a.Currency()); err != nil {
				t.Fatal(err)
			}
		}
		rows, err := s.db.Query("SELECT a, c, n FROM money")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var i int
		for ; rows.Next(); i++ {
			var a currency.Amount
			var c currency.Code
			var n sql.Null[currency.Amount]
			if err := rows.Scan(&a, &c, &n); err != nil {
				t.Fatal(err)
			}
			if !a.Equal(in[i]) || a.Currency() != in[i].Currency() || c != in[i].Currency() || n.Valid {
				t.Errorf("row %d = %v, %v, %v; want %v, %v, NULL", i, a, c, n, in[i], in[i].Currency())
			}
		}
		if i != len(in) {
			t.Errorf("read %d rows, want %d", i, len(in))
		}
		var a currency.Amount
		if err := s.db.QueryRow("SELECT n FROM money").Scan(&a); !errors.Is(err, currency.ErrSyntax) {
			t.Errorf("Scan of NULL into an Amount = %v, want ErrSyntax", err)
		}
	})
}

// TestNegativeGrantFromFile loads a file with a grant and a negative one
// (money returned, which 360Giving allows): both are kept, and the total
// shows the negative apart. 1,500.25 − 250.50 = 1,249.75.
func TestNegativeGrantFromFile(t *testing.T) {
	const file = `{"grants": [
		{"id": "360G-x-1", "title": "t", "description": "d", "currency": "GBP", "amountAwarded": 1500.25,
		 "awardDate": "2017-05-01", "recipientOrganization": [{"id": "GB-CHC-1", "name": "R"}],
		 "fundingOrganization": [{"id": "GB-CHC-2", "name": "F"}]},
		{"id": "360G-x-2", "title": "t", "description": "returned", "currency": "GBP", "amountAwarded": -250.50,
		 "awardDate": "2017-06-01", "recipientOrganization": [{"id": "GB-CHC-1", "name": "R"}],
		 "fundingOrganization": [{"id": "GB-CHC-2", "name": "F"}]}]}`
	each(t, func(t *testing.T, s *Store) {
		l, err := s.Load(context.Background(), "returned", strings.NewReader(file))
		if err != nil || l.Added != 2 || len(l.Rejected) != 0 {
			t.Fatalf("Load(returned) = %+v, %v; want both grants added", l, err)
		}
		all := total(t, s, Query{}).All
		if !all.Amount.Equal(gbp("1249.75")) || all.Count != 2 || !all.Negative.Equal(gbp("-250.50")) || all.Negatives != 1 {
			t.Errorf("total = %v in %d, negative %v in %d; want £1,249.75 in 2, -£250.50 in 1", all.Amount, all.Count, all.Negative, all.Negatives)
		}
	})
}
