package claims

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/fundclaims/fundclaims/funding"
)

// This file reads dates in an article's words: the full date printed on
// it ("Created on 28 November 2016", "Published 3 July 2025") and a month
// that ends a period ("until March 2018").

// monthOf returns the month a word names, in full or as its first three
// letters, in lower case; 0 if it names none.
func monthOf(w string) time.Month {
	if len(w) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		if len(w) == 3 && lowerASCII(name[:3]) == w || len(w) == len(name) && lowerASCII(name) == w {
			return m
		}
	}
	return 0
}

// calendarYear returns the year four digits give, from 1900 to 2199, or 0.
func calendarYear(w string) int {
	if len(w) != 4 {
		return 0
	}
	y, err := strconv.Atoi(w)
	if err != nil || y < 1900 || y > 2199 {
		return 0
	}
	return y
}

// dayOf returns the day of the month one or two digits give, with an
// ordinal suffix or none ("28", "3rd"), or 0.
func dayOf(w string) int {
	n := 0
	i := 0
	for i < len(w) && i < 2 && isDigit(w[i]) {
		n = n*10 + int(w[i]-'0')
		i++
	}
	switch w[i:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0
	}
	if i == 0 || n < 1 || n > 31 {
		return 0
	}
	return n
}

// fullDate reads a full date printed at ts[i]: "28 November 2016",
// "November 28 2016" (the comma is not a word) or "28.11.2016" (see
// figuresDate). It returns the date, the
// number of words read, and ok. A date after a word such as "by" or
// "until" ("to mend roads by 31 March 2025") is a deadline, not a date
// printed on the article, and is not read.
func fullDate(ts []tok, i int) (funding.Date, int, bool) {
	if i >= len(ts) || i > 0 && slices.Contains(deadlineWords[:], ts[i-1].w) {
		return funding.Date{}, 0, false
	}
	if date, ok := figuresDate(ts[i].w); ok {
		return date, 1, true
	}
	if i+2 >= len(ts) {
		return funding.Date{}, 0, false
	}
	d, m, y := dayOf(ts[i].w), monthOf(ts[i+1].w), calendarYear(ts[i+2].w)
	if d == 0 || m == 0 || y == 0 {
		d, m = dayOf(ts[i+1].w), monthOf(ts[i].w)
	}
	if d == 0 || m == 0 || y == 0 {
		return funding.Date{}, 0, false
	}
	date, err := funding.NewDate(y, m, d)
	if err != nil {
		return funding.Date{}, 0, false
	}
	return date, 3, true
}

// figuresDate reads a date written in figures with points, day first as
// the UK writes it: "16.03.2021", "4.3.2024".
func figuresDate(w string) (funding.Date, bool) {
	day, rest, ok1 := strings.Cut(w, ".")
	month, year, ok2 := strings.Cut(rest, ".")
	if !ok1 || !ok2 || !allDigits(day) || !allDigits(month) {
		return funding.Date{}, false
	}
	// dayOf reads one or two digits from 1 to 31, as a month's are too.
	d, m, y := dayOf(day), dayOf(month), calendarYear(year)
	if d == 0 || m == 0 || m > 12 || y == 0 {
		return funding.Date{}, false
	}
	date, err := funding.NewDate(y, time.Month(m), d)
	return date, err == nil
}

// deadlineWords come before a date that bounds a time rather than dates
// the article.
var deadlineWords = [...]string{"by", "until", "till", "before", "after", "from", "since", "to", "between", "and", "ending", "ends", "end", "of"}

// monthEnd reads a month and year at ts[i], "March 2018", and returns the
// month's last day.
func monthEnd(ts []tok, i int) (funding.Date, bool) {
	if i+1 >= len(ts) {
		return funding.Date{}, false
	}
	m, y := monthOf(ts[i].w), calendarYear(ts[i+1].w)
	if m == 0 || y == 0 {
		return funding.Date{}, false
	}
	first, err := funding.NewDate(y, m, 1)
	if err != nil {
		return funding.Date{}, false
	}
	next := first.AddDays(31)
	return next.AddDays(-next.Day()), true
}
