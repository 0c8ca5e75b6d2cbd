package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteDemonstrativeSubject checks that a cue before "and this"
// or "but that" is not read for the figure after it, the subject of a
// clause of its own, and that the same cue straight before the figure
// still is: invented sentences.
func TestFromQuoteDemonstrativeSubject(t *testing.T) {
	checkRoles(t, []rolesCase{
		{"We now take all the calls from the island and this £2 million will help us do more.", []claims.Role{claims.RoleUnknown}},
		{"Crews arrived from the next county but that £50,000 will not last long.", []claims.Role{claims.RoleUnknown}},
		// No conjunction: the cue is the figure's.
		{"Our grant rose from £2 million to £3 million.", []claims.Role{claims.RolePrevious, claims.RoleLevel}},
		{"We will need this £2 million and more.", []claims.Role{claims.RoleNeeded}},
	})
}
