package claims

// alongShare returns the words that, before a figure, join it to a share
// received just before it: "along with" or "together with" straight
// before it (see alongWith), at most three words naming the money before
// them, the figure before those, and within four words before that an
// active verb of receiving ("departments would get a total of £631.5m
// resource spending along with £68 million of capital"): the second sum
// goes to the same recipient, a share as the first is. "" if they do not.
// A participle of giving ("awarded") is left out, as its subject may give
// ("The council awarded £3m along with £1m").
func alongShare(before []token) string {
	k := alongWith(before)
	if k == "" {
		return ""
	}
	i := 2
	if is(before[0], "the") {
		i = 3
	}
	for n := 0; i < len(before) && !before[i].fig; n++ {
		if n == 3 {
			return ""
		}
		i++
	}
	for j := i + 1; j < len(before) && j <= i+4; j++ {
		if before[j].fig {
			return ""
		}
		if f, ok := receiveForms[before[j].s]; ok && f&receiveGiven == 0 {
			return before[j].s + " … " + k
		}
	}
	return ""
}
