package claims_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestValidateStories(t *testing.T) {
	for name, r := range map[string]claims.Record{"london2025": london2025(), "mopac2016": mopac2016(), "empty": {}} {
		if err := r.Validate(); err != nil {
			t.Errorf("%s: Validate() = %v, want nil", name, err)
		}
	}
}

func TestValidateErrors(t *testing.T) {
	two := currency.MustParseFigure("£2m")
	ok := func(id string) claims.Claim {
		return claims.Claim{ID: id, Speaker: funding.Person{Name: "A"}, Quote: "the mayor coughing up £2m", About: "headline"}
	}
	with := func(c claims.Claim, as ...claims.Assertion) claims.Claim {
		c.Assertions = as
		return c
	}
	responds := func(c claims.Claim, to string) claims.Claim {
		c.RespondsTo, c.Stance = to, claims.Disputes
		return c
	}
	tests := []struct {
		name   string
		edit   func(r *claims.Record)
		target error
		says   string // in the error message
	}{
		{"missing package", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.StatedAmount{Figure: two, Package: "nope"})}
		}, claims.ErrNotFound, `claim "a": claims[0].assertions[0].package: not found: no package "nope"`},
		{"missing about", func(r *claims.Record) {
			c := ok("a")
			c.About = "nope"
			r.Claims = []claims.Claim{with(c, claims.StatedAmount{Figure: two})}
		}, claims.ErrNotFound, `claim "a": claims[0].about`},
		{"no package at all", func(r *claims.Record) {
			c := ok("a")
			c.About = ""
			r.Claims = []claims.Claim{with(c, claims.StatedAmount{Figure: two})}
		}, claims.ErrMissing, `claim "a": claims[0].assertions[0].package`},
		{"missing allocation", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.StatedAmount{Figure: two, Package: "two", Allocation: "z"})}
		}, claims.ErrNotFound, `no allocation "z"`},
		{"missing measure", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.CountClaim{Count: funding.MustParseCount("9"), Noun: "cases", Measure: "cases"})}
		}, claims.ErrNotFound, `no measure "cases"`},
		{"missing claim", func(r *claims.Record) {
			r.Claims = []claims.Claim{responds(ok("a"), "b")}
		}, claims.ErrNotFound, `claim "a": claims[0].respondsTo: not found: no claim "b"`},
		{"missing against", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.Insufficiency{Against: "b"})}
		}, claims.ErrNotFound, `claims[0].assertions[0].against`},
		{"missing event", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.Lateness{Events: []string{"x"}})}
		}, claims.ErrNotFound, `claims[0].assertions[0].events[0]: not found: no event "x"`},
		{"self rebuttal", func(r *claims.Record) {
			r.Claims = []claims.Claim{responds(ok("a"), "a")}
		}, claims.ErrSelfResponse, `claim "a": claims[0].respondsTo`},
		{"rebuttal cycle", func(r *claims.Record) {
			r.Claims = []claims.Claim{responds(ok("a"), "c"), responds(ok("b"), "a"), responds(ok("c"), "b")}
		}, claims.ErrCycle, `claim "a": claims[0].respondsTo: cycle: responses go round in a circle: "a" → "c" → "b" → "a"`},
		{"counterproposal without cost", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.Counterproposal{Purpose: "inquiry"})}
		}, claims.ErrNoCost, `claim "a": claims[0].assertions[0].cost`},
		{"span out of range", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.StatedAmount{Figure: two, Span: claims.Span{Start: 20, End: 99}})}
		}, claims.ErrSpan, `claim "a": claims[0].assertions[0].span: span out of range: [20, 99) in a quote of 26 bytes`},
		{"span inside a character", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.StatedAmount{Figure: two, Span: claims.Span{Start: 23, End: 26}})}
		}, claims.ErrSpan, `claim "a"`},
		{"stated amount without figure", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.StatedAmount{})}
		}, claims.ErrMissing, `claims[0].assertions[0].figure`},
		{"nil assertion", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), nil)}
		}, claims.ErrMissing, `claims[0].assertions[0]: missing: nil assertion`},
		{"duplicate claim", func(r *claims.Record) {
			r.Claims = []claims.Claim{ok("a"), ok("a")}
		}, claims.ErrDuplicate, `claim "a": claims[1].id`},
		{"no quote, no speaker", func(r *claims.Record) {
			r.Claims = []claims.Claim{{ID: "a"}}
		}, claims.ErrMissing, `claim "a": claims[0].speaker`},
		{"stance without response", func(r *claims.Record) {
			c := ok("a")
			c.Stance = claims.Supports
			r.Claims = []claims.Claim{c}
		}, claims.ErrMissing, `claims[0].stance`},
		{"stance out of range", func(r *claims.Record) {
			c := responds(ok("a"), "b")
			c.Stance = 9
			r.Claims = []claims.Claim{c, ok("b")}
		}, claims.ErrRange, `Stance(9)`},
		{"ratio terms out of range", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.RatioClaim{Numerator: claims.Quantity{Noun: "x"}, Denominator: claims.Quantity{Noun: "y"}, Terms: 7})}
		}, claims.ErrRange, `claims[0].assertions[0].terms`},
		{"role out of range", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.StatedAmount{Figure: two, Package: "two", Role: 99})}
		}, claims.ErrRange, `claims[0].assertions[0].role`},
		{"quantity of a missing package", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.RatioClaim{Numerator: claims.Quantity{Noun: "x", Package: "nope"}, Denominator: claims.Quantity{Noun: "y"}})}
		}, claims.ErrNotFound, `claims[0].assertions[0].numerator.package`},
		{"quantity of a missing allocation", func(r *claims.Record) {
			r.Claims = []claims.Claim{with(ok("a"), claims.RatioClaim{Numerator: claims.Quantity{Noun: "x", Package: "two", Allocation: "z"}, Denominator: claims.Quantity{Noun: "y"}})}
		}, claims.ErrNotFound, `claims[0].assertions[0].numerator.allocation`},
		{"price level not positive", func(r *claims.Record) {
			r.Prices = map[funding.Year]decimal.Decimal{funding.CalendarYear(2024): decimal.Zero}
		}, claims.ErrRange, `prices.2024`},
		{"event after itself", func(r *claims.Record) {
			r.Events = append(r.Events, claims.Event{ID: "e", Title: "e", After: []string{"e"}})
		}, claims.ErrSelfResponse, `event "e"`},
		{"events in a circle", func(r *claims.Record) {
			r.Events = append(r.Events, claims.Event{ID: "e", Title: "e", After: []string{"f"}}, claims.Event{ID: "f", Title: "f", After: []string{"e"}})
		}, claims.ErrCycle, `event "`},
		{"invalid package", func(r *claims.Record) {
			r.Packages[0].Allocations = []funding.Allocation{{ID: "x", Stated: currency.MustParseFigure("-£5m")}}
		}, funding.ErrNegative, `package "headline": packages[0].allocations[0].amount`},
		{"duplicate package", func(r *claims.Record) {
			r.Packages = append(r.Packages, r.Packages[0])
		}, claims.ErrDuplicate, `package "headline"`},
	}
	for _, tt := range tests {
		r := fixture()
		tt.edit(&r)
		err := r.Validate()
		if !errors.Is(err, tt.target) || !errors.Is(err, claims.ErrInvalid) {
			t.Errorf("%s: Validate() = %v, want an error matching %v and ErrInvalid", tt.name, err, tt.target)
			continue
		}
		if !strings.Contains(err.Error(), tt.says) {
			t.Errorf("%s: Validate() = %q, want it to say %q", tt.name, err, tt.says)
		}
		var re *claims.RecordError
		if !errors.As(err, &re) {
			t.Errorf("%s: Validate() = %v, want a *RecordError", tt.name, err)
		}
		if _, aerr := claims.Assess(r, claims.Options{}); aerr == nil {
			t.Errorf("%s: Assess of an invalid record gave no error", tt.name)
		}
	}
}

