package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteUsedFor checks that a sum that "will be used" or "would be
// used" to pay for something is a share of the money, and that one used to
// found something, or "used to" of the past, is not: invented sentences.
func TestFromQuoteUsedFor(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"The minister said £25m would be used to give up to 50,000 adults basic training", []claims.Role{claims.RoleShare}},
		{"She said £3m will be used for road repairs in the county", []claims.Role{claims.RoleShare}},
		// Money that sets up a fund is that fund's; "used to" is also the
		// past.
		{"She said £3m will be used to set up a new fund for parks", []claims.Role{claims.RoleUnknown}},
		{"She said £3m used to be enough for the parks", []claims.Role{claims.RolePackage}},
	})
}
