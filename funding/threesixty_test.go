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
		{london2025()},
		{mopac2016(), london2025()},
		{london2025(), mopac2016()},
		{},
	}
	for _, ps := range tests {
		var buf bytes.Buffer
		if err := funding.Write360Giving(&buf, ps...); err != nil {
			t.Fatalf("Write360Giving: %v", err)
		}
		got, err := funding.Read360Giving(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("Read360Giving: %v\n%s", err, buf.Bytes())
		}
		if diff := cmp.Diff(ps, got, equalRecords); diff != "" {
			t.Errorf("Read360Giving(Write360Giving(ps)) (-want +got)\n%s", diff)
		}
		// Reading a byte at a time gives the same.
		slow, err := funding.Read360Giving(iotest.OneByteReader(bytes.NewReader(buf.Bytes())))
		if diff := cmp.Diff(ps, slow, equalRecords); err != nil || diff != "" {
			t.Errorf("Read360Giving a byte at a time: error %v (-want +got)\n%s", err, diff)
		}
		var again bytes.Buffer
		if err := funding.Write360Giving(&again, got...); err != nil || again.String() != buf.String() {
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
	if err := funding.Write360Giving(&buf, p); err != nil {
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
}

func TestRead360GivingThirdParty(t *testing.T) {
	f, err := os.Open("testdata/grants-thirdparty.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := funding.Read360Giving(f)
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
	if err := funding.Write360Giving(&buf, got...); err != nil {
		t.Fatal(err)
	}
	again, err := funding.Read360Giving(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, again, equalRecords); diff != "" {
		t.Errorf("read, write, read (-first +second)\n%s", diff)
	}
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
		{"bad org id", one(grant("", map[string]string{"recipientOrganization": `[{"id":"1234","name":"R"}]`})), "360G-x-1", "recipientOrganization[0].id", funding.ErrSyntax},
		{"amount as string", one(grant("", map[string]string{"amountAwarded": `"100"`})), "360G-x-1", "amountAwarded", funding.ErrSyntax},
		{"negative amount", one(grant("", map[string]string{"amountAwarded": `-5`})), "360G-x-1", "amountAwarded", funding.ErrNegative},
		{"huge exponent", one(grant("", map[string]string{"amountAwarded": `1e400`})), "360G-x-1", "amountAwarded", funding.ErrRange},
		{"long number", one(grant("", map[string]string{"amountAwarded": strings.Repeat("9", 70)})), "360G-x-1", "amountAwarded", funding.ErrRange},
		{"bad currency", one(grant("", map[string]string{"currency": `"pounds"`})), "360G-x-1", "currency", funding.ErrSyntax},
		{"bad date", one(grant("", map[string]string{"awardDate": `"28/11/2016"`})), "360G-x-1", "awardDate", funding.ErrSyntax},
		{"impossible date", one(grant("", map[string]string{"awardDate": `"2017-02-29"`})), "360G-x-1", "awardDate", funding.ErrSyntax},
		{"bad date-time", one(grant("", map[string]string{"awardDate": `"2016-11-28T25:00:00Z"`})), "360G-x-1", "awardDate", funding.ErrSyntax},
		{"title not a string", one(grant("", map[string]string{"title": `7`})), "360G-x-1", "title", funding.ErrSyntax},
		{"planned dates reversed", one(grant("", map[string]string{"plannedDates": `[{"startDate":"2025-01-01","endDate":"2024-01-01"}]`})), "360G-x-1", "plannedDates[0]", funding.ErrPeriodOrder},
		{"duplicate id", `{"grants":[` + grant("", nil) + "," + grant("", nil) + `]}`, "360G-x-1", "id", funding.ErrDuplicate},
		{"currency mismatch", `{"grants":[` + grant("", map[string]string{"grantProgramme": `[{"code":"P"}]`}) + "," +
			grant("", map[string]string{"id": `"360G-x-2"`, "currency": `"EUR"`, "grantProgramme": `[{"code":"P"}]`}) + `]}`,
			"360G-x-2", "currency", currency.ErrMismatch},
		{"funder mismatch", `{"grants":[` + grant("", map[string]string{"grantProgramme": `[{"code":"P"}]`}) + "," +
			grant("", map[string]string{"id": `"360G-x-2"`, "fundingOrganization": `[{"id":"GB-GOR-2","name":"G"}]`, "grantProgramme": `[{"code":"P"}]`}) + `]}`,
			"360G-x-2", "fundingOrganization", funding.ErrSyntax},
		{"bad extension count", one(grant("", map[string]string{"fundclaims": `{"count":"0"}`})), "360G-x-1", "fundclaims.count", funding.ErrZeroCount},
		{"bad extension novelty", one(grant("", map[string]string{"fundclaims": `{"novelty":"shiny"}`})), "360G-x-1", "fundclaims.novelty", funding.ErrSyntax},
	}
	for _, tt := range tests {
		_, err := funding.Read360Giving(strings.NewReader(tt.in))
		var ge *funding.GrantError
		if !errors.Is(err, tt.err) || !errors.As(err, &ge) || ge.Grant != tt.grant || ge.Field != tt.field {
			t.Errorf("%s: Read360Giving error = %v, want %v for grant %q field %q", tt.name, err, tt.err, tt.grant, tt.field)
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
		{"truncated", `{"grants":[{"id":"a"`, funding.ErrSyntax},
		{"too deep", `{"grants":[],"x":` + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + `}`, funding.ErrSyntax},
		{"extension version", `{"grants":[],"fundclaims":{"version":2}}`, funding.ErrRange},
		{"extension allocations", `{"grants":[],"fundclaims":{"packages":[{"id":"p","funder":{"name":"F"},"allocations":[{"id":"a"}]}]}}`, funding.ErrSyntax},
		{"extension duplicate", `{"grants":[],"fundclaims":{"packages":[{"id":"p","funder":{"name":"F"}},{"id":"p","funder":{"name":"F"}}]}}`, funding.ErrDuplicate},
		{"extension invalid package", `{"grants":[],"fundclaims":{"packages":[{"id":"p"}]}}`, funding.ErrInvalid},
	}
	for _, tt := range tests {
		if _, err := funding.Read360Giving(strings.NewReader(tt.in)); !errors.Is(err, tt.err) {
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
	ps, err := funding.Read360Giving(strings.NewReader(in))
	if err != nil || len(ps) != 1 || len(ps[0].Allocations) != 1 {
		t.Fatalf("Read360Giving = %v, %v", ps, err)
	}
}

func TestRead360GivingReadError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader(`{"grants":[`), iotest.ErrReader(boom))
	if _, err := funding.Read360Giving(r); !errors.Is(err, boom) {
		t.Errorf("Read360Giving over a failing reader: error %v, want boom", err)
	}
	if _, err := funding.Read360Giving(iotest.ErrReader(boom)); !errors.Is(err, boom) {
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
		err := funding.Write360Giving(&buf, tt.ps...)
		var fe *funding.FieldError
		if !errors.Is(err, tt.err) || !errors.As(err, &fe) || fe.Path != tt.path || buf.Len() != 0 {
			t.Errorf("%s: Write360Giving error = %v, want %v at %s, nothing written", tt.name, err, tt.err, tt.path)
		}
	}
}

func TestMintedIDs(t *testing.T) {
	var buf bytes.Buffer
	if err := funding.Write360Giving(&buf, mopac2016()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `{"id":"360G-fundclaims-london-rape-crisis-centres-0552ab8c","name":"London Rape Crisis Centres"}`) {
		t.Errorf("no minted recipient id in\n%s", buf.String())
	}
	// A reader without the extension sees the minted ids as no ids.
	in := strings.Replace(buf.String(), `"fundclaims":{"version"`, `"other":{"version"`, 1)
	ps, err := funding.Read360Giving(strings.NewReader(in))
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
	if err := funding.Write360Giving(&buf, mopac2016(), london2025()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	if b, err := os.ReadFile("testdata/grants-thirdparty.json"); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"grants":[` + grant("", map[string]string{"fundclaims": `{"count":"about 4","awarded":""}`}) + `]}`))
	f.Add([]byte(`{"grants":[` + grant("", map[string]string{"title": `"\ud800 \u00e9 \xff"`, "amountAwarded": "0.005"}) + `]}`))
	f.Add([]byte(`{"grants":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := funding.Read360Giving(bytes.NewReader(data))
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := funding.Write360Giving(&out, ps...); err != nil {
			t.Fatalf("Write360Giving of what was read: %v", err)
		}
		again, err := funding.Read360Giving(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("Read360Giving of what was written: %v\n%s", err, out.Bytes())
		}
		if diff := cmp.Diff(ps, again, equalRecords); diff != "" {
			t.Fatalf("read(write(p)) differs from p (-p +read)\n%s", diff)
		}
	})
}
