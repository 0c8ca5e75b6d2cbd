package funding

import (
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/google/go-cmp/cmp"
)

// pkg returns a valid package with the headline and allocations given.
func pkg(headline string, amounts ...currency.Amount) Package {
	p := Package{ID: "p", Funder: Org{Name: "Funder"}}
	if headline != "" {
		p.Headline = currency.MustParseFigure(headline)
	}
	for i, a := range amounts {
		p.Allocations = append(p.Allocations, Allocation{ID: "a" + itoa(int64(i)), Amount: a})
	}
	return p
}

func TestReconcile(t *testing.T) {
	tests := []struct {
		name     string
		p        Package
		status   Status
		itemised string
		gap      Gap
		str      string
	}{
		{"2016 MOPAC", pkg("more than £4 million", currency.Pounds(1_260_000), currency.Pounds(2_165_000), currency.Pounds(100_000), currency.Pounds(70_000)),
			Unitemised, "£3,595,000.00", Gap{Least: currency.Pounds(405_000), LeastOpen: true, Unbounded: true},
			`itemised £3,595,000 falls at least £405,000 short of "more than £4 million"`},
		{"exact match", pkg("£2.4m", currency.Pounds(2_000_000), currency.Pounds(400_000)),
			Matches, "£2,400,000.00", Gap{}, `itemised £2,400,000 matches "£2.4m"`},
		{"rounded within the wording", pkg("£2.4m", currency.Pounds(2_395_000)),
			WithinWording, "£2,395,000.00", Gap{}, `itemised £2,395,000 is within the wording of "£2.4m"`},
		{"more than, exceeded", pkg("over £4m", currency.Pounds(4_100_000)),
			WithinWording, "£4,100,000.00", Gap{}, `itemised £4,100,000 is within the wording of "over £4m"`},
		{"at least, met exactly", pkg("at least £4m", currency.Pounds(4_000_000)),
			Matches, "£4,000,000.00", Gap{}, `itemised £4,000,000 matches "at least £4m"`},
		{"more than, met exactly is short", pkg("more than £4m", currency.Pounds(4_000_000)),
			Unitemised, "£4,000,000.00", Gap{Least: currency.Pounds(0), LeastOpen: true, Unbounded: true},
			`itemised £4,000,000 falls at least £0 short of "more than £4m"`},
		{"exact, bounded shortfall", pkg("£2.4m", currency.Pounds(1_000_000)),
			Unitemised, "£1,000,000.00", Gap{Least: currency.Pounds(1_350_000), Most: currency.Pounds(1_450_000), MostOpen: true},
			`itemised £1,000,000 falls between £1,350,000 and £1,450,000 short of "£2.4m"`},
		{"over-allocated", pkg("£2.4m", currency.Pounds(3_000_000)),
			OverAllocated, "£3,000,000.00", Gap{Least: currency.Pounds(550_000), LeastOpen: true, Most: currency.Pounds(650_000)},
			`itemised £3,000,000 exceeds "£2.4m" by between £550,000 and £650,000`},
		{"up to, exceeded", pkg("up to £10m", currency.Pounds(12_000_000)),
			OverAllocated, "£12,000,000.00", Gap{Least: currency.Pounds(2_000_000), Most: currency.Pounds(12_000_000)},
			`itemised £12,000,000 exceeds "up to £10m" by between £2,000,000 and £12,000,000`},
		{"range low end", pkg("between £3m and £5m", currency.Pounds(3_000_000)),
			Matches, "£3,000,000.00", Gap{}, `itemised £3,000,000 matches "between £3m and £5m"`},
		{"nothing itemised", pkg("£2.4m"),
			Unitemised, "£0.00", Gap{Least: currency.Pounds(2_350_000), Most: currency.Pounds(2_450_000), MostOpen: true},
			`itemised £0 falls between £2,350,000 and £2,450,000 short of "£2.4m"`},
	}
	for _, tt := range tests {
		r, err := tt.p.Reconcile()
		if err != nil {
			t.Errorf("%s: Reconcile() error: %v", tt.name, err)
			continue
		}
		itemised, _ := r.Itemised.Exact()
		if r.Status != tt.status || itemised.String() != tt.itemised {
			t.Errorf("%s: Reconcile() = %v, %s; want %v, %s", tt.name, r.Status, r.Itemised, tt.status, tt.itemised)
		}
		if diff := cmp.Diff(tt.gap, r.Gap); diff != "" {
			t.Errorf("%s: Reconcile().Gap (-want +got)\n%s", tt.name, diff)
		}
		if got := r.String(); got != tt.str {
			t.Errorf("%s: Reconcile().String() = %q, want %q", tt.name, got, tt.str)
		}
	}
}

