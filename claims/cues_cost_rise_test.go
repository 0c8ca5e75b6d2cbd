package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteCostRise checks that a rise or fall "by" a sum in what
// something costs ("increased the bill by £400,000") is role other, no
// money given or cut, while a rise in funding by a sum is a change.
func TestFromQuoteCostRise(t *testing.T) {
	checkWordRoles(t, []wordRolesCase{
		{"problems during construction of an extension increased the bill by £400,000",
			[]wordRole{{"£400,000", claims.RoleOther}}},
		{"delays pushed up the cost of the scheme by £2m", []wordRole{{"£2m", claims.RoleOther}}},
		{"the council increased funding for the scheme by £2m", []wordRole{{"£2m", claims.RoleChange}}},
	})
}
