package funding_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// csvPaths are where the titled columns go in a 360Giving grant, as the
// standard's flattening of its schema puts them.
var csvPaths = map[string][2]string{
	"Identifier": {"", "id"}, "Title": {"", "title"}, "Description": {"", "description"},
	"Currency": {"", "currency"}, "Amount Awarded": {"", "amountAwarded"}, "Award Date": {"", "awardDate"},
	"Planned Dates:Start Date": {"plannedDates", "startDate"}, "Planned Dates:End Date": {"plannedDates", "endDate"},
	"Recipient Org:Identifier": {"recipientOrganization", "id"}, "Recipient Org:Name": {"recipientOrganization", "name"},
	"Funding Org:Identifier": {"fundingOrganization", "id"}, "Funding Org:Name": {"fundingOrganization", "name"},
	"Grant Programme:Code": {"grantProgramme", "code"}, "Grant Programme:Title": {"grantProgramme", "title"},
}

// csvToJSON turns a titled-column CSV file into the 360Giving JSON it
// stands for, as the standard's tools unflatten one, so that the schema
// can judge it: each row a grant, each known column a field, arrays of one
// object for the rolled-up ones, amounts as numbers.
func csvToJSON(t *testing.T, data []byte) []byte {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("CSV output does not parse: %v", err)
	}
	var grants []map[string]any
	for _, row := range rows[1:] {
		g := map[string]any{}
		for i, title := range rows[0] {
			path, ok := csvPaths[title]
			if !ok {
				t.Fatalf("unknown column %q", title)
			}
			if row[i] == "" {
				continue
			}
			var v any = row[i]
			if title == "Amount Awarded" {
				v = json.Number(row[i])
			}
			if path[0] == "" {
				g[path[1]] = v
				continue
			}
			list, _ := g[path[0]].([]map[string]any)
			if list == nil {
				list = []map[string]any{{}}
				g[path[0]] = list
			}
			list[0][path[1]] = v
		}
		grants = append(grants, g)
	}
	out, err := json.Marshal(map[string]any{"version": "1.4", "grants": grants})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestThreeSixtyCSVRoundTrip(t *testing.T) {
	p := funding.Package{
		ID:        "EX-1",
		Title:     "Support, for survivors",
		Funder:    funding.Org{Name: "Example Funder", ID: "GB-GOR-EX001"},
		Announced: funding.MustDate(2016, time.November, 28),
		Allocations: []funding.Allocation{{
			ID:          "1",
			Title:       `Counselling "plus"`,
			Description: "A year of counselling,\nand more",
			Recipients:  []funding.Org{{Name: "Example Trust", ID: "GB-CHC-0000001"}},
			Amount:      currency.MustParse("£315,000.10"),
			Period:      funding.FiscalYear(2017).Period(),
		}, {
			ID:          "360G-example-2",
			Title:       "Advocacy",
			Description: "Advocates",
			Recipients:  []funding.Org{{Name: "Example Advocates"}},
			Amount:      currency.MustParse("£0.01"),
			Period:      funding.Period{End: funding.MustDate(2018, time.March, 31)},
			Awarded:     funding.MustDate(2016, time.December, 1),
		}},
	}
	var buf bytes.Buffer
	if err := funding.Write360GivingCSV(&buf, "360G-example", p); err != nil {
		t.Fatal(err)
	}
	// The hash in the made id is FNV-1a of "Example Advocates", worked out
	// apart (Python: h = (h ^ c) * 0x01000193 mod 2^32 from 0x811c9dc5).
	want := "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Planned Dates:Start Date,Planned Dates:End Date," +
		"Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Grant Programme:Code,Grant Programme:Title\n" +
		"360G-example-1,\"Counselling \"\"plus\"\"\",\"A year of counselling,\nand more\",GBP,315000.1,2016-11-28,2017-04-01,2018-03-31," +
		"GB-CHC-0000001,Example Trust,GB-GOR-EX001,Example Funder,EX-1,\"Support, for survivors\"\n" +
		"360G-example-2,Advocacy,Advocates,GBP,0.01,2016-12-01,,2018-03-31," +
		"360G-example-example-advocates-345226d7,Example Advocates,GB-GOR-EX001,Example Funder,EX-1,\"Support, for survivors\"\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("Write360GivingCSV (-want +got)\n%s", diff)
	}
	check360Schema(t, csvToJSON(t, buf.Bytes()))

	// Read back, it has the standard's fields: grant ids, not the
	// allocations' own, and the award date on each grant.
	got, err := funding.Read360GivingCSV(&buf, func(w *funding.GrantError) { t.Errorf("warning %v", w) })
	if err != nil {
		t.Fatal(err)
	}
	back := p
	back.Announced = funding.Date{}
	back.Allocations = append([]funding.Allocation(nil), p.Allocations...)
	back.Allocations[0].ID = "360G-example-1"
	back.Allocations[0].Awarded = p.Announced
	back.Allocations[1].Recipients = []funding.Org{{Name: "Example Advocates"}}
	if diff := cmp.Diff([]funding.Package{back}, got, equalRecords); diff != "" {
		t.Errorf("Read360GivingCSV(Write360GivingCSV(p)) (-want +got)\n%s", diff)
	}
}

