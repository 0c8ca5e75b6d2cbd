package funding_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

func TestThreeSixtyRoundTrip(t *testing.T) {
	tests := [][]funding.Package{
		{mopac2016()},
		{mopac2016(), london2025()},
		{london2025(), mopac2016()},
		benchPackages(3),
	}
	for _, ps := range tests {
		var buf bytes.Buffer
		if err := funding.Write360Giving(&buf, "360G-example", ps...); err != nil {
			t.Fatalf("Write360Giving: %v", err)
		}
		check360Schema(t, buf.Bytes())
		got, err := funding.Read360Giving(bytes.NewReader(buf.Bytes()), nil)
		if err != nil {
			t.Fatalf("Read360Giving: %v\n%s", err, buf.Bytes())
		}
		if diff := cmp.Diff(ps, got, equalRecords); diff != "" {
			t.Errorf("Read360Giving(Write360Giving(ps)) (-want +got)\n%s", diff)
		}
		// Reading a byte at a time gives the same.
		slow, err := funding.Read360Giving(iotest.OneByteReader(bytes.NewReader(buf.Bytes())), nil)
		if diff := cmp.Diff(ps, slow, equalRecords); err != nil || diff != "" {
			t.Errorf("Read360Giving a byte at a time: error %v (-want +got)\n%s", err, diff)
		}
		var again bytes.Buffer
		if err := funding.Write360Giving(&again, "360G-example", got...); err != nil || again.String() != buf.String() {
			t.Errorf("second write differs (err %v):\n%s\n%s", err, buf.Bytes(), again.Bytes())
		}
	}
}

func TestWrite360GivingShape(t *testing.T) {
	p := funding.Package{
		ID:        "360G-example-p",
		Title:     "Programme",
		Funder:    funding.Org{Name: "Example Funder", ID: "GB-GOR-EX001"},
		Announced: funding.MustDate(2016, time.November, 28),
		Allocations: []funding.Allocation{{
			ID:          "360G-example-1",
			Title:       "Grant \"one\"",
			Description: "Line one\nline two",
			Recipients:  []funding.Org{{Name: "Example Trust", ID: "GB-CHC-1"}},
			Amount:      currency.MustParse("£1,260,000.50"),
			Period:      funding.Period{End: funding.MustDate(2018, time.March, 31)},
		}},
	}
	var buf bytes.Buffer
	if err := funding.Write360Giving(&buf, "360G-example", p); err != nil {
		t.Fatal(err)
	}
	want := `{"version":"1.4","grants":[{"id":"360G-example-1","title":"Grant \"one\"","description":"Line one\nline two",` +
		`"currency":"GBP","amountAwarded":1260000.5,"awardDate":"2016-11-28","plannedDates":[{"endDate":"2018-03-31"}],` +
		`"recipientOrganization":[{"id":"GB-CHC-1","name":"Example Trust"}],"fundingOrganization":[{"id":"GB-GOR-EX001","name":"Example Funder"}],` +
		`"grantProgramme":[{"code":"360G-example-p","title":"Programme"}],"fundclaims":{}}],` +
		`"fundclaims":{"version":1,"packages":[{"id":"360G-example-p","title":"Programme","funder":{"name":"Example Funder","id":"GB-GOR-EX001"},"announced":"2016-11-28"}]}}` + "\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("Write360Giving (-want +got)\n%s", diff)
	}
	check360Schema(t, buf.Bytes())
}

