package funding_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// publishersFiles are real publishers' 360Giving files under testdata (see
// its README for where they come from), with how many grants each holds.
var publishersFiles = []struct {
	name   string
	grants int
}{
	{"baring.json", 53},
	{"grantnav-2018.json", 5},
	{"indigo.json", 40},
	{"nominet.json", 40},
	{"ocf1.json", 40},
	{"wolfson.json", 40},
}

// rawTotal returns the sum of the amountAwarded texts of a 360Giving JSON
// file, worked out apart from the reader: encoding/json hands each number
// over as its text, and math/big adds them as exact fractions.
func rawTotal(t *testing.T, data []byte) (*big.Rat, int) {
	t.Helper()
	var f struct {
		Grants []struct {
			AmountAwarded json.Number `json:"amountAwarded"`
		} `json:"grants"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&f); err != nil {
		t.Fatal(err)
	}
	sum := new(big.Rat)
	for _, g := range f.Grants {
		r, ok := new(big.Rat).SetString(g.AmountAwarded.String())
		if !ok {
			t.Fatalf("amountAwarded %q is not a number", g.AmountAwarded)
		}
		sum.Add(sum, r)
	}
	return sum, len(f.Grants)
}

// readTotal returns the sum of the amounts read, exactly.
func readTotal(t *testing.T, ps []funding.Package) *big.Rat {
	t.Helper()
	sum := new(big.Rat)
	for _, p := range ps {
		for _, a := range p.Allocations {
			r, ok := new(big.Rat).SetString(a.Amount.Decimal().String())
			if !ok {
				t.Fatalf("amount %v does not convert", a.Amount)
			}
			sum.Add(sum, r)
		}
	}
	return sum
}

// TestRead360GivingPublishers reads real publishers' files, every grant of
// them, to the penny of their total, with warnings for what the schema does
// not allow in them (their UK-order and month-only dates); and writes what
// it read as a file the official schema accepts.
func TestRead360GivingPublishers(t *testing.T) {
	for _, f := range publishersFiles {
		data, err := os.ReadFile("testdata/360giving/" + f.name)
		if err != nil {
			t.Fatal(err)
		}
		want, n := rawTotal(t, data)
		if n != f.grants {
			t.Fatalf("%s has %d grants, want %d", f.name, n, f.grants)
		}
		ps, err := funding.Read360Giving(bytes.NewReader(data), nil)
		if err != nil {
			t.Errorf("Read360Giving(%s): %v", f.name, err)
			continue
		}
		if got := grantCount(ps); got != f.grants {
			t.Errorf("Read360Giving(%s) read %d grants, want %d", f.name, got, f.grants)
		}
		if got := readTotal(t, ps); got.Cmp(want) != 0 {
			t.Errorf("Read360Giving(%s) total = %s, want %s", f.name, got.FloatString(2), want.FloatString(2))
		}
		var out bytes.Buffer
		err = funding.Write360Giving(&out, "360G-example", ps...)
		if f.name == "nominet.json" {
			// Nominet Trust gave its award dates as months: they are
			// unknown, and the grants cannot be written without them.
			if !errors.Is(err, funding.ErrMissing) {
				t.Errorf("Write360Giving(%s as read) = %v, want ErrMissing", f.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Write360Giving(%s as read): %v", f.name, err)
			continue
		}
		check360Schema(t, out.Bytes())
		again, err := funding.Read360Giving(&out, nil)
		if err != nil || readTotal(t, again).Cmp(want) != 0 {
			t.Errorf("%s written and read again: total %s, error %v; want %s", f.name, readTotal(t, again).FloatString(2), err, want.FloatString(2))
		}
	}
}

// TestPublishersTotal checks the independent sum on one file against a
// total added up by hand from its five grants (116,471 + 1,000,000 +
// 120,000 + 255,180 + 454,835), so that rawTotal too can fail.
func TestPublishersTotal(t *testing.T) {
	data, err := os.ReadFile("testdata/360giving/grantnav-2018.json")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := rawTotal(t, data)
	if want := big.NewRat(1_946_486, 1); got.Cmp(want) != 0 {
		t.Errorf("rawTotal(grantnav-2018.json) = %s, want %s", got.FloatString(2), want.FloatString(2))
	}
}