func TestWrite360GivingCSVErrors(t *testing.T) {
	two := mopac2016()
	two.Allocations[0].Recipients = []funding.Org{{Name: "A"}, {Name: "B"}}
	untitled := mopac2016()
	untitled.Allocations[1].Description = ""
	tests := []struct {
		name string
		ps   []funding.Package
		err  error
	}{
		{"two recipients", []funding.Package{two}, funding.ErrRange},
		{"no description", []funding.Package{untitled}, funding.ErrMissing},
		{"no grants", []funding.Package{london2025()}, funding.ErrMissing},
		{"invalid", []funding.Package{{}}, funding.ErrInvalid},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := funding.Write360GivingCSV(&buf, "360G-example", tt.ps...); !errors.Is(err, tt.err) || buf.Len() != 0 {
			t.Errorf("%s: Write360GivingCSV = %v, want %v and nothing written", tt.name, err, tt.err)
		}
	}
	if err := funding.Write360GivingCSV(&bytes.Buffer{}, "fundclaims", mopac2016()); !errors.Is(err, funding.ErrSyntax) {
		t.Errorf("Write360GivingCSV(prefix %q) = %v, want ErrSyntax", "fundclaims", err)
	}
}

// csvHeader is the header of the CSV files the reader tests use.
const csvHeader = "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name\n"

func TestRead360GivingCSV(t *testing.T) {
	in := "\uFEFF" + csvHeader +
		"360G-x-1,t,d,GBP,100,2024-01-02,GB-CHC-1,R,GB-GOR-1,F\n" +
		"360G-x-2,t,d,GBP,\"£1,000\",2024-01-02,GB-CHC-1,R,GB-GOR-1,F\n" +
		" 360G-x-3 ,t,d,GBP,0.5,05/06/2014,GB-CHC-1,R,GB-GOR-1,F\n" +
		"360G-x-4,t,d,GBP,100,2024-01-02,,,GB-GOR-1,F\n" +
		"360G-x-5,t,,GBP,100,2024-01-02,GB-CHC-1,R,GB-GOR-1,F\n"
	var warnings []string
	ps, err := funding.Read360GivingCSV(strings.NewReader(in), func(w *funding.GrantError) { warnings = append(warnings, w.Grant+" "+w.Field) })
	var ids []string
	for _, p := range ps {
		for _, a := range p.Allocations {
			ids = append(ids, a.ID+" "+a.Amount.String()+" "+a.Awarded.String())
		}
	}
	if diff := cmp.Diff([]string{"360G-x-1 £100.00 2024-01-02", "360G-x-3 £0.50 2014-06-05"}, ids); diff != "" {
		t.Errorf("grants read (-want +got)\n%s", diff)
	}
	if diff := cmp.Diff([]string{" ", "360G-x-3 id", "360G-x-3 awardDate"}, warnings); diff != "" {
		t.Errorf("warnings (-want +got)\n%s", diff)
	}
	var bad []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ge *funding.GrantError
		if errors.As(e, &ge) {
			bad = append(bad, ge.Grant+" "+ge.Field)
		}
	}
	if diff := cmp.Diff([]string{"360G-x-2 amountAwarded", "360G-x-4 recipientOrganization", "360G-x-5 description"}, bad); diff != "" {
		t.Errorf("bad grants (-want +got)\n%s", diff)
	}
}

