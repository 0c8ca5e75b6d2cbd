package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteBandProperty checks that a sum put on a council tax band's
// property ("£24 a year on a Band D property") is a household's bill,
// role other, whether it is the charge, its rise or its cap, that money
// asked for keeps its role, and that "band" with no band's letter, or a
// band with no "on" or "for" before it, changes nothing: invented
// sentences.
func TestFromQuoteBandProperty(t *testing.T) {
	checkRoles(t, []rolesCase{
		// On or for a band's property: a bill.
		{"Police may raise the precept by up to £15 a year on a Band D property", []claims.Role{claims.RoleOther}},
		{"Council tax will rise by £50 a year for a Band D home", []claims.Role{claims.RoleOther}},
		{"Residents will pay an extra £1.20 a week for each Band B house", []claims.Role{claims.RoleOther}},
		{"The bill is £1,900 for Band A households, the council said", []claims.Role{claims.RoleOther}},
		// Money asked for is asked for, on whatever bill.
		{"The force needs £30 more on a Band D property to balance its books", []claims.Role{claims.RoleNeeded}},
		// No band's letter, or no "on" or "for": as before.
		{"The council will spend £2m on a band of new youth workers", []claims.Role{claims.RolePackage}},
		{"The council will spend £2m, and Band D bills will rise", []claims.Role{claims.RolePackage}},
	})
}
