package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteModalClause checks that "should", "ought" or "must" asks for
// money only in its own clause: before a clause opened by "who", "which"
// or "whether" that holds the money, it asks for something else, and the
// money is what that clause names; with none between, the sum is needed.
func TestFromQuoteModalClause(t *testing.T) {
	checkWordRoles(t, []wordRolesCase{
		{"The minister should come clean on exactly who shall benefit from a £1.9m grant scheme",
			[]wordRole{{"£1.9m", claims.RolePackage}}},
		{"The council must explain which schools will benefit from a £2m fund",
			[]wordRole{{"£2m", claims.RolePackage}}},
		// No clause between: the modal asks for the money.
		{"Wales should therefore receive an additional £60bn", []wordRole{{"£60bn", claims.RoleNeeded}}},
		{"The minister should set up a £1.9m grant scheme", []wordRole{{"£1.9m", claims.RoleNeeded}}},
	})
}
