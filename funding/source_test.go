package funding

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSourceCitation(t *testing.T) {
	published := MustDate(2016, time.November, 28)
	tests := []struct {
		name string
		s    Source
		want string
	}{
		{"zero", Source{}, ""},
		{"all", Source{Title: "Release", Publisher: "MOPAC", Published: published, URL: "https://example.org/r"},
			"Release, MOPAC, 28 November 2016, https://example.org/r"},
		{"no publisher", Source{Title: "Release", Published: published}, "Release, 28 November 2016"},
		{"no date", Source{Title: "Release", Publisher: "MOPAC"}, "Release, MOPAC"},
		{"URL only", Source{URL: "https://example.org/r"}, "https://example.org/r"},
		{"date only", Source{Published: published}, "28 November 2016"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.s.Citation()); diff != "" {
			t.Errorf("%s: Citation() (-want +got)\n%s", tt.name, diff)
		}
	}
}

// TestSourceGrants checks that a Source citing grants data reads from and
// writes to JSON as the record format says, and what Validate refuses.
func TestSourceGrants(t *testing.T) {
	const in = `{"title":"360Giving grants","grants":{"funder":"Esmée Fairbairn Foundation","year":"2017-18","recipient":"GB-CHC-1"}}`
	// Through Package's strict reader, which refuses unknown fields.
	var p Package
	if err := json.Unmarshal([]byte(`{"id":"p","funder":{"name":"F"},"headline":"£1","sources":[`+in+`]}`), &p); err != nil || len(p.Sources) != 1 {
		t.Fatalf("reading a package citing %s: %v", in, err)
	}
	s := p.Sources[0]
	want := Source{Title: "360Giving grants", Grants: Grants{Funder: "Esmée Fairbairn Foundation", Year: 2017, Recipient: "GB-CHC-1"}}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("Source from %s (-want +got)\n%s", in, diff)
	}
	if out, err := json.Marshal(s); err != nil || string(out) != in {
		t.Errorf("json.Marshal(%+v) = %s, %v; want %s", s, out, err, in)
	}
	if out, _ := json.Marshal(Source{Title: "Release"}); string(out) != `{"title":"Release"}` {
		t.Errorf("a Source citing no grants marshals as %s", out)
	}
	for _, tt := range []struct {
		g    Grants
		want error
	}{
		{Grants{Year: 2017}, ErrMissing},
		{Grants{Funder: "F", Year: 10000}, ErrRange},
	} {
		if err := (Source{Title: "t", Grants: tt.g}).Validate(); !errors.Is(err, tt.want) {
			t.Errorf("Source{Grants: %+v}.Validate() = %v, want %v", tt.g, err, tt.want)
		}
	}
}

func ExampleGrants() {
	// A package whose money is what a funder's published grants data
	// says it awarded in 2017-18.
	src := Source{
		Title:  "Esmée Fairbairn Foundation grants, 360Giving data",
		Grants: Grants{Funder: "Esmée Fairbairn Foundation", Year: MustParseFiscalYear("2017-18")},
	}
	out, _ := json.Marshal(src)
	fmt.Println(string(out))
	fmt.Println(src.Validate())
	// Output:
	// {"title":"Esmée Fairbairn Foundation grants, 360Giving data","grants":{"funder":"Esmée Fairbairn Foundation","year":"2017-18"}}
	// <nil>
}
