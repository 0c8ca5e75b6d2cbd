package claims_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

// roundTrip marshals v, unmarshals the JSON into a new T and checks that
// the value and the JSON written again are the same.
func roundTrip[T any](t *testing.T, name string, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: Marshal: %v", name, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: Unmarshal: %v\n%s", name, err, b)
	}
	if diff := cmp.Diff(v, back, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s: JSON round trip changed the value (-want +got):\n%s", name, diff)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatalf("%s: Marshal again: %v", name, err)
	}
	if !bytes.Equal(b, again) {
		t.Errorf("%s: JSON round trip changed the JSON:\n%s\n%s", name, b, again)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	for name, r := range map[string]claims.Record{"london2025": london2025(), "mopac2016": mopac2016(), "fixture": fixture()} {
		roundTrip(t, name+" record", r)
		a, err := claims.Assess(r, claims.Options{})
		if err != nil {
			t.Fatal(err)
		}
		roundTrip(t, name+" assessment", a)
		for _, f := range a.Findings {
			roundTrip(t, name+" finding", f)
		}
	}
	// Every kind of assertion, with every field set.
	every := claims.Claim{
		ID: "x", Speaker: funding.Person{Name: "A", Role: "r", Party: "p", Org: "o"}, When: funding.MustDate(2025, 7, 1),
		Source: funding.Source{Title: "t", URL: "https://example.org/a", Publisher: "P", Published: funding.MustDate(2025, 7, 2)},
		Quote:  "q", Summary: "s", About: "p", RespondsTo: "y", Stance: claims.Neutral,
		Assertions: claims.Assertions{
			claims.StatedAmount{Figure: currency.MustParseFigure("between £3m and £5m"), Package: "p", Allocation: "a",
				Role: claims.RoleShare, Terms: claims.RealTerms, Span: claims.Span{Start: 0, End: 1}},
			claims.Insufficiency{Package: "p", Allocation: "a", MeasuredAgainst: "m", Needed: currency.MustParseFigure("£10m"), Against: "y", Span: claims.Span{End: 1}},
			claims.Lateness{Package: "p", Events: []string{"e", "f"}},
			claims.Counterproposal{Proposer: "B", Purpose: "inquiry", Spending: funding.Inquiry, Period: funding.MustParseFiscalYear("2025-26").Period(),
				Cost: currency.MustParseFigure("up to £4.5m"), Costed: true, Package: "p",
				Items: []claims.Counterproposal{{Purpose: "inquiry", Spending: funding.Inquiry, Cost: currency.MustParseFigure("£4m")}, {Cost: currency.MustParseFigure("£500,000")}}},
			claims.CountClaim{Count: funding.MustParseCount("about 9,000"), Noun: "cases", Package: "p", Measure: "cases"},
			claims.RatioClaim{Numerator: claims.Quantity{Count: funding.MustParseCount("300"), Noun: "n", Measure: "n"},
				Denominator: claims.Quantity{Noun: "d"}, Stated: claims.MustParseProportion("3.0"), Package: "p"},
			claims.RatioClaim{Numerator: claims.Quantity{Noun: "n", Package: "p", Allocation: "a", Year: funding.MustParseFiscalYear("2025-26")},
				Denominator: claims.Quantity{Noun: "d", Amount: currency.MustParseFigure("about £20bn")},
				Stated:      claims.MustParseProportion("an increase of more than 9%"), Terms: claims.Cash},
			claims.Endorsement{Package: "p"},
		},
	}
	roundTrip(t, "every assertion", every)
	withPrices := claims.Record{
		Prices: map[funding.Year]decimal.Decimal{
			funding.CalendarYear(2024):                    decimal.RequireFromString("100.0"),
			funding.MustParseFiscalYear("2024-25").Year(): decimal.RequireFromString("102.5"),
		},
		PriceSource: funding.Source{Title: "GDP deflators at market prices", URL: "https://www.gov.uk/government/collections/gdp-deflators-at-market-prices-and-money-gdp"},
	}
	roundTrip(t, "prices", withPrices)
	if b, _ := json.Marshal(withPrices); !strings.Contains(string(b), `"prices":{"2024":"100","2024-25":"102.5"}`) {
		t.Errorf("prices JSON = %s", b)
	}
	f := claims.Finding{Claim: "x", Verdict: claims.Accurate, Difference: currency.Pence(0)}
	roundTrip(t, "£0 difference", f)
	if b, _ := json.Marshal(claims.Finding{}); strings.Contains(string(b), "difference") {
		t.Errorf("the zero Finding's JSON has a difference: %s", b)
	}
}

