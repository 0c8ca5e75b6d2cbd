package claims

// concernSpoken returns the end of the noun after the verb w of s, before
// end, where the two voice a worry as speech ("has expressed concern that
// £20m … may have been used", "voiced fears that", "raised concerns
// that"): the clause after "that" is the speaker's reported statement, as
// after "warned that". It returns w.End and false for other words, and
// where no "that" follows the noun ("expressed concern over the cuts"),
// which names what worries the speaker, not what they say.
func concernSpoken(s string, w Span, end int) (int, bool) {
	switch s[w.Start:w.End] {
	case "expressed", "expresses", "expressing", "voiced", "voices", "voicing", "raised", "raises", "raising":
	default:
		return w.End, false
	}
	for _, n := range [...]string{"concern", "concerns", "fears", "fear", "doubts", "worries"} {
		if at := after(s, w.End, end, n); at != w.End && after(s, at, end, "that") != at {
			return at, true
		}
	}
	return w.End, false
}
