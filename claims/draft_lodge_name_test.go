package claims

import "testing"

// TestLodgeNoName checks that a lodge's name ("Sixmilewater Orange
// Lodge") is a body's, not a person's: the person named after it in
// apposition speaks, holding the post of it.
func TestLodgeNoName(t *testing.T) {
	text := "Title\nThe hall got £24,700.\nThe master of Tildarg Orange Lodge, William Strange, said the grant was “a great boost for our hall.”\n"
	checkClaims(t, "a lodge", text, []string{"William Strange | a great boost for our hall."})
}
