package funding_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// equalRecords compares packages field by field: amounts and figures by
// their Equal methods, and an empty slice as nil.
var equalRecords = cmpopts.EquateEmpty()

func TestPackageJSONRoundTrip(t *testing.T) {
	for _, p := range []funding.Package{mopac2016(), london2025()} {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("json.Marshal(%s): %v", p.ID, err)
		}
		if strings.Contains(string(b), `"amount":1`) || !strings.Contains(string(b), `"amount":"1260000.00"`) && p.ID == "mopac-2016-sexual-violence" {
			t.Errorf("json.Marshal(%s): money is not a decimal string: %s", p.ID, b)
		}
		var got funding.Package
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("json.Unmarshal(%s): %v", p.ID, err)
		}
		if diff := cmp.Diff(p, got, equalRecords); diff != "" {
			t.Errorf("JSON round trip of %s (-want +got)\n%s", p.ID, diff)
		}
		if got.Headline.Text() != p.Headline.Text() {
			t.Errorf("headline wording %q, want %q", got.Headline.Text(), p.Headline.Text())
		}
		again, _ := json.Marshal(got)
		if string(again) != string(b) {
			t.Errorf("JSON of %s not stable:\n%s\n%s", p.ID, b, again)
		}
	}
}

func TestPackageJSONShape(t *testing.T) {
	p := mopac2016()
	p.Allocations = p.Allocations[:1]
	p.Sources, p.Measures, p.Milestones = nil, nil, nil
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "id": "mopac-2016-sexual-violence",
  "title": "Funding for sexual abuse services in London extended to March 2018",
  "funder": {
    "name": "Mayor's Office for Policing and Crime"
  },
  "announcedBy": {
    "name": "Sadiq Khan",
    "role": "Mayor of London"
  },
  "announced": "2016-11-28",
  "headline": "more than £4 million",
  "period": {
    "start": "2017-04-01",
    "end": "2018-03-31"
  },
  "novelty": "extension",
  "kind": "services",
  "purposes": [
    "support for victims of sexual abuse"
  ],
  "allocations": [
    {
      "id": "mopac-2016-rape-crisis",
      "title": "Rape Crisis Centres",
      "description": "MOPAC is providing £1,260,000 for the four Rape Crisis Centres in London",
      "recipients": [
        {
          "name": "London Rape Crisis Centres"
        }
      ],
      "count": "4",
      "amount": {
        "amount": "1260000.00",
        "currency": "GBP"
      },
      "purposes": [
        "rape crisis services"
      ],
      "kind": "services",
      "period": {
        "start": "2017-04-01",
        "end": "2018-03-31"
      },
      "novelty": "extension"
    }
  ]
}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("JSON shape (-want +got)\n%s", diff)
	}
}

func TestPackageJSONErrors(t *testing.T) {
	tests := []struct {
		name, in string
		err      error
	}{
		{"unknown field", `{"id":"p","novelity":"new"}`, funding.ErrSyntax},
		{"unknown nested field", `{"id":"p","allocations":[{"id":"a","colour":"red"}]}`, funding.ErrSyntax},
		{"count of zero", `{"id":"p","allocations":[{"id":"a","count":"0"}]}`, funding.ErrZeroCount},
		{"unknown novelty", `{"id":"p","novelty":"brand new"}`, funding.ErrSyntax},
		{"bad fiscal period", `{"id":"p","period":{"start":"2017-02-30"}}`, funding.ErrRange},
		{"not an object", `[1]`, funding.ErrSyntax},
	}
	for _, tt := range tests {
		var p funding.Package
		err := json.Unmarshal([]byte(tt.in), &p)
		if !errors.Is(err, tt.err) {
			t.Errorf("%s: json.Unmarshal(%s) error = %v, want %v", tt.name, tt.in, err, tt.err)
		}
	}
	var p funding.Package
	if err := p.UnmarshalJSON([]byte(`{"id":"p"} {"id":"q"}`)); !errors.Is(err, funding.ErrSyntax) {
		t.Errorf("UnmarshalJSON(two objects) error = %v, want ErrSyntax", err)
	}
}

func TestPackageJSONEveryError(t *testing.T) {
	in := `{"id": 7, "novelty": "newish", "colour": "red",
	  "allocations": [
	    {"id": "a", "amount": "lots"},
	    {"id": "b", "count": "0", "amount": {"amount": "5.00", "currency": "GBP"}, "allocations": [{"id": "c", "period": {"start": "2017-02-30"}}]}
	  ],
	  "profile": [{"year": "2024-26", "amount": "£1m"}],
	  "change": {"relation": "doubles"}}`
	var p funding.Package
	err := json.Unmarshal([]byte(in), &p)
	want := []struct {
		path string
		err  error
	}{
		{"id", funding.ErrSyntax},
		{"novelty", funding.ErrSyntax},
		{"colour", funding.ErrSyntax},
		{"allocations[0].amount", funding.ErrSyntax},
		{"allocations[1].count", funding.ErrZeroCount},
		{"allocations[1].allocations[0].period.start", funding.ErrRange},
		{"profile[0].year", funding.ErrSyntax},
		{"change.relation", funding.ErrSyntax},
	}
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("json.Unmarshal error = %v, want every problem joined", err)
	}
	errs := j.Unwrap()
	if len(errs) != len(want) {
		t.Fatalf("json.Unmarshal gave %d errors, want %d:\n%v", len(errs), len(want), err)
	}
	for i, w := range want {
		var fe *funding.FieldError
		if !errors.As(errs[i], &fe) || fe.Path != w.path || !errors.Is(errs[i], w.err) {
			t.Errorf("error %d = %v, want %v at %s", i, errs[i], w.err, w.path)
		}
	}
	if got := errs[0].Error(); got != "funding: id: invalid syntax: want a string, not a JSON number" {
		t.Errorf("error 0 says %q", got)
	}
	if p.ID != "" {
		t.Errorf("json.Unmarshal set the package despite errors: %+v", p)
	}
}

// FuzzPackageJSON checks that reading any bytes as a Package never panics,
// that every error it reports for well-formed JSON names a field, and that
// a package it reads writes out and reads back the same.
func FuzzPackageJSON(f *testing.F) {
	for _, p := range []funding.Package{mopac2016(), london2025()} {
		b, _ := json.Marshal(p)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"p","allocations":[{"id":"a","amount":"up to £9bn","allocations":[{"id":"b","amount":"£1m","count":"3"}],"partial":true}],"profile":[{"year":"2024-25","amount":"£1m"}],"change":{"from":"£1m","percent":"9","relation":"tops up","of":"q"}}`))
	f.Add([]byte(`{"id":7,"novelty":"newish","allocations":[{"amount":"lots"},{"count":"0"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p funding.Package
		err := json.Unmarshal(data, &p)
		if err != nil {
			if !json.Valid(data) {
				return
			}
			var pe *funding.ParseError
			var fe *funding.FieldError
			if !errors.As(err, &fe) && !errors.As(err, &pe) {
				t.Fatalf("Unmarshal(%q) error %v names no field", data, err)
			}
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			return // a value JSON can hold but MarshalText refuses, such as an out-of-range enum, cannot come from JSON
		}
		var back funding.Package
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("Unmarshal(Marshal(%q)) = %v\n%s", data, err, b)
		}
		again, _ := json.Marshal(back)
		if string(again) != string(b) {
			t.Fatalf("JSON of %q not stable:\n%s\n%s", data, b, again)
		}
	})
}
