package currency_test

import (
	"fmt"
	"math"

	"github.com/shopspring/decimal"

	"github.com/fundclaims/fundclaims/currency"
)

func ExampleMaxDigits() {
	// A value beyond the limit is refused on the way in...
	_, err := currency.Parse("£0." + fmt.Sprintf("%0401d", 1))
	fmt.Println(err != nil)
	// ...and arithmetic says so rather than return a value beyond it.
	top, _ := currency.New(decimal.New(1, currency.MaxDigits), currency.GBP)
	_, err = top.Add(currency.Pence(1))
	fmt.Println(err)
	// Round takes places beyond the limit as the limit.
	fmt.Println(currency.Pounds(5).Round(math.MinInt32, currency.HalfUp))
	// Output:
	// true
	// currency: Add: value out of range: want a magnitude of at most 10^400
	// £0.00
}
