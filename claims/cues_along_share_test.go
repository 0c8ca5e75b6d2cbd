package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteAlongShare checks that a sum joined by "along with" or
// "together with" to a share a recipient receives just before it is a
// share too, and that without an active verb of receiving, or with "and"
// instead, the second sum keeps the role its own words give.
func TestFromQuoteAlongShare(t *testing.T) {
	tests := []wordRolesCase{
		{"Schools will receive £3m along with £1m for repairs.",
			[]wordRole{{"£3m", claims.RoleShare}, {"£1m", claims.RoleShare}}},
		{"The college gets £200,000 of revenue funding together with £50,000 of capital.",
			[]wordRole{{"£200,000", claims.RoleShare}, {"£50,000", claims.RoleShare}}},
		{"Departments would get a total of £40m resource spending along with £6 million of capital that will fund new roads.",
			[]wordRole{{"£40m", claims.RoleShare}, {"£6 million", claims.RoleShare}}},
		// A giver's verb, or "and", leaves the second sum as it was.
		{"The council awarded £3m along with £1m for repairs.",
			[]wordRole{{"£3m", claims.RolePackage}, {"£1m", claims.RolePackage}}},
		{"Schools will receive £3m and £1m for repairs.",
			[]wordRole{{"£3m", claims.RoleShare}, {"£1m", claims.RolePackage}}},
	}
	checkWordRoles(t, tests)
}
