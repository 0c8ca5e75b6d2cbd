package claims

// papersNoun reports whether w, in lower case, names a document or a
// fiscal event that sets money out, rather than a body or a person that
// announces it: "The Budget sets out extra NHS funding of £550m" has no
// agent, as "It was also announced that …" has none, so the sentence is no
// one's claim and the Budget is no announcer. The Budget is the
// government's, which a person names; the words do not.
func papersNoun(w string) bool {
	switch w {
	case "budget", "review", "statement", "report", "plan", "strategy", "document", "paper":
		return true
	}
	return false
}
