package currency

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mayStartSeeds are texts at whose every byte mayStart's quick tests have
// something to decide: amounts of each form, and the near misses Find
// meets in tables and lists.
var mayStartSeeds = []string{
	"1-1-1-1", "1 1 1", "1,2.3-4", "3-5m", "3-5 million pounds", "3–£5m", "3—US$5", "3-GBP 5", "3-five pounds",
	"1 to 2 and 3", "1 a 1", "3 TO 5m", "3 to £5m", "3 to 5 million", "3 and 5 million pounds", "3 AND US$5",
	"1 pence", "1 Pounds", "2 GBP", "2 gbp", "2 m", "2.4 MN pounds", "2 millions", "1 to", "1 to  ", "3- 5m", "3-5-", "45k-50k", "2m", "30p", "2.4 million pounds", "3 to 5 million", "3 and £5m", "2\u2009million pounds",
	"£2m", "£ 2m", "£     2m", "££", "€2.5p", "$3bn", "¥5", "\uFFFD3.1m", "Â£2.4m", "US$3", "US$ 3", "US$",
	"£1.2bn,", "£250,000.00.", "£40k-£50k", "£2mn", "£2b", "£2M", "£2m5", "£2bnx", "£2m–£3m", "£2m pounds", "£2 million",
	"£2m\u00a0pounds", "£1,2", "£01,000", "£1.5p", "£2m-ish", "£2m+", "£1234567890123456789", "£3m to £5m", "£3m and £5m",
	"GBP 2m", "GBP2m", "GBP GBP", "GBP", "ALL 3", "USD  3bn",
	"a a a", "a million pounds", "a quarter of a million euros", "a thousand pounds", "a year",
	"half a half a", "half a billion pounds", "quarter of a million pounds", "three quarters of a billion pounds",
	"three pounds", "twenty-five pounds", "twenty- five", "twenty five pounds", "one hundred and fifty pounds",
	"one and a half billion pounds", "fifty pence", "one of them", "twenty GBP", "TEN 5", "twenty one people",
	"twenty one million pounds", "twenty-five twenty", "three hundred fifty euros", "five EUR", "nine  and a half yen",
}

// TestMayStartSound checks mayStart's quick tests on every suffix of the
// seeds, as FuzzMayStart does on the texts it makes.
func TestMayStartSound(t *testing.T) {
	for _, s := range mayStartSeeds {
		for k := range len(s) {
			checkMayStart(t, s[k:])
		}
	}
}

// FuzzMayStart checks that mayStart's quick tests are sound: where they say
// that no amount begins at s, after a prefix that leaves the start free
// (no word or number comes before), mentionAt, which reads the amount,
// finds none there either, with or without a story's currency. Only the
// quick tests can then make mayStart say no, and so they change nothing
// Find returns. The prefixes give mentionAt a qualifier, a range's
// "between" and a minus sign to read.
func FuzzMayStart(f *testing.F) {
	for _, s := range mayStartSeeds {
		f.Add(s)
	}
	f.Fuzz(checkMayStart)
}

func checkMayStart(t *testing.T, s string) {
	checkFollowAt(t, s)
	checkPlain(t, s)
	for _, prefix := range [...]string{"", "between ", "over ", "-"} {
		text, i := prefix+s, len(prefix)
		if i == len(text) || mayStart(text, i) {
			continue
		}
		for _, story := range []Code{{}, GBP} {
			var m Mention
			if mentionAt(&m, text, i, 0, story) >= 0 {
				t.Errorf("mayStart(%q, %d) = false, but mentionAt(%q, %d, 0, %v) finds %q", text, i, text, i, story, text[m.Start:m.End])
			}
		}
	}
}

// checkPlain checks that scan's quick way for plain amounts reads what
// scanAll reads, at every byte of s, in prose and out of it: the same
// amount, or the same error. After an error the amount is only partly
// read, and no caller looks at it, so only the errors are compared.
func checkPlain(t *testing.T, s string) {
	for i := range len(s) + 1 {
		for _, prose := range [...]bool{true, false} {
			var a, all stated
			err, allErr := a.scan(s, i, prose), all.scanAll(s, i, prose)
			if err != allErr || !err.failed() && a != all {
				t.Errorf("scan(%q, %d, %v) = %+v, %v; scanAll reads %+v, %v", s, i, prose, a, err, all, allErr)
			}
		}
	}
}

