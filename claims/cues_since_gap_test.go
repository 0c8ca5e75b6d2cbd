package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteShortByGapAndSince checks the roles read from money a body
// is "short by": invented sentences, with ones where the rule must not
// fire.
func TestFromQuoteShortByGapAndSince(t *testing.T) {
	checkRoles(t, []rolesCase{
		// What a body is left short by is what it lacks.
		{"Schools are being left short by £40m.", []claims.Role{claims.RoleNeeded}},
		{"The county is still short by £3 million this year.", []claims.Role{claims.RoleNeeded}},
		{"The council will invest £6m in parks.", []claims.Role{claims.RolePackage}},
	})
}