// TestWrite360GivingIDs checks that grant ids carry the publisher's
// prefix, once, and organisations with no ID get one under it, never a
// prefix shared by every user.
func TestWrite360GivingIDs(t *testing.T) {
	p := mopac2016()
	p.Allocations = p.Allocations[:2]
	p.Allocations[1].ID = "360G-yourorg-sarc"
	p.Allocations[1].Recipients = []funding.Org{{Name: "The Havens", ID: "GB-NHS-RJZ"}}
	var buf bytes.Buffer
	if err := funding.Write360Giving(&buf, "360G-yourorg", p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`{"id":"360G-yourorg-mopac-2016-rape-crisis",`,
		`"recipientOrganization":[{"id":"360G-yourorg-london-rape-crisis-centres-0552ab8c","name":"London Rape Crisis Centres"}]`,
		`{"id":"360G-yourorg-sarc",`,
		`"recipientOrganization":[{"id":"GB-NHS-RJZ","name":"The Havens"}]`,
		`"fundingOrganization":[{"id":"360G-yourorg-mayor-s-office-for-policing-and-crime-2332b8e6","name":"Mayor's Office for Policing and Crime"}]`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("Write360Giving output lacks %s:\n%s", want, buf.String())
		}
	}
	if strings.Contains(buf.String(), "360G-fundclaims") {
		t.Errorf("Write360Giving uses a shared prefix:\n%s", buf.String())
	}
	check360Schema(t, buf.Bytes())
	got, err := funding.Read360Giving(&buf, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]funding.Package{p}, got, equalRecords); diff != "" {
		t.Errorf("read back (-want +got)\n%s", diff)
	}
}

