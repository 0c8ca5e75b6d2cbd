package main

import (
	"testing"

	"github.com/fundclaims/fundclaims/funding"
)

// TestDecodePrices checks that a record's price index and its source are
// read, so that real-terms claims can be checked.
func TestDecodePrices(t *testing.T) {
	data := []byte(`{"packages": [], "prices": {"2024-25": "100", "2025-26": "102.3"}, "priceSource": {"title": "GDP deflators"}}`)
	r, err := decodeRecord("r.json", data)
	if err != nil {
		t.Fatal(err)
	}
	l, ok := r.Prices[funding.MustParseFiscalYear("2025-26").Year()]
	if !ok || l.String() != "102.3" || r.PriceSource.Title != "GDP deflators" {
		t.Errorf("decodeRecord: prices %v, source %+v", r.Prices, r.PriceSource)
	}
	if _, err := decodeRecord("r.json", []byte(`{"prices": {"2024-25": "x"}}`)); err == nil {
		t.Error("a price level that is not a number gave no error")
	}
}
