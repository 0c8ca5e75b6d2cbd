package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteWorseOff checks that a sum a body is "worse off" or "better
// off" by is a change in its money ("Settlement leaves the county £4
// million worse off"), whatever verb comes before it, and that money given
// beside "better off" in another clause keeps the role its own words give.
func TestFromQuoteWorseOff(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"The settlement leaves the county council £4 million worse off than it had planned for.", []claims.Role{claims.RoleChange}},
		{"Schools will be £250,000 better off next year.", []claims.Role{claims.RoleChange}},
		{"The borough is £3m worse off, the leader said.", []claims.Role{claims.RoleChange}},
		{"The council will invest £6m in parks, and residents will be better off for it.", []claims.Role{claims.RolePackage}},
	})
}
