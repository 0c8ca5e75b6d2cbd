package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteFurtherAllocation checks that "a further allocation of" a
// sum is one more part of the money, a share, though "further" alone
// before a figure calls it new money, and that "a further £2m" without the
// noun still does: invented sentences.
func TestFromQuoteFurtherAllocation(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"A further allocation of £2.1m to my department for libraries will help them reopen.", []claims.Role{claims.RoleShare}},
		{"There are further allocations of £400,000 for the museums.", []claims.Role{claims.RoleShare}},
		// No noun of allocating: further money, the package announced.
		{"A further £2.1m will be provided to help libraries reopen.", []claims.Role{claims.RolePackage}},
	})
}
