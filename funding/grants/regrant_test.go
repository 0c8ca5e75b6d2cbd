package grants

import (
	"context"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
)

// regrantFile is a 360Giving file of four grants by one funder: two marked
// as regrants (one by its code, one by the codelist's name), one not, and
// one in euros marked as a regrant.
const regrantFile = `{"grants":[
{"id":"360G-r-1","title":"t","description":"d","currency":"GBP","amountAwarded":1000,"awardDate":"2017-05-01","regrantType":"FRG010",
 "recipientOrganization":[{"id":"GB-CHC-1","name":"Community Foundation"}],"fundingOrganization":[{"id":"GB-CHC-9","name":"Funder"}]},
{"id":"360G-r-2","title":"t","description":"d","currency":"GBP","amountAwarded":250.50,"awardDate":"2017-06-01",
 "recipientOrganization":[{"id":"GB-CHC-2","name":"Youth Club"}],"fundingOrganization":[{"id":"GB-CHC-9","name":"Funder"}]},
{"id":"360G-r-3","title":"t","description":"d","currency":"GBP","amountAwarded":99.99,"awardDate":"2018-04-01","regrantType":"Endowment",
 "recipientOrganization":[{"id":"GB-CHC-1","name":"Community Foundation"}],"fundingOrganization":[{"id":"GB-CHC-9","name":"Funder"}]},
{"id":"360G-r-4","title":"t","description":"d","currency":"EUR","amountAwarded":40,"awardDate":"2017-06-01","regrantType":"FRG030",
 "grantProgramme":[{"code":"EU","title":"Europe"}],
 "recipientOrganization":[{"id":"GB-CHC-1","name":"Community Foundation"}],"fundingOrganization":[{"id":"GB-CHC-9","name":"Funder"}]}
]}`

// TestRegrants checks that regrants are summed and counted apart in every
// row, in both dialects, and that Amount still includes them.
func TestRegrants(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		l, err := s.Load(context.Background(), "regrants.json", strings.NewReader(regrantFile))
		if err != nil || l.Added != 4 {
			t.Fatalf("Load = %+v, %v; want 4 added", l, err)
		}
		tot, err := s.Total(context.Background(), Query{Funder: "Funder", By: ByRecipient})
		if err != nil {
			t.Fatal(err)
		}
		zero := gbp("0")
		// 1,000 + 250.50 + 99.99 = 1,350.49, of which 1,000 + 99.99 =
		// 1,099.99 in two regrants; the euros are apart.
		if d := rowDiff(tot.All, Row{Amount: gbp("1350.49"), Count: 3, Negative: zero, Regrant: gbp("1099.99"), Regrants: 2}); d != "" {
			t.Errorf("Total (-want +got):\n%s", d)
		}
		if d := rowDiff(tot.Rows, []Row{
			{Key: "Community Foundation", Amount: gbp("1099.99"), Count: 2, Negative: zero, Regrant: gbp("1099.99"), Regrants: 2},
			{Key: "Youth Club", Amount: gbp("250.50"), Count: 1, Negative: zero, Regrant: zero},
		}); d != "" {
			t.Errorf("Total by recipient (-want +got):\n%s", d)
		}
		eur := currency.MustParse("EUR 40")
		if d := rowDiff(tot.Excluded, []Row{{Key: "EUR", Amount: eur, Count: 1, Negative: currency.MustParse("EUR 0"), Regrant: eur, Regrants: 1}}); d != "" {
			t.Errorf("Total's Excluded (-want +got):\n%s", d)
		}
		if !strings.Contains(tot.SQL, "WHEN regrant <> '' THEN amount") {
			t.Errorf("Total's SQL does not show how regrants are summed:\n%s", tot.SQL)
		}
	})
}

// TestOpenAddsRegrant checks that Open adds the regrant column to a store
// made before it, keeping its grants, none of them marked.
func TestOpenAddsRegrant(t *testing.T) {
	ctx := context.Background()
	for _, d := range databases(t) {
		t.Run(d.dialect.String(), func(t *testing.T) {
			for _, stmt := range d.dialect.schema() {
				// The grants table as it was, without the column.
				stmt = strings.Replace(stmt, "\tregrant TEXT NOT NULL DEFAULT '',\n", "", 1)
				if _, err := d.db.Exec(stmt); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := d.db.Exec("SELECT regrant FROM grants"); err == nil {
				t.Fatal("the old layout has the regrant column")
			}
			amount, _ := d.dialect.amountArg(gbp("12.34"))
			if _, err := d.db.Exec("INSERT INTO grants (id, source, title, funder_id, funder, recipient_id, recipient, programme, programme_title, currency, amount, award_date, fiscal_year) VALUES ('g1', 'old', 't', 'GB-F', 'F', 'GB-R', 'R', '', '', 'GBP', " + literal(amount) + ", '2017-05-01', 2017)"); err != nil {
				t.Fatal(err)
			}
			s, err := Open(ctx, d.db, d.dialect)
			if err != nil {
				t.Fatal(err)
			}
			tot, err := s.Total(ctx, Query{Funder: "F"})
			if err != nil {
				t.Fatal(err)
			}
			if d := rowDiff(tot.All, Row{Amount: gbp("12.34"), Count: 1, Negative: gbp("0"), Regrant: gbp("0")}); d != "" {
				t.Errorf("Total after Open (-want +got):\n%s", d)
			}
		})
	}
}
