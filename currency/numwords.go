package currency

// onesWords are the number words below twenty, by value.
var onesWords = [...]string{
	"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
}

// tensWords are the words for the multiples of ten from twenty, by value
// over ten.
var tensWords = [...]string{
	2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
	8: "eighty", 9: "ninety",
}

// numberWordsAt reads a whole number from one to 999 in English words at
// s[i:], in any case: "five", "twenty-five", "twenty five", "two hundred",
// "three hundred and fifty". It returns the number and where its words end,
// or e = -1 if there is none. Words may be apart by white space within
// limit, as skipWhite takes it.
func numberWordsAt(s string, i, limit int) (n int64, e int) {
	n, e = belowHundredAt(s, i, limit)
	if e < 0 || n >= 10 {
		return n, e
	}
	sp := skipWhite(s, e, limit)
	h := matchWord(s, sp, "hundred")
	if sp == e || h < 0 {
		return n, e
	}
	n, e = n*100, h
	// "two hundred and fifty", "two hundred fifty"
	rest := skipWhite(s, e, limit)
	if rest == e {
		return n, e
	}
	if a := matchWord(s, rest, "and"); a > 0 {
		if rest = skipWhite(s, a, limit); rest == a {
			return n, e
		}
	}
	if m, me := belowHundredAt(s, rest, limit); me > 0 {
		return n + m, me
	}
	return n, e
}

// numberLex holds the number words below a hundred that are one word, by
// value: "one" to "nineteen" and "twenty" to "ninety".
var numberLex = newLexicon(func(add func(string, int64)) {
	for n, w := range onesWords[1:] {
		add(w, int64(n+1))
	}
	for t, w := range tensWords[2:] {
		add(w, int64(10*(t+2)))
	}
})

// belowHundredAt reads a number from one to 99 in words at s[i:]: "seven",
// "seventeen", "seventy", "seventy-seven" or "seventy seven".
func belowHundredAt(s string, i, limit int) (int64, int) {
	if i >= len(s) || !isLetter(s[i]) {
		return 0, -1
	}
	n, e := numberLex.at(s, i)
	if e < 0 || n < 20 {
		return n, e
	}
	j := e
	if j < len(s) && s[j] == '-' {
		j++
	} else {
		j = skipWhite(s, e, limit)
	}
	if j > e {
		if u, ue := numberLex.at(s, j); ue > 0 && u < 10 {
			return n + u, ue
		}
	}
	return n, e
}