// checkFollowAt checks that followAt's quick test is sound: after an
// amount ending at s[0:] (written before s, with a multiplier and without
// one), stated.rest reads no word where it says no followRest, tail.read
// no tail, with or without a hedge, where it says no followTail, rangeTail
// finds no separator where it says no followTo, and andTail no high end
// where it says no followAnd; and that tail.readAfter, given what it
// found, reads what tail.read reads.
func checkFollowAt(t *testing.T, s string) {
	for _, amount := range [...]string{"£2m", "£2"} {
		text, k := amount+s, len(amount)
		var a stated
		if !a.plain(text, 0) || a.end != k {
			continue
		}
		var next following
		followAt(&next, text, k)
		if next.f&followRest == 0 {
			if err := a.rest(text, k, true); err.failed() || a.end != k {
				t.Errorf("followAt(%q, %d) = %b, but stated.rest reads to %d, %v", text, k, next.f, a.end, err)
			}
		}
		for _, hedged := range []bool{false, true} {
			var tl, after tail
			tl.read(text, k, true, hedged)
			if next.f&followTail == 0 && (tl.end != k || tl.hedge != BoundUnknown) {
				t.Errorf("followAt(%q, %d) = %b, but tail.read finds a tail to %d", text, k, next.f, tl.end)
			}
			if after.readAfter(text, k, &next, hedged); !reflect.DeepEqual(after, tl) {
				t.Errorf("tail.readAfter(%q, %d, %v) = %+v, but tail.read reads %+v", text, k, hedged, after, tl)
			}
		}
		var hi stated
		if found, _ := rangeTail(&hi, text, k, true); found && next.f&followTo == 0 {
			t.Errorf("followAt(%q, %d) = %b, but rangeTail finds a range", text, k, next.f)
		}
		if !andTail(&hi, text, k, true).failed() && next.f&followAnd == 0 {
			t.Errorf("followAt(%q, %d) = %b, but andTail finds a range", text, k, next.f)
		}
	}
}

// TestMultInitials checks that multInitials, which fractionAt uses to give
// up early, holds the first letter of every multiplier word.
func TestMultInitials(t *testing.T) {
	for _, m := range multWords {
		if !strings.Contains(multInitials, m.word[:1]) {
			t.Errorf("multInitials = %q, which lacks the first letter of %q", multInitials, m.word)
		}
	}
}

// TestFindAllocatesOnce checks that Find makes one allocation, its result,
// with room for exactly the mentions it found, on prose and on text that is
// all money, where a result grown as Find went allocated four or five
// times and left a third of its room unused.
func TestFindAllocatesOnce(t *testing.T) {
	for _, text := range []string{
		"The mayor found £2m, then more than £4 million, and £3m-£5m a year.",
		strings.Repeat("£1m £2m £3m ", 300),
	} {
		var out []Mention
		allocs := testing.AllocsPerRun(50, func() { out = Find(text) })
		if raceEnabled {
			allocs = 1 // the count is the race detector's
		}
		if allocs != 1 || len(out) == 0 || cap(out) != len(out) {
			t.Errorf("Find on %d bytes: %v allocations, %d mentions in room for %d, want 1 allocation and no spare room", len(text), allocs, len(out), cap(out))
		}
	}
}

// TestWhiteEndSound checks that whiteEnd, skipWhiteBack's quick test,
// says yes at the last byte of every rune beyond ASCII that is white space,
// so that it never cuts a run short.
func TestWhiteEndSound(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if s := string(r); unicode.IsSpace(r) && !whiteEnd(s[len(s)-1]) {
			t.Errorf("whiteEnd(%#x) = false, but %U, which ends with it, is white space", s[len(s)-1], r)
		}
	}
}

// TestWhiteStartSound checks that whiteStart, skipWhite's quick test after
// one space, says yes at every rune that is white space, so that it never
// cuts a run short.
func TestWhiteStartSound(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if s := string(r) + "x"; unicode.IsSpace(r) && !whiteStart(s, 0) {
			t.Errorf("whiteStart(%q, 0) = false, but %U is white space", s, r)
		}
	}
}
