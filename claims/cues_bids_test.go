package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteBidsAndPairs checks the roles read from a bid's money,
// which is asked for, whole or in part; from money still to find; from
// money announced before, a package of its own; and from the second of a
// pair of figures, which shares the first's words: invented sentences,
// with ones where each rule must not fire.
func TestFromQuoteBidsAndPairs(t *testing.T) {
	tests := []rolesCase{
		// A bid asks for its money, and a part of a bid for its part.
		{"Leeds got less than the £12 million bid for", []claims.Role{claims.RoleNeeded}},
		{"£4m of our £9m bid was for a new library", []claims.Role{claims.RoleNeeded, claims.RoleNeeded}},
		{"£4m of their £9m goes to libraries", []claims.Role{claims.RoleShare, claims.RoleShare}},
		// A successful bid's money was won, not asked for.
		{"Its successful £2m bid will pay for a pool", []claims.Role{claims.RoleUnknown}},
		// Money still to find is needed.
		{"The board is talking about finding £500,000 to keep the centre open", []claims.Role{claims.RoleNeeded}},
		// Money announced before is a package of its own; a level was
		// before.
		{"The Welsh Government previously announced £30m for bus services", []claims.Role{claims.RolePackage}},
		{"The grant was previously £3m", []claims.Role{claims.RolePrevious}},
		// The second of a pair takes the first's role, but not the
		// package's, which is one sum.
		{"for two halls costing £90,000 and £60,000", []claims.Role{claims.RoleOther, claims.RoleOther}},
		{"The town faces cuts of £2m or £3m", []claims.Role{claims.RoleChange, claims.RoleChange}},
		{"The council has announced £2m and £1m", []claims.Role{claims.RolePackage, claims.RoleUnknown}},
	}
	checkRoles(t, tests)
}
