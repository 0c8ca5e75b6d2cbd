package claims

// helpedGive returns, for the word at i of before (the words before a
// figure, nearest first), the index of "helped" or "help" when the word is
// the plain form of a verb of giving that "helped" governs, straight or
// past "to" or one other verb and "and": "has helped distribute", "have
// helped to fund", "has already helped coordinate and distribute". A body
// that has helped give money has given it, as "has distributed" says, so
// pastTotal reads the tense from "helped"; it returns -1 if the words are
// not so.
func helpedGive(before []token, i int) int {
	if i >= len(before) || before[i].fig || !plainGivingVerb(before[i].s) {
		return -1
	}
	for k := i + 1; k < len(before) && k <= i+3 && !before[k].fig; k++ {
		switch before[k].s {
		case "helped", "help":
			return k
		case "to", "and":
		default:
			if k != i+2 || !is(before[i+1], "and") {
				return -1 // "coordinate" only as the verb joined by "and"
			}
		}
	}
	return -1
}

// plainGivingVerb reports whether w is the plain form of one of givenVerbs'
// verbs: "distribute", "allocate", "invest".
func plainGivingVerb(w string) bool {
	switch w {
	case "spend", "distribute", "allocate", "invest", "give", "provide", "award", "pay", "deliver", "fund":
		return true
	}
	return false
}
