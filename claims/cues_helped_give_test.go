package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteHelpedGive checks that money a body "has helped" give over a
// time gone by is a total of its own, as money it "has distributed" is,
// and that helping give money still to come, or with no time gone by, is
// not: invented sentences.
func TestFromQuoteHelpedGive(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"Over the past year the trust has helped distribute £300,000 to food banks.", []claims.Role{claims.RoleOther}},
		{"So far we have already helped plan and fund £2m of repairs in the town.", []claims.Role{claims.RoleOther}},
		{"To date the board has helped to allocate £45,000 in hardship grants.", []claims.Role{claims.RoleOther}},
		// Helping to give money to come is the package announced.
		{"The trust will help distribute £300,000 to food banks this winter.", []claims.Role{claims.RolePackage}},
		// No time gone by: the tense alone does not make it past money.
		{"The trust has helped distribute £300,000 to food banks.", []claims.Role{claims.RolePackage}},
	})
}
