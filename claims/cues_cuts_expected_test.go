package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteCutsExpected checks that cuts or savings a body "is
// expected to" or "is due to" make are cuts still to find, money needed,
// as ones it "has to" make are (asianstandard-2024: "is expected to make a
// further £8 million in cuts"); cuts made, or expected of no one's making,
// stay changes: invented sentences.
func TestFromQuoteCutsExpected(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"The council is expected to make a further £5 million in cuts next year.", []claims.Role{claims.RoleNeeded}},
		{"The trust is due to make £2m of savings by April.", []claims.Role{claims.RoleNeeded}},
		{"The county has made £30 million of cuts since 2010.", []claims.Role{claims.RoleChange}},
		{"The board had already made £4m of savings, as expected.", []claims.Role{claims.RoleChange}},
	})
}
