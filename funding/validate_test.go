package funding

import (
	"errors"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
)

// problems returns the path and sentinel of every FieldError in err.
func problems(err error) []string {
	var out []string
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var fe *FieldError
		if !errors.As(err, &fe) {
			out = append(out, "not a FieldError: "+err.Error())
			return
		}
		kind := "other"
		for _, k := range []error{ErrMissing, ErrSyntax, ErrRange, ErrNegative, ErrPeriodOrder, ErrDuplicate, currency.ErrMismatch} {
			if errors.Is(fe, k) {
				kind = k.Error()
				break
			}
		}
		out = append(out, fe.Path+": "+kind)
	}
	if err != nil {
		walk(err)
	}
	sort.Strings(out)
	return out
}

func TestValidateReportsEverything(t *testing.T) {
	p := Package{
		Funder:   Org{ID: "1164021"},
		Headline: currency.MustParseFigure("£2.4m"),
		Period:   Period{Start: MustDate(2018, time.March, 31), End: MustDate(2017, time.April, 1)},
		Novelty:  Novelty(42),
		Kind:     Kind(-1),
		Purposes: []string{"counselling", " "},
		Sources:  []Source{{}, {Title: "x", URL: "ftp://example.org/x"}, {URL: "not a url"}},
		Allocations: []Allocation{
			{ID: "a", Stated: currency.MustParseFigure("-£5m")},
			{ID: "a", Amount: currency.FromMinor(100, currency.EUR)},
			{Amount: currency.Amount{}, Recipients: []Org{{}, {Name: "x", ID: "x y"}}},
			{ID: "c", Amount: currency.Pounds(1), Count: MustParseCount("2"), Recipients: []Org{{Name: "x"}, {Name: "y"}, {Name: "z"}},
				Period: Period{Start: MustDate(2018, time.March, 31), End: MustDate(2017, time.April, 1)}, Novelty: Novelty(9), Kind: Kind(9)},
		},
		Measures:   []Measure{{}},
		Milestones: []Milestone{{Wording: "soon"}},
	}
	want := []string{
		"allocations[0].amount: negative amount",
		"allocations[1].amount: currency mismatch",
		"allocations[1].id: duplicate identifier",
		"allocations[2].amount: missing",
		"allocations[2].id: missing",
		"allocations[2].recipients[0].name: missing",
		"allocations[2].recipients[1].id: invalid syntax",
		"allocations[3].count: value out of range",
		"allocations[3].kind: value out of range",
		"allocations[3].novelty: value out of range",
		"allocations[3].period: period ends before it starts",
		"funder.id: invalid syntax",
		"funder.name: missing",
		"id: missing",
		"kind: value out of range",
		"measures[0].count: missing",
		"measures[0].noun: missing",
		"milestones[0].event: missing",
		"novelty: value out of range",
		"period: period ends before it starts",
		"purposes[1]: missing",
		"sources[0].title: missing",
		"sources[1].url: invalid syntax",
		"sources[2].url: invalid syntax",
	}
	err := p.Validate()
	if diff := cmp.Diff(want, problems(err)); diff != "" {
		t.Errorf("Validate() problems (-want +got)\n%s", diff)
	}
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("Validate() error does not match ErrInvalid: %v", err)
	}
}

func TestQuestionsOnInvalidRecords(t *testing.T) {
	// Every question asked of an invalid record is an error, never a panic.
	var p Package
	p.Allocations = []Allocation{{Amount: currency.Pounds(-1), Count: MustParseCount("about 4")}}
	a := p.Allocations[0]
	calls := map[string]func() error{
		"Itemised":                func() error { _, err := p.Itemised(); return err },
		"Reconcile":               func() error { _, err := p.Reconcile(); return err },
		"Spend":                   func() error { _, err := p.Spend(); return err },
		"FiscalYears":             func() error { _, err := p.FiscalYears(); return err },
		"ByNovelty":               func() error { _, err := p.ByNovelty(); return err },
		"Allocation.Shares":       func() error { _, err := a.Shares(); return err },
		"Allocation.Sharers":      func() error { _, err := a.Sharers(); return err },
		"Allocation.PerRecipient": func() error { _, err := a.PerRecipient("centre"); return err },
		"Allocation.Spend":        func() error { _, err := a.Spend(); return err },
	}
	for name, call := range calls {
		if err := call(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s() on an invalid record: error %v, want ErrInvalid", name, err)
		}
	}
}

func TestValidateValid(t *testing.T) {
	p := Package{ID: "p", Funder: Org{Name: "Mayor's Office for Policing and Crime", ID: "GB-GOR-PC390"}}
	if err := p.Validate(); err != nil {
		t.Errorf("Validate() of a minimal package: %v", err)
	}
	if err := (Org{Name: "x", ID: "360G-example-x"}).Validate(); err != nil {
		t.Errorf("Validate() of a 360G org id: %v", err)
	}
}

func TestFieldErrorMessage(t *testing.T) {
	p := pkg("")
	p.Allocations = []Allocation{{ID: "a0", Stated: currency.MustParseFigure("-£5m")}}
	err := p.Validate()
	want := `funding: allocations[0].amount: negative amount: "-£5m"`
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v, want %s", err, want)
	}
}

// TestValidateDuplicatesAmongMany checks that a duplicate ID is found
// however many allocations come between the two, at any depth: Validate
// looks through a short list of the IDs met and indexes a long one, and
// both must find it.
func TestValidateDuplicatesAmongMany(t *testing.T) {
	for _, n := range []int{2, manyIDs, manyIDs + 1, 3 * manyIDs} {
		as := make([]Allocation, n)
		for i := range as {
			as[i] = Allocation{ID: "a" + strconv.Itoa(i), Amount: currency.Pounds(1)}
		}
		// The last allocation holds, one level down, the duplicate of the
		// one before it, the last ID met before.
		as[n-1] = Allocation{ID: "last", Amount: currency.Pounds(1), Allocations: []Allocation{{ID: "a" + strconv.Itoa(n-2), Amount: currency.Pounds(1)}}}
		p := Package{ID: "p", Funder: Org{Name: "f"}, Allocations: as}
		want := []string{"allocations[" + strconv.Itoa(n-1) + "].allocations[0].id: duplicate identifier"}
		if diff := cmp.Diff(want, problems(p.Validate())); diff != "" {
			t.Errorf("%d allocations: Validate problems (-want +got):\n%s", n, diff)
		}
		as[n-1].Allocations[0].ID = "a" + strconv.Itoa(n)
		if err := p.Validate(); err != nil {
			t.Errorf("%d allocations with distinct IDs: Validate() = %v, want nil", n, err)
		}
	}
}
