package claims

// demonstrativeSubject reports whether before, the words before a figure
// nearest first, open on "this" or "that" after "and" or "but": "We now
// take all calls from the island and this £2 million will help us …". The
// sum, named as one known, is the subject of a clause of its own, so a cue
// before the conjunction ("from the island") is the other clause's, not the
// figure's.
func demonstrativeSubject(before []token) bool {
	if len(before) < 2 || !is(before[0], "this") && !is(before[0], "that") {
		return false
	}
	return is(before[1], "and") || is(before[1], "but")
}
