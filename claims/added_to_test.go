package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteAddedTo checks that extra money a verb of "add" puts onto
// an amount already there ("add an extra £15 a year to the precept") is a
// change, and that extra money with no such verb, or added to no noun, is
// still the package: invented sentences.
func TestFromQuoteAddedTo(t *testing.T) {
	checkRoles(t, []rolesCase{
		// Added to a charge or a budget: a change to it.
		{"The board voted to add an extra £12 a year to the fire precept", []claims.Role{claims.RoleChange}},
		{"Ministers are adding an additional £3m to the roads budget", []claims.Role{claims.RoleChange}},
		{"The mayor adds an extra £20 per year to their bills", []claims.Role{claims.RoleChange}},
		// No verb of adding, or "to" before a purpose: new money.
		{"The board has found an extra £12m for the fire service", []claims.Role{claims.RolePackage}},
		{"They will add an extra £4m to spend on buses", []claims.Role{claims.RolePackage}},
		// "added" reports speech as often as it adds money.
		{"She added an extra £5m to the fund would help", []claims.Role{claims.RolePackage}},
	})
}