func TestRead360GivingCSVFileErrors(t *testing.T) {
	tests := []struct {
		name, in string
		line     int
		err      error
	}{
		{"empty", "", 0, funding.ErrMissing},
		{"no identifier column", "Title,Amount Awarded\nt,1\n", 1, funding.ErrMissing},
		{"bad quoting", csvHeader + "\"360G-x-1,t\n", 2, funding.ErrSyntax},
		{"long row", csvHeader + "360G-x-1," + strings.Repeat("t", 2<<20) + "\n", 2, funding.ErrRange},
	}
	for _, tt := range tests {
		_, err := funding.Read360GivingCSV(strings.NewReader(tt.in), nil)
		var le *funding.LineError
		if !errors.Is(err, tt.err) || !errors.As(err, &le) || le.Line != tt.line {
			t.Errorf("%s: Read360GivingCSV = %v, want %v on line %d", tt.name, err, tt.err, tt.line)
		}
	}
}

// TestRead360GivingCSVPublisher reads the Indigo Trust's own CSV: every
// grant, to the penny of an independent sum of its "Amount Awarded"
// column, which is the same as that of its JSON file's first 40 grants.
func TestRead360GivingCSVPublisher(t *testing.T) {
	data, err := os.ReadFile("testdata/360giving/indigo.csv")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	for i, title := range rows[0] {
		if title == "Amount Awarded" {
			col = i
		}
	}
	want := new(big.Rat)
	for _, row := range rows[1:] {
		r, ok := new(big.Rat).SetString(row[col])
		if !ok {
			t.Fatalf("Amount Awarded %q is not a number", row[col])
		}
		want.Add(want, r)
	}
	ps, err := funding.Read360GivingCSV(bytes.NewReader(data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := grantCount(ps); n != 40 || n != len(rows)-1 {
		t.Errorf("Read360GivingCSV(indigo.csv) read %d grants, want 40", n)
	}
	if got := readTotal(t, ps); got.Cmp(want) != 0 {
		t.Errorf("Read360GivingCSV(indigo.csv) total = %s, want %s", got.FloatString(2), want.FloatString(2))
	}
	js, err := os.ReadFile("testdata/360giving/indigo.json")
	if err != nil {
		t.Fatal(err)
	}
	if fromJSON, _ := rawTotal(t, js); fromJSON.Cmp(want) != 0 {
		t.Errorf("indigo.csv total %s, indigo.json's %s", want.FloatString(2), fromJSON.FloatString(2))
	}
	var out bytes.Buffer
	if err := funding.Write360GivingCSV(&out, "360G-example", ps...); err != nil {
		t.Fatal(err)
	}
	check360Schema(t, csvToJSON(t, out.Bytes()))
}

func FuzzRead360GivingCSV(f *testing.F) {
	if b, err := os.ReadFile("testdata/360giving/indigo.csv"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("\uFEFF" + csvHeader + " 360G-x-1 ,t,d,GBP,0.5,05/06/2014,GB-CHC-1,R,GB-GOR-1,F\n360G-x-2,t,d,GBP,1e3,2024-01-02,GB-CHC-1,R,GB-GOR-1,F\n"))
	f.Add([]byte(csvHeader + "360G-x-1,\"t\nu\",d,EUR,100,08/2013,DUMMY,R,GB-GOR-1,F\n"))
	// writeRead writes ps as CSV and reads them back, or reports false if
	// they cannot be written for one of the documented reasons.
	writeRead := func(t *testing.T, ps []funding.Package) ([]funding.Package, bool) {
		var out bytes.Buffer
		if err := funding.Write360GivingCSV(&out, "360G-example", ps...); err != nil {
			if !errors.Is(err, funding.ErrMissing) && !errors.Is(err, funding.ErrDuplicate) && !errors.Is(err, funding.ErrRange) {
				t.Fatalf("Write360GivingCSV of what was read: %v", err)
			}
			return nil, false
		}
		check360Schema(t, csvToJSON(t, out.Bytes()))
		again, err := funding.Read360GivingCSV(bytes.NewReader(out.Bytes()), nil)
		if err != nil {
			t.Fatalf("Read360GivingCSV of what was written: %v\n%s", err, out.Bytes())
		}
		return again, true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := funding.Read360GivingCSV(bytes.NewReader(data), nil)
		if err != nil {
			return
		}
		// The first write puts the grant ids under the prefix and drops
		// what the form has no column for; after that, writing and
		// reading changes nothing.
		once, ok := writeRead(t, ps)
		if !ok {
			return
		}
		twice, ok := writeRead(t, once)
		if !ok {
			t.Fatal("what was written and read cannot be written again")
		}
		if diff := cmp.Diff(once, twice, equalRecords); diff != "" {
			t.Fatalf("read(write(p)) differs from p (-p +read)\n%s", diff)
		}
	})
}