func TestValidateReportsAll(t *testing.T) {
	r := fixture()
	r.Claims = []claims.Claim{
		{ID: "a", Speaker: funding.Person{Name: "A"}, Quote: "q", Assertions: claims.Assertions{claims.Counterproposal{}}},
		{ID: "b", Speaker: funding.Person{Name: "B"}, Quote: "q", RespondsTo: "b"},
	}
	err := r.Validate()
	j, ok := err.(interface{ Unwrap() []error })
	if !ok || len(j.Unwrap()) != 2 {
		t.Fatalf("Validate() = %v, want two joined errors", err)
	}
	if !errors.Is(err, claims.ErrNoCost) || !errors.Is(err, claims.ErrSelfResponse) {
		t.Errorf("Validate() = %v, want ErrNoCost and ErrSelfResponse", err)
	}
}

// TestValidateDuplicates checks that every repeat of an ID is reported
// against its first use, and that a claim about a repeated package still
// finds it, however many times an ID repeats.
func TestValidateDuplicates(t *testing.T) {
	r := fixture()
	first := r.Packages[0]
	r.Packages = append(r.Packages, first, first)
	n := len(r.Packages)
	c := func(id string) claims.Claim {
		return claims.Claim{ID: id, Speaker: funding.Person{Name: "A"}, Quote: "q", About: first.ID}
	}
	r.Claims = []claims.Claim{c("a"), c("b"), c("a"), c("b"), c("a")}
	err := r.Validate()
	j, ok := err.(interface{ Unwrap() []error })
	if !ok || len(j.Unwrap()) != 5 {
		t.Fatalf("Validate() = %v, want five joined errors", err)
	}
	for _, want := range []string{
		"packages[" + strconv.Itoa(n-2) + "].id: duplicate identifier: also packages[0]",
		"packages[" + strconv.Itoa(n-1) + "].id: duplicate identifier: also packages[0]",
		"claims[2].id: duplicate identifier: also claims[0]",
		"claims[3].id: duplicate identifier: also claims[1]",
		"claims[4].id: duplicate identifier: also claims[0]",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %q, want it to say %q", err, want)
		}
	}
	if errors.Is(err, claims.ErrNotFound) {
		t.Errorf("Validate() = %v, want every claim's about found", err)
	}
}

