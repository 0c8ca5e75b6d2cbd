package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteWorseOff checks that a sum a body is "worse off" or
// "better off" by is a change, whatever verb comes before it, and that a
// sum "less than we anticipated" compares it with the same money as
// planned, a change, where "less than they do" compares it with another
// body's, other money; money given beside "better off" in another clause
// keeps the role its own words give.
func TestFromQuoteWorseOff(t *testing.T) {
	tests := []wordRolesCase{
		{"The borough is now £4m worse off than last spring.", []wordRole{{"£4m", claims.RoleChange}}},
		{"The settlement leaves the county council £4 million worse off than it had planned for.", []wordRole{{"£4 million", claims.RoleChange}}},
		{"The borough is £3m worse off, the leader said.", []wordRole{{"£3m", claims.RoleChange}}},
		{"Pensioners will be £120 better off under the scheme.", []wordRole{{"£120", claims.RoleChange}}},
		{"Schools will be £250,000 better off next year.", []wordRole{{"£250,000", claims.RoleChange}}},
		{"The council will invest £6m in parks, and residents will be better off for it.", []wordRole{{"£6m", claims.RolePackage}}},
		{"Our grant came in £2 million less than we anticipated.", []wordRole{{"£2 million", claims.RoleChange}}},
		{"The grant was £700,000 lower than they had expected.", []wordRole{{"£700,000", claims.RoleChange}}},
		{"Our grant is £2 million less than they get.", []wordRole{{"£2 million", claims.RoleOther}}},
	}
	checkWordRoles(t, tests)
}
