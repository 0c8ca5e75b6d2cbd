package claims

// usedFor returns the words that, straight after a figure, say what a
// part of the money pays for: "will" or "would", "be", "used" and "to" or
// "for" ("said £25m would be used to give up to 50,000 adults basic
// training"), as "will go towards" says; "" if they do not, or if the verb
// after "to" founds something (see foundingVerb): "£2m will be used to
// set up a new fund" is that fund's money, a package of its own.
func usedFor(after []token) string {
	if len(after) < 5 || !is(after[0], "will") && !is(after[0], "would") || !is(after[1], "be") || !is(after[2], "used") {
		return ""
	}
	switch {
	case is(after[3], "for"):
		return after[0].s + " be used for"
	case is(after[3], "to") && !foundingVerb(after[4]):
		return after[0].s + " be used to"
	}
	return ""
}

// foundingVerb reports whether t is a verb of setting something up:
// "establish", "create", "launch", "introduce", "set" (up), "start".
func foundingVerb(t token) bool {
	switch t.s {
	case "establish", "create", "launch", "introduce", "set", "start", "found":
		return !t.fig
	}
	return false
}
