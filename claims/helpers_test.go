package claims_test

import "github.com/shopspring/decimal"

// decimalOf returns the decimal s, which must be one.
func decimalOf(s string) decimal.Decimal { return decimal.RequireFromString(s) }