func TestAssertionJSON(t *testing.T) {
	b, err := json.Marshal(claims.Assertions{claims.StatedAmount{Figure: currency.MustParseFigure("£2m"), Package: "p", Span: claims.Span{Start: 131, End: 135}}, claims.Endorsement{}})
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"kind":"stated-amount","figure":"£2m","package":"p","span":{"start":131,"end":135}},{"kind":"endorsement"}]`
	if string(b) != want {
		t.Errorf("Marshal = %s, want %s", b, want)
	}
	bad := []struct {
		in     string
		target error
	}{
		{`[{"figure":"£2m"}]`, claims.ErrMissing},
		{`[{"kind":"rumour"}]`, claims.ErrSyntax},
		{`[{"kind":"unknown"}]`, claims.ErrSyntax},
		{`[{"kind":"stated-amount","figure":"£2q"}]`, currency.ErrSyntax},
		{`[{"kind":"count","count":"0"}]`, funding.ErrZeroCount},
	}
	for _, tt := range bad {
		var as claims.Assertions
		err := json.Unmarshal([]byte(tt.in), &as)
		if !errors.Is(err, tt.target) {
			t.Errorf("Unmarshal(%s) = %v, want %v", tt.in, err, tt.target)
		}
	}
	var as claims.Assertions
	if err := json.Unmarshal([]byte(`null`), &as); err != nil || as != nil {
		t.Errorf("Unmarshal(null) = %v, %v", as, err)
	}
	if _, err := json.Marshal(claims.Assertions{nil}); err == nil {
		t.Error("Marshal of a nil assertion gave no error")
	}
}

func TestRecordJSONErrors(t *testing.T) {
	for _, in := range []string{
		`{"claims":[{"id":"a","stance":"sideways"}]}`,
		`{"claims":[{"id":"a","assertions":{}}]}`,
		`{"packages":[{"id":"p","headline":"more than lots"}]}`,
	} {
		var r claims.Record
		if err := json.Unmarshal([]byte(in), &r); err == nil {
			t.Errorf("Unmarshal(%s) gave no error", in)
		}
	}
}

// TestAssertionsEveryError checks that Assertions.UnmarshalJSON reads on
// past an assertion it cannot read, so that a record's author sees every
// bad assertion of a claim at once, each named by its path, and that the
// list is left as it was.
func TestAssertionsEveryError(t *testing.T) {
	const in = `[{"kind":"stated-amount","figure":"lots"},{"kind":"endorsement"},` +
		`{"kind":"stated-amount","figure":"£2m","role":"bogus"},{"kind":"ratio","rol":"x"}]`
	as := claims.Assertions{claims.Endorsement{}}
	err := json.Unmarshal([]byte(in), &as)
	var got []string
	for _, e := range unjoin(err) {
		var pe *claims.ParseError
		if !errors.As(e, &pe) || pe.Func != "Assertions.UnmarshalJSON" {
			t.Errorf("Unmarshal(%s): %v is not an Assertions.UnmarshalJSON *ParseError", in, e)
			continue
		}
		got = append(got, assertionPath.FindString(pe.Err.Error()))
	}
	want := []string{"assertions[0]", "assertions[2]", "assertions[3]"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unmarshal(%s) errors' paths (-want +got)\n%s", in, diff)
	}
	if !errors.Is(err, claims.ErrSyntax) {
		t.Errorf("Unmarshal(%s) = %v, want an error matching ErrSyntax", in, err)
	}
	if len(as) != 1 {
		t.Errorf("Unmarshal(%s) left %d assertions, want the 1 it had", in, len(as))
	}
}

// assertionPath finds the path an error names an assertion by.
var assertionPath = regexp.MustCompile(`assertions\[[0-9]+\]`)

// unjoin returns the errors err joins, or err alone.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

func TestAssertionUnknownField(t *testing.T) {
	// got is what the test reads of an error from Assertions.UnmarshalJSON.
	type got struct {
		Path, Field string
		Kind        claims.AssertionKind
		Offset      int // in the ParseError's Input
		Syntax      bool
		Message     string
	}
	tests := []struct {
		in   string
		want *got // nil for no error
	}{
		{`[{"kind":"stated-amount","figure":"£2m","pakage":"p"}]`, &got{
			Path: "assertions[0]", Field: "pakage", Kind: claims.AssertionStatedAmount, Offset: 40, Syntax: true,
			Message: `claims: Assertions.UnmarshalJSON("{\"kind\":\"stated-amount\",\"figure\":\"£2m\",\"pakage\":\"p\"}"): assertions[0]: unknown field "pakage" for an assertion of kind "stated-amount"`,
		}},
		{`[{"kind":"endorsement"}, {"kind":"endorsement",  "figure": "£2m"}]`, &got{
			Path: "assertions[1]", Field: "figure", Kind: claims.AssertionEndorsement, Offset: 24, Syntax: true,
			Message: `claims: Assertions.UnmarshalJSON("{\"kind\":\"endorsement\",  \"figure\": \"£2m\"}"): assertions[1]: unknown field "figure" for an assertion of kind "endorsement"`,
		}},
		{`[{"proposer":"x","kind":"counterproposal","cost":"£4.5m","costs":"£1"}]`, &got{
			Path: "assertions[0]", Field: "costs", Kind: claims.AssertionCounterproposal, Offset: 57, Syntax: true,
			Message: `claims: Assertions.UnmarshalJSON("{\"proposer\":\"x\",\"kind\":\"counterproposal\",\"cost\":\"£4.5m\",\"costs\"…"): assertions[0]: unknown field "costs" for an assertion of kind "counterproposal"`,
		}},
		// encoding/json matches keys to fields ignoring case, and so does
		// the check.
		{`[{"Kind":"stated-amount","Figure":"£2m","PACKAGE":"p"}]`, nil},
		{`[{"kind":"lateness","events":["a"],"span":{"start":0,"end":3}}]`, nil},
	}
	for _, tt := range tests {
		var as claims.Assertions
		err := json.Unmarshal([]byte(tt.in), &as)
		var g *got
		if err != nil {
			g = &got{Syntax: errors.Is(err, claims.ErrSyntax), Message: err.Error()}
			var uf *claims.UnknownFieldError
			if errors.As(err, &uf) {
				g.Path, g.Field, g.Kind = uf.Path, uf.Field, uf.Kind
			}
			var pe *claims.ParseError
			if errors.As(err, &pe) {
				g.Offset = pe.Offset
				if g.Offset > len(pe.Input) || !strings.HasPrefix(pe.Input[g.Offset:], `"`+g.Field+`"`) {
					t.Errorf("Unmarshal(%s): Offset %d is not at the key in %q", tt.in, g.Offset, pe.Input)
				}
			}
		}
		if diff := cmp.Diff(tt.want, g); diff != "" {
			t.Errorf("Unmarshal(%s) error (-want +got)\n%s", tt.in, diff)
		}
	}
}
