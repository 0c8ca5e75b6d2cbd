package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteFreedUp checks that money a body frees up from its own
// spending ("efficiency gains which could free up £4.9 billion") is no
// money given, as money it raises is not, whatever the approximator or
// tense; money given to free something up, with the words after the
// figure, and "free" without "up" keep the role their verb gives.
func TestFromQuoteFreedUp(t *testing.T) {
	tests := []wordRolesCase{
		{"Councils must make efficiency gains, which could free up as much as £2 billion.",
			[]wordRole{{"as much as £2 billion", claims.RoleOther}}},
		{"Selling the old depot freed up £1.5 million for the authority.", []wordRole{{"£1.5 million", claims.RoleOther}}},
		{"Merging the two back offices is freeing up about £300,000 a year.",
			[]wordRole{{"about £300,000 a year", claims.RoleOther}}},
		{"The new rota frees up £40,000 for the wards.", []wordRole{{"£40,000", claims.RoleOther}}},
		{"The government has given £3m to free up hospital beds.", []wordRole{{"£3m", claims.RolePackage}}},
		{"The council will provide free school meals worth £2m.", []wordRole{{"£2m", claims.RolePackage}}},
	}
	checkWordRoles(t, tests)
}
