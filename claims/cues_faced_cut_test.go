package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteFacedCut checks that cuts a body faces are a change, with
// words of time between the cuts and the figure, where a gap it faces is
// money needed; and that the same money restated per head after ", or"
// takes the first figure's role, where money per head alone is so much
// for each.
func TestFromQuoteFacedCut(t *testing.T) {
	tests := []wordRolesCase{
		{"Libraries will face cuts next spring totalling £400,000.", []wordRole{{"£400,000", claims.RoleChange}}},
		{"The college faces reductions this year worth £2m.", []wordRole{{"£2m", claims.RoleChange}}},
		{"The college faces a £2m gap.", []wordRole{{"£2m", claims.RoleNeeded}}},
		{"Colleges face cuts of £6m, or £80 per pupil.",
			[]wordRole{{"£6m", claims.RoleChange}, {"£80 per pupil", claims.RoleChange}}},
		{"Colleges face a shortfall of £6m, or £80 per pupil.",
			[]wordRole{{"£6m", claims.RoleNeeded}, {"£80 per pupil", claims.RoleNeeded}}},
		{"The fund is £6m, or £80 per pupil.",
			[]wordRole{{"£6m", claims.RolePackage}, {"£80 per pupil", claims.RolePerUnit}}},
	}
	checkWordRoles(t, tests)
}

// TestFromQuoteTotalledCut checks that what cuts are said to total is a
// change, and what grants total is not.
func TestFromQuoteTotalledCut(t *testing.T) {
	tests := []wordRolesCase{
		{"He said the council's cuts to youth services totalled £1.2 million.", []wordRole{{"£1.2 million", claims.RoleChange}}},
		{"Reductions in the grant over five years total £8m.", []wordRole{{"£8m", claims.RoleChange}}},
		{"Grants to youth clubs totalled £1.2 million.", []wordRole{{"£1.2 million", claims.RoleUnknown}}},
	}
	checkWordRoles(t, tests)
}
