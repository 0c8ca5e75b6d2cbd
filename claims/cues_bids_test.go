package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteBidsAndPairs checks the roles read from a bid's money,
// which is asked for, whole or in part; from money still to find; from
// money announced before, a package of its own; from the second of a
// pair of figures, which shares the first's words; from money received
// since a time gone by; from items listed with sums in brackets; and
// from a speaker's own sum: invented sentences, with ones where each
// rule must not fire.
func TestFromQuoteBidsAndPairs(t *testing.T) {
	tests := []rolesCase{
		// A bid asks for its money, and a part of a bid for its part.
		{"Leeds got less than the £12 million bid for", []claims.Role{claims.RoleNeeded}},
		{"£4m of our £9m bid was for a new library", []claims.Role{claims.RoleNeeded, claims.RoleNeeded}},
		{"£4m of their £9m goes to libraries", []claims.Role{claims.RoleShare, claims.RoleShare}},
		// A successful bid's money was won, not asked for.
		{"Its successful £2m bid will pay for a pool", []claims.Role{claims.RoleUnknown}},
		// A bid "of" its money asks for it too, even in quotation marks,
		// unless it won.
		{"The town was praised for its “ambitious bid” of nearly £40m", []claims.Role{claims.RoleNeeded}},
		{"Our bids of £3m and £4m were turned down", []claims.Role{claims.RoleNeeded, claims.RoleNeeded}},
		{"Its winning bid of £2m will pay for a pool", []claims.Role{claims.RoleUnknown}},
		// Money still to find is needed.
		{"The board is talking about finding £500,000 to keep the centre open", []claims.Role{claims.RoleNeeded}},
		// Money announced before is a package of its own; a level was
		// before.
		{"The Welsh Government previously announced £30m for bus services", []claims.Role{claims.RolePackage}},
		{"The grant was previously £3m", []claims.Role{claims.RolePrevious}},
		// The second of a pair takes the first's role, but not the
		// package's, which is one sum.
		{"for two halls costing £90,000 and £60,000", []claims.Role{claims.RoleOther, claims.RoleOther}},
		{"The town faces cuts of £2m or £3m", []claims.Role{claims.RoleChange, claims.RoleChange}},
		{"The council has announced £2m and £1m", []claims.Role{claims.RolePackage, claims.RoleUnknown}},
		// Money received since a time gone by is a total of its own,
		// every sum after the verb; received with no such time, a share.
		{"Since the bid went in we have received £15m for the institute and an extra £1m for the fund",
			[]claims.Role{claims.RoleOther, claims.RoleOther}},
		{"Leeds has received £5m for its parks", []claims.Role{claims.RoleShare}},
		// Items listed with their sums in brackets are shares, the first
		// too; one alone has no role.
		{"The others were Ayton (£19m), Beeby (£23.5m) and Ceeford (£25m)",
			[]claims.Role{claims.RoleShare, claims.RoleShare, claims.RoleShare}},
		{"Ayton (£19m) opens today", []claims.Role{claims.RoleUnknown}},
		// The speaker's own sum is other money.
		{"I don't know what sums they do, but I make that £41m", []claims.Role{claims.RoleOther}},
		// "a further" sum after a change in its sentence is more of that
		// change; alone, it is new money.
		{"The county saw a cut of £40m over five years, with a further £6m to come next year",
			[]claims.Role{claims.RoleChange, claims.RoleChange}},
		{"The county saw a cut of £40m. The council has announced a further £6m for schools",
			[]claims.Role{claims.RoleChange, claims.RolePackage}},
		// Money not yet allocated is held back, no package's.
		{"Ministers can use the £30m that has not yet been allocated", []claims.Role{claims.RoleOther}},
		{"There is still £30m yet to be allocated", []claims.Role{claims.RoleOther}},
		// Money handed back to be shared again is not the package's.
		{"Departments have made £12m available for reallocation", []claims.Role{claims.RoleOther}},
		// An overspend is spending past a budget, no money given.
		{"The council is predicted to have an overspend of £9m this year", []claims.Role{claims.RoleOther}},
		{"The trust has overspent by £2.5m", []claims.Role{claims.RoleOther}},
	}
	checkRoles(t, tests)
}
