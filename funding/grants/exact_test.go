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
	files := []struct {
		path string
		// wholeFileRejected marks the files today's funding.Read360Giving
		// refuses at their first UK-order date ("17/03/2014"); Load must
		// say so and add nothing.
		wholeFileRejected bool
	}{
		{"testdata/grantnav-2018.json", false},
		{"testdata/baring.json", true},
		{"testdata/wolfson.json", true},
		{"testdata/indigo.json", true},
		{"testdata/nominet.json", true},
		{"testdata/ocf1.json", true},
	}
	each(t, func(t *testing.T, s *Store) {
		loaded := 0
		all, allCounts := map[string]*big.Rat{}, map[string]int{}
		for _, f := range files {
			data, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			l, err := s.Load(t.Context(), f.path, bytes.NewReader(data))
			var ge *funding.GrantError
			switch {
			case f.wholeFileRejected && errors.As(err, &ge):
				continue
			case err != nil:
				t.Fatalf("Load(%s) = %v", f.path, err)
			}
			left := map[string]bool{}
			for _, e := range l.Rejected {
				if errors.As(e, &ge) {
					left[ge.Grant] = true
				}
			}
			sums, counts := rawTotals(t, data, left)
			if l.Added != l.Read-len(l.Rejected) {
				t.Errorf("Load(%s) = %+v: want every grant read and not rejected added", f.path, l)
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
					t.Errorf("after %s: total in %s = %v in %d grants, want %s in %d", f.path, code, tot.All.Amount, tot.All.Count, want.FloatString(2), allCounts[code])
				}
			}
		}
		if loaded == 0 {
			t.Fatal("no file loaded")
		}
	})
}
