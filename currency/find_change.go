package currency

// A changeWord is what a word before an amount tells Find of it: whether
// the amount is the size of a change, so that a "to" after it gives the
// level the change brings, not the high end of a range.
type changeWord uint8

const (
	_ changeWord = iota
	// changeSize is a word that makes the amount after it a change: "by",
	// "down", "rose".
	changeSize
	// changeUp is "up", which makes it a change unless it is the
	// particle of a changeUpVerb: "up £2m", not "coughing up £2m".
	changeUp
	// changeOf is "of", which makes it a change after a changeNoun: "an
	// increase of £20m", not "costs of £20m".
	changeOf
	// changeNoun is a noun of change that "of" may follow: "increase".
	changeNoun
	// changeUpVerb is a verb whose particle "up" may be: "coughing".
	changeUpVerb
)

// changeWords holds the words a changeWord is told of.
var changeWords = newLexicon(func(add func(string, changeWord)) {
	for _, w := range [...]string{
		"by", "down", "rose", "rises", "risen", "rising", "fell", "falls", "fallen", "falling",
		"jumped", "climbed",
	} {
		add(w, changeSize)
	}
	add("up", changeUp)
	add("of", changeOf)
	for _, w := range [...]string{
		"increase", "increases", "rise", "fall", "cut", "cuts", "reduction", "reductions",
		"boost", "uplift", "drop", "decrease", "decline", "jump", "hike", "growth",
	} {
		add(w, changeNoun)
	}
	for _, w := range [...]string{
		"cough", "coughs", "coughed", "coughing", "stump", "stumps", "stumped", "stumping",
		"fork", "forks", "forked", "forking", "shell", "shells", "shelled", "shelling",
		"put", "puts", "putting", "set", "sets", "setting", "free", "frees", "freed", "freeing",
		"pay", "pays", "paid", "paying",
	} {
		add(w, changeUpVerb)
	}
})

// changeBefore reports whether the words that end, with white space, just
// before the amount at text[i], beginning no earlier than floor, make it
// the size of a change: "an increase of", "up", "cut by", "fell".
func changeBefore(text string, i, floor int) bool {
	w, s := lexWordBefore(changeWords, text, i, floor)
	switch {
	case s < 0:
		return false
	case w == changeSize:
		return true
	case w != changeUp && w != changeOf:
		return false
	}
	// The word before "up" or "of" tells; none is zero, which is no
	// changeWord.
	v, _ := lexWordBefore(changeWords, text, s, floor)
	if w == changeUp {
		return v != changeUpVerb
	}
	return v == changeNoun
}

// levelAfter reports whether the high end of the range f, which follows
// words of change, is the level the change of its low end brings: whether
// it is at least twice the low end, as a level a change brings mostly is
// ("an increase of £20m to £120m") and the high end of a range seldom is
// ("a rise of £3.7bn to £3.9bn", of between £3.7bn and £3.9bn).
func levelAfter(f *Figure) bool {
	lo := f.Nominal()
	d, err := f.High().Sub(lo)
	if err != nil {
		return false
	}
	c, err := d.Compare(lo)
	return err == nil && c >= 0
}
