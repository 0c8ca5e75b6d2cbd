package claims

// restatedAfter reports whether the figure at start of quote restates the
// one ending at prev in other words, ", or" between them: "£3.3 million,
// or £127 per pupil".
func restatedAfter(quote string, prev, start int) bool {
	return prev <= start && quote[prev:start] == ", or "
}

// facedCut reports whether a noun of cuts stands among before, the words
// before a figure, ahead of cue, the verb of facing nearest gave a need
// from: "face cuts next year totalling" faces a cut, not a gap.
func facedCut(before []token, cue string) bool {
	switch cue {
	case "face", "faces", "facing":
	default:
		return false
	}
	for _, t := range before {
		switch {
		case is(t, cue):
			return false
		case is(t, "cut"), is(t, "cuts"), is(t, "reduction"), is(t, "reductions"):
			return true
		}
	}
	return false
}

// totalledCut reports whether before, the words before a figure, open on
// "totalled" (or "totals") whose subject holds a noun of cuts within the
// clause: "government cuts to local government services totalled £170
// million".
func totalledCut(before []token) bool {
	if len(before) == 0 || !is(before[0], "totalled") && !is(before[0], "totaled") && !is(before[0], "totals") && !is(before[0], "total") {
		return false
	}
	for _, t := range before[1:] {
		switch {
		case t.fig:
			return false
		case is(t, "cut"), is(t, "cuts"), is(t, "reduction"), is(t, "reductions"), is(t, "savings"):
			return true
		}
	}
	return false
}