func TestRead360GivingThirdParty(t *testing.T) {
	f, err := os.Open("testdata/grants-thirdparty.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := funding.Read360Giving(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	funder := funding.Org{Name: "Example Funder", ID: "GB-GOR-EX001"}
	want := []funding.Package{{
		ID: "EX-SUPPORT", Title: "Support for survivors", Funder: funder,
		Allocations: []funding.Allocation{{
			ID: "360G-example-0001", Title: "Counselling for survivors", Description: "One year of counselling sessions",
			Recipients: []funding.Org{{Name: "Example Counselling Trust", ID: "GB-CHC-0000001"}},
			Amount:     currency.Pounds(125_000),
			Period:     funding.Period{Start: funding.MustDate(2024, time.June, 1), End: funding.MustDate(2025, time.May, 31)},
			Awarded:    funding.MustDate(2024, time.May, 1),
		}, {
			ID: "360G-example-0002", Title: "Advocacy service", Description: "Independent advocates",
			Recipients: []funding.Org{{Name: "Example Advocacy Ltd", ID: "GB-COH-00000002"}},
			Amount:     currency.MustParse("£0.1"), // exactly 0.1, not a float's 0.1000000000000000055...
			Period:     funding.Period{Start: funding.MustDate(2024, time.July, 1), End: funding.MustDate(2025, time.December, 31)},
			Awarded:    funding.MustDate(2024, time.June, 3),
		}},
	}, {
		ID: "360G-example-0003", Title: "A very large research grant", Funder: funder,
		Allocations: []funding.Allocation{{
			ID: "360G-example-0003", Title: "A very large research grant", Description: "Larger than an int64 of pence",
			Recipients: []funding.Org{{Name: "Example University", ID: "360G-example-org-3"}},
			Amount:     currency.MustParse("£12345678901234567890.125"),
			Awarded:    funding.MustDate(2024, time.July, 4),
		}},
	}, {
		ID: "EX-EUROPE", Funder: funder,
		Allocations: []funding.Allocation{{
			ID: "360G-example-0004", Title: "Written with an exponent", Description: "1.5e3 is 1,500",
			Recipients: []funding.Org{{Name: "Example Network", ID: "XI-EXAMPLE-4"}},
			Amount:     currency.FromMinor(150_000, currency.EUR),
			Awarded:    funding.MustDate(2024, time.August, 5),
		}},
	}}
	if diff := cmp.Diff(want, got, equalRecords); diff != "" {
		t.Errorf("Read360Giving(third-party file) (-want +got)\n%s", diff)
	}
	// What was read can be written and read back unchanged.
	var buf bytes.Buffer
	if err := funding.Write360Giving(&buf, "360G-example", got...); err != nil {
		t.Fatal(err)
	}
	again, err := funding.Read360Giving(bytes.NewReader(buf.Bytes()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, again, equalRecords); diff != "" {
		t.Errorf("read, write, read (-first +second)\n%s", diff)
	}
	check360Schema(t, buf.Bytes())
	if !strings.Contains(buf.String(), `"amountAwarded":12345678901234567890.125,`) || !strings.Contains(buf.String(), `"amountAwarded":0.1,`) {
		t.Errorf("amounts not written exactly:\n%s", buf.String())
	}
}

// grant returns a valid 360Giving grant object with the field named by
// drop left out and the fields in set replaced or added.
func grant(drop string, set map[string]string) string {
	fields := [][2]string{
		{"id", `"360G-x-1"`},
		{"title", `"t"`},
		{"description", `"d"`},
		{"currency", `"GBP"`},
		{"amountAwarded", `100`},
		{"awardDate", `"2024-01-02"`},
		{"recipientOrganization", `[{"id":"GB-CHC-1","name":"R"}]`},
		{"fundingOrganization", `[{"id":"GB-GOR-1","name":"F"}]`},
	}
	var b strings.Builder
	b.WriteString("{")
	n := 0
	for _, f := range fields {
		if f[0] == drop {
			continue
		}
		if v, ok := set[f[0]]; ok {
			f[1] = v
			delete(set, f[0])
		}
		if n > 0 {
			b.WriteString(",")
		}
		n++
		b.WriteString(`"` + f[0] + `":` + f[1])
	}
	for k, v := range set {
		b.WriteString(`,"` + k + `":` + v)
	}
	b.WriteString("}")
	return b.String()
}

func TestRead360GivingErrors(t *testing.T) {
	one := func(g string) string { return `{"grants":[` + g + `]}` }
	tests := []struct {
		name, in     string
		grant, field string // for a *GrantError
		err          error
	}{
		{"missing id", one(grant("id", nil)), "#1", "id", funding.ErrMissing},
		{"missing title", one(grant("title", nil)), "360G-x-1", "title", funding.ErrMissing},
		{"missing description", one(grant("description", nil)), "360G-x-1", "description", funding.ErrMissing},
		{"missing currency", one(grant("currency", nil)), "360G-x-1", "currency", funding.ErrMissing},
		{"missing amount", one(grant("amountAwarded", nil)), "360G-x-1", "amountAwarded", funding.ErrMissing},
		{"missing award date", one(grant("awardDate", nil)), "360G-x-1", "awardDate", funding.ErrMissing},
		{"missing recipient", one(grant("recipientOrganization", nil)), "360G-x-1", "recipientOrganization", funding.ErrMissing},
		{"missing funder", one(grant("fundingOrganization", nil)), "360G-x-1", "fundingOrganization", funding.ErrMissing},
		{"empty id", one(grant("", map[string]string{"id": `""`})), "#1", "id", funding.ErrMissing},
		{"no recipients", one(grant("", map[string]string{"recipientOrganization": `[]`})), "360G-x-1", "recipientOrganization", funding.ErrMissing},
		{"recipient without id", `{"grants":[{"id":"g","recipientOrganization":[{"name":"R"}]}]}`, "g", "recipientOrganization[0].id", funding.ErrMissing},
		{"funder without name", one(grant("", map[string]string{"fundingOrganization": `[{"id":"GB-GOR-1"}]`})), "360G-x-1", "fundingOrganization[0].name", funding.ErrMissing},
		{"org id not a string", one(grant("", map[string]string{"recipientOrganization": `[{"id":1234,"name":"R"}]`})), "360G-x-1", "recipientOrganization[0].id", funding.ErrSyntax},
		{"individual without name", one(grant("recipientOrganization", map[string]string{"recipientIndividual": `{"id":"360G-x-IND-1"}`})), "360G-x-1", "recipientIndividual.name", funding.ErrMissing},
		{"both recipients", one(grant("", map[string]string{"recipientIndividual": `{"id":"360G-x-IND-1","name":"Individual"}`})), "360G-x-1", "recipientIndividual", funding.ErrSyntax},
		{"field twice", `{"grants":[` + strings.Replace(grant("", nil), `"title":"t",`, `"title":"t","title":"u",`, 1) + `]}`, "360G-x-1", "title", funding.ErrDuplicate},
		{"amount as string", one(grant("", map[string]string{"amountAwarded": `"100"`})), "360G-x-1", "amountAwarded", funding.ErrSyntax},
		{"huge exponent", one(grant("", map[string]string{"amountAwarded": `1e400`})), "360G-x-1", "amountAwarded", funding.ErrRange},
		{"long number", one(grant("", map[string]string{"amountAwarded": strings.Repeat("9", 70)})), "360G-x-1", "amountAwarded", funding.ErrRange},
		{"bad currency", one(grant("", map[string]string{"currency": `"pounds"`})), "360G-x-1", "currency", funding.ErrSyntax},
		{"bad date", one(grant("", map[string]string{"awardDate": `"November 2016"`})), "360G-x-1", "awardDate", funding.ErrSyntax},
		{"US-order date", one(grant("", map[string]string{"awardDate": `"11/28/2016"`})), "360G-x-1", "awardDate", funding.ErrSyntax},
		{"impossible date", one(grant("", map[string]string{"awardDate": `"2017-02-29"`})), "360G-x-1", "awardDate", funding.ErrSyntax},
		{"bad date-time", one(grant("", map[string]string{"awardDate": `"2016-11-28T25:00:00Z"`})), "360G-x-1", "awardDate", funding.ErrSyntax},
		{"title not a string", one(grant("", map[string]string{"title": `7`})), "360G-x-1", "title", funding.ErrSyntax},
		{"duplicate id", `{"grants":[` + grant("", nil) + "," + grant("", nil) + `]}`, "360G-x-1", "id", funding.ErrDuplicate},
		{"currency mismatch", `{"grants":[` + grant("", map[string]string{"grantProgramme": `[{"code":"P"}]`}) + "," +
			grant("", map[string]string{"id": `"360G-x-2"`, "currency": `"EUR"`, "grantProgramme": `[{"code":"P"}]`}) + `]}`,
			"360G-x-2", "currency", currency.ErrMismatch},
		{"extension count below recipients", one(grant("", map[string]string{"recipientOrganization": `[{"id":"GB-CHC-1","name":"R"},{"id":"GB-CHC-2","name":"S"}]`, "fundclaims": `{"count":"1"}`})), "360G-x-1", "fundclaims.count", funding.ErrRange},
		{"bad extension count", one(grant("", map[string]string{"fundclaims": `{"count":"0"}`})), "360G-x-1", "fundclaims.count", funding.ErrZeroCount},
		{"bad extension novelty", one(grant("", map[string]string{"fundclaims": `{"novelty":"shiny"}`})), "360G-x-1", "fundclaims.novelty", funding.ErrSyntax},
	}
	for _, tt := range tests {
		ps, err := funding.Read360Giving(strings.NewReader(tt.in), nil)
		var ge *funding.GrantError
		if !errors.Is(err, tt.err) || !errors.As(err, &ge) || ge.Grant != tt.grant || ge.Field != tt.field {
			t.Errorf("%s: Read360Giving error = %v, want %v for grant %q field %q", tt.name, err, tt.err, tt.grant, tt.field)
		}
		if n := grantCount(ps); n != 0 && tt.name != "duplicate id" && tt.name != "currency mismatch" {
			t.Errorf("%s: Read360Giving read %d grants, want the bad one left out", tt.name, n)
		}
	}
}

func TestRead360GivingFileErrors(t *testing.T) {
	tests := []struct {
		name, in string
		err      error
	}{
		{"not JSON", `grants`, funding.ErrSyntax},
		{"no grants", `{"version":"1.4"}`, funding.ErrMissing},
		{"grants not an array", `{"grants":{}}`, funding.ErrSyntax},
		{"trailing data", `{"grants":[]} x`, funding.ErrSyntax},
		{"grants twice", `{"grants":[` + grant("", nil) + `],"grants":[` + grant("", map[string]string{"id": `"360G-x-2"`}) + `]}`, funding.ErrDuplicate},
		{"extension twice", `{"grants":[],"fundclaims":{"version":1},"fundclaims":{"version":1}}`, funding.ErrDuplicate},
		{"truncated", `{"grants":[{"id":"a"`, funding.ErrSyntax},
		{"too deep", `{"grants":[],"x":` + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + `}`, funding.ErrSyntax},
		{"extension version", `{"grants":[],"fundclaims":{"version":2}}`, funding.ErrRange},
		{"extension allocations", `{"grants":[],"fundclaims":{"packages":[{"id":"p","funder":{"name":"F"},"allocations":[{"id":"a"}]}]}}`, funding.ErrSyntax},
		{"extension duplicate", `{"grants":[],"fundclaims":{"packages":[{"id":"p","funder":{"name":"F"}},{"id":"p","funder":{"name":"F"}}]}}`, funding.ErrDuplicate},
		{"extension invalid package", `{"grants":[],"fundclaims":{"packages":[{"id":"p"}]}}`, funding.ErrInvalid},
	}
	for _, tt := range tests {
		if _, err := funding.Read360Giving(strings.NewReader(tt.in), nil); !errors.Is(err, tt.err) {
			t.Errorf("%s: Read360Giving error = %v, want %v", tt.name, err, tt.err)
		}
	}
}

func TestRead360GivingIgnoresUnknownFields(t *testing.T) {
	in := `{"publisher":{"name":"x","logo":null},"grants":[` + grant("", map[string]string{
		"classifications": `[{"vocabulary":"v","code":"c","nested":[true,false,null,{"deep":[1.5e-3]}]}]`,
		"fromOpenCall":    `"Yes"`,
		"unicode":         `"\u00a3 \ud83d\ude00"`,
	}) + `],"modified":"2024-01-01"}`
	ps, err := funding.Read360Giving(strings.NewReader(in), nil)
	if err != nil || len(ps) != 1 || len(ps[0].Allocations) != 1 {
		t.Fatalf("Read360Giving = %v, %v", ps, err)
	}
}

func TestRead360GivingReadError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader(`{"grants":[`), iotest.ErrReader(boom))
	if _, err := funding.Read360Giving(r, nil); !errors.Is(err, boom) {
		t.Errorf("Read360Giving over a failing reader: error %v, want boom", err)
	}
	if _, err := funding.Read360Giving(iotest.ErrReader(boom), nil); !errors.Is(err, boom) {
		t.Errorf("Read360Giving over a reader that fails at once: error %v, want boom", err)
	}
}

