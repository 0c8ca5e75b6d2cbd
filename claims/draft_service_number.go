package claims

// serviceNumber reports whether the number w, before the word next, is the
// telephone number of a public service, not a count: "999 calls", "the 111
// service", "101 line" name the line dialled, and a record has nothing to
// count them against.
func serviceNumber(w, next string) bool {
	switch w {
	case "999", "111", "101", "112":
	default:
		return false
	}
	switch next {
	case "call", "calls", "caller", "callers", "service", "services", "line", "lines", "number", "operator", "operators", "emergency", "emergencies":
		return true
	}
	return false
}
