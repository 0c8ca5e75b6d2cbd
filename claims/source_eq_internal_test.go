package claims

import (
	"reflect"
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// TestSourceEq holds zeroSource, samePerson and sameCitation to == on
// people and sources that differ from a base in one field each, or in
// none; and checks that funding.Person, Source and Grants have no fields
// they leave out.
func TestSourceEq(t *testing.T) {
	d, err := funding.ParseDate("2016-11-28")
	if err != nil {
		t.Fatal(err)
	}
	sources := []struct {
		name string
		s    funding.Source
	}{
		{"zero", funding.Source{}},
		{"Title", funding.Source{Title: "Mayor announces fund"}},
		{"URL", funding.Source{URL: "https://www.london.gov.uk/"}},
		{"Publisher", funding.Source{Publisher: "GLA"}},
		{"Published", funding.Source{Published: d}},
		{"Grants.Funder", funding.Source{Grants: funding.Grants{Funder: "Esmée Fairbairn Foundation"}}},
		{"Grants.Year", funding.Source{Grants: funding.Grants{Year: 2017}}},
		{"Grants.Recipient", funding.Source{Grants: funding.Grants{Recipient: "Refuge"}}},
		{"Grants.Programme", funding.Source{Grants: funding.Grants{Programme: "Arts"}}},
		{"Title and URL", funding.Source{Title: "Mayor announces fund", URL: "https://www.london.gov.uk/"}},
		{"another Title", funding.Source{Title: "Mayor announces funds"}},
	}
	for _, a := range sources {
		if got, want := zeroSource(&a.s), a.s == (funding.Source{}); got != want {
			t.Errorf("zeroSource(%s) = %v, want %v", a.name, got, want)
		}
		for _, b := range sources {
			if got, want := sameCitation(&a.s, &b.s), a.s == b.s; got != want {
				t.Errorf("sameCitation(%s, %s) = %v, want %v", a.name, b.name, got, want)
			}
		}
	}
	people := []struct {
		name string
		p    funding.Person
	}{
		{"zero", funding.Person{}},
		{"Name", funding.Person{Name: "Sadiq Khan"}},
		{"Role", funding.Person{Role: "Mayor of London"}},
		{"Party", funding.Person{Party: "Labour"}},
		{"Org", funding.Person{Org: "GLA"}},
		{"another Name", funding.Person{Name: "Susan Hall"}},
	}
	for _, a := range people {
		for _, b := range people {
			if got, want := samePerson(&a.p, &b.p), a.p == b.p; got != want {
				t.Errorf("samePerson(%s, %s) = %v, want %v", a.name, b.name, got, want)
			}
		}
	}
	// A field added to one of these must be added to the functions and above.
	for _, c := range []struct {
		t    reflect.Type
		want int
	}{
		{reflect.TypeFor[funding.Person](), 4},
		{reflect.TypeFor[funding.Source](), 5},
		{reflect.TypeFor[funding.Grants](), 4},
	} {
		if n := c.t.NumField(); n != c.want {
			t.Errorf("%v has %d fields, want the %d source_eq.go compares", c.t, n, c.want)
		}
	}
}
