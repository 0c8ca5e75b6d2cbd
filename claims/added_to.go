package claims

// addVerbs are the forms of "add" that say money is put onto an amount
// already there. "added" is left out: it most often reports speech ("she
// added").
var addVerbs = [...]string{"add", "adds", "adding"}

// addedToDeterminers are the words after "to" that open the noun a sum is
// added to ("to the precept", "to their bills"), where "to" and a verb
// ("to spend") would open a purpose.
var addedToDeterminers = [...]string{"the", "a", "an", "its", "their", "our", "your", "his", "her", "this", "that", "each", "every"}

// addedTo reports whether a figure, given the tokens read found before it
// (nearest first) and after it, is one a verb of addVerbs adds to an amount
// already there: "add an extra £15 a year to the police precept", "adding
// £2m to its budget". What is added to a charge or a budget changes it; it
// is no new package's money. The verb is one of the four words before the
// figure in its clause, and after the figure, past a rate's "a year" and
// the like, come "to" and a word of addedToDeterminers.
func addedTo(before, after []token) bool {
	verb := false
	for _, t := range before[:min(len(before), 4)] {
		for _, v := range addVerbs {
			if is(t, v) {
				verb = true
			}
		}
	}
	if !verb {
		return false
	}
	if len(after) > 1 && (is(after[0], "a") || is(after[0], "per") || is(after[0], "each") || is(after[0], "every")) &&
		!after[1].fig && timeWord(after[1]) {
		after = after[2:]
	}
	if len(after) < 2 || !is(after[0], "to") {
		return false
	}
	for _, d := range addedToDeterminers {
		if is(after[1], d) {
			return true
		}
	}
	return false
}
