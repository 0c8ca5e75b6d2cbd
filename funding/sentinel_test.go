package funding_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/fundclaims/fundclaims/currency"
	"github.com/fundclaims/fundclaims/funding"
)

// TestSharedSentinels checks that one errors.Is test catches a syntax error
// wherever in the module it arises: funding's own parsers and a currency
// figure inside a package both match funding.ErrSyntax and
// currency.ErrSyntax.
func TestSharedSentinels(t *testing.T) {
	_, novelty := funding.ParseNovelty("newish")
	var p funding.Package
	figure := json.Unmarshal([]byte(`{"id":"p","funder":{"name":"f"},"headline":"£2.4q"}`), &p)
	for name, err := range map[string]error{"ParseNovelty": novelty, "headline": figure} {
		if !errors.Is(err, funding.ErrSyntax) || !errors.Is(err, currency.ErrSyntax) {
			t.Errorf("%s error = %v, want it to match funding.ErrSyntax and currency.ErrSyntax", name, err)
		}
	}
}
