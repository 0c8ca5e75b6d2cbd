package claims_test

import (
	"testing"

	"github.com/fundclaims/fundclaims/claims"
)

// TestFromQuoteWriteOff checks that a debt written off, with the verb
// before the figure or after it, is no money given, and that money given
// "to write off" a debt, the purpose straight after the figure, is.
func TestFromQuoteWriteOff(t *testing.T) {
	tests := []wordRolesCase{
		{"Overspending would put at risk the £300 million which the Treasury has agreed to write-off.",
			[]wordRole{{"£300 million", claims.RoleOther}}},
		{"The Treasury has agreed to write off £40 million of the council's debt.",
			[]wordRole{{"£40 million", claims.RoleOther}}},
		{"Ministers wrote off £50m owed by the trust.", []wordRole{{"£50m", claims.RoleOther}}},
		{"A write-off of £12m was agreed last year.", []wordRole{{"£12m", claims.RoleOther}}},
		{"Some £8m of old loans will be written off.", []wordRole{{"Some £8m", claims.RoleOther}}},
		// The money's purpose: given, whatever it is given for.
		{"The council has been given £5m to write off the debt.", []wordRole{{"£5m", claims.RolePackage}}},
	}
	checkWordRoles(t, tests)
}
