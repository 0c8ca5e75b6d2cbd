package claims

// bandProperty returns the words after a figure, after, nearest first,
// that put the sum on a council tax band's property: "on" or "for", an
// article or "each" or "every" if any, "band" and the band's letter ("up
// to £24 a year on a Band D equivalent property", "£1.49 for Band D").
// What a household in a band pays is a bill, no money the announcement
// gives, whether it is the charge, its rise or its cap. It returns "" if
// the words after are not so.
func bandProperty(after []token) string {
	if len(after) < 3 || !is(after[0], "on") && !is(after[0], "for") {
		return ""
	}
	k := 1
	if is(after[1], "a") || is(after[1], "an") || is(after[1], "each") || is(after[1], "every") {
		k = 2
	}
	if k+1 >= len(after) || !is(after[k], "band") || !bandLetter(after[k+1]) {
		return ""
	}
	return after[0].s + " … band " + after[k+1].s
}

// bandLetter reports whether t is the letter of a council tax band: A to
// H in England and Scotland, A to I in Wales.
func bandLetter(t token) bool {
	return !t.fig && len(t.s) == 1 && t.s[0] >= 'a' && t.s[0] <= 'i'
}
