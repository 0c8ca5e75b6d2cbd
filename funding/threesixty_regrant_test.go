package funding_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
)

// regrantPackage returns mopac2016 with its first allocation marked as a
// Common Regrant: money the centres pass on as grants.
func regrantPackage() funding.Package {
	p := mopac2016()
	p.Allocations[0].Regrant = "FRG010"
	return p
}

// TestRegrantRoundTrip checks that an allocation's Regrant is written as
// the standard's regrantType, in JSON valid under the official schema and
// in the CSV column, and read back; and that a file with no regrant has no
// such column.
func TestRegrantRoundTrip(t *testing.T) {
	p := regrantPackage()
	var js bytes.Buffer
	if err := funding.Write360Giving(&js, "360G-example", p); err != nil {
		t.Fatal(err)
	}
	check360Schema(t, js.Bytes())
	if n := strings.Count(js.String(), `"regrantType":"FRG010"`); n != 1 {
		t.Errorf("Write360Giving wrote regrantType %d times, want once:\n%s", n, js.Bytes())
	}
	got, err := funding.Read360Giving(&js, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]funding.Package{p}, got, equalRecords); diff != "" {
		t.Errorf("Read360Giving(Write360Giving(p)) (-want +got)\n%s", diff)
	}

	p.Allocations = p.Allocations[:2] // each with one recipient, as CSV needs
	var csv bytes.Buffer
	if err := funding.Write360GivingCSV(&csv, "360G-example", p); err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(csv.String(), "\n")
	if !strings.HasSuffix(header, ",For Regrant Type") {
		t.Errorf("CSV header %q, want a last column For Regrant Type", header)
	}
	back, err := funding.Read360GivingCSV(&csv, nil)
	if err != nil {
		t.Fatal(err)
	}
	var marks []string
	for _, a := range back[0].Allocations {
		marks = append(marks, a.ID+" "+a.Regrant)
	}
	if diff := cmp.Diff([]string{"360G-example-mopac-2016-rape-crisis FRG010", "360G-example-mopac-2016-sarc "}, marks); diff != "" {
		t.Errorf("CSV regrants read back (-want +got)\n%s", diff)
	}

	p.Allocations[0].Regrant = ""
	csv.Reset()
	if err := funding.Write360GivingCSV(&csv, "360G-example", p); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(csv.String(), "Regrant") {
		t.Errorf("CSV with no regrant has a regrant column:\n%s", csv.Bytes())
	}
}

// TestRead360GivingCSVRegrant checks the column's shorter title, which
// publishers use, and that a name reads as its code.
func TestRead360GivingCSVRegrant(t *testing.T) {
	in := "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Regrant Type\n" +
		"360G-x-1,t,d,GBP,100,2024-01-02,GB-CHC-1,R,GB-GOR-1,F,FRG020\n" +
		"360G-x-2,t,d,GBP,100,2024-01-02,GB-CHC-1,R,GB-GOR-1,F,\n" +
		"360G-x-3,t,d,GBP,100,2024-01-02,GB-CHC-1,R,GB-GOR-1,F,Match funding\n"
	var warnings []string
	ps, err := funding.Read360GivingCSV(strings.NewReader(in), func(w *funding.GrantError) { warnings = append(warnings, w.Grant+" "+w.Field) })
	if err != nil {
		t.Fatal(err)
	}
	var marks []string
	for _, p := range ps {
		for _, a := range p.Allocations {
			marks = append(marks, a.ID+" "+a.Regrant)
		}
	}
	if diff := cmp.Diff([]string{"360G-x-1 FRG020", "360G-x-2 ", "360G-x-3 FRG030"}, marks); diff != "" {
		t.Errorf("regrants read (-want +got)\n%s", diff)
	}
	if diff := cmp.Diff([]string{"360G-x-3 regrantType"}, warnings); diff != "" {
		t.Errorf("warnings (-want +got)\n%s", diff)
	}
}

// TestWrite360GivingBadRegrant checks that a Regrant off the closed
// codelist is refused rather than written into an invalid file.
func TestWrite360GivingBadRegrant(t *testing.T) {
	for _, code := range []string{"Common Regrant", "frg010", "FRG080", " FRG010"} {
		p := regrantPackage()
		p.Allocations[0].Regrant = code
		var buf bytes.Buffer
		err := funding.Write360Giving(&buf, "360G-example", p)
		var fe *funding.FieldError
		if !errors.Is(err, funding.ErrSyntax) || !errors.As(err, &fe) || fe.Path != "packages[0].allocations[0].regrant" || buf.Len() != 0 {
			t.Errorf("Write360Giving with Regrant %q = %v, wrote %d bytes; want an ErrSyntax at packages[0].allocations[0].regrant and nothing written", code, err, buf.Len())
		}
	}
}

// TestValidateRegrant checks that Validate takes the seven codes of the
// closed codelist, as the standard writes them, and nothing else.
func TestValidateRegrant(t *testing.T) {
	a := funding.Allocation{ID: "a", Amount: currency.MustParse("£1")}
	for _, tt := range []struct {
		code string
		ok   bool
	}{
		{"", true}, {"FRG010", true}, {"FRG070", true},
		{"FRG080", false}, {"frg010", false}, {"Common Regrant", false}, {"FRG010 ", false},
	} {
		a.Regrant = tt.code
		err := a.Validate()
		var fe *funding.FieldError
		if bad := err != nil; bad == tt.ok || (bad && (!errors.Is(err, funding.ErrSyntax) || !errors.As(err, &fe) || fe.Path != "regrant")) {
			t.Errorf("Allocation{Regrant: %q}.Validate() = %v, want ok %v (else ErrSyntax at regrant)", tt.code, err, tt.ok)
		}
	}
}
