package claims

import "strings"

// addVerbs are the forms of "add" that say money is put onto an amount
// already there. "added" is left out: it most often reports speech ("she
// added").
var addVerbs = [...]string{"add", "adds", "adding"}

// addedToDeterminers are the words after "to" that open the noun a sum is
// added to ("to the precept", "to their bills"), where "to" and a verb
// ("to spend") would open a purpose.
var addedToDeterminers = [...]string{"the", "a", "an", "its", "their", "our", "your", "his", "her", "this", "that", "each", "every"}

// addedTo reports whether the figure at start to end of low, the lower-case
// words of a quote, is one a verb of addVerbs adds to an amount already
// there: "add an extra £15 a year to the police precept", "adding £2m to
// its budget". What is added to a charge or a budget changes it; it is no
// new package's money. The verb is one of the four words before the figure
// in its sentence, and after the figure, past a rate's "a year" and the
// like, come "to" and a word of addedToDeterminers.
func addedTo(low string, start, end int) bool {
	from, to := sentenceAround(low, start, end)
	before := strings.Fields(low[from:start])
	if len(before) > 4 {
		before = before[len(before)-4:]
	}
	verb := false
	for _, w := range before {
		for _, v := range addVerbs {
			if w == v {
				verb = true
			}
		}
	}
	if !verb {
		return false
	}
	after := strings.Fields(low[end:to])
	if len(after) > 1 && (after[0] == "a" || after[0] == "per" || after[0] == "each" || after[0] == "every") &&
		timeWord(token{s: after[1]}) {
		after = after[2:]
	}
	if len(after) < 2 || after[0] != "to" {
		return false
	}
	for _, d := range addedToDeterminers {
		if after[1] == d {
			return true
		}
	}
	return false
}