func TestWrite360GivingErrors(t *testing.T) {
	noDate := london2025()
	noDate.Allocations = []funding.Allocation{{ID: "a", Amount: currency.Pounds(1), Recipients: []funding.Org{{Name: "R"}}}}
	noRecipient := mopac2016()
	noRecipient.Allocations[0].Recipients = nil
	dupGrant := london2025()
	dupGrant.ID = "other"
	dupGrant.Announced = funding.MustDate(2025, time.July, 1)
	dupGrant.Allocations = []funding.Allocation{{ID: "mopac-2016-sarc", Amount: currency.Pounds(1), Recipients: []funding.Org{{Name: "R"}}}}
	tests := []struct {
		name string
		ps   []funding.Package
		path string
		err  error
	}{
		{"no award date", []funding.Package{noDate}, "packages[0].allocations[0].awarded", funding.ErrMissing},
		{"no recipient", []funding.Package{noRecipient}, "packages[0].allocations[0].recipients", funding.ErrMissing},
		{"duplicate package", []funding.Package{london2025(), london2025()}, "packages[1].id", funding.ErrDuplicate},
		{"duplicate grant id", []funding.Package{mopac2016(), dupGrant}, "packages[1].allocations[0].id", funding.ErrDuplicate},
		{"invalid package", []funding.Package{{}}, "packages[0].id", funding.ErrMissing},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := funding.Write360Giving(&buf, "360G-example", tt.ps...)
		var fe *funding.FieldError
		if !errors.Is(err, tt.err) || !errors.As(err, &fe) || fe.Path != tt.path || buf.Len() != 0 {
			t.Errorf("%s: Write360Giving error = %v, want %v at %s, nothing written", tt.name, err, tt.err, tt.path)
		}
	}
}