func TestReconcileErrors(t *testing.T) {
	if r, err := pkg("", currency.Pounds(1)).Reconcile(); err != nil || r.Status != StatusUnknown || r.String() != "itemised £1" {
		t.Errorf("Reconcile() with no headline = %v, %v; want itemised £1 and no status", r, err)
	}
	bad := pkg("£2.4m")
	bad.Allocations = []Allocation{{ID: "a0", Stated: currency.MustParseFigure("-£1m")}}
	if _, err := bad.Reconcile(); !errors.Is(err, ErrNegative) || !errors.Is(err, ErrInvalid) {
		t.Errorf("Reconcile() of a negative allocation: error %v, want ErrNegative and ErrInvalid", err)
	}
	if _, err := bad.Itemised(); !errors.Is(err, ErrInvalid) {
		t.Errorf("Itemised() of an invalid package: error %v, want ErrInvalid", err)
	}
	euro := pkg("£2.4m", currency.FromMinor(100, currency.EUR))
	if _, err := euro.Reconcile(); !errors.Is(err, currency.ErrMismatch) {
		t.Errorf("Reconcile() of a euro allocation against a sterling headline: error %v, want ErrMismatch", err)
	}
}

func TestGapString(t *testing.T) {
	tests := []struct {
		g    Gap
		want string
	}{
		{Gap{}, ""},
		{Gap{Least: currency.Pounds(5), Most: currency.Pounds(5)}, "£5"},
		{Gap{Least: currency.Pence(50), Unbounded: true}, "at least £0.50"},
	}
	for _, tt := range tests {
		if got := tt.g.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.g, got, tt.want)
		}
	}
}

// TestLines checks a nested itemisation written out line by line, worked
// by hand: 50 + 40 + 35 = £125m named of "£170 million" (£169.5m up to
// £170.5m), £44.5m to £45.5m unnamed; £18m of "£50m" (£49.5m up to
// £50.5m), £31.5m to £32.5m unnamed.
func TestLines(t *testing.T) {
	fig := currency.MustParseFigure
	al := func(id, title, amount string, parts ...Allocation) Allocation {
		return Allocation{ID: id, Title: title, Stated: fig(amount), Allocations: parts, Partial: len(parts) > 0}
	}
	p := Package{ID: "deals", Funder: Org{Name: "HM Government"}, Headline: fig("£6 billion"), Partial: true,
		Allocations: []Allocation{
			al("gm", "Greater Manchester", "£170 million",
				al("gm-transport", "Transport", "£50m", al("gm-metrolink", "Metrolink", "£18m")),
				al("gm-life", "Life sciences", "£40m")),
			{ID: "london", Amount: currency.Pounds(151_000_000)},
		}}
	p.Allocations[0].Allocations = append(p.Allocations[0].Allocations, al("gm-fe", "Further education", "£35m"))
	lines, err := p.Lines()
	if err != nil {
		t.Fatal(err)
	}
	type line struct{ id, path, reconciled string }
	var got []line
	for _, l := range lines {
		got = append(got, line{l.Allocation.ID, l.Path, l.Reconciled})
	}
	want := []line{
		{"gm", "Greater Manchester", `the named parts, £125,000,000, are part of "£170 million"; the unnamed remainder is between £44,500,000 and £45,500,000`},
		{"gm-transport", "Greater Manchester › Transport", `the named parts, £18,000,000, are part of "£50m"; the unnamed remainder is between £31,500,000 and £32,500,000`},
		{"gm-metrolink", "Greater Manchester › Transport › Metrolink", ""},
		{"gm-life", "Greater Manchester › Life sciences", ""},
		{"gm-fe", "Greater Manchester › Further education", ""},
		// No title: the ID stands for it.
		{"london", "london", ""},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(line{})); diff != "" {
		t.Errorf("Lines() (-want +got)\n%s", diff)
	}
	// A package that cannot be reconciled still has its lines.
	bad := Package{ID: "mixed", Funder: Org{Name: "F"}, Allocations: []Allocation{
		{ID: "a", Amount: currency.Pounds(1)}, {ID: "b", Amount: currency.MustParse("€1")}}}
	if lines, err := bad.Lines(); err == nil || len(lines) != 2 || lines[1].Path != "b" {
		t.Errorf("Lines() of mixed currencies = %v, %v; want two lines and an error", lines, err)
	}
}
