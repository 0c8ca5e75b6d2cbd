package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteFurtherNeed checks that "a further" sum after an amount
// needed in the same sentence is more of that need, as after a change it
// is more of the change; after money given, or past a full stop, it is new
// money, the package's.
func TestFromQuoteFurtherNeed(t *testing.T) {
	checkWordRoles(t, []wordRolesCase{
		{"we are facing a budget gap of around £14 million for 2019/2020 and a further £20 million in the three following financial years",
			[]wordRole{{"around £14 million", claims.RoleNeeded}, {"£20 million", claims.RoleNeeded}}},
		{"The council needs £3m this year and a further £2m next year",
			[]wordRole{{"£3m", claims.RoleNeeded}, {"£2m", claims.RoleNeeded}}},
		// Past a full stop the further sum is new money.
		{"We face a budget gap of £14m. A further £20 million will be invested in schools",
			[]wordRole{{"£14m", claims.RoleNeeded}, {"£20 million", claims.RolePackage}}},
	})
}
