package funding

import (
	"errors"
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/currency"
)

func TestOrgID(t *testing.T) {
	tests := []struct {
		id string
		ok bool
	}{
		{"GB-CHC-1164021", true},
		{"GB-COH-01234567", true},
		{"GB-GOR-PC390", true},
		{"XI-IATI-ABC", true},
		{"360G-fundclaims-x", true},
		{"1164021", false},
		{"GB CHC 1164021", false},
		{"-GB", false},
		{"GB-", false},
		{"G.B-123", false},
	}
	for _, tt := range tests {
		err := Org{Name: "x", ID: tt.id}.Validate()
		if (err == nil) != tt.ok || (err != nil && !errors.Is(err, ErrSyntax)) {
			t.Errorf("Org{ID: %q}.Validate() = %v, want ok %t", tt.id, err, tt.ok)
		}
	}
}

func TestStrings(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Org{Name: "Charity X", ID: "GB-CHC-1"}.String(), "Charity X (GB-CHC-1)"},
		{Org{Name: "Havens"}.String(), "Havens"},
		{Person{Name: "Sadiq Khan", Role: "Mayor of London"}.String(), "Sadiq Khan, Mayor of London"},
		{Person{Name: "Sadiq Khan"}.String(), "Sadiq Khan"},
		{Person{Role: "the mayor's office"}.String(), "the mayor's office"},
		{Source{Title: "T", Publisher: "P", Published: MustDate(2016, time.November, 28), URL: "https://example.org/"}.String(), "T, P, 2016-11-28, https://example.org/"},
		{Source{Title: "T"}.String(), "T"},
		{Measure{Count: MustParseCount("about 1,200"), Noun: "cases in scope"}.String(), "about 1,200 cases in scope"},
		{Milestone{Event: "model in place", Date: MustDate(2018, time.March, 31), Wording: "by March 2018"}.String(), "model in place (by March 2018)"},
		{Milestone{Event: "e", Date: MustDate(2018, time.March, 31)}.String(), "e (2018-03-31)"},
		{Milestone{Event: "e"}.String(), "e"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	if !(Person{}).IsZero() {
		t.Error("Person{}.IsZero() = false")
	}
}

func TestMeasureRate(t *testing.T) {
	m := Measure{Count: MustParseCount("about 1,200"), Noun: "cases in scope"}
	if _, err := m.Rate(currency.Pounds(2_400_000)); !errors.Is(err, ErrMissing) {
		t.Errorf("Rate() with no unit: error %v, want ErrMissing", err)
	}
}