func TestMintedIDs(t *testing.T) {
	var buf bytes.Buffer
	if err := funding.Write360Giving(&buf, "360G-example", mopac2016()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `{"id":"360G-example-london-rape-crisis-centres-0552ab8c","name":"London Rape Crisis Centres"}`) {
		t.Errorf("no minted recipient id in\n%s", buf.String())
	}
	// A reader without the extension sees the minted ids as no ids.
	in := strings.Replace(buf.String(), `"fundclaims":{"version"`, `"other":{"version"`, 1)
	ps, err := funding.Read360Giving(strings.NewReader(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := ps[0].Funder; got != (funding.Org{Name: "Mayor's Office for Policing and Crime"}) {
		t.Errorf("funder = %+v, want no id", got)
	}
	if got := ps[0].Allocations[0].Recipients[0]; got != (funding.Org{Name: "London Rape Crisis Centres"}) {
		t.Errorf("recipient = %+v, want no id", got)
	}
}

func Fuzz360Giving(f *testing.F) {
	var buf bytes.Buffer
	if err := funding.Write360Giving(&buf, "360G-example", mopac2016(), london2025()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	if b, err := os.ReadFile("testdata/grants-thirdparty.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"grants":[` + grant("", map[string]string{"fundclaims": `{"count":"about 4","awarded":""}`}) + `]}`))
	f.Add([]byte(`{"grants":[` + grant("", map[string]string{"title": `"\ud800 \u00e9 \xff"`, "amountAwarded": "0.005"}) + `]}`))
	f.Add([]byte(`{"grants":[]}`))
	f.Add([]byte("\uFEFF" + `{"grants":[` + grant("", map[string]string{"id": `" 360G-x-1 "`, "awardDate": `"05/06/2014 10:00"`, "plannedDates": `[{"startDate":"1 Sep 2013","endDate":"08/2013"}]`}) + `]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := funding.Read360Giving(bytes.NewReader(data), nil)
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := funding.Write360Giving(&out, "360G-example", ps...); err != nil {
			// What was read may lack what a grant needs (an award date
			// given only as a month, no grants at all) or have ids that
			// meet under the prefix; anything else is a bug.
			if !errors.Is(err, funding.ErrMissing) && !errors.Is(err, funding.ErrDuplicate) {
				t.Fatalf("Write360Giving of what was read: %v", err)
			}
			return
		}
		check360Schema(t, out.Bytes())
		again, err := funding.Read360Giving(bytes.NewReader(out.Bytes()), nil)
		if err != nil {
			t.Fatalf("Read360Giving of what was written: %v\n%s", err, out.Bytes())
		}
		if diff := cmp.Diff(ps, again, equalRecords); diff != "" {
			t.Fatalf("read(write(p)) differs from p (-p +read)\n%s", diff)
		}
	})
}

// grantCount returns the number of allocations in ps.
func grantCount(ps []funding.Package) int {
	n := 0
	for _, p := range ps {
		n += len(p.Allocations)
	}
	return n
}

func TestWrite360GivingNoGrants(t *testing.T) {
	for _, ps := range [][]funding.Package{{london2025()}, {}} {
		var buf bytes.Buffer
		err := funding.Write360Giving(&buf, "360G-example", ps...)
		var fe *funding.FieldError
		if !errors.Is(err, funding.ErrMissing) || !errors.As(err, &fe) || fe.Path != "packages" || buf.Len() != 0 {
			t.Errorf("Write360Giving(%d packages, no allocations) = %v, want ErrMissing at packages, nothing written", len(ps), err)
		}
		if len(ps) > 0 && !strings.Contains(err.Error(), `the headline "£2.4m" of "london-2025-cse-support" is not itemised`) {
			t.Errorf("Write360Giving(london2025) error %q does not say why", err)
		}
	}
}

func TestWrite360GivingPrefix(t *testing.T) {
	for _, prefix := range []string{"", "360G-", "360G-fundclaims-", "360G--x", "360G-your org", "GB-CHC-1", "360g-x"} {
		err := funding.Write360Giving(io.Discard, prefix, mopac2016())
		var pe *funding.ParseError
		if !errors.Is(err, funding.ErrSyntax) || !errors.As(err, &pe) || pe.Input != prefix {
			t.Errorf("Write360Giving(prefix %q) = %v, want a *ParseError matching ErrSyntax", prefix, err)
		}
	}
}

// TestRead360GivingBadGrants checks that bad grants are left out, each
// reported, and the good ones read.
func TestRead360GivingBadGrants(t *testing.T) {
	in := `{"grants":[` + grant("", map[string]string{"id": `"360G-x-1"`}) + "," +
		grant("amountAwarded", map[string]string{"id": `"360G-x-2"`}) + "," +
		grant("", map[string]string{"id": `"360G-x-3"`}) + "," +
		grant("", map[string]string{"id": `"360G-x-4"`, "currency": `7`}) + "," +
		grant("", map[string]string{"id": `"360G-x-5"`}) + `]}`
	ps, err := funding.Read360Giving(strings.NewReader(in), nil)
	var got []string
	for _, p := range ps {
		for _, a := range p.Allocations {
			got = append(got, a.ID)
		}
	}
	if diff := cmp.Diff([]string{"360G-x-1", "360G-x-3", "360G-x-5"}, got); diff != "" {
		t.Errorf("grants read (-want +got)\n%s", diff)
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("Read360Giving error = %v, want errors joined", err)
	}
	var bad []string
	for _, e := range j.Unwrap() {
		var ge *funding.GrantError
		if !errors.As(e, &ge) {
			t.Fatalf("error %v is not a *GrantError", e)
		}
		bad = append(bad, ge.Grant+" "+ge.Field)
	}
	if diff := cmp.Diff([]string{"360G-x-2 amountAwarded", "360G-x-4 currency"}, bad); diff != "" {
		t.Errorf("bad grants (-want +got)\n%s", diff)
	}
}

// TestRead360GivingWarnings checks what the reader reads past, and what it
// makes of it.
func TestRead360GivingWarnings(t *testing.T) {
	ymd := funding.MustDate
	tests := []struct {
		name   string
		in     string
		field  string // of the warning
		check  func(funding.Allocation) bool
		errIs  error
		before string // prepended to the file
	}{
		{"BOM", grant("", nil), "", func(a funding.Allocation) bool { return a.ID == "360G-x-1" }, funding.ErrSyntax, "\uFEFF"},
		{"id with spaces", grant("", map[string]string{"id": `" 360G-x-1\t"`}), "id", func(a funding.Allocation) bool { return a.ID == "360G-x-1" }, funding.ErrSyntax, ""},
		{"org id with spaces", grant("", map[string]string{"recipientOrganization": `[{"id":"GB-CHC-1 ","name":"R"}]`}), "recipientOrganization[0].id",
			func(a funding.Allocation) bool { return a.Recipients[0].ID == "GB-CHC-1" }, funding.ErrSyntax, ""},
		{"org id not org-id", grant("", map[string]string{"recipientOrganization": `[{"id":"DUMMY01","name":"R"}]`}), "recipientOrganization[0].id",
			func(a funding.Allocation) bool { return a.Recipients[0] == funding.Org{Name: "R"} }, funding.ErrSyntax, ""},
		{"empty org id", grant("", map[string]string{"recipientOrganization": `[{"id":"","name":"R"}]`}), "recipientOrganization[0].id",
			func(a funding.Allocation) bool { return a.Recipients[0] == funding.Org{Name: "R"} }, funding.ErrMissing, ""},
		{"UK-order date", grant("", map[string]string{"awardDate": `"05/06/2014"`}), "awardDate",
			func(a funding.Allocation) bool { return a.Awarded == ymd(2014, time.June, 5) }, funding.ErrSyntax, ""},
		{"UK-order date and time", grant("", map[string]string{"awardDate": `"26/03/2001 00:00"`}), "awardDate",
			func(a funding.Allocation) bool { return a.Awarded == ymd(2001, time.March, 26) }, funding.ErrSyntax, ""},
		{"award month", grant("", map[string]string{"awardDate": `"08/2013"`}), "awardDate",
			func(a funding.Allocation) bool { return a.Awarded.IsZero() }, funding.ErrSyntax, ""},
		{"written-out planned dates", grant("", map[string]string{"plannedDates": `[{"startDate":"19 April 2013","endDate":"31 mar 2014"}]`}), "plannedDates[0].startDate",
			func(a funding.Allocation) bool {
				return a.Period == funding.Period{Start: ymd(2013, time.April, 19), End: ymd(2014, time.March, 31)}
			}, funding.ErrSyntax, ""},
		{"planned month", grant("", map[string]string{"plannedDates": `[{"endDate":"02/2016"}]`}), "plannedDates[0].endDate",
			func(a funding.Allocation) bool { return a.Period == funding.Period{End: ymd(2016, time.February, 29)} }, funding.ErrSyntax, ""},
		{"unreadable planned date", grant("", map[string]string{"plannedDates": `[{"startDate":"2017-04-01","endDate":"soon"}]`}), "plannedDates[0].endDate",
			func(a funding.Allocation) bool { return a.Period == funding.Period{Start: ymd(2017, time.April, 1)} }, funding.ErrSyntax, ""},
		{"planned dates reversed", grant("", map[string]string{"plannedDates": `[{"startDate":"2025-01-01","endDate":"2024-01-01"}]`}), "plannedDates[0]",
			func(a funding.Allocation) bool { return a.Period.IsZero() }, funding.ErrPeriodOrder, ""},
		{"regrant type by name", grant("", map[string]string{"regrantType": `" common regrant"`}), "regrantType",
			func(a funding.Allocation) bool { return a.Regrant == "FRG010" }, funding.ErrSyntax, ""},
		{"regrant type in lower case", grant("", map[string]string{"regrantType": `"frg060"`}), "regrantType",
			func(a funding.Allocation) bool { return a.Regrant == "FRG060" }, funding.ErrSyntax, ""},
		// Money returned or a grant revoked: schema-valid, kept as
		// published.
		{"negative amount", grant("", map[string]string{"amountAwarded": `-250.50`}), "amountAwarded",
			func(a funding.Allocation) bool { return a.Amount.Equal(currency.MustParse("-£250.50")) }, funding.ErrNegative, ""},
		{"regrant type off the codelist", grant("", map[string]string{"regrantType": `"FRG999"`}), "regrantType",
			func(a funding.Allocation) bool { return a.Regrant == "" }, funding.ErrSyntax, ""},
	}
	for _, tt := range tests {
		var warnings []*funding.GrantError
		ps, err := funding.Read360Giving(strings.NewReader(tt.before+`{"grants":[`+tt.in+`]}`), func(w *funding.GrantError) { warnings = append(warnings, w) })
		if err != nil || grantCount(ps) != 1 {
			t.Errorf("%s: Read360Giving = %d grants, %v; want the grant read", tt.name, grantCount(ps), err)
			continue
		}
		if a := ps[0].Allocations[0]; !tt.check(a) {
			t.Errorf("%s: read %+v", tt.name, a)
		}
		if len(warnings) == 0 || warnings[0].Field != tt.field || !errors.Is(warnings[0], tt.errIs) {
			t.Errorf("%s: warnings %v, want one for %q matching %v", tt.name, warnings, tt.field, tt.errIs)
		}
	}
	// A file with none of these gives no warnings.
	if _, err := funding.Read360Giving(strings.NewReader(`{"grants":[`+grant("", nil)+`]}`), func(w *funding.GrantError) { t.Errorf("warning %v", w) }); err != nil {
		t.Error(err)
	}
}

// TestRead360GivingIndividual checks that a grant to an individual is read,
// the person's name as the recipient, their identifier left out.
func TestRead360GivingIndividual(t *testing.T) {
	in := `{"grants":[` + grant("recipientOrganization", map[string]string{"recipientIndividual": `{"id":"360G-x-IND-1","name":"Individual Recipient"}`}) + `]}`
	ps, err := funding.Read360Giving(strings.NewReader(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := ps[0].Allocations[0].Recipients; !cmp.Equal(got, []funding.Org{{Name: "Individual Recipient"}}) {
		t.Errorf("recipients = %v", got)
	}
}

// TestRead360GivingFunders checks that two funders' programmes with one
// code are two packages.
func TestRead360GivingFunders(t *testing.T) {
	in := `{"grants":[` + grant("", map[string]string{"grantProgramme": `[{"code":"Main"}]`}) + "," +
		grant("", map[string]string{"id": `"360G-x-2"`, "fundingOrganization": `[{"id":"GB-GOR-2","name":"G"}]`, "grantProgramme": `[{"title":"Main"}]`}) + `]}`
	ps, err := funding.Read360Giving(strings.NewReader(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID+" / "+p.Funder.String())
	}
	if diff := cmp.Diff([]string{"Main / F (GB-GOR-1)", "Main (G (GB-GOR-2)) / G (GB-GOR-2)"}, ids); diff != "" {
		t.Errorf("packages (-want +got)\n%s", diff)
	}
}
