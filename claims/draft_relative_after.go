package claims

// relativeAfter returns how many words of after, the words after a
// figure, are a short relative clause straight after it that describes the
// money, before the verb that gives it: "that" or "which", "was", "is",
// "were" or "are" and one word, then an auxiliary ("Just over £3000 that
// was unallocated is available … for projects"); 0 if there is none. The
// clause's words push the verb and "for" further from the figure than an
// allocation's words are read, so they are not counted.
func relativeAfter(after []tok) int {
	if len(after) < 4 || after[0].w != "that" && after[0].w != "which" {
		return 0
	}
	switch after[1].w {
	case "was", "is", "were", "are":
	default:
		return 0
	}
	if !isAuxiliary(after[3].w) {
		return 0
	}
	return 3
}
