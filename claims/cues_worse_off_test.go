package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteWorseOff checks that a sum a body is "worse off" or
// "better off" by is a change, and that a sum "less than we anticipated"
// compares it with the same money as planned, a change, where "less than
// they do" compares it with another body's, other money.
func TestFromQuoteWorseOff(t *testing.T) {
	tests := []wordRolesCase{
		{"The borough is now £4m worse off than last spring.", []wordRole{{"£4m", claims.RoleChange}}},
		{"Pensioners will be £120 better off under the scheme.", []wordRole{{"£120", claims.RoleChange}}},
		{"Our grant came in £2 million less than we anticipated.", []wordRole{{"£2 million", claims.RoleChange}}},
		{"The grant was £700,000 lower than they had expected.", []wordRole{{"£700,000", claims.RoleChange}}},
		{"Our grant is £2 million less than they get.", []wordRole{{"£2 million", claims.RoleOther}}},
	}
	checkWordRoles(t, tests)
}
