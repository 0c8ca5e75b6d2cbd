module github.com/fundclaims/fundclaims

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/govalues/decimal v0.1.36
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/shopspring/decimal v1.6.0
	golang.org/x/text v0.43.0
)