func TestClaimValidate(t *testing.T) {
	c := claims.Claim{ID: "x", Speaker: funding.Person{Org: "Met"}, Quote: "about 9,000"}
	if err := c.Validate(); err != nil {
		t.Errorf("Validate() = %v, want nil", err)
	}
	c.Assertions = claims.Assertions{claims.CountClaim{Span: claims.Span{Start: 0, End: 99}}}
	err := c.Validate()
	for _, target := range []error{claims.ErrSpan, claims.ErrMissing} {
		if !errors.Is(err, target) {
			t.Errorf("Validate() = %v, want it to match %v", err, target)
		}
	}
	if !strings.Contains(err.Error(), `claim "x": assertions[0].count`) {
		t.Errorf("Validate() = %q, want paths relative to the claim", err)
	}
}

func TestRecordLookups(t *testing.T) {
	r := london2025()
	if p, ok := r.Package("london-cse-2025"); !ok || p.Headline.Text() != "£2.4m" {
		t.Errorf("Package(london-cse-2025) = %v, %v", p.ID, ok)
	}
	if _, ok := r.Package("nope"); ok {
		t.Error("Package(nope) found something")
	}
	if c, ok := r.Claim("hall-inquiry"); !ok || c.Speaker.Name != "Susan Hall" {
		t.Errorf("Claim(hall-inquiry) = %v, %v", c.ID, ok)
	}
	if e, ok := r.Event("announcement"); !ok || e.When() != "date not recorded" {
		t.Errorf("Event(announcement) = %+v, %v", e, ok)
	}
	var ids []string
	for _, c := range r.Responses("mayor-2025") {
		ids = append(ids, c.ID)
	}
	if got, want := strings.Join(ids, " "), "hall-too-little hall-inquiry waxman-2025"; got != want {
		t.Errorf("Responses(mayor-2025) = %s, want %s", got, want)
	}
	if r.Responses("") != nil {
		t.Error(`Responses("") should be nil`)
	}
}

// TestValidateOrder checks that the problems with claims come in one
// order whether or not some claim names another: every claim's own
// problems, in record order, then the problems with what each names.
func TestValidateOrder(t *testing.T) {
	want := []string{
		`claims: claim "b": claims[1].quote: missing`,
		`claims: claim "a": claims[0].about: not found: no package "nope" in the record`,
		`claims: claim "b": claims[1].assertions[0].package: not found: no package "gone" in the record`,
	}
	for _, respond := range []bool{false, true} {
		r := fixture()
		r.Claims = []claims.Claim{
			{ID: "a", Speaker: funding.Person{Name: "A"}, Quote: "q", About: "nope"},
			{ID: "b", Speaker: funding.Person{Name: "B"}, Assertions: claims.Assertions{claims.StatedAmount{Package: "gone", Figure: currency.MustParseFigure("£1m")}}},
		}
		if respond {
			// A response makes Validate index the claims by ID.
			r.Claims = append(r.Claims, claims.Claim{ID: "c", Speaker: funding.Person{Name: "C"}, Quote: "q", RespondsTo: "a", About: r.Packages[0].ID})
		}
		err := r.Validate()
		j, ok := err.(interface{ Unwrap() []error })
		if !ok {
			t.Fatalf("Validate() = %v, want joined errors", err)
		}
		var got []string
		for _, e := range j.Unwrap() {
			got = append(got, e.Error())
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Validate() with a response %v: errors differ (-want +got):\n%s", respond, diff)
		}
	}
}
