package claims_test

import (
	"strconv"
	"testing"

	"github.com/fundclaims/fundclaims/claims"
	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// benchRecord generates a record of packages and claims, each claim making
// one stated amount about one package, in threads (see thread): a third of
// the packages have only an exact headline, a third an itemisation that
// matches it, and a third an itemisation that falls short of a "more than"
// headline; the stated figures mix exact, rounded, qualified, ranged and
// foreign ones, so that every branch of the stated-amount assessment is
// taken.
func benchRecord(packages, claimCount int) claims.Record {
	funder := funding.Org{Name: "Mayor of London"}
	r := claims.Record{Packages: make([]funding.Package, packages), Claims: make([]claims.Claim, claimCount)}
	for i := range r.Packages {
		id := "p" + strconv.Itoa(i)
		tenths := int64(i%97 + 3) // £0.3m to £9.9m
		p := funding.Package{ID: id, Funder: funder, Kind: funding.Services, Novelty: funding.Novelty(i%3 + 1)}
		switch i % 3 {
		case 0:
			p.Headline = currency.MustParseFigure("£" + strconv.FormatInt(tenths/10, 10) + "." + strconv.FormatInt(tenths%10, 10) + "m")
		case 1:
			p.Headline = currency.MustParseFigure("£" + strconv.FormatInt(tenths/10, 10) + "." + strconv.FormatInt(tenths%10, 10) + "m")
			p.Allocations = []funding.Allocation{
				{ID: "a", Amount: currency.Pounds(tenths * 60_000)},
				{ID: "b", Amount: currency.Pounds(tenths * 40_000)},
			}
		default:
			p.Headline = currency.MustParseFigure("more than £" + strconv.FormatInt(tenths/10+1, 10) + " million")
			p.Allocations = []funding.Allocation{
				{ID: "a", Amount: currency.Pounds(tenths * 50_000)},
				{ID: "b", Amount: currency.Pounds(tenths*45_000 + 5_000)},
			}
		}
		r.Packages[i] = p
	}
	said := []string{"£2m", "£2.4m", "more than £4 million", "about £3m", "at least £1m", "£1m-£3m", "nearly £2.5m", "£1,260,000", "€2m", "up to £10m", "£4.5m", "£700,000"}
	figures := make([]currency.Figure, len(said))
	for i, s := range said {
		figures[i] = currency.MustParseFigure(s)
	}
	for i := range r.Claims {
		quote := "the mayor coughing up " + said[i%len(said)]
		r.Claims[i] = claims.Claim{
			ID:      "c" + strconv.Itoa(i),
			Speaker: funding.Person{Name: "A Speaker"},
			Quote:   quote,
			About:   "p" + strconv.Itoa((thread(i, claimCount, packages)*7919)%packages),
			Assertions: claims.Assertions{claims.StatedAmount{
				Figure: figures[i%len(figures)],
				Span:   claims.Span{Start: len("the mayor coughing up "), End: len(quote)},
			}},
		}
	}
	return r
}

// thread returns the thread of claim i: claims come in threads, an
// announcement and the claims about it, spread evenly over the packages
// (ten claims to a package with 10,000 packages and 100,000 claims); the
// threads visit the packages in a scrambled order.
func thread(i, claims, packages int) int {
	per := max(claims/packages, 1)
	return i / per
}

// benchSizes are the records BenchmarkAssess and BenchmarkValidate run on,
// as numbers of packages and claims, in two shapes: 1,000, 10,000 and
// 100,000 claims with a package to every ten (an announcement and the
// claims made about it), and the same numbers with a package to every claim
// (every claim about a different announcement), where the work Assess does
// once per package weighs ten times as much per claim. In that shape the
// time per assertion rises from 10,000 claims to 100,000 though the work
// does not: each claim reads a package and its facts that no claim near it
// has read, so the time follows memory latency, which BenchmarkValidate's
// single pass over the same record shows rising more steeply still.
var benchSizes = []struct{ packages, claims int }{
	{100, 1_000}, {1_000, 10_000}, {10_000, 100_000},
	{1_000, 1_000}, {10_000, 10_000}, {100_000, 100_000},
}

// BenchmarkAssess assesses generated records of claims of one stated amount
// each, in the shapes of benchSizes, and reports the time per assertion:
// Assess is linear if it holds steady from 1,000 claims to 100,000 in each
// shape. BenchmarkValidate is its baseline.
//
//	go test -run '^$' -bench 'Assess$|Validate$' -count 5 ./claims
func BenchmarkAssess(b *testing.B) {
	perAssertion(b, func(b *testing.B, r claims.Record, n int) {
		a, err := claims.Assess(r, claims.Options{})
		if err != nil || len(a.Findings) != n {
			b.Fatalf("Assess: %d findings, %v", len(a.Findings), err)
		}
	})
}

// BenchmarkValidate validates the records BenchmarkAssess assesses and
// reports the time per assertion, the baseline for it in the same run:
// Assess validates the record first, then weighs it, so the ratio of the
// two is what weighing costs over one linear pass of the record, and it
// holds steadier than either time on a machine shared with other work.
func BenchmarkValidate(b *testing.B) {
	perAssertion(b, func(b *testing.B, r claims.Record, _ int) {
		if err := r.Validate(); err != nil {
			b.Fatal(err)
		}
	})
}

// perAssertion runs op on the record of each of benchSizes, with n its
// number of assertions, and reports the time per assertion.
func perAssertion(b *testing.B, op func(b *testing.B, r claims.Record, n int)) {
	for _, size := range benchSizes {
		n := size.claims
		b.Run("packages="+strconv.Itoa(size.packages)+"/claims="+strconv.Itoa(n), func(b *testing.B) {
			r := benchRecord(size.packages, n)
			b.ReportAllocs()
			for b.Loop() {
				op(b, r, n)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/assertion")
		})
	}
}

// TestBenchRecord checks the benchmark's generator on a small record, so
// that the benchmark measures valid work without the test suite building
// the large ones.
func TestBenchRecord(t *testing.T) {
	r := benchRecord(30, 300)
	a, err := claims.Assess(r, claims.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[claims.Verdict]int{}
	for _, f := range a.Findings {
		seen[f.Verdict]++
		if f.Explanation == "" {
			t.Errorf("finding %+v has no explanation", f)
		}
	}
	for _, v := range []claims.Verdict{claims.Accurate, claims.Rounded, claims.Understated, claims.Overstated, claims.NotSupported, claims.NotLikeForLike} {
		if seen[v] == 0 {
			t.Errorf("the generated record gives no %v finding: %v", v, seen)
		}
	}
}
