package claims

// forPeriod reports whether what, the words after "for" (and "the") after
// a figure, name only a year the money is for, after words that place it
// ("this", "next", "current", "coming") and a kind of year ("financial",
// "academic"), as in "a cash increase of £4bn for this financial year":
// when the money is spent, not whom it goes to. A season so placed ("£350m
// for this winter", beside "£1.6bn more next year") may be a stage of the
// money, one of its parts, and is left to the allocation.
func forPeriod(what []tok) bool {
	i := 0
	for i < len(what) && i < 2 {
		switch what[i].w {
		case "this", "next", "current", "coming", "each", "every", "whole", "entire":
			i++
			continue
		}
		break
	}
	if i < len(what) {
		switch what[i].w {
		case "financial", "academic", "school", "calendar", "budget":
			i++
		}
	}
	return i > 0 && i == len(what)-1 && what[i].w == "year"
}
