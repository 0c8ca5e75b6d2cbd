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

// belowHundredAt reads a number from one to 99 in words at s[i:]: "seven",
// "seventeen", "seventy", "seventy-seven" or "seventy seven".
func belowHundredAt(s string, i, limit int) (int64, int) {
	if i >= len(s) || !isLetter(s[i]) {
		return 0, -1
	}
	c := s[i] | 0x20
	for t := 2; t < len(tensWords); t++ {
		w := tensWords[t]
		if w[0] != c {
			continue
		}
		e := matchWord(s, i, w)
		if e < 0 {
			continue
		}
		n := int64(10 * t)
		j := e
		if j < len(s) && s[j] == '-' {
			j++
		} else {
			j = skipWhite(s, e, limit)
		}
		if j > e {
			for u := 1; u < 10; u++ {
				if ue := matchWord(s, j, onesWords[u]); ue > 0 {
					return n + int64(u), ue
				}
			}
		}
		return n, e
	}
	for u := len(onesWords) - 1; u > 0; u-- {
		if w := onesWords[u]; w[0] == c {
			if e := matchWord(s, i, w); e > 0 {
				return int64(u), e
			}
		}
	}
	return 0, -1
}
