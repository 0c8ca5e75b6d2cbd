package grants

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// rawTotals works out, without the store or funding's reader, the sum of
// amountAwarded by currency of the grants of a 360Giving file whose ids
// are not in left, from the numbers' text, exactly.
func rawTotals(t *testing.T, data []byte, left map[string]bool) (map[string]*big.Rat, map[string]int) {
	t.Helper()
	var file struct {
		Grants []struct {
			ID            string      `json:"id"`
			Currency      string      `json:"currency"`
			AmountAwarded json.Number `json:"amountAwarded"`
		} `json:"grants"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&file); err != nil {
		t.Fatal(err)
	}
	sums, counts := map[string]*big.Rat{}, map[string]int{}
	for _, g := range file.Grants {
		if left[g.ID] {
			continue
		}
		v, ok := new(big.Rat).SetString(string(g.AmountAwarded))
		if !ok {
			t.Fatalf("grant %s: amountAwarded %q is not a number", g.ID, g.AmountAwarded)
		}
		if sums[g.Currency] == nil {
			sums[g.Currency] = new(big.Rat)
		}
		sums[g.Currency].Add(sums[g.Currency], v)
		counts[g.Currency]++
	}
	return sums, counts
}

// TestPublishersExact loads real publishers' files (see testdata/README.md)
// and checks that the store's totals, in every currency, are the sums of
// their amountAwarded to the penny, in each database.
func TestPublishersExact(t *testing.T) {
	files := []string{
		"../testdata/360giving/grantnav-2018.json",
		"../testdata/360giving/baring.json",
		"../testdata/360giving/wolfson.json",
		"../testdata/360giving/indigo.json",
		"../testdata/360giving/nominet.json",
		"../testdata/360giving/ocf1.json",
	}
	each(t, func(t *testing.T, s *Store) {
		loaded := 0
		all, allCounts := map[string]*big.Rat{}, map[string]int{}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			l, err := s.Load(t.Context(), f, bytes.NewReader(data))
			if err != nil {
				t.Fatalf("Load(%s) = %v", f, err)
			}
			var ge *funding.GrantError
			left := map[string]bool{}
			for _, e := range l.Rejected {
				if errors.As(e, &ge) {
					left[ge.Grant] = true
				}
			}
			sums, counts := rawTotals(t, data, left)
			if l.Added != l.Read-len(l.Rejected) {
				t.Errorf("Load(%s) = %+v: want every grant read and not rejected added", f, l)
			}
			loaded++
			// The store holds every file loaded so far: check its total
			// in each currency against theirs.
			for code, sum := range sums {
				if all[code] == nil {
					all[code] = new(big.Rat)
				}
				all[code].Add(all[code], sum)
				allCounts[code] += counts[code]
			}
			for code, want := range all {
				q := Query{}
				if err := q.Currency.Scan(code); err != nil {
					t.Fatal(err)
				}
				tot := total(t, s, q)
				got, ok := new(big.Rat).SetString(tot.All.Amount.Decimal().String())
				if !ok || got.Cmp(want) != 0 || tot.All.Count != int64(allCounts[code]) {
					t.Errorf("after %s: total in %s = %v in %d grants, want %s in %d", f, code, tot.All.Amount, tot.All.Count, want.FloatString(2), allCounts[code])
				}
			}
		}
		if loaded == 0 {
			t.Fatal("no file loaded")
		}
	})
}

// TestPublisherCSV loads Indigo Trust's own CSV of the same grants as its
// JSON file and checks that the store reads the same total from each: the
// CSV goes through the same store as the JSON, by its first character.
func TestPublisherCSV(t *testing.T) {
	each(t, func(t *testing.T, s *Store) {
		for _, f := range []string{"../testdata/360giving/indigo.json", "../testdata/360giving/indigo.csv"} {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			l, err := s.Load(t.Context(), f, bytes.NewReader(data))
			if err != nil || l.Read == 0 || len(l.Rejected) != 0 {
				t.Fatalf("Load(%s) = %+v, %v; want every grant read", f, l, err)
			}
		}
		tot := total(t, s, Query{})
		data, err := os.ReadFile("../testdata/360giving/indigo.json")
		if err != nil {
			t.Fatal(err)
		}
		sums, counts := rawTotals(t, data, nil)
		want, n := gbp(sums["GBP"].FloatString(2)), int64(counts["GBP"])
		// The CSV's grants share the JSON's ids, so the second load adds
		// nothing and reports each as a duplicate of the first.
		if !tot.All.Amount.Equal(want) || tot.All.Count != n || tot.All.Duplicates != n {
			t.Errorf("after JSON and CSV: total %v in %d grants with %d duplicates, want %v in %d with %d", tot.All.Amount, tot.All.Count, tot.All.Duplicates, want, n, n)
		}
	})
}
