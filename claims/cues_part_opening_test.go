package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuotePartOpening checks that a sum opening its clause with "Of
// this figure," or "Of that sum," is a part of the sum before it, as the
// narrative reads it (partOpening): another item's money where that is, a
// share otherwise; and that "of this" elsewhere does not make it so:
// invented sentences.
func TestFromQuotePartOpening(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"In the last two years we have already spent £600,000 on flood defences. Of this figure, about £90,000 went on the harbour wall.",
			[]claims.Role{claims.RoleOther, claims.RoleOther}},
		{"The council will invest £4m in parks. Of this, £1m will be spent in Hove.",
			[]claims.Role{claims.RolePackage, claims.RoleShare}},
		{"The council will invest £4m in parks. Of that sum, £1m is for play areas.",
			[]claims.Role{claims.RolePackage, claims.RoleShare}},
		// Not the opening words of its sentence: no part of the sum before.
		{"The council will invest £4m in parks. Because of this, £1m is being moved.",
			[]claims.Role{claims.RolePackage, claims.RoleUnknown}},
	})
}
