package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteShortByGapAndSince checks the roles read from money a body
// is "short by", from a gap named after its figure with "from" before it,
// and from a sum given "since" a year or a month: invented sentences, with
// ones where each rule must not fire.
func TestFromQuoteShortByGapAndSince(t *testing.T) {
	checkRoles(t, []rolesCase{
		// What a body is left short by is what it lacks.
		{"Schools are being left short by £40m.", []claims.Role{claims.RoleNeeded}},
		{"The county is still short by £3 million this year.", []claims.Role{claims.RoleNeeded}},
		// A gap the figure qualifies is money lacking, though "from" comes
		// before it; without the noun, "from" gives the level before.
		{"The grant will be taken from the £12m budget gap the trust faces.", []claims.Role{claims.RoleNeeded}},
		{"It will come from the £8m budget deficit.", []claims.Role{claims.RoleNeeded}},
		{"Funding rose this year, up from £12m.", []claims.Role{claims.RolePrevious}},
		// A total since a year or a month is a total of its own; "since"
		// before another word is not a date.
		{"The scheme – worth more than £6m since 2015 – has helped hundreds.", []claims.Role{claims.RoleOther}},
		{"Money from the fund – totalling £900,000 since April – has reached 40 clubs.", []claims.Role{claims.RoleOther}},
		{"The council will invest £6m in parks.", []claims.Role{claims.RolePackage}},
	})
}
