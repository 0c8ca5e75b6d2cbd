package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteLeftOver checks that money a body has left over (a
// surplus, an underspend), money it keeps by spending less ("would save")
// and what a measure costs it ("a £4m implication") are other money, not
// the package's, and that a saving made, "a saving of", is still no money
// the rule reads.
func TestFromQuoteLeftOver(t *testing.T) {
	tests := []wordRolesCase{
		{"The accounts show a surplus of £1.4 million for the year.", []wordRole{{"£1.4 million", claims.RoleOther}}},
		{"The trust is forecasting an underspend of £300,000.", []wordRole{{"£300,000", claims.RoleOther}}},
		{"The board reported a £2m surplus in March.", []wordRole{{"£2m", claims.RoleOther}}},
		{"Merging the two offices would save £450,000 a year.", []wordRole{{"£450,000 a year", claims.RoleOther}}},
		{"The plan costs more but saves an extra £80,000.", []wordRole{{"£80,000", claims.RoleOther}}},
		{"The new duty on landlords has a £4m implication for the borough.", []wordRole{{"£4m", claims.RoleOther}}},
		// A saving made is not money kept by a plan, and money given
		// to save something is money given.
		{"The council made a saving of £2m.", []wordRole{{"£2m", claims.RoleUnknown}}},
		{"The minister provided £3m to save the pier.", []wordRole{{"£3m", claims.RolePackage}}},
	}
	checkWordRoles(t, tests)
}
